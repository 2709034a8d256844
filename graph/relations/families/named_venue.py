"""An event held where its own name says: "the 2020 Galwan Valley clash", "the Battle of Bakhmut",
"the 2025 Istanbul peace talks", "the strike on Doha". A Place of the document written inside an event's
mention (or its entity's name), after a locative word of the name or after the year or ordinal that
opens it, is where the event was (HELD_IN). Pairs ("the Armenia-Azerbaijan clashes") are sides, not venues, and
Countries are left to the rules that read a sentence's structure. Cue words are in
``relations/cues.yaml`` (``named_venue``)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ...mentions.lexicon import lexicon
from ..context import SentenceContext
from ..lexicon import cues
from ..relation import Relation
from .common import DocFacts, rel
from .events import event_kind

_DASHES = "–—/-"


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    c = cues()["named_venue"]
    return frozenset(c["name_preps"]), frozenset(c["not_after"]), frozenset(c["lead_words"])


def _alone(place: str, name: str) -> Iterator[tuple[int, int]]:
    """The spans of ``name`` where ``place`` is written as a word of its own (no letter, digit, underscore
    or dash on either side), left to right and not overlapping: what a search for ``place`` between those
    two lookarounds finds, without compiling a pattern for every new place name."""
    if not place:
        yield from ((m.start(), m.end()) for m in re.finditer(rf"(?<![\w{re.escape(_DASHES)}])(?![\w{re.escape(_DASHES)}])", name))
        return
    at = name.find(place)
    while at >= 0:
        end = at + len(place)
        if (not at or not _joins(name[at - 1])) and (end == len(name) or not _joins(name[end])):
            yield at, end
            at = name.find(place, end)
        else:
            at = name.find(place, at + 1)


def _joins(char: str) -> bool:
    """Whether ``char`` would join a word written beside it (what ``\\w`` or a dash of ``_DASHES`` matches)."""
    return char.isalnum() or char == "_" or char in _DASHES


def names_venue(name: str, place: str, lead: bool = True) -> bool:
    """Whether ``place`` is written in the event name ``name`` as its venue: after one of the name's
    locative words ("Siege of X"), or before the name's event words with a year or an ordinal and
    nothing else before it ("2020 X clash", "Second X War"; only with ``lead``). A bare "X summit" or
    "X drills" is left alone: a place first in a name as often names a style, a side or a sponsor
    ("Arctic drills", "Gaza war") as the venue. Never as one of a pair ("X-Y talks")."""
    preps, not_after, leads = _words()
    for start, end in _alone(place, name):
        before, after = name[:start].split(), name[end:].split()
        if start and name[start - 1] in _DASHES or name[end:end + 1] in set(_DASHES):
            continue
        prev = before[-1].lower() if before else ""
        if prev in not_after or prev.endswith(tuple(_DASHES)):
            continue
        if prev in preps and (not after or after[0][:1] not in _DASHES):
            return True
        if lead and before and after and not after[0].startswith(("(", ",")) \
                and all(w.isdigit() or w.lower() in leads for w in before) \
                and (after[0].islower() or after[0].lower() in _event_words()):
            return True  # "2020 X clash", "Second X War"; not "2024 Shanghai Cooperation Organisation summit"
    return False


@lru_cache(maxsize=1)
def _event_words() -> frozenset[str]:
    """The nouns of the kinds of event and of events' names ("summit", "war", "parade")."""
    lex = lexicon()
    return frozenset({n for nouns in lex["event_kinds"].values() for n in nouns} | set(lex["event_name_heads"]))


def _treaty(name: str) -> bool:
    """Whether an event's name is a treaty's ("Treaty of X", "the X Accords"): named after where it
    was drafted or whom it concerns, no venue of the graph's."""
    return bool(set(re.findall(r"[a-z]+", name.lower())) & set(lexicon()["treaty_heads"]))


def named_venues(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """Each event mention of the sentence held in a Place its written name (or its entity's name,
    when that is a name and not a generated "noun, place, date") names as its venue."""
    events = ctx.of({"Event"})
    if not events:
        return
    places = [e for e in facts.entities.values() if e.label == "Place"]
    for m in events:
        ent = ctx.entities[m.entity]
        kind = event_kind(ent)
        # a war's written references name its theatre loosely ("the war in Gaza"): only its own name;
        # an exercise's words before its noun name its style ("the Arctic drills"), not its venue
        written = _written(ctx, m) if kind != "war" else None
        names = [(n, b) for n, b in ((written, kind != "exercise"), (ent.name if ", " not in ent.name else None, True))
                 if n and not _treaty(n)]
        for p in places:
            forms = {f for f in {p.name, *p.aliases} if len(f) >= 4 and f[:1].isupper()}
            if any(names_venue(n, f, b) for n, b in names for f in forms):
                yield rel(ctx, m, "HELD_IN", p.id, 0.6, "held-in-own-name")


def _written(ctx: SentenceContext, m) -> str | None:
    """The mention's words, unless a word of it is an adjective ("the Arctic drills" names a climate,
    not a venue)."""
    span = ctx.doc[m.start:m.end]
    return None if any(t.pos_ == "ADJ" and t.text[:1].isupper() for t in span) else span.text
