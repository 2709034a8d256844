"""Where the article's occasion is held (session 38): a lead's installation kept beside the town it lies in
(relations/passes/lead_venue.py).
Invented sentences about other countries."""
from __future__ import annotations

from graph.entities import Entity
from graph.relations import Relation
from graph.relations.passes.lead_venue import placed_once


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
