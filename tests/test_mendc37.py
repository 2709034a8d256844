"""mendc37: the review37 mends of represented-by, in_the_making and platform forms, on invented sentences of
their own (each case failed on int37x)."""
from __future__ import annotations

import pytest

from tests.extracted import graph_of, relations_in

_DAY = "2025-03-10"


def _graph(pipeline, text: str):
    return graph_of(pipeline, text, _DAY, name="t.txt")


def _has(edges: dict, source: str, type_: str, target: str, stage: str | None = None) -> bool:
    return any(t == type_ and source.lower() in s.lower() and target.lower() in o.lower()
               and (stage is None or d.get("stage") == stage) for (s, t, o), d in edges.items())


# ---- represented-by: another state's person, a hired counsel -------------------------------------------------------

@pytest.mark.parametrize("text,person,stood_for", [
    ("Guyana was represented at the court by counsel Paul Reichler.", "Paul Reichler", "Guyana"),
    ("Armenia was represented at the court by American attorney Robert Hale.", "Robert Hale", "Armenia"),
])
def test_a_hired_counsel_is_no_person_of_the_state(pipeline, text, person, stood_for):
    assert not _has(relations_in(_graph(pipeline, text)), person, "AFFILIATED_WITH", stood_for)


@pytest.mark.parametrize("text,person,own,stood_for", [
    ("Laos was represented by Vietnam's defence minister, Tran Minh Duc, at the forum.", "Tran Minh Duc",
     "Vietnam", "Laos"),
    ("Latvia was represented by Sweden's ambassador, Karin Olofsdotter, because its own envoy was away.",
     "Karin Olofsdotter", "Sweden", "Latvia"),
])
def test_another_states_official_keeps_their_own_state(pipeline, text, person, own, stood_for):
    edges = relations_in(_graph(pipeline, text))
    assert not _has(edges, person, "AFFILIATED_WITH", stood_for)
    assert _has(edges, person, "AFFILIATED_WITH", own)


# ---- in_the_making: handed over, trials passed or of other goods, trials after a refit ---------------------------

@pytest.mark.parametrize("text,source,target", [
    ("The Royal Navy's HMS Cardiff, under construction since 2019, was commissioned in March.", "Royal Navy",
     "HMS Cardiff"),
    ("The Indian Army's Arjun tanks passed desert trials in Rajasthan a decade ago and have served since.",
     "Indian Army", "Arjun"),
    ("The Indian Navy destroyer INS Mormugao fired a BrahMos missile during trials of a new radar.", "Indian Navy",
     "Mormugao"),
    ("The Royal Navy's HMS Kent began sea trials after a two-year refit.", "Royal Navy", "HMS Kent"),
])
def test_held_goods_are_not_in_the_making(pipeline, text, source, target):
    edges = relations_in(_graph(pipeline, text))
    assert _has(edges, source, "OPERATES", target)
    assert not _has(edges, source, "OPERATES", target, "ordered")


def test_a_ship_beginning_sea_trials_is_still_ordered(pipeline):
    """(kept) "began sea trials" with no refit before it: in the making."""
    edges = relations_in(_graph(pipeline, "The Royal Navy's HMS Kent began sea trials on Monday."))
    assert _has(edges, "Royal Navy", "OPERATES", "HMS Kent", "ordered")


# ---- platform forms: another firm before a catalogued type, a grade word before "-class" ----------------------------

def _nodes(pipeline, text: str) -> dict[str, dict]:
    return {a["name"]: a for _, a in _graph(pipeline, text).nodes(data=True) if a["label"] != "Document"}


@pytest.mark.parametrize("text,platform,form,kept", [
    ("Thales Rafale radar upgrades will be funded by the Indian Air Force.", "Rafale", "Thales Rafale", None),
    ("Safran Rafale engine repairs were paid for by Egypt.", "Rafale", "Safran Rafale", None),
    ("India's Dassault Rafale fighters will be based at Ambala.", "Rafale", None, "Dassault Rafale"),
])
def test_only_a_catalogued_maker_names_a_platform(pipeline, text, platform, form, kept):
    aliases = _nodes(pipeline, text)[platform]["aliases"]
    if form:
        assert form not in aliases
    if kept:
        assert kept in aliases


@pytest.mark.parametrize("text", [
    "World-class amphibious ships are what the Indonesian Navy lacks, the admiral said.",
    "First-class frigates are what the Royal Thai Navy wants, the minister said.",
])
def test_a_grade_word_is_no_ship_class(pipeline, text):
    assert not any("-class" in n.lower() for n in _nodes(pipeline, text))


def test_a_named_class_is_still_found(pipeline):
    assert "Larkspur-class patrol vessel" in _nodes(
        pipeline, "Chile ordered two Larkspur-class offshore patrol vessels from a Dutch yard.")


def test_a_defunct_makers_name_still_names_its_type(pipeline):
    """(kept) "McDonnell Douglas F-4 Phantom II": the row names Boeing, its heir; the whole written form stays."""
    nodes = _nodes(pipeline, "Iran still flies McDonnell Douglas F-4 Phantom II jets bought in the 1970s.")
    assert any("McDonnell Douglas F-4" in a for n in nodes.values() for a in n.get("aliases") or [])
