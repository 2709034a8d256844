"""Where the article's occasion is held (session 38): a lead's installation kept beside the town it lies in
(relations/passes/lead_venue.py) and an exercise's activity nouns placing it (``places.exercise_nouns``).
Invented sentences about other countries."""
from __future__ import annotations

from functools import partial

from graph.entities import Entity
from graph.relations import Relation
from graph.relations.passes.lead_venue import placed_once
from tests.extracted import text_edges

edges_of = partial(text_edges, published="2024-05-10", date_source=None)


def held_in(edges) -> set[str]:
    return {o for s, t, o in edges if t == "HELD_IN"}


def _held(target: str, rule: str) -> Relation:
    return Relation("event:e", "HELD_IN", target, {"start": 0}, 0.5, rule)


def test_lead_installation_stays_beside_its_town():
    entities = {e.id: e for e in (Entity("event:e", "Event", "farewell ceremony"),
                                  Entity("place:b", "Place", "Cerro Moreno Air Base"),
                                  Entity("place:t", "Place", "Antofagasta"),
                                  Entity("place:s", "Place", "Riau Islands"))}
    base = _held("place:b", "held-in-lead")
    kept = placed_once([base, _held("place:t", "held-in-lead-within")], entities)
    assert base in kept  # held at the base and in the town it lies in
    region = _held("place:s", "held-in-lead")
    assert region not in placed_once([region, _held("place:t", "held-in-lead-within")], entities)
    assert base not in placed_once([base, _held("place:t", "held-where-drilled")], entities)


def test_exercise_landing_near_place(pipeline):
    text = ("Exercise Southern Reach 2024 opened on Monday with ships from Chile, Peru and Ecuador. "
            "Marines are due to carry out an amphibious landing near Mejillones on Thursday.")
    assert "Mejillones" in held_in(edges_of(pipeline, text))


def test_exercise_activity_on_island(pipeline):
    text = ("Exercise Coral Shield 2024 began on Monday with 5,000 troops from Fiji, Tonga and New Zealand. "
            "Training ran for two weeks, with the heaviest activity in the Western Division and on Taveuni.")
    assert "Taveuni" in held_in(edges_of(pipeline, text))


def test_landing_without_exercise_places_nothing(pipeline):
    text = "A Chilean transport aircraft made an emergency landing near Mejillones on Thursday."
    assert not held_in(edges_of(pipeline, text))


def test_another_partys_activity_is_no_site(pipeline):
    text = ("Exercise Coral Shield 2024 began on Monday with 5,000 troops from Fiji, Tonga and New Zealand. "
            "Analysts in Suva link its growing scale to Beijing's activity in the Coral Sea.")
    assert "Coral Sea" not in held_in(edges_of(pipeline, text))
