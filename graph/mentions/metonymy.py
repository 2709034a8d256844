"""Place names that stand for something else, read from the words around them (lexicon.yaml):

* a capital a reading or reaction word governs is its state: "read in Moscow as a warning", "went down
  badly in Baku", "concern in Tokyo", "a message aimed at Washington";
* a capital a word of movement, attack or place governs is the city: "the evacuation from Kabul", "an air
  strike on Beirut", "a suburb of Tashkent", "left Accra", "a Madrid-based maker", "the capital, Bangui";
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


@lru_cache(maxsize=1)
def _city_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    city = lexicon()["capital_city"]
    return (frozenset(city["from_heads"]), frozenset(city["on_heads"]), frozenset(city["of_nouns"]),
            frozenset(city["object_verbs"]))


@lru_cache(maxsize=1)
def _state_words() -> tuple[frozenset[str], frozenset[str]]:
    """Modifiers that make an attack word a campaign of pressure, nouns of "in <noun>" that tell a state's lot."""
    city = lexicon()["capital_city"]
    return frozenset(city["figurative_modifiers"]), frozenset(city["state_complements"])


def _state_lot(verb: Token) -> bool:
    """Whether the verb's object is followed by a word of its lot rather than a place: "leaving Taipei with fewer
    friends", "left Kyiv exposed", "leave Moscow in control of ..."."""
    complements = _state_words()[1]
    for c in verb.children:
        if c.dep_ in {"oprd", "xcomp", "acomp"} or c.dep_ == "prep" and c.lower_ == "with":
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in complements for g in c.children):
            return True
    return False


def _figurative(head: Token) -> bool:
    """Whether an attack word is a campaign of pressure ("a lobbying push", "a charm offensive")."""
    return any(c.dep_ in {"amod", "compound", "nmod"} and c.lower_ in _state_words()[0] for c in head.children)


def city_reading(doc: Doc, start: int, end: int) -> bool:
    """Whether the capital's name at ``[start, end)`` is the city by the words that govern it (lexicon
    ``capital_city``): "from" under a word of leaving or distance, "on" under an attack or advance, "of" under
    a part or the people of a city, the object of a verb of leaving, visiting, taking or holding, "X-based",
    "the capital, X"."""
    from_heads, on_heads, of_nouns, object_verbs = _city_words()
    if end + 1 < len(doc) and doc[end].text in {"-", "\u2010", "\u2011"} and doc[end + 1].lower_ == "based":
        return True  # "a Madrid-based maker"
    if start >= 2 and doc[start - 1].text == "," and doc[start - 2].lower_ == "capital":
        return True  # "advanced on the capital, Bangui"
    tok = doc[end - 1]
    for _ in range(6):  # the first item of a list, the last word of a name
        if tok.dep_ == "conj" or tok.dep_ in {"compound", "flat"} and tok.head.i > tok.i:
            tok = tok.head
            continue
        break
    if tok.dep_ == "poss" or end < len(doc) and doc[end].lower_ in {"'s", "\u2019s", "'"}:
        return False  # "an attack on Kyiv's sovereignty": the preposition governs the owned thing, not the capital
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        verb = tok.head
        if _state_lot(verb):
            return False  # "leaving Taipei with fewer friends", "leave Moscow in control of": the state's lot
        return verb.lemma_.lower() in object_verbs  # "left Accra", "who control Sanaa"
    prep = tok.head if tok.dep_ == "pobj" and tok.head.pos_ == "ADP" else (
        doc[start - 1] if start and doc[start - 1].pos_ == "ADP" else None)
    if prep is None:
        return False
    heads = {prep.head.lower_, prep.head.lemma_.lower(), _governor(prep).lemma_.lower()}
    before = doc[prep.i - 1].lower_ if prep.i else ""
    if prep.lower_ == "from":
        if prep.head.lower_ == "away":  # "200 km away from Moscow", not "drifted away from Moscow"
            return any(c.lower_ in from_heads for c in prep.head.children)
        return bool(heads & from_heads) or before in from_heads  # "evacuated from Kabul", "200 km from Moscow"
    if prep.lower_ == "on":
        if any(t.pos_ == "NOUN" and _figurative(t) for t in (prep.head, doc[prep.i - 1]) if t.i < prep.i):
            return False  # "a lobbying push on Washington", "a charm offensive on Beijing": pressure on the government
        return bool(heads & on_heads) or before in on_heads  # "an air strike on Beirut"
    if prep.lower_ == "of":
        return prep.head.lower_ in of_nouns and prep.head.i < start  # "a suburb of Tashkent"
    return False
