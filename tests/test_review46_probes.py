"""Review of session 46's branches (review46) on invented text (tests/review46_sentences.py).

This branch is based on int46 (cf027d2f). Each branch's tests skip where its code is absent (``_ON``), so they wake
when the lead merges it. The wrong readings a branch makes are strict xfails (``_WRONG``: a reading int46 did not
make, or a right one it made and the branch lost); a mend that fixes one turns it into a failure to be made a plain
test. Wrong readings int46 made too are ``_BOTH``. The right readings the branches added, and the guards they keep,
are plain tests (skipped where they need the branch). Findings and likely causes:
/work/notes/s46/review46-findings.md; tools/review_probe.py compares two code versions on the whole probe set."""
from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path

import pytest

from tests.extracted import events_in, graph_of, relations_in
from tests.review46_sentences import PROBES

_WRONG = pytest.mark.xfail(reason="review46: a wrong reading of a session-46 branch (false, or a right one lost)",
                           strict=True)
_BOTH = pytest.mark.xfail(reason="review46: a wrong reading int46 made too (no change of session 46 caused it)",
                          strict=True)
_ROOT = Path(__file__).resolve().parents[1]


def _module(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def _attr(module: str, name: str) -> bool:
    return _module(module) and hasattr(importlib.import_module(module), name)


_ON = {
    "platforms46": pytest.mark.skipif(not _attr("graph.mentions.ships", "_hull_number"),
                                      reason="platforms46 (ship names) not merged"),
    "rows46": pytest.mark.skipif(not (_ROOT / "graph" / "reference" / "data" / "platforms_types46.csv").exists(),
                                 reason="platforms46 (catalogue rows) not merged"),
    "precision46": pytest.mark.skipif(not _attr("graph.relations.passes.represented_states", "SERVING_HEADS"),
                                      reason="precision46 (led46) not merged"),
    "evdate46": pytest.mark.skipif(not _module("graph.entities.series_dates"), reason="evdate46 not merged"),
}


def _graph(pipeline, key: str):
    _branch, published, text, _note = PROBES[key]
    return graph_of(pipeline, text, published, name="t.txt")


def _edges(pipeline, key: str) -> dict:
    return relations_in(_graph(pipeline, key))


def _has(edges: dict, source: str, type_: str, target: str) -> bool:
    """A relation of ``type_`` between ends containing ``source`` and ``target``."""
    return any(t == type_ and source.lower() in s.lower() and target.lower() in o.lower() for (s, t, o) in edges)


def _platforms(pipeline, key: str) -> set[str]:
    return {a["name"] for _, a in _graph(pipeline, key).nodes(data=True) if a["label"] == "Platform"}


def _dates(pipeline, key: str, kind: str) -> set:
    return {a.get("date") for name, a in events_in(_graph(pipeline, key)).items() if kind.lower() in name.lower()}


# ---- platforms46 (mentions/ships.py _hull_number, name_tail_end): a closing number, a hyphen before a capital ---------

@_ON["platforms46"]
@pytest.mark.parametrize("key,name", [("pl01", "Yuan Wang 7"), ("pl04", "Sachsen-Anhalt"), ("pl05", "Al-Diriyah")])
def test_a_ship_name_runs_over_its_number_or_hyphen(pipeline, key, name):
    assert name in _platforms(pipeline, key)


@_ON["platforms46"]
def test_a_hyphened_ship_keeps_its_operator(pipeline):
    edges = _edges(pipeline, "pl04")
    assert _has(edges, "German Navy", "OPERATES", "Sachsen-Anhalt"), edges


@pytest.mark.parametrize("key,number", [
    ("pl02", "Shandong 24"),       # "24 nautical miles"
    ("pl07", "Kolkata 3"),         # "3 times"
    ("pl19", "Shoyo 2"),           # "2 miles"
])
def test_a_measure_or_count_after_a_ship_is_no_part_of_its_name(pipeline, key, number):
    assert not any(number in p for p in _platforms(pipeline, key)), _platforms(pipeline, key)


@_ON["platforms46"]
@_WRONG   # ships.py _hull_number: a number before a capitalised word ("12 Chinese warships") ends the name
def test_a_count_before_a_capitalised_word_is_no_hull_number(pipeline):
    assert not any("Liaoning 12" in p for p in _platforms(pipeline, "pl03")), _platforms(pipeline, "pl03")


# ---- platforms46 (platforms_types46.csv): catalogue rows for types the catalogue lacked ------------------------------

@_ON["rows46"]
@pytest.mark.parametrize("key,source,type_,target", [
    ("pl09", "Brazilian Air Force", "OPERATES", "KC-130"),
    ("pl11", "Royal Moroccan Air Force", "OPERATES", "Falcon 20"),
    ("pl12", "Brazilian Navy", "OPERATES", "H225M"),
    ("pl13", "Lockheed Martin", "MANUFACTURES", "F-21"),
    ("pl15", "Nigerian Air Force", "OPERATES", "Boeing 727"),
    ("pl15", "Nigerian Air Force", "OPERATES", "F28"),
    ("pl17", "Russia", "OPERATES", "P-18"),
])
def test_a_new_catalogue_row_gives_the_relation(pipeline, key, source, type_, target):
    edges = _edges(pipeline, key)
    assert _has(edges, source, type_, target), edges


@_ON["rows46"]
@_WRONG   # the new Falcon 20 row's node is shown at int46's false event read from "Falcon 2000" (displayed-at)
def test_a_falcon_20_is_shown_at_no_exercise(pipeline):
    edges = _edges(pipeline, "pl11")
    assert not _has(edges, "Falcon 20", "DISPLAYED_AT", "Falcon Strike"), edges


@_BOTH    # "Falcon 2000" (a business jet) read as an edition of Exercise Falcon Strike
def test_a_falcon_2000_is_no_exercise(pipeline):
    assert not any("Falcon Strike" in n for n in events_in(_graph(pipeline, "pl11")))


@_BOTH    # platforms_types46.csv Mahindra ALSV: "40 Armoured Light Specialist Vehicles" finds no Platform
def test_the_mahindra_alsv_row_finds_its_plural(pipeline):
    assert any("ALSV" in p or "Light Specialist" in p for p in _platforms(pipeline, "pl16")), _platforms(pipeline, "pl16")


@_BOTH    # "A Boeing C-17A Globemaster III of the Royal Australian Air Force landed": no user read from "of"
def test_a_type_of_a_named_air_force_is_operated_by_it(pipeline):
    edges = _edges(pipeline, "pl18")
    assert _has(edges, "Royal Australian Air Force", "OPERATES", "C-17"), edges


def test_maker_designation_and_name_are_one_platform(pipeline):
    assert sum("C-17" in p or "Globemaster" in p for p in _platforms(pipeline, "pl18")) == 1
    assert sum("Black Hawk" in p or "S-70" in p for p in _platforms(pipeline, "pl10")) == 1


# ---- precision46 (passes/represented_states.py drop_led_bodies): a LEADS drops the same target's AFFILIATED_WITH ----

@_ON["precision46"]
def test_a_leader_of_a_ministry_is_not_also_its_member(pipeline):
    edges = _edges(pipeline, "pr23")
    assert _has(edges, "Kamyshin", "LEADS", "Strategic Industries"), edges
    assert not _has(edges, "Kamyshin", "AFFILIATED_WITH", "Strategic Industries"), edges


@pytest.mark.parametrize("key,source,target", [
    ("pr02", "Pavel Fomenko", "Russia"),                           # a deputy minister
    ("pr03", "Sara Duterte", "Philippines"),                       # a vice president
    ("pr04", "Sergei Shoigu", "Security Council"),                 # a council's secretary serves in it
    ("pr07", "Tim Cahill", "Lockheed Martin"),                     # a division's head
    ("pr09", "Igor Konashenkov", "Ministry of Defence of Russia"),  # a spokesman
    ("pr11", "Richard Marles", "Australia"),                       # a deputy prime minister
    ("pr12", "Ruslan Khomchak", "Ministry of Defence of Ukraine"),  # led one body, serves in another
    ("pr24", "Valerii Zaluzhnyi", "Ministry of Foreign Affairs"),
])
def test_a_member_who_leads_nothing_there_keeps_the_tie(pipeline, key, source, target):
    edges = _edges(pipeline, key)
    assert _has(edges, source, "AFFILIATED_WITH", target), edges


@pytest.mark.parametrize("key,source,target", [
    ("pr02", "Pavel Fomenko", "Russia"), ("pr03", "Sara Duterte", "Philippines"), ("pr11", "Richard Marles", "Australia"),
])
def test_a_deputy_leads_no_state(pipeline, key, source, target):
    edges = _edges(pipeline, key)
    assert not _has(edges, source, "LEADS", target), edges


@pytest.mark.parametrize("key,source,type_,target", [
    pytest.param("pr18", "Michael Schoellhorn", "LEADS", "Airbus Defence and Space",
                 marks=_BOTH),   # "who runs Airbus Defence and Space": LEADS Airbus, the division absorbed
    pytest.param("pr14", "Ali Haidar", "AFFILIATED_WITH", "Lebanese Army",
                 marks=_BOTH),   # "a Lebanese army officer": no tie
    pytest.param("pr08", "Jens Stoltenberg", "LEADS", "North Atlantic Treaty Organization",
                 marks=_BOTH),   # "Former NATO Secretary General Jens Stoltenberg": nothing read
    pytest.param("pr25", "Marie Dubois", "AFFILIATED_WITH", "Thales",
                 marks=_BOTH),   # "Thales engineer Marie Dubois": no tie
    pytest.param("pr19", "Sahir Shamshad Mirza", "LEADS", "Pakistan Army",
                 marks=_BOTH),   # "handed command of the Pakistan Army to General X": AFFILIATED_WITH only
])
def test_people_readings_int46_misses(pipeline, key, source, type_, target):
    edges = _edges(pipeline, key)
    assert _has(edges, source, type_, target), edges


# ---- evdate46 (entities/series_dates.py date_series_events): the one date told, else the report's month -------------

@_ON["evdate46"]
def test_an_undated_series_edition_reported_takes_the_report_month(pipeline):
    assert _dates(pipeline, "ev02", "Dubai Airshow") == {"2025-11"}


@pytest.mark.parametrize("key,kind,date", [
    ("ev01", "Dubai Airshow", "2025-11-17"), ("ev05", "Cobra Gold", "2025-03-07"), ("ev12", "RIMPAC", "2024"),
])
def test_a_dated_edition_keeps_its_date(pipeline, key, kind, date):
    assert _dates(pipeline, key, kind) == {date}


@_ON["evdate46"]
@pytest.mark.parametrize("key,kind", [
    pytest.param("ev03", "Dubai Airshow", marks=_WRONG),    # a past edition ("first flew abroad at"): no March show
    pytest.param("ev09", "RIMPAC", marks=_WRONG),           # "Unlike RIMPAC, ... is held every two years": no edition
    pytest.param("ev09", "Talisman Sabre", marks=_WRONG),
])
def test_a_series_named_in_passing_takes_no_report_month(pipeline, key, kind):
    dates = _dates(pipeline, key, kind)
    assert not any(str(d or "").startswith("2025-03") for d in dates), dates


@pytest.mark.parametrize("key,kind,wrong", [
    pytest.param("ev04", "Farnborough", "2025-03-10", marks=_BOTH),  # "said on Monday it would show ... at": the claim's day
    pytest.param("ev08", "IDEX", "2022-02", marks=_BOTH),            # "signed in February 2022, a deal first discussed at"
])
def test_a_series_is_not_dated_by_another_clause(pipeline, key, kind, wrong):
    dates = _dates(pipeline, key, kind)
    assert not any(str(d or "").startswith(wrong) for d in dates), dates
