"""A place written with a lower-case word of its administrative unit ("Varnelo state", "the province of
Oskavia") is that unit, a place of its own beside any city of the name (graph/mentions/admin_places.py):
invented sentences."""
from __future__ import annotations

from tests.extracted import graph_of, node_labels


def places(pipeline, text):
    return {name for label, name in node_labels(pipeline, text) if label == "Place"}


def test_a_state_after_the_name_is_the_unit(pipeline):
    found = places(pipeline, "The fighters are assembled at Pirambu, in São Paulo state, and the first ones flew "
                             "in March. São Paulo itself hosts the company's offices.")
    assert {"São Paulo state", "São Paulo"} <= found


def test_a_province_before_of_is_the_unit(pipeline):
    found = places(pipeline, "The squadron moved to a base in the province of Namur in 2023.")
    assert "Province of Namur" in found
    assert "Namur" not in found


def test_the_unit_keeps_its_bare_name_as_an_alias(pipeline):
    g = graph_of(pipeline, "The drill was held in Goiás state, far from the coast.", "2024-05-10")
    unit = next(d for _, d in g.nodes(data=True) if d.get("label") == "Place" and d["name"] == "Goiás state")
    assert "Goiás" in unit.get("aliases", [])


def test_a_sea_before_state_is_a_description(pipeline):
    found = places(pipeline, "Qatar, a Gulf state, ordered twelve more jets, and an Arctic state joined the talks.")
    assert not any(name.endswith("state") for name in found)


def test_a_unit_word_before_another_noun_is_no_unit(pipeline):
    found = places(pipeline, "The Kursk region governor said the drones hit a depot near Kursk.")
    assert "Kursk region" not in found
