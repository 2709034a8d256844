"""A seat of government named as a building: "signed at the White House", "talks in the Kremlin", "a White
House summit". The reference data keeps such a name as a name of its state ("the White House said": the
United States), and the gold conventions agree for a speaker; but where the name is the object of a place
preposition (``seat_preps``) or qualifies an occasion's noun (``event_kinds``) it is the building, a Place the
occasion may be held in. The buildings are listed in ``lexicon.yaml`` (``seat_buildings``: the text's form ->
the building's own name).

Of the dev gold's locative or occasion uses of "White House" and "Kremlin" (twenty-nine halves), every one
is a Place (one required, as a summit's venue; six optional); every other use is an alias of the state.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ..ids import make_id
from ..mentions.lexicon import lexicon
from .entity import Entity


@lru_cache(maxsize=1)
def _words() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    lex = lexicon()
    nouns = frozenset(n for kind, ns in lex["event_kinds"].items()
                      if kind not in set(lex["seat_not_occasions"]) for n in ns)
    return dict(lex["seat_buildings"]), frozenset(lex["seat_preps"]), nouns


@lru_cache(maxsize=1)
def _visit_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    lex = lexicon()
    return frozenset(lex["seat_visit_preps"]), frozenset(lex["seat_visit_words"]), frozenset(lex["seat_speaker_nouns"])


def _as_building(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at ``[start, end)`` stands as a place: after "at"/"in" (not of a speaker's noun:
    "officials at the White House said"), after "to"/"outside" where a word of visiting or gathering governs
    ("a visit to the White House", "gathered outside the Kremlin"), or before an occasion's noun."""
    _, preps, nouns = _words()
    visit_preps, visit_words, speakers = _visit_words()
    root = max(doc[start:end], key=lambda t: t.i if t.head.i < start or t.head.i >= end else -1)
    if root.dep_ == "pobj" and root.head.lower_ in preps:
        return root.head.head.lower_ not in speakers
    if root.dep_ == "pobj" and root.head.lower_ in visit_preps:
        return root.head.head.lemma_.lower() in visit_words or root.head.head.lower_ in visit_words
    head = root.head
    return root.dep_ in {"compound", "nmod"} and head.i >= end and head.lower_ in nouns


def split_seat_venues(doc: Doc, entities: dict[str, Entity]) -> None:
    """Move every mention of a state that names a seat building (``seat_buildings``) in a place's position
    (:func:`_as_building`) to a Place entity of that building; ``entities`` is changed in place."""
    seats, _, _ = _words()
    for state in [e for e in entities.values() if e.label == "Country"]:
        moved = [m for m in state.mentions if (name := seats.get(_bare(m.text))) and _as_building(doc, m.start, m.end)]
        for m in moved:
            name = seats[_bare(m.text)]
            key = make_id("Place", name)
            place = entities.get(key)
            if place is None:
                place = entities[key] = Entity(key, "Place", name, props={"kind": "building"})
            state.mentions.remove(m)
            m.label = "Place"
            place.add(m)
        if moved and not state.mentions:
            del entities[state.id]


def _bare(text: str) -> str:
    """A name without its article, lower-cased ("the White House" -> "white house")."""
    low = text.casefold()
    return low[4:] if low.startswith("the ") else low
