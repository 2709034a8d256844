"""What no one takes part in or shows at an accident: the article's unnamed crash (an event of kind
``accident``) keeps no DISPLAYED_AT or HOSTED_BY and no PARTICIPATED_IN of a state. A state named beside it
investigates it, mourns it or is blamed for it ("Kazakhstan, Russia and Brazil are taking part in the
investigation"); the type that came down is no display. (The dev gold lists no such relation as required.)"""
from __future__ import annotations

from ...entities import Entity
from ..families.accidents import accident_event
from ..relation import Relation

_DROPPED = frozenset({"DISPLAYED_AT", "HOSTED_BY"})


def drop_accident_guests(relations: list[Relation], entities: dict[str, Entity]) -> list[Relation]:
    """``relations`` without the displays, hosts and state participants of the article's accident."""
    event = accident_event(entities)
    if event is None:
        return relations

    def guest(r: Relation) -> bool:
        if event not in (r.source, r.target):
            return False
        other = entities.get(r.source)
        return r.type in _DROPPED or r.type == "PARTICIPATED_IN" and other is not None and other.label == "Country"
    return [r for r in relations if not guest(r)]
