"""The other side of a catalogued war a text names by one side only: "two months into Russia's
invasion", "the Hamas attack of October 7" (a war the reference data dates as under way when the
article appeared, with two sides, the other one named in the article)."""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from ..context import SentenceContext
from ..time import parse_date, published_of
from .common import DocFacts


@lru_cache(maxsize=1)
def _wars() -> tuple[tuple[str, str, str, str], ...]:
    """(side, other side, start, end) of every catalogued two-sided war, both ways, as reference ids."""
    from ...reference import load_reference

    ref = load_reference()
    out: list[tuple[str, str, str, str]] = []
    for entry in ref:
        if entry.label != "Event" or len(entry.parties) != 2:
            continue
        ids = [next((s.id for s in ref.lookup(name)[:1]), None) for name in entry.parties]
        if None in ids:
            continue
        start, _, end = (entry.props.get("date") or "").partition("/")
        out += [(ids[0], ids[1], start, end), (ids[1], ids[0], start, end)]
    return tuple(out)


def _under_way(start: str, end: str, day: date) -> bool:
    begun, ended = parse_date(start), parse_date(end) if end else None
    return begun is not None and begun <= day and (ended is None or day <= ended)


def other_sides(ctx: SentenceContext, facts: DocFacts, side: str) -> list[str]:
    """The article's entities on the other side of a war under way in which ``side`` fights."""
    day = published_of(ctx.doc)
    entity = ctx.entities.get(side)
    if day is None or entity is None or not entity.ref_id:
        return []
    by_ref = {e.ref_id: e.id for e in facts.entities.values() if e.ref_id}
    return list(dict.fromkeys(by_ref[other] for one, other, start, end in _wars()
                              if one == entity.ref_id and other in by_ref and _under_way(start, end, day)))
