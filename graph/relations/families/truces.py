"""A truce is made between sides at war: "the ceasefire between Ethiopia and Eritrea", "a truce brokered
between A and B", "the Israel-Hamas ceasefire" make the sides IN_CONFLICT_WITH each other (ANNOTATION.md:
a ceasefire is a required IN_CONFLICT_WITH, the truce itself an optional COOPERATES_WITH). Only the parties
the truce is "between" or that modify it count: not its broker ("a ceasefire brokered by Qatar") nor one
side's own ("the ceasefire Russia declared"). Cue words are data (``cues.yaml``, ``ties.truce_words``)."""
from __future__ import annotations

from collections.abc import Iterator

from ..context import SentenceContext
from ..lexicon import cues
from ..negation import hedged, negated, noun_negated
from ..prepositions import prep_objects
from ..relation import Relation
from .common import DocFacts
from .tie_parties import group, parties, tie

_NOUNS = {"NOUN", "PROPN"}


def truces(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    words = set(cues()["ties"]["truce_words"])
    for tok, (lemma, low) in zip(ctx.tokens, ctx.forms, strict=True):
        if tok.pos_ not in _NOUNS or not (lemma in words or low in words):
            continue
        m = ctx.at.get(tok.i)
        if m is not None and m.entity in ctx.entities and ctx.label(m) != "Event":
            continue  # a word of another name
        if negated(ctx, tok) or hedged(tok) or noun_negated(ctx, tok):
            continue
        # the truce's own "between" phrase, or that of a participle on it ("a truce brokered between A and B")
        heads = [tok, *(a for a in tok.children if a.dep_ == "acl" and a.tag_ == "VBN")]
        sides: list[str] = []
        for h in heads:
            for obj in prep_objects(h, "between"):
                sides += [s for s in group(ctx, facts, obj) if s not in sides]
        if len(sides) < 2:
            sides = _named_before(ctx, facts, tok)  # "the Israel-Hamas ceasefire"
        for i, a in enumerate(sides):
            for b in sides[i + 1:]:
                if found := tie(ctx, a, "IN_CONFLICT_WITH", b, 0.75, "truce-sides", "defense"):
                    yield found


def _named_before(ctx: SentenceContext, facts: DocFacts, tok) -> list[str]:
    """The parties named in the truce noun's own modifiers ("the Israel-Hamas ceasefire"), leaving out a
    modifier that names a broker ("a Moscow-brokered truce") and anything else before the noun."""
    brokering = set(cues()["ties"]["truce_brokering"])
    mentions = []
    for c in tok.children:
        if c.i > tok.i or c.dep_ not in {"compound", "amod", "nmod"}:
            continue
        words = list(c.subtree)
        if any(w.lower_ in brokering or w.lemma_.lower() in brokering for w in words):
            continue
        mentions += [ctx.at[w.i] for w in words if w.i in ctx.at and w.dep_ in {"compound", "amod", "nmod", "conj"}
                     or w.i == c.i and w.i in ctx.at]
    return parties(ctx, facts, list({id(m): m for m in mentions}.values()))
