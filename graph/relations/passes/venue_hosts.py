"""Host nations of an exercise, read from where it was held: a state an exercise is held in
("training under way in Morocco, Tunisia and Ghana") hosts it and drills with its guests. Each
derived fact keeps the evidence of the venue it comes from. (A summit's or a show's state was
measured and left out: a wrong venue there makes a wrong host, and annotators rarely name one.)
Only the article's own exercise (the event it names most often) is read so: an exercise named in
passing ("Nordic Response in Norway, Finland and Sweden will bring in 20,000 troops") gets where it
is held, not hosts (pooled over the dev halves, 0 true / 8 false hosts and participants so derived)."""
from __future__ import annotations

from collections.abc import Iterator

from ..families.common import derive
from ..families.events import event_kind
from ..relation import Relation


def _own_events(entities: dict) -> set[str]:
    """The events the article names most often (its own; ties kept)."""
    counts = {e.id: len(e.mentions) for e in entities.values() if e.label == "Event"}
    top = max(counts.values(), default=0)
    return {i for i, n in counts.items() if n == top}


def venue_hosts(relations: list[Relation], entities: dict) -> list[Relation]:
    """HOSTED_BY and PARTICIPATED_IN facts implied by the article's own exercise HELD_IN a state."""
    own = _own_events(entities)

    def hosts(event, where) -> Iterator[tuple[str, str, str]]:
        if where.label == "Country" and event_kind(event) == "exercise" and event.id in own:
            yield event.id, "HOSTED_BY", where.id
            yield where.id, "PARTICIPATED_IN", event.id

    return derive(relations, entities, "HELD_IN", "hosted-where-held", hosts)
