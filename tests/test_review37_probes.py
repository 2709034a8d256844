"""Review of session 37's merged rules (review37) on invented text (tests/review37_sentences.py).

The wrong readings int37x made and int37 did not were marked xfail; those the mends (menda37, mendc37) fixed are
plain tests now. Still xfail: platforms used elsewhere read as shown at the article's exercise (mendb37 fixed them but
cost true relations on held-out text written to the newer convention, so it was not merged). The true readings the
new rules added pass and must stay. tools/review_probe.py --probes tests.review37_sentences compares two code
versions on the whole probe set."""
from __future__ import annotations

import pytest

from tests.extracted import graph_of, relations_in
from tests.review37_sentences import PROBES

_WRONG = pytest.mark.xfail(reason="review37: a false reading session 37 added", strict=False)


def _graph(pipeline, key: str):
    _branch, published, text, _note = PROBES[key]
    return graph_of(pipeline, text, published, name="t.txt")


def _edges(pipeline, key: str) -> dict:
    return relations_in(_graph(pipeline, key))


def _has(edges: dict, source: str, type_: str, target: str, stage: str | None = None) -> bool:
    return any(t == type_ and source.lower() in s.lower() and target.lower() in o.lower()
               and (stage is None or d.get("stage") == stage) for (s, t, o), d in edges.items())


def _nodes(pipeline, key: str) -> dict[str, dict]:
    return {a["name"]: a for _, a in _graph(pipeline, key).nodes(data=True) if a["label"] != "Document"}


# ---- platform37 -------------------------------------------------------------------------------------------------

def test_a_parts_supplier_before_a_type_is_no_written_form(pipeline):
    """plat05: "Thales Rafale radar upgrades": Thales makes the radar, not the Rafale (maker_forms takes any
    Company mention ending before the type)."""
    assert "Thales Rafale" not in _nodes(pipeline, "plat05")["Rafale"]["aliases"]


def test_world_class_opening_a_sentence_is_no_ship_class(pipeline):
    """plat06: "World-class amphibious ships are what ... lacks": the modifier slot lets a sentence-capitalised
    "World-class" through (the same without a modifier was already read so, plat13)."""
    assert not any("World-class" in n for n in _nodes(pipeline, "plat06"))


def test_an_uncatalogued_class_with_a_modifier_is_a_class(pipeline):
    """plat11 (true, new): "two Larkspur-class offshore patrol vessels"."""
    assert _has(_edges(pipeline, "plat11"), "Chile", "OPERATES", "Larkspur-class", "ordered")


# ---- govbody37 --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("key,person,wrong", [
    ("gov01", "Lin Jian", "Ministry of Foreign Affairs of Japan"),        # "summoned the Japanese ambassador"
    ("gov02", "Zakharova", "Ministry of Foreign Affairs of Ukraine"),     # "Moscow rejected Kyiv's account"
    ("gov10", "Peskov", "Ministry of Defence of Ukraine"),                # "the Ukrainian air force said."
    ("gov11", "Baghaei", "Ministry of Foreign Affairs of Syria"),         # "its consulate in Damascus."
])
def test_a_spokesman_is_not_the_last_named_states(pipeline, key, person, wrong):
    """_title_state: the state or capital named last before the title is often the other side of the story."""
    assert not _has(_edges(pipeline, key), person, "AFFILIATED_WITH", wrong)


def test_the_defence_ministry_spokesman_of_the_protesting_state(pipeline):
    """gov03: "The Philippines protested to China ... The defence ministry spokesman said Manila would ...":
    no Chinese ministry."""
    assert "Ministry of National Defense of China" not in _nodes(pipeline, "gov03")


@pytest.mark.parametrize("key,person,body", [
    ("gov05", "Upendra Dwivedi", "Indian Army"),
    ("gov09", "Guo Jiakun", "Ministry of Foreign Affairs of China"),
])
def test_titled_bodies_kept(pipeline, key, person, body):
    """True readings govbody37 added: "India's army chief, General X", a clause of time before the title."""
    edges = _edges(pipeline, key)
    assert _has(edges, person, "LEADS", body) or _has(edges, person, "AFFILIATED_WITH", body)


