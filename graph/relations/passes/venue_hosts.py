"""Host nations of an exercise, read from where it was held: a state an exercise is held in
("training under way in Morocco, Tunisia and Ghana") hosts it and drills with its guests. Each
derived fact keeps the evidence of the venue it comes from. (A summit's or a show's state was
measured and left out: a wrong venue there makes a wrong host, and annotators rarely name one.)"""
from __future__ import annotations

from collections.abc import Iterator

from ..families.common import derive
from ..families.events import event_kind
from ..relation import Relation


def _hosts(event, where) -> Iterator[tuple[str, str, str]]:
    if where.label == "Country" and event_kind(event) == "exercise":
        yield event.id, "HOSTED_BY", where.id
        yield where.id, "PARTICIPATED_IN", event.id


def venue_hosts(relations: list[Relation], entities: dict) -> list[Relation]:
    """HOSTED_BY and PARTICIPATED_IN facts implied by an exercise's HELD_IN a state."""
    return derive(relations, entities, "HELD_IN", "hosted-where-held", _hosts)
