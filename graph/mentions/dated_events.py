"""Catalogued wars, offensives, coups and clashes named by their date: "the 2020 war with Armenia",
"the September 2023 offensive", "the July 2023 coup"; or by a date after them: "a coup in
February 2021", "the clashes of September 2022", "the Kargil conflict of 1999".

A phrase ``[Month] YEAR NOUN`` (or ``NOUN ... in/of [the spring of] [Month] YEAR``, the date within a few
words of the noun in its sentence, no other event noun between) whose noun is a kind of dated event (``dated_event_nouns`` in
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
from .words import lowers, tokens

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


def _of_kind(entry, words) -> bool:
    """Whether a catalogued event's names hold one of ``words`` as a word of its own ("the 2023 offensive" is
    no "counteroffensive" nor "counter-offensive")."""
    names = _kind_words(entry)
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", names) for w in words)


def dated_events(doc: Doc, ref: ReferenceData, taken: set[int],
                 countries: Iterable[str]) -> list[tuple[int, int, str]]:
    """``(start, end, event id)`` of dated phrases naming one catalogued event; ``countries`` are the
    names of the states the document mentions, ``taken`` tokens other mentions hold."""
    toks = tokens(doc)
    nouns: dict[str, list[str]] = lexicon()["dated_event_nouns"]
    kind_of = {n: kind for kind, words in nouns.items() for n in words}
    named = set(countries)
    events = _dated(ref)
    out: list[tuple[int, int, str]] = []
    for i, low in enumerate(lowers(doc)):
        kind = kind_of.get(low)
        if kind is None or i in taken:
            continue
        tok = toks[i]
        if tok.i >= 1 and _YEAR.match(toks[tok.i - 1].text):
            start, year = tok.i - 1, toks[tok.i - 1].text
            month = _MONTHS.get(toks[start - 1].lower_) if start > 0 else None
            if month:
                start -= 1
            if any(i in taken for i in range(start, tok.i)):
                continue
        else:
            after = _date_after(doc, tok.i, kind_of)
            if after is None:
                owned = _owned(doc, tok.i, kind, named, events, nouns[kind])
                if owned is not None and not any(j in taken for j in range(owned[0], tok.i + 1)):
                    out.append((owned[0], tok.i + 1, owned[1]))
                continue
            year, month = after
            start = _modifiers_start(doc, tok.i, taken)
        fits = [e for e in events if _covers(e.props["date"], year, month)
                and _of_kind(e, nouns[kind])
                and (e.parties and set(e.parties) <= named or not e.parties and any(c in e.name for c in named))]
        if len(fits) == 1:
            out.append((start, tok.i + 1, fits[0].id))
    return out


_OWNED_KINDS = {"invasion"}  # kinds whose owner names one catalogued event ("Russia's invasion"; not "Russia's war")
_OWNER_PRONOUNS = {"its", "their"}


def _owned(doc: Doc, i: int, kind: str, named: set[str], events: tuple,
           words: list[str]) -> tuple[int, str] | None:
    """(first word, event id) of an undated event noun whose owner is a state ("Russia's full-scale
    invasion", "Russia launched its invasion") that is a side of exactly one catalogued event of the
    kind whose every side the document names; the span leaves the owner out (it is the state's)."""
    if kind not in _OWNED_KINDS:
        return None
    poss = [c for c in doc[i].children if c.dep_ == "poss"]
    if not poss:
        return _unowned(doc, i, named, events, words)
    if len(poss) != 1:
        return None
    owner = poss[0]
    name = owner.text
    if owner.lower_ in _OWNER_PRONOUNS:  # "Russia launched its invasion": the verb's subject
        verb = doc[i].head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"] if doc[i].dep_ == "dobj" else []
        if len(subjects) != 1:
            return None
        name = subjects[0].text
    if name not in named:
        return None
    fits = [e for e in events if e.parties and name in e.parties and set(e.parties) <= named
            and _of_kind(e, words)]
    if len(fits) != 1:
        return None
    start = owner.i + 1
    if any(not doc[j].is_alpha and doc[j].text != "-" or doc[j].head.i != i and doc[j].head.head.i != i
           for j in range(start, i)):
        start = i
    return start, fits[0].id


def _unowned(doc: Doc, i: int, named: set[str], events: tuple, words: list[str]) -> tuple[int, str] | None:
    """(first word, event id) of "the invasion", "a full-scale invasion" where exactly one catalogued event of
    the kind has every side named by the document, none of them governed by a preposition other than
    "of" after the noun naming another state ("the invasion of Taiwan" in a text on Ukraine is not it)."""
    tok = doc[i]
    marked = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        or any(c.dep_ == "amod" and c.lower_.replace(" ", "") == "full-scale" or c.lower_ == "full" for c in tok.children)
    if not marked:
        return None
    fits = [e for e in events if e.parties and len(e.parties) > 1 and set(e.parties) <= named
            and _of_kind(e, words)]
    if len(fits) != 1:
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        if any(g.text[:1].isupper() and g.text not in fits[0].parties for g in objects):
            return None
    start = i
    while start > 0 and doc[start - 1].head.i == i and doc[start - 1].dep_ in {"amod", "compound"} \
            or start > 1 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "full":
        start -= 1
    return start, fits[0].id


_AFTER_WINDOW = 8  # words between an event noun and the date that places it
_SEASONS = {"spring", "summer", "autumn", "fall", "winter", "early", "late", "mid", "middle", "end", "start",
            "beginning"}


def _date_after(doc: Doc, i: int, kind_of: dict[str, str]) -> tuple[str, int | None] | None:
    """(year, month) of "in/of [the spring of] [Month] YEAR" after the event noun at ``i`` in its
    sentence ("a coup in February 2021", "clashes of September 2022"), None when there is none."""
    end = min(doc[i].sent.end, i + 1 + _AFTER_WINDOW)
    for j in range(i + 1, end):
        t = doc[j]
        if t.lower_ in kind_of or t.text in {";", ":", "(", ")"} or t.lower_ in {"and", "but", "which", "that", "who",
                                                                                 "when", "after", "before", "since"}:
            return None  # another event, clause or list item: the date is not this noun's
        if not _YEAR.match(t.text):
            continue
        k = j - 1
        month = _MONTHS.get(doc[k].lower_) if k > i else None
        if month:
            k -= 1
        while k > i and (doc[k].lower_ in _SEASONS or doc[k].lower_ in {"the", "of"}):
            k -= 1
        return (t.text, month) if k > i and doc[k].lower_ in {"in", "of"} else None
    return None


def _modifiers_start(doc: Doc, i: int, taken: set[int]) -> int:
    """The first word of the event noun's name-like modifiers ("the Kargil conflict" -> "Kargil")."""
    start = i
    while start > 0 and doc[start - 1].head.i == i and start - 1 not in taken and doc[start - 1].is_alpha \
            and (doc[start - 1].dep_ == "compound" or doc[start - 1].dep_ in {"amod", "nmod"}
                 and doc[start - 1].text[:1].isupper()):  # not "a brief war"
        start -= 1
    return start
