"""The state behind a force that takes part in an exercise: "the French Navy sent a ship to the drill"
makes France a participant too (a state's armed service, ministry or command drills for that state).
Each derived fact keeps the evidence of the force's own participation."""
from __future__ import annotations

from collections.abc import Iterator

from ..families.common import derive
from ..families.events import event_kind
from ..relation import Relation


def _state_of(force, event) -> Iterator[tuple[str, str, str]]:
    if force.label == "GovernmentBody" and force.country and event_kind(event) == "exercise":
        yield force.country, "PARTICIPATED_IN", event.id


def force_states(relations: list[Relation], entities: dict) -> list[Relation]:
    """PARTICIPATED_IN facts of the states whose government bodies take part in an exercise."""
    return derive(relations, entities, "PARTICIPATED_IN", "force-state",
                  lambda force, event: (k for k in _state_of(force, event) if k[0] in entities))
