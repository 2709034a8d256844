"""Whole names of institutions and buildings the NER cut at a small word inside them: "National X Institute of
Science and Technology" read as "X Institute", "X Technology and Innovation Centre" read as "X Technology" and
"Innovation Centre", "X Office Building" read as the body "X Office".

A body's name (an organisation, state body or firm no catalogue knows) runs on over "of", "for", "and" or "&"
and the capitalised words after it, and back over a leading word of a national institution's name
(``body_name_leads``: "National", "Federal"), when the whole run ends in a head word of such names
(``body_name_heads``: "Technology", "Institute", "Building"). "And" joins only fields ("Science and
Technology"), never two whole names ("the X Institute and Y Centre": the word before it is an institution's
head, ``body_name_closers``); no catalogued name is swallowed ("Institute of Kenya" stops before the state), no
name is grown that runs on into one ("X Research Malaysia") or across another name's end. A name also grows back
over a field and "and" before it ("X Convention and" + "Exhibition Centre"). A run ending in a building's word is
a place (``body_name_places``), one ending in "Company" or "Corporation" a firm.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc

from .lexicon import lexicon
from .mention import Mention

_LABELS = {"Organization", "GovernmentBody", "Company", "Place"}
_CONNECTORS = {"of", "for", "and", "&"}
_MAX_WORDS = 12
_ORDINAL = re.compile(r"^[0-9]{1,4}(st|nd|rd|th)$")


@cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(heads, leads, closers, place heads) of ``name_heads`` in the lexicon, lower-cased."""
    data = lexicon()["name_heads"]
    return tuple(frozenset(w.casefold() for w in data[k])  # type: ignore[return-value]
                 for k in ("body_name_heads", "body_name_leads", "body_name_closers", "body_name_places"))


@cache
def _left_heads() -> frozenset[str]:
    """``body_name_left_heads`` of the lexicon, lower-cased: heads a name grows back to over "X and"."""
    return frozenset(w.casefold() for w in lexicon()["name_heads"]["body_name_left_heads"])


@cache
def _kinds() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(not grown, institutions, firm heads, firms) of ``name_heads`` in the lexicon, lower-cased."""
    data = lexicon()["name_heads"]
    return tuple(frozenset(w.casefold() for w in data[k])  # type: ignore[return-value]
                 for k in ("body_name_not_grown", "body_name_institutions", "body_name_firm_heads", "body_name_firms"))


def _cap(doc: Doc, i: int) -> bool:
    t = doc[i]
    return t.text[:1].isupper() and any(c.isalpha() for c in t.text) and not t.is_sent_start


def _word(doc: Doc, i: int) -> bool:
    """A capitalised word or a hyphen glued between two ("Chung-Shan")."""
    if _cap(doc, i):
        return True
    t = doc[i]
    return t.text == "-" and i > 0 and not doc[i - 1].whitespace_ and not t.whitespace_ and i + 1 < len(doc) \
        and doc[i + 1].text[:1].isupper()


def _right(doc: Doc, end: int, known: set[int], closers: frozenset[str], states: frozenset[str]) -> list[int]:
    """Ends a name running on from ``end`` may stop at (after each capitalised word)."""
    ends: list[int] = []
    j = end
    while j < len(doc) and j - end < _MAX_WORDS and j not in known:
        w = doc[j].lower_
        if w in _CONNECTORS and j + 1 < len(doc) and _cap(doc, j + 1) and j + 1 not in known:
            if w in {"and", "&"} and (doc[j - 1].lower_ in closers or doc[j + 1].text in states):
                break  # "the X Institute and Y Centre", "X Technology and Chinese Y Academy": two names
            j += 1
            continue
        if not _word(doc, j):
            break
        j += 1
        if doc[j - 1].text != "-":
            ends.append(j)
    return ends


def _left(doc: Doc, start: int, known: set[int], closers: frozenset[str], states: frozenset[str]) -> int:
    """Where a name ending in a body's name at ``start`` opens when a field and "and" come before it ("X
    Convention and" + "Exhibition Centre", "X Peace and" + "Security Forum"); ``start`` when none does (nor
    where the name opens with a state's name or demonym: "X Technology and" + "Chinese Y Academy")."""
    if start < 2 or doc[start - 1].lower_ not in {"and", "&"} or start - 2 in known or not _cap(doc, start - 2) \
            or doc[start - 2].lower_ in closers | _left_heads() or doc[start].text in states \
            or _ORDINAL.match(doc[start].text):
        return start  # (a whole name before "and", or one opening with its own number: "3rd X Flotilla and 8th Y Flotilla")
    i = start - 2
    while i > 0 and i - 1 not in known and _word(doc, i - 1) and start - i < _MAX_WORDS:
        i -= 1
    if i > 0 and i - 1 not in known and _ORDINAL.match(doc[i - 1].text):
        i -= 1  # "309th" + "Aerospace Maintenance and Regeneration Group": a unit's number opens its name
    return i if doc[i].text != "-" else start


