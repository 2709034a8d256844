"""A conflict a sentence ends, with the length it lasted, held for that length (ONTOLOGY.md, Time).

"Leaders signed a declaration on Tuesday, closing the three-and-a-half-year boycott of Qatar", "the
ceasefire ended the 44-day war": the dispute the sentence tells of is dated by its whole span (``START/END``),
its end the day the sentence gives for the ending verb, its start that length before, as precise as the
length is (years: a year; months: a month; weeks and days: a day). The verbs are ``halt_verbs`` of
``time`` in ``cues.yaml``.
"""
from __future__ import annotations

import re
from datetime import timedelta

from spacy.tokens import Doc, Token

from ...text.numbers import CARDINALS
from ..lexicon import cues
from ..relation import Relation
from ..time import parse_date
from .tenure import _back

_TYPES = {"IN_CONFLICT_WITH"}
_COUNT = {"a": 1, "an": 1, **CARDINALS}
# the length written before the noun: "three-and-a-half-year", "44-day", "two-year-long", "12 day"
_LENGTH = re.compile(r"(?:^|\s)(\d{1,3}|" + "|".join(sorted(_COUNT, key=len, reverse=True)) +
                     r")((?:[\s-]+and[\s-]+a[\s-]+half))?[\s-]+(year|month|week|day)s?(?:[\s-]+long)?\s*$", re.I)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}")


def _length(noun: Token) -> tuple[float, str] | None:
    """(count, unit) of the length a noun phrase writes before its noun, or None."""
    left = [t for t in noun.subtree if t.i < noun.i]
    if not left:
        return None
    m = _LENGTH.search(noun.doc[left[0].i:noun.i].text)
    if m is None:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else _COUNT[m.group(1).lower()]
    return n + (0.5 if m.group(2) else 0), m.group(3).lower()


def _start(end: str, count: float, unit: str) -> str | None:
    """The start ``count`` ``unit`` before ``end``, as precise as the length."""
    if unit in {"year", "month"}:  # (whole or half years: a year, as :func:`.tenure._back` gives it)
        return _back(end, round(count * (12 if unit == "year" else 1)))
    day = parse_date(end) if len(end) == 10 else None
    if day is None:
        return None
    return (day - timedelta(days=round(count * (7 if unit == "week" else 1)))).isoformat()


def apply(relations: list[Relation], doc: Doc) -> None:
    """Date, in place, each conflict whose sentence ends a dispute of stated length by the dispute's span."""
    verbs = cues()["time"]["halt_verbs"]
    for r in relations:
        end = str(r.evidence.get("when") or "")
        start, stop = r.evidence.get("start"), r.evidence.get("end")
        if r.type not in _TYPES or not _DAY.fullmatch(end) or not isinstance(start, int) or not isinstance(stop, int):
            continue
        span = doc.char_span(start, stop, alignment_mode="expand")
        if span is None:
            continue
        for verb in span:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
                continue
            nouns = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
            length = _length(nouns[0]) if nouns else None
            began = _start(end, *length) if length else None
            if began and began < end:
                r.evidence = {**r.evidence, "when": f"{began}/{end}"}
                break
