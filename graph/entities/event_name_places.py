"""A catalogued town or venue written first in an occasion's name is a place of the article: "the Zhuhai air
show", "the Mons ceremony", "last year's Vientiane summit". The event's mention holds the words, so no
mention of their own was made for them and the place the event was held in is missing from the graph.

Only a catalogue's city, capital, base, venue or island (``event_name_places.kinds`` in ``lexicon.yaml``)
right before the occasion's noun (a gathering's: ``event_name_places.nouns``), or before other lower-case
words of the name ("the Zhuhai air show"), after nothing but an article, a year or an ordinal; a state, a
region or a sea names a side or a style as often ("the Gaza war", "the Baltic drills"). The HELD_IN is read
by ``relations.families.named_venue`` from the event's written name.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ..mentions import Mention
from ..mentions.lexicon import lexicon
from ..reference import ReferenceData
from .entity import Entity

_LEADS = {"the", "a", "an", "this", "last", "next", "year", "year's", "'s"}


@lru_cache(maxsize=1)
def event_name_words() -> tuple[frozenset[str], frozenset[str]]:
    """The place kinds and the gathering nouns of ``event_name_places`` (``lexicon.yaml``)."""
    c = lexicon()["event_name_places"]
    return frozenset(c["kinds"]), frozenset(c["nouns"])


def _lead(tok) -> bool:
    return tok.lower_ in _LEADS or tok.like_num or tok.text[:1].isdigit() or tok.tag_ == "POS"


def _place_run(doc: Doc, m: Mention, ref: ReferenceData):
    """``(start, end, entry)`` of a catalogued place written first in the event mention ``m``, or ``None``."""
    kinds, nouns = event_name_words()
    i = m.start
    while i < m.end and _lead(doc[i]):
        i += 1
    j = i
    while j < m.end and doc[j].text[:1].isupper() and doc[j].is_alpha:
        j += 1
    if j == i or j >= m.end or not doc[j].is_lower:
        return None
    if not any(t.lower_ in nouns for t in doc[j:m.end]):
        return None
    for end in range(j, i, -1):  # the longest catalogued run from the first capitalised word
        entry = next((e for e in ref.lookup(doc[i:end].text, "Place") if e.props.get("kind") in kinds), None)
        if entry is not None:
            return (i, end, entry) if end == j else None
    return None


def add_event_name_places(doc: Doc, entities: dict[str, Entity], ref: ReferenceData) -> None:
    """Give every catalogued place written first in an occasion's mention (:func:`_place_run`) a mention of
    its own and an entity; ``entities`` and ``doc._.mentions`` are changed in place."""
    added = []
    for event in [e for e in entities.values() if e.label == "Event"]:
        for m in event.mentions:
            run = _place_run(doc, m, ref)
            if run is None:
                continue
            s, e, entry = run
            span = doc[s:e]
            place = entities.get(entry.id)
            if place is None:
                place = entities[entry.id] = Entity(entry.id, "Place", entry.name, set(entry.aliases),
                                                    dict(entry.props), ref_id=entry.id)
            if place.label != "Place" or any(x.start == s and x.end == e for x in place.mentions):
                continue
            mention = Mention(s, e, span.start_char, span.end_char, span.text, "Place", "pattern", ref_id=entry.id)
            place.add(mention)
            added.append(mention)
    if added:
        doc._.mentions = sorted([*(doc._.mentions or []), *added], key=lambda x: (x.start, x.end))
