"""Named exercises told in one clause of a history paragraph (graph/relations/families/exercise_clauses.py), and
where a drill at a range near a town in a region was held (graph/mentions/component.py's name cut at "near",
graph/relations/families/events.py's located()). Invented sentences about other countries."""
from __future__ import annotations

from test_scope import edges

from graph.text import Document
from graph.text.metadata import Metadata


def _events(found: set, name: str) -> set:
    return {e for e in found if name in e[0] or name in e[2]}


def test_forces_brought_to_an_earlier_exercise(pipeline):
    found = edges(pipeline, "Thai and Chinese jets open Blue Wave drill\n\n"
                  "BANGKOK - The Royal Thai Air Force and the People's Liberation Army Air Force began Exercise "
                  "Blue Wave 2024 on Monday at Udon Thani air base.\n\n"
                  "The two air forces flew together for the first time in November 2015, when the People's "
                  "Liberation Army Air Force's J-10 fighters joined the Royal Thai Air Force's Gripen jets at "
                  "Korat air base for Exercise Falcon Strike.")
    strike = _events(found, "Falcon Strike")
    event = next(e[2] for e in strike if e[1] == "PARTICIPATED_IN")
    assert ("People's Liberation Army Air Force", "PARTICIPATED_IN", event) in found
    assert ("Royal Thai Air Force", "PARTICIPATED_IN", event) in found
    assert (event, "HELD_IN", "Korat Air Base") in found
    assert any(e[1] == "DISPLAYED_AT" and e[2] == event for e in found)
    assert (event, "HELD_IN", "Udon Thani Air Base") not in found  # the article's own drill's base


def test_sent_to_a_site_for_a_named_drill_other_order(pipeline):
    found = edges(pipeline, "In 2019 the Chilean Air Force's F-16 fighters flew to Antofagasta air base with the "
                  "Peruvian Air Force's Mirage 2000 jets for Exercise Southern Condor.")
    event = next((e[2] for e in found if e[1] == "PARTICIPATED_IN" and "Southern Condor" in e[2]), None)
    assert event is not None
    assert ("Chilean Air Force", "PARTICIPATED_IN", event) in found
    assert ("Peruvian Air Force", "PARTICIPATED_IN", event) in found
    assert (event, "HELD_IN", "Antofagasta Air Base") in found
    assert ("F-16", "DISPLAYED_AT", event) in found


def test_a_denied_trip_is_no_participation(pipeline):
    found = edges(pipeline, "In 2019 the Chilean Air Force did not send its F-16 fighters to Antofagasta air base for Exercise "
                  "Southern Condor.")
    assert not any(e[1] == "PARTICIPATED_IN" and "Southern Condor" in e[2] for e in found)
    assert not any(e[1] == "HELD_IN" and "Southern Condor" in e[0] for e in found)


def test_guests_of_a_held_exercise(pipeline):
    found = edges(pipeline, "In May the Kenya Army held its first Lion Shield exercise with soldiers from the "
                  "Tanzania People's Defence Force.")
    event = next((e[2] for e in found if e[1] == "PARTICIPATED_IN" and "Lion Shield" in e[2]), None)
    assert event is not None
    assert ("Tanzania People's Defence Force", "PARTICIPATED_IN", event) in found


def test_guests_of_another_month_are_not_the_articles_drill(pipeline):
    found = edges(pipeline, "Kenyan and Ugandan troops start Exercise Savannah Gate 2024\n\n"
                  "NAIROBI - Kenyan and Ugandan soldiers began Exercise Savannah Gate 2024 on Monday at Isiolo.\n\n"
                  "In January the Kenya Army held its first exercise there with soldiers from Rwanda.")
    assert ("Rwanda", "PARTICIPATED_IN", "Exercise Savannah Gate 2024") not in found


def test_range_near_a_town_in_a_region(pipeline):
    found = edges(pipeline, "Polish and US gunners open Vistula Thunder drill\n\n"
                  "WARSAW - Polish and American artillery units opened Exercise Vistula Thunder 2024 on Tuesday "
                  "at the Nowa Deba Field Firing Ranges near Tarnobrzeg in Subcarpathian Voivodeship.")
    event = "Exercise Vistula Thunder 2024"
    assert (event, "HELD_IN", "Nowa Deba Field Firing Ranges") in found
    assert (event, "HELD_IN", "Subcarpathian Voivodeship") in found
    assert ("Nowa Deba Field Firing Ranges", "LOCATED_IN", "Subcarpathian Voivodeship") in found
    assert (event, "HELD_IN", "Tarnobrzeg") not in found  # the town is "near", no venue


def test_training_area_outside_a_town_in_a_province(pipeline):
    found = edges(pipeline, "Dutch and Belgian troops trained at the Marnehuizen Training Area outside Lauwersoog "
                  "in Groningen Province during Exercise Northern Dike last week.")
    assert ("Marnehuizen Training Area", "LOCATED_IN", "Groningen Province") in found


def test_held_there_with_guests_and_the_edition_year(pipeline):
    text = ("Kenyan and Ugandan troops start Savannah Gate drill\n\n"
            "NAIROBI - Kenyan and Ugandan soldiers began Exercise Savannah Gate 2024 on Monday.\n\n"
            "The two armies first trained together in 2021, when Uganda's Mi-24 helicopters joined Kenya's Z-9 "
            "helicopters at Laikipia Air Base for Exercise Ushirikiano.\n\n"
            "In March the Kenya Army held its first Lion Shield exercise there with soldiers from the Tanzania "
            "People's Defence Force.")
    found = edges(pipeline, text)
    assert ("Lion Shield", "HELD_IN", "Laikipia Air Base") in found
    assert ("Tanzania People's Defence Force", "PARTICIPATED_IN", "Lion Shield") in found
    assert ("Exercise Ushirikiano", "HELD_IN", "Laikipia Air Base") in found
    assert ("Uganda", "PARTICIPATED_IN", "Exercise Ushirikiano") in found
    assert ("Mi-24", "DISPLAYED_AT", "Exercise Ushirikiano") in found
    doc = Document.from_text(text, meta=Metadata(published="2024-10-10", date_source="cli"))
    g = pipeline.process(doc)
    names = {d["name"]: set(d.get("aliases") or []) for _, d in g.nodes(data=True) if d.get("label") == "Event"}
    assert "Ushirikiano 2021" in names["Exercise Ushirikiano"]  # the edition of the clause's year


def test_there_with_two_places_before_is_no_venue(pipeline):
    found = edges(pipeline, "Kenyan troops trained at Laikipia Air Base and at Nanyuki Air Base.\n\n"
                  "In March the Kenya Army held its first Lion Shield exercise there with soldiers from Rwanda.")
    assert not any(e[1] == "HELD_IN" and e[0] == "Lion Shield" for e in found)
