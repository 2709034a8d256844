"""Joint activities of two forces: "the Indonesian Navy carried out joint patrols with the Philippine
Navy", "Vietnam conducted combined drills with Cambodia". A patrol, operation or flight is a tie
only when the text calls it joint; its sides are the one doing it and its "with" objects."""
from __future__ import annotations

from collections.abc import Iterator

from ..context import SentenceContext
from ..lexicon import cues, domain_of
from ..negation import hedged, negated
from ..relation import Relation
from .common import DocFacts
from .tie_parties import tie
from .ties import partners, sides


def joint_activities(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """COOPERATES_WITH between the doer of a joint activity and its "with" partners."""
    lex = cues()["ties"]
    nouns, qualifiers = lex["joint_activity_nouns"], lex["joint_qualifiers"]
    if ctx.words.isdisjoint(nouns):
        return  # no joint activity's noun (every token's lemma is among the sentence's words)
    for tok, (lemma, _), pos in zip(ctx.tokens, ctx.forms, ctx.pos, strict=True):
        if pos not in {"NOUN", "PROPN"} or lemma not in nouns or tok.i in ctx.at \
                or not any(c.dep_ in {"amod", "compound"} and c.lower_ in qualifiers for c in tok.children):
            continue
        verb = tok.head if tok.dep_ in {"dobj", "nsubjpass"} else tok
        if negated(ctx, verb) or hedged(verb):
            continue
        others = partners(ctx, facts, tok, {"with", "alongside"})
        if not others:
            continue
        for a in sides(ctx, facts, tok, set(nouns)):
            for b in others:
                if found := tie(ctx, a, "COOPERATES_WITH", b, 0.7, "joint-activity", domain_of(ctx.lemmas) or "defense"):
                    yield found
