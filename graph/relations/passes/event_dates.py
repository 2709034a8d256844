"""A fact at an event holds when the event does (ONTOLOGY.md, Time): the date of taking part in,
hosting, housing or showing at an event, where the sentence dates only the report."""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from ...entities import Entity
from ..relation import Relation
from ..time import dates_itself, published_of, tells_end

_AT_EVENT = {"PARTICIPATED_IN", "HOSTED_BY", "HELD_IN", "DISPLAYED_AT"}
# facts that hold over all of an event's days: one its sentence dates by the day the event ended takes its span
_SPANNED = {"PARTICIPATED_IN", "HOSTED_BY", "HELD_IN"}


def at_event_dates(relations: list[Relation], entities: dict[str, Entity], doc: Doc, sents: list) -> None:
    """:func:`_at_event_date` of every relation at an event, in place."""
    starts = [s.start_char for s in sents]
    for r in relations:
        if r.type in _AT_EVENT:
            _at_event_date(r, entities, doc, sents, starts)


def _at_event_date(r: Relation, entities: dict[str, Entity], doc: Doc, sents: list, starts: list[int]) -> None:
    """A fact of taking part in, hosting, housing or showing at an event holds when the event does:
    where its sentence dates nothing but the report ("..., officials said on Thursday"), a date
    outside the event's days (the report's, the paragraph's) gives way to the event's first day. Taking
    part in, hosting or housing an event of several days that its sentence dates by the day it ended
    ("... flew in the exercise, which ended on Thursday") holds over all of its days (its span)."""
    event = next((entities[e] for e in (r.target, r.source) if entities[e].label == "Event"), None)
    held = event.props.get("date") if event is not None else None
    if not held or held.startswith("/"):
        return
    first, _, last = held.partition("/")
    when = (r.evidence.get("when") or "").split("/")[0]
    at = r.evidence.get("start")
    i = bisect_right(starts, at) - 1 if isinstance(at, int) else -1
    if r.type in _SPANNED and first and len(last) == 10 and when == last and i >= 0 \
            and tells_end(sents[i], published_of(doc), when):
        r.evidence = {**r.evidence, "when": held}  # "X flew in the exercise, which ended on Thursday": its days
        return
    if when and (when.startswith(first) or first.startswith(when)
                 or last and first <= when <= last or last and last.startswith(when)):
        return
    if i >= 0 and dates_itself(sents[i], published_of(doc)):
        return  # the sentence dates the fact itself ("on Wednesday, a day after ...")
    r.evidence = {**r.evidence, "when": first}