def test_chief_of_staff_of_the_ministry_named_before(pipeline):
    """gov06 (true): "Seoul said ... The defence ministry chief of staff briefed lawmakers"."""
    assert "Ministry of National Defense of South Korea" in _nodes(pipeline, "gov06")


# ---- member37 ---------------------------------------------------------------------------------------------------

def test_a_hired_barrister_is_no_person_of_the_state(pipeline):
    """mem01: "Ukraine was represented at the ICJ by British barrister David Kell"."""
    assert not _has(_edges(pipeline, "mem01"), "David Kell", "AFFILIATED_WITH", "Ukraine")


@pytest.mark.parametrize("key,person,own,stood_for", [
    ("mem02", "Karamoko Traore", "Burkina Faso", "Mali"),
    ("mem03", "Tuula Virtanen", "Finland", "Estonia"),
])
def test_another_states_official_standing_in_keeps_their_state(pipeline, key, person, own, stood_for):
    """ "Mali was represented by Burkina Faso's foreign minister, X": X is Burkina Faso's (lost through
    drop_other_states), not Mali's (represented-by)."""
    edges = _edges(pipeline, key)
    assert _has(edges, person, "AFFILIATED_WITH", own)
    assert not _has(edges, person, "AFFILIATED_WITH", stood_for)


@pytest.mark.parametrize("key,person,target", [
    ("mem07", "Keith Kellogg", "United States"),
    ("mem16", "Amy Zegart", "Hoover Institution"),
    ("mem17", "Adam Nowak", "Poland"),
])
def test_member37_true_readings(pipeline, key, person, target):
    assert _has(_edges(pipeline, key), person, "AFFILIATED_WITH", target)


# ---- stage37 ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("key,source,target", [
    ("stg02", "Royal Navy", "HMS Glasgow"),          # "under construction since 2017, was commissioned last year"
    ("stg06", "United States Army", "Stryker"),      # "passed cold-weather trials ... years ago and have served"
    ("stg07", "Indian Navy", "Visakhapatnam"),       # "fired a BrahMos missile during trials of a new seeker"
    ("stg16", "Royal Navy", "Iron Duke"),            # "began sea trials after a three-year refit"
])
def test_held_goods_are_not_in_the_making(pipeline, key, source, target):
    edges = _edges(pipeline, key)
    assert _has(edges, source, "OPERATES", target)
    assert not _has(edges, source, "OPERATES", target, "ordered")


def test_a_launched_submarine_is_ordered(pipeline):
    """stg12 (true, new): "Brazil's third Riachuelo-class submarine was launched"."""
    assert _has(_edges(pipeline, "stg12"), "Brazil", "OPERATES", "Riachuelo", "ordered")


# ---- occasion37 -------------------------------------------------------------------------------------------------

@_WRONG
@pytest.mark.parametrize("key,platform", [
    ("occ01", "F-15"),          # "During the Gulf War, US F-15 fighters flew ... over Iraq"
    ("occ02", "C-390"),         # "landed at Eindhoven on their delivery flight from Brazil"
    ("occ03", "Tejas"),         # "Earlier, Indian Tejas jets flew aerobatic displays in Malaysia"
    ("occ04", "Kinzhal"),       # "Russia fired Kinzhal missiles at Kyiv overnight"
    ("occ05", "Leopard 2"),     # "Poland sent Leopard 2 tanks to Ukraine after the invasion"
    ("occ11", "Storm Shadow"),  # "Britain has tested the Storm Shadow missile in Ukraine"
    ("occ12", "F-35"),          # "Lockheed Martin makes the F-35 in Fort Worth, Texas"
    ("occ14", "F-16"),          # "Ukraine's F-16 jets fired AIM-9 missiles at Russian drones over Odesa"
])
def test_platforms_used_elsewhere_are_not_at_the_exercise(pipeline, key, platform):
    assert not any(t == "DISPLAYED_AT" and platform.lower() in s.lower() for s, t, _ in _edges(pipeline, key))


def test_jets_flying_over_the_exercise_area_are_at_it(pipeline):
    """occ13 (true, new): "Norwegian F-35 jets flew over the exercise area on Monday"."""
    assert any(t == "DISPLAYED_AT" and "F-35" in s for s, t, _ in _edges(pipeline, "occ13"))
