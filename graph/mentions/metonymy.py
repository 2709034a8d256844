"""Place names that stand for something else, read from the words around them (lexicon.yaml):

* a capital a reading or reaction word governs is its state: "read in Moscow as a warning", "went down
  badly in Baku", "concern in Tokyo", "a message aimed at Washington";
* a sea's, an ocean's or a broad region's name before a noun of a description is no place: "the
  Atlantic coast", "Caribbean leaders", "the Pacific country".
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from .lexicon import lexicon

#: reference kinds of the places whose name is also an adjective of description
REGION_KINDS = frozenset({"ocean", "sea", "supra_region"})
_PASS_THROUGH = {"ADV", "ADP", "SCONJ", "CCONJ", "PART"}  # "aimed as much at", "go down well in"


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    reading = lexicon()["capital_reading"]
    return (frozenset(reading["verbs_as"]), frozenset(reading["verbs_manner"]), frozenset(reading["manner"]),
            frozenset(reading["nouns"]), frozenset(reading["at"]), frozenset(lexicon()["region_modified"]))


@lru_cache(maxsize=1)
def _government_nouns() -> frozenset[str]:
    return frozenset(lexicon()["government_nouns"])


def _governor(prep: Token) -> Token:
    """The content word a preposition hangs from, past adverbs and particles ("aimed as much at X": aimed)."""
    head = prep.head
    for _ in range(4):
        if head.pos_ not in _PASS_THROUGH or head.head is head:
            break
        head = head.head
    return head


def state_reading(prep: Token | None) -> bool:
    """Whether the preposition before a capital makes it the state that reads or is aimed at a fact:
    "in" under a reading verb with "as", a reception verb with a manner word or a reaction noun; "at"
    under an aiming word; "in" right after a noun of a government or its people ("officials in X")."""
    if prep is None:
        return False
    verbs_as, verbs_manner, manner, nouns, at, _ = _words()
    head = _governor(prep)
    if prep.lower_ == "at":
        return head.lemma_.lower() in at or head.lower_ in at
    if prep.lower_ != "in":
        return False
    before = prep.doc[prep.i - 1] if prep.i else None
    if before is not None and (before.lower_ in _government_nouns() or before.lower_ in nouns):
        return True  # "officials in Cairo and Amman", "alarm in Tokyo" (however the parser hangs "in")
    if head.lower_ in nouns:
        return True
    children = {c.lower_ for c in head.children}
    if head.lemma_ in verbs_as:
        return "as" in children
    if head.lemma_ in verbs_manner:
        return bool(children & manner) or prep.head.lower_ in manner
    return False


def region_modifier(doc: Doc, end: int) -> bool:
    """Whether the lower-case noun right after a region's name ending at ``end`` makes the name a
    word of a description ("Atlantic coast", "Caribbean leaders")."""
    if end >= len(doc):
        return False
    nxt = doc[end]
    return nxt.is_lower and nxt.lower_ in _words()[5] and nxt.pos_ in {"NOUN", "PROPN"}
