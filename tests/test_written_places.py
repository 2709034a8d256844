"""A place keeps the forms the text writes it in: a lower-case division or facility noun after its name, a
division noun and "of" before it, a U.S. state after a comma (graph/entities/written_places.py); a catalogued
city does not take a region's form, and no form another entity goes by is added."""
from __future__ import annotations

from tests.extracted import graph_of


def _aliases(pipeline, text: str) -> dict[str, set[str]]:
    g = graph_of(pipeline, text)
    return {a["name"]: set(a.get("aliases") or []) for _, a in g.nodes(data=True) if a.get("label") == "Place"}


def test_a_division_noun_after_the_name_is_written_with_it(pipeline):
    places = _aliases(pipeline, "Two patrol boats of Ruritania will be based at Ream, in Koh Rong province, "
                                "from next spring, officials said.")
    assert any({"Koh Rong", "Koh Rong province"} <= {name} | aliases for name, aliases in places.items())


def test_a_division_noun_and_of_before_the_name(pipeline):
    places = _aliases(pipeline, "The first four trainers landed at a small airfield in the district of Ostwald "
                                "on Tuesday, the air force said.")
    # one node goes by both forms (named by its unit since graph/mentions/admin_places.py, or by the bare name)
    assert any({"ostwald", "district of ostwald"} <= {n.lower() for n in {name} | aliases}
               for name, aliases in places.items())


def test_a_united_states_state_after_a_comma(pipeline):
    places = _aliases(pipeline, "General Dynamics Electric Boat laid down the third boat at its yard in Groton, "
                                "Connecticut, in March.")
    assert "Groton, Connecticut" in places.get("Groton", set())


def test_a_list_of_places_is_no_state_form(pipeline):
    places = _aliases(pipeline, "Troops of the mission patrol Baidoa, Kismayo and Beledweyne.")
    assert not any("," in a for aliases in places.values() for a in aliases)


def test_a_catalogued_city_takes_no_region_form(pipeline):
    places = _aliases(pipeline, "Border guards of two republics opened a joint post in the Bukhara region, far from "
                                "the capital.")
    assert "Bukhara region" not in places.get("Bukhara", set())
