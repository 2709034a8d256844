"""Editions of a catalogued recurring event written by its distinctive name and a year or an ordinal.

A recurring series ("Exercise Malabar", "Zapad exercise", "Summit of the Americas") has a *stem*: its
name or alias without the event nouns and their modifiers ("Malabar", "Zapad"). The stem followed by
a year ("Malabar 2020", "Zapad-2021", "Nordic Response 24") names that year's edition; an ordinal in
front of a catalogued form ("the Ninth Summit of the Americas", "the 12th Africa Aerospace and
Defence") names one edition too. Once a document names an edition so, its bare stem ("Malabar began
as a bilateral drill") is the same series. ``editions`` returns the spans with the series' id; the
entities stage names the edition and its year.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import SPACY
from spacy.tokens import Doc

from ..reference import ReferenceData
from ..text.numbers import ordinal
from .lexicon import lexicon
from .words import texts

_STEMMED = {"exercise", "fair"}  # kinds whose editions go by the bare name and a year ("Malabar 2020")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_DASHED = re.compile(r"^(.+)-((?:19|20)\d\d)$")
_SHORT_YEAR = re.compile(r"^[0-4]\d$")  # "Nordic Response 24"


@lru_cache(maxsize=4)
def _stems(ref: ReferenceData) -> tuple[dict[str, str], set[str]]:
    """A recurring series' stem or full form -> its id ("Malabar" -> Exercise Malabar), and the full
    forms (an ordinal goes only with those: "the Ninth Summit of the Americas")."""
    lex = lexicon()
    kinds = set(lex["recurring_event_kinds"])
    kind_nouns = {n for words in lex["event_kinds"].values() for n in words}
    nouns = kind_nouns | set(lex["event_modifiers"])
    out: dict[str, str] = {}
    full: set[str] = set()
    for e in ref:
        if e.label != "Event" or e.props.get("kind") not in kinds or _YEAR.search(e.name.split()[0]):
            continue
        for form in (e.name, *e.aliases):
            words = form.split()
            while words and words[0].lower() in kind_nouns:  # "Exercise Malabar"; not "Naval" of "Naval Defence"
                words = words[1:]
            while words and words[-1].lower() in nouns:
                words = words[:-1]
            if form[:1].isupper() and not any(_YEAR.match(w) for w in form.split()):
                out.setdefault(form, e.id)
                full.add(form)
            stem = " ".join(words)
            if words and words[0][:1].isupper() and words[-1][:1].isupper() and not any(_YEAR.match(w) for w in words) \
                    and (stem == form or e.props.get("kind") in _STEMMED and not any(
                        x.label != "Event" for x in ref.lookup(stem))):  # not "Paris" of "Paris Air Show"
                out.setdefault(stem, e.id)
    return out, full


def catalogued_stems(ref: ReferenceData) -> frozenset[str]:
    """The stems and full forms of the catalogued recurring series ("Malabar", "Steppe Eagle"): their
    editions are :func:`editions`' to find."""
    return frozenset(_stems(ref)[0])


@lru_cache(maxsize=4)
def _prefixes(ref: ReferenceData) -> frozenset[str]:
    """Every prefix of every stem or full form: a span text outside it starts no stem."""
    return frozenset(key[:n] for key in _stems(ref)[0] for n in range(1, len(key) + 1))


def _year_after(doc: Doc, i: int) -> int | None:
    """The end of a year right after token ``i`` ("Malabar 2020", "Response 24"), else ``None``."""
    if i >= len(doc):
        return None
    tok = doc[i]
    if _YEAR.match(tok.text):
        return i + 1
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if _SHORT_YEAR.match(tok.text) and (nxt is None or nxt.is_punct or nxt.pos_ in {"VERB", "AUX", "ADP", "CCONJ"}):
        return i + 1
    return None


def editions(doc: Doc, ref: ReferenceData, spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, str]]:
    """``(start, end, series id)`` of editions named by stem and year or by an ordinal, and of the bare
    stems of a series the document names an edition of. ``spans`` are the other mentions' ``(start,
    end, sure)``: an edition may cover whole ones, never cut one; a bare stem takes no sure one's place."""
    stems, full = _stems(ref)
    prefixes = _prefixes(ref)
    longest = 10  # tokens
    words = texts(doc)
    spaces = [" " if s else "" for s in doc.to_array(SPACY).tolist()] if len(doc) else []  # ``t.whitespace_``
    out: list[tuple[int, int, str]] = []
    found: set[str] = set()
    i = 0
    while i < len(doc):
        hit = None
        keys = [words[i]] if words[i] in prefixes else []  # the texts of the spans starting at i, as Span.text
        for k in range(i + 1, min(i + longest, len(doc)) if keys else i + 1):  # gives them, while a stem may follow
            key = keys[-1] + spaces[k - 1] + words[k]
            if key not in prefixes:
                break
            keys.append(key)
        for n in range(len(keys), 0, -1):
            key = keys[n - 1]
            if key in stems:
                hit = (n, stems[key], key in full)
                break
        if hit is None:
            dashed = _DASHED.match(words[i]) if "-" in words[i] else None  # "Zapad-2021"
            if dashed and dashed.group(1) in stems:
                out.append((i, i + 1, stems[dashed.group(1)]))
                found.add(stems[dashed.group(1)])
            i += 1
            continue
        n, series, whole = hit
        start, end = i, i + n
        year_end = _year_after(doc, end)
        first = _ordinal_start(doc, start) if whole else None
        ordinal = first is not None
        if year_end is not None:
            end = year_end
        if first is not None:
            start = first
        if (year_end is not None or ordinal) and not _cuts(spans, start, end):
            out.append((start, end, series))
            found.add(series)
        i = end
    bare = []
    named = {}  # the stems of the series named by an edition, in the catalogue's order
    for key, series in stems.items():
        if series in found and key[:1].isupper():
            named.setdefault(key, []).append(series)
    preps = set(lexicon()["locative_preps"]) - {"in", "into"}
    for i in range(len(doc)) if named else ():
        if words[i] not in named or any(s <= i < e for s, e, _ in out) \
                or any(s <= i < e and (sure or e - s > 1) for s, e, sure in spans):
            continue
        if i > 0 and doc[i - 1].lower_ in preps or any(x.label != "Event" for x in ref.lookup(words[i])):
            continue  # "held at Farnborough": the town
        bare += [(i, i + 1, series) for series in named[words[i]]]
    return out + bare


def _ordinal_start(doc: Doc, start: int) -> int | None:
    """Where an ordinal right before ``start`` begins ("the Ninth", "the 12th", "the twenty-first"):
    capitalised or after "the"; else ``None``."""
    first = start - 3 if start >= 3 and doc[start - 2].text == "-" else start - 1
    if first < 0 or ordinal(doc[first:start].text.replace(" ", "")) is None:
        return None
    return first if doc[first].text[:1].isupper() or first > 0 and doc[first - 1].lower_ == "the" else None


def _cuts(spans: list[tuple[int, int, bool]], start: int, end: int) -> bool:
    """Whether a span would cut another mention in two (it may cover whole ones)."""
    return any(s < end and start < e and (s < start or e > end) for s, e, _ in spans)
