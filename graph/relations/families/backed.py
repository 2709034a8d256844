"""A backer named in a compound participle: "the Iran-backed Houthis", "Moscow-supported separatists",
"Turkish-trained commandos" are not (a demonym names no backer). The backer and the backed actor
cooperate (COOPERATES_WITH, undirected); "-led" is left to membership and leadership rules."""
from __future__ import annotations

from collections.abc import Iterator

from ..context import SentenceContext
from ..lexicon import cues, domain_of
from ..negation import hedged, negated
from ..relation import Relation
from .common import DocFacts
from .tie_parties import group, parties, tie

_ACTORS = {"Country", "Alliance", "Organization", "GovernmentBody", "Company", "Person"}


def backed(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "the Iran-backed Houthis": the name before the hyphen backs the actor the participle describes."""
    words = cues()["ties"]["backing_participles"]
    for m in ctx.of(_ACTORS):
        if m.demonym or m.end + 1 >= ctx.sent.end or ctx.doc[m.end].text != "-":
            continue
        part = ctx.doc[m.end + 1]
        if part.lower_ not in words:
            continue
        head = part.head
        if head.i == part.i:
            continue
        # the described noun, or the name compounded into it ("Iran-backed Houthi rebels")
        described = [ctx.at[t.i] for t in [head, *(c for c in head.children if c.dep_ == "compound")]
                     if t.i > part.i and t.i in ctx.at]
        backers = parties(ctx, facts, [m])
        for d in described:
            if ctx.label(d) not in _ACTORS or d.entity == m.entity:
                continue
            for a in backers:
                for b in parties(ctx, facts, [d]):
                    if found := tie(ctx, a, "COOPERATES_WITH", b, 0.7, "backed", domain_of(ctx.lemmas) or "security"):
                        yield found
    yield from _backed_by(ctx, facts)


def _backed_by(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "the rebels are backed by Rwanda", "Hamas, which is funded by Iran": a passive backing verb's
    subject and its "by" agent cooperate (not "armed"/"equipped by": a supply)."""
    lemmas = cues()["ties"]["backing_verbs"]
    for verb in ctx.verbal(lemmas):
        if not any(c.dep_ == "auxpass" for c in verb.children) and verb.dep_ != "acl":
            continue  # "X is backed by Y", "rebels backed by Y"
        if negated(ctx, verb) or hedged(verb):
            continue
        backers = [p for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                   for p in group(ctx, facts, o)]
        if not backers:
            continue
        held = [c for c in verb.children if c.dep_ == "nsubjpass" and c.tag_ not in {"WDT", "WP"}]
        held = held or ([verb.head] if verb.dep_ in {"acl", "relcl"} else [])  # "Hamas, which is funded by Iran"
        for b in (p for h in held for p in group(ctx, facts, h)):
            for a in backers:
                if found := tie(ctx, a, "COOPERATES_WITH", b, 0.7, "backed-by", domain_of(ctx.lemmas) or "security"):
                    yield found
