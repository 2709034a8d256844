"""The state behind a force that takes part in an exercise: "the French Navy sent a ship to the drill"
makes France a participant too (a state's armed service, ministry or command drills for that state).
Each derived fact keeps the evidence of the force's own participation."""
from __future__ import annotations

from dataclasses import replace

from ..relation import Relation
from .events import event_kind


def force_states(relations: list[Relation], entities: dict) -> list[Relation]:
    """PARTICIPATED_IN facts of the states whose government bodies take part in an exercise."""
    have = {r.key() for r in relations}
    out: list[Relation] = []
    for r in relations:
        if r.type != "PARTICIPATED_IN" or r.source not in entities or r.target not in entities:
            continue
        force, event = entities[r.source], entities[r.target]
        state = force.country
        if force.label != "GovernmentBody" or not state or state not in entities or event_kind(event) != "exercise":
            continue
        key = (state, "PARTICIPATED_IN", event.id)
        if key not in have:
            have.add(key)
            out.append(replace(r, source=state, confidence=min(r.confidence, 0.55), rule="force-state",
                               props=dict(r.props)))
    return out
