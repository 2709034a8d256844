"""A conflict the sentence names as a catalogued war between its two sides holds from the war's first day."""
from __future__ import annotations

from collections.abc import Iterable

from ...entities import Entity
from ...reference import ReferenceData, load_reference
from ..relation import Relation


def wars_began(relations: list[Relation], entities: dict[str, Entity], reference: Iterable[str] = ()) -> None:
    """:func:`_war_began` of every IN_CONFLICT_WITH relation, in place; ``reference`` names the user's own
    reference files (``--reference``), whose wars and dates count as the shipped ones do."""
    ref = load_reference(tuple(reference))
    for r in relations:
        if r.type == "IN_CONFLICT_WITH":
            _war_began(r, entities, ref)


def _war_began(r: Relation, entities: dict[str, Entity], ref: ReferenceData) -> None:
    """A conflict its sentence names as a catalogued war between its two sides ("after the invasion of
    Ukraine", "Russia's war in Ukraine") holds from the war's first day (``events.csv``): ``valid_from``."""
    if r.props.get("valid_from"):
        return
    start, end = r.evidence.get("start"), r.evidence.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return
    sides = {entities[r.source].name, entities[r.target].name}
    found = set()
    for e in entities.values():
        entry = ref.get(e.ref_id) if e.label == "Event" else None
        held = (entry.props.get("date") or "") if entry is not None else ""
        if entry is None or set(entry.parties) != sides or held[:1] in {"", "/"}:
            continue
        if any(start <= m.start_char and m.end_char <= end for m in e.mentions):
            found.add(held.split("/")[0])
    if len(found) == 1:
        r.props["valid_from"] = found.pop()
