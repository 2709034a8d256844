"""Catalogued wars, offensives, coups and clashes named by their date: "the 2020 war with Armenia",
"the September 2023 offensive", "the July 2023 coup".

A phrase ``[Month] YEAR NOUN`` whose noun is a kind of dated event (``dated_event_nouns`` in
``lexicon.yaml``) is the catalogued event (``events.csv``) of that kind whose dates cover the
phrase's and whose every side the document names; with no such single event it is left alone
(the entities stage names generic events).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc

from ..reference import ReferenceData
from .lexicon import lexicon

_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_MONTHS = {m: n for n, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"), start=1)}


def _covers(date: str, year: str, month: int | None) -> bool:
    start, _, end = date.partition("/")
    if not start:
        return False
    when = f"{year}-{month:02d}" if month else year
    size = len(when)
    return start[:size] <= when and (not end or when <= end[:size])


@lru_cache(maxsize=4)
def _dated(ref: ReferenceData) -> tuple:
    """The catalogued events with dates, in catalogue order (found once, not per document)."""
    return tuple(e for e in ref if e.label == "Event" and e.props.get("date"))


def _kind_words(entry) -> str:
    return " ".join([entry.name, *entry.aliases]).casefold()


def dated_events(doc: Doc, ref: ReferenceData, taken: set[int],
                 countries: Iterable[str]) -> list[tuple[int, int, str]]:
    """``(start, end, event id)`` of dated phrases naming one catalogued event; ``countries`` are the
    names of the states the document mentions, ``taken`` tokens other mentions hold."""
    nouns: dict[str, list[str]] = lexicon()["dated_event_nouns"]
    kind_of = {n: kind for kind, words in nouns.items() for n in words}
    named = set(countries)
    events = _dated(ref)
    out: list[tuple[int, int, str]] = []
    for tok in doc:
        kind = kind_of.get(tok.lower_)
        if kind is None or tok.i in taken or tok.i < 1 or not _YEAR.match(doc[tok.i - 1].text):
            continue
        start, year = tok.i - 1, doc[tok.i - 1].text
        month = _MONTHS.get(doc[start - 1].lower_) if start > 0 else None
        if month:
            start -= 1
        if any(i in taken for i in range(start, tok.i)):
            continue
        fits = [e for e in events if _covers(e.props["date"], year, month)
                and any(w in _kind_words(e) for w in nouns[kind])
                and (e.parties and set(e.parties) <= named or not e.parties and any(c in e.name for c in named))]
        if len(fits) == 1:
            out.append((start, tok.i + 1, fits[0].id))
    return out
