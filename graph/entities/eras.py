"""A catalogued era the article names with nothing of the graph in it is a time frame, no event of
the article: "NATO's biggest drills since the Cold War", "the first regional plans since the Cold War".

An era is a catalogued event whose dates span decades (``ERA_YEARS`` or more between its first and
last year: the Cold War, 1947-1991); the article measures time by it and says nothing of it. Of the
relation-less era nodes of the eighteen development halves the writers left four out and listed one
as optional, none as required; an era a relation touches ("fought in the Cold War") stays, and so
does every war of a few years (the Second World War, listed as often as left out). A place the era
alone is held in does not keep it ("drills since the Cold War in Norway": the drills' place).
"""
from __future__ import annotations

from ..reference import ReferenceData
from ..relations import Relation
from .entity import Entity, drop_entities

ERA_YEARS = 25


def span_years(date: str) -> int | None:
    """Years between the first and the last year of a catalogue date range ("1947/1991" -> 44);
    ``None`` for a single date or an open range.

    >>> span_years("1947/1991"), span_years("2014-02-20/"), span_years("1939-09-01/1945-09-02")
    (44, None, 6)
    """
    first, _, last = date.partition("/")
    if not (first[:4].isdigit() and last[:4].isdigit()):
        return None
    return int(last[:4]) - int(first[:4])


def drop_idle_eras(entities: dict[str, Entity], relations: list[Relation], ref: ReferenceData) -> None:
    """Remove from ``entities`` every catalogued era (:data:`ERA_YEARS`) no relation touches but a place
    of its own (a "since the Cold War in Norway" reads the drills' country as the era's), and from
    ``relations`` those places (both changed in place)."""
    used = {r.source for r in relations if r.type != "HELD_IN"} | {r.target for r in relations}
    gone = set()
    for entity in entities.values():
        if entity.label != "Event" or not entity.ref_id or entity.id in used:
            continue
        entry = ref.get(entity.ref_id)
        years = span_years(str(entry.props.get("date") or "")) if entry is not None else None
        if years is not None and years >= ERA_YEARS:
            gone.add(entity.id)
    drop_entities(entities, relations, gone)
