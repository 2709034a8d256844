"""A catalogued person's surname after another given name is a namesake: "Foreign Minister Shah Mahmood
Qureshi ... said Sadia Qureshi, a researcher" names two people. The entity ruler matches the catalogued
surname alone ("Qureshi") inside the second name; when a capitalised proper noun that is no title, rank
or honorific and no word of the catalogued person's name runs on to it, the two words are one uncatalogued
person's name (the given name the NER may have read as a place is dropped).
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from ..reference import ReferenceData
from .lexicon import lexicon
from .mention import Mention

_CALENDAR = frozenset(w.casefold() for w in lexicon()["calendar_words"])  # "on Friday Lula said": no given name


def namesakes(doc: Doc, mentions: list[Mention], ref: ReferenceData, not_given: set[str],
              make: Callable[..., Mention]) -> list[Mention]:
    """``mentions`` with each catalogued surname that a foreign given name opens made an uncatalogued
    person's full name; ``not_given`` are the lower-case titles, ranks and honorifics."""
    at = {i: m for m in mentions for i in m.tokens()}
    drop: set[int] = set()
    out: list[Mention] = []
    for m in mentions:
        entry = ref.get(m.ref_id) if m.label == "Person" else None
        prev = doc[m.start - 1] if m.start else None
        if entry is None or m.end - m.start != 1 or prev is None or not _given_name(prev, not_given) \
                or _runs_on(doc, m.end):
            out.append(m)
            continue
        if prev.text in entry.name.split() or any(prev.text in a.split() for a in entry.aliases):
            # "Gurbanguly Berdimuhamedov" for the catalogued "Gurbanguly Berdimuhamedow": one name, the whole of it
            other = at.get(prev.i)
            out.append(m if other is not None else make(doc[prev.i:m.end], "Person", m.source, m.ref_id))
            continue
        other = at.get(prev.i)
        if other is not None and (other.ref_id or other.end - other.start != 1):
            out.append(m)  # "Pakistan Qureshi"? a known name before it stays what it is
            continue
        if other is not None:
            drop.add(id(other))
        out.append(make(doc[prev.i:m.end], "Person", "ner"))
    return [m for m in out if id(m) not in drop]


def _given_name(tok, not_given: set[str]) -> bool:
    """A capitalised proper noun that could be a given name."""
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper and tok.pos_ == "PROPN" \
        and tok.lower_ not in not_given and len(tok) > 1 and tok.lower_ not in _CALENDAR \
        and tok.ent_type_ not in {"DATE", "TIME"} \
        and not (tok.is_sent_start and (tok.is_stop or tok.lower_.endswith(("ing", "ed"))))  # "Meeting Xi, ..."


def _runs_on(doc: Doc, end: int) -> bool:
    """A capitalised word follows: the surname is inside a longer name ("James Webb Space Telescope")."""
    return end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha
