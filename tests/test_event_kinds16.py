"""Event identity of session 16: an acronym naming an event noun across its lower-case modifiers is
the event's name ("the BIAS international air show"), dated by "on Saturday and Sunday" (two days in
a row); a compound's own capitalised words belong to a generic event's name ("a Blue House summit");
a base written with both of its towns ("the Lakeby-Hornvik air base") keeps both; "infantry
fighting" is a class of vehicle, no clash; forces that run an exercise take part in it; a region
named with its division word ("Oster county") is also called by its name alone."""
from __future__ import annotations

from datetime import date

from graph.relations.time import resolve_expression
from tests.extracted import events_in as events_of
from tests.extracted import graph_maker
from tests.extracted import relations_in as edges_of

graph_of = graph_maker("2023-11-23")

SHOW = """Fighters bow out at a weekend show

The country retired its last Cold War fighters on Wednesday after thirty years of service.

At the BIAS international air show at the Lakeby-Hornvik air base in the south of Moldova on Saturday and Sunday, \
a pair of MiG-29 fighters flew alongside a C-27J Spartan transport.

The air force has not said what will replace them.
"""


def test_an_acronym_before_an_event_nouns_modifiers_names_the_event(pipeline):
    events = events_of(graph_of(pipeline, SHOW, "2026-09-02"))
    named = [n for n in events if n.startswith("BIAS international air show")]
    assert named, events
    assert events[named[0]].get("date") == "2026-08-29/2026-08-30", events[named[0]]
    assert not any(n.startswith("air show") for n in events), events


def test_both_towns_of_a_twin_named_base_are_its_name(pipeline):
    edges = edges_of(graph_of(pipeline, SHOW, "2026-09-02"))
    held = {t for _, ty, t in edges if ty == "HELD_IN"}
    assert "Lakeby-Hornvik Air Base" in held, held
    shown = {s for s, ty, t in edges if ty == "DISPLAYED_AT" and t.startswith("BIAS")}
    assert {"MiG-29", "C-27J Spartan"} <= shown, edges


def test_two_weekdays_in_a_row_are_one_stretch_two_apart_are_not():
    wednesday = date(2026, 9, 2)
    assert resolve_expression("on Saturday and Sunday", wednesday) == "2026-08-29/2026-08-30"
    assert resolve_expression("Monday and Tuesday", wednesday) == "2026-08-31/2026-09-01"
    assert resolve_expression("on Monday and Friday", wednesday) is None


def test_a_compounds_capitalised_words_belong_to_the_events_name(pipeline):
    text = ("Three leaders meet for the first time\n\nThe presidents of Chile, Peru and Bolivia met on Tuesday, "
            "using a Blue House summit to settle a water dispute.\n\nThe summit ended with a joint statement.")
    events = events_of(graph_of(pipeline, text, "2026-05-07"))
    assert any(n.startswith("Blue House summit") for n in events), events


def test_infantry_fighting_is_no_clash(pipeline):
    text = ("Carmaker opens armour plant\n\nThe plant in Tarnow will build 120 Lynx vehicles in infantry fighting "
            "and command variants for the Polish army.\n\nThe first vehicles leave the line next year.")
    events = events_of(graph_of(pipeline, text, "2026-05-07"))
    assert not any(n.startswith("fighting") for n in events), events


def test_the_forces_that_run_an_exercise_take_part_in_it(pipeline):
    text = ("Arctic drill begins\n\nExercise Arctic Shield, the largest drill of the year, began on Monday in "
            "northern Finland.\n\nThe Finnish Defence Forces are running the exercise from their headquarters "
            "in Helsinki.")
    edges = edges_of(graph_of(pipeline, text, "2026-03-10"))
    part = {s for s, ty, t in edges if ty == "PARTICIPATED_IN" and "Arctic Shield" in t}
    assert "Finnish Defence Forces" in part, edges


def test_a_region_with_its_division_word_is_also_called_by_its_name(pipeline):
    text = ("Helicopter lost in the north\n\nAn army helicopter crashed in Oster county on Friday, the defence "
            "ministry of Norway said.")
    g = graph_of(pipeline, text, "2026-03-10")
    places = {a["name"]: a for _, a in g.nodes(data=True) if a["label"] == "Place"}
    region = next((a for n, a in places.items() if n.lower().startswith("oster")), None)
    assert region is not None, places
    assert "Oster" in {region["name"], *region.get("aliases", [])}, region