def _two_names(doc: Doc, m: Mention, heads: frozenset[str], states: frozenset[str]) -> int | None:
    """The position of the "and" of a body's mention that joins two whole names: each side ends in a head word of
    such names and the second opens with a state's name or demonym ("X Ordnance Technology and Chinese Y Research
    Academy"); None where there is none."""
    for i in range(m.start + 1, m.end - 2):
        if doc[i].lower_ in {"and", "&"} and doc[i - 1].lower_ in heads and doc[i + 1].text in states \
                and doc[m.end - 1].lower_ in heads:
            return i
    return None


def body_names(doc: Doc, mentions: list[Mention], make: Callable[[int, int, str], Mention],
               states: frozenset[str] = frozenset()) -> list[Mention]:
    """``mentions`` with each body's name grown to the whole name the text prints (see the module); ``states``
    are the catalogue's country names and demonyms, after which "and" opens another name."""
    heads, leads, closers, places = _lists()
    not_grown, institutions, firm_heads, firms = _kinds()
    known = {i for m in mentions if m.ref_id for i in m.tokens()}
    out: list[Mention] = []
    taken: set[int] = set()
    grown: list[Mention] = []
    for m in sorted(mentions, key=lambda x: x.start):
        if m.start in taken:
            continue
        if m.label not in _LABELS or m.ref_id:
            out.append(m)
            continue
        two = _two_names(doc, m, heads, states)
        if two is not None:  # "X Technology and Chinese Y Academy" read as one: two bodies
            out += [make(m.start, two, m.label), make(two + 1, m.end, m.label)]
            continue
        start = _left(doc, m.start, known, closers, states)  # "Convention and" + "Exhibition Centre"
        while start > 0 and doc[start - 1].lower_ in leads and doc[start - 1].text[:1].isupper() \
                and start - 1 not in known:
            start -= 1  # "National" + "Chung-Shan Institute"
        ends = [e for e in _right(doc, m.end, known, closers, states) if doc[e - 1].lower_ in heads]
        end = max(ends, default=m.end)
        if end == m.end and (start == m.start or doc[m.end - 1].lower_ not in heads | _left_heads()) \
                or end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
            out.append(m)  # (nothing to grow; or the name runs on into a catalogued word: "X Research Malaysia")
            continue
        inside = [n for n in mentions if n is not m and start <= n.start and n.end <= end]
        if any(n.ref_id or n.label not in _LABELS | {"Person", "Place"} for n in inside) \
                or any(n.start < start < n.end or n.start < end < n.end for n in mentions):
            out.append(m)  # (a catalogued name inside, or a name across an end: "the Centre for Maritime" + ...)
            continue
        last = doc[end - 1].lower_
        if m.label in {"GovernmentBody", "Company"} and last in not_grown \
                or m.label == "GovernmentBody" and last in institutions | firm_heads:
            out.append(m)  # "Air Force" + "Museum", "X Aviation" + "Heritage Trust": no state body's or firm's name
            continue
        label = "Place" if doc[end - 1].lower_ in places else m.label
        if doc[end - 1].lower_ in firms:
            label = "Company"  # "X Dredge and Dock Company"
        if label == "Company" and doc[end - 1].lower_ in institutions:
            label = "Organization"  # "X Technology" + "and Innovation Centre": an institution
        new = make(start, end, label)
        grown.append(new)
        taken.update(n.start for n in inside)
    drop = {i for g in grown for i in range(g.start, g.end)}
    return sorted([m for m in out if not (set(m.tokens()) & drop)] + grown, key=lambda x: x.start)
