"""Where the article's accident happened: "a helicopter crashed in a forested part of the Ashanti Region", "the
jet went down near the port city of Aktau", "came down in a field near the village of X in the Y region",
"killed in a helicopter crash in Z province". The article's unnamed accident (an event of kind ``accident``,
graph/entities/resolve.py) is HELD_IN each place the crash verb or noun reaches through place prepositions
only ("in", "near", "off", "of"): not a place in an apposition ("off X, a small island in Y"), a clause of
its own ("announced it at a news conference in Accra") or after another preposition ("flew from X"). Cue
words are ``accidents`` in ``cues.yaml``."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..context import SentenceContext
from ..lexicon import cues
from ..relation import Relation
from .common import DocFacts, rel

_MAX_STEPS = 10


def accident_event(entities: dict) -> str | None:
    """The id of the article's unnamed accident, if it has one (its ``kind`` is ``accident``)."""
    return next((e.id for e in entities.values() if e.label == "Event" and e.props.get("kind") == "accident"), None)


def crash_word(tok: Token, lex: dict | None = None) -> bool:
    """A crash told by its verb ("crashed"), a phrasal verb ("came down", "went down") or its singular noun."""
    lex = lex if lex is not None else cues()["accidents"]
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in lex["verbs"]:
        return True
    if tok.pos_ == "VERB" and lemma in lex["phrasal_verbs"] and any(
            c.dep_ in {"prt", "advmod"} and c.lower_ == lex["phrasal_verbs"][lemma] for c in tok.children):
        return True
    return tok.pos_ == "NOUN" and tok.lower_ in lex["nouns"]


def _site_of(tok: Token, lex: dict) -> Token | None:
    """The crash word a place's head reaches through objects and place prepositions only, else ``None``."""
    cur, preps = tok, set(lex["site_preps"])
    for _ in range(_MAX_STEPS):
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.dep_ in {"pobj", "compound"}:
            cur = head
            continue
        if cur.dep_ != "prep" or cur.lower_ not in preps:
            return None
        if crash_word(head, lex):
            return head
        if head.pos_ in {"VERB", "AUX"}:
            return None
        cur = head
    return None


def accident_sites(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """HELD_IN of the article's accident and each place its crash word reaches (:func:`_site_of`)."""
    event = accident_event(facts.entities)
    if event is None:
        return
    lex = cues()["accidents"]
    if not ctx.lemmas & set(lex["cue_words"]):
        return
    seen: set[str] = set()
    for m in ctx.mentions:
        if m.label != "Place" or m.entity in seen:
            continue
        if _site_of(ctx.head_token(m), lex) is not None:
            seen.add(m.entity)
            yield rel(ctx, event, "HELD_IN", m, 0.7, "accident_site")
