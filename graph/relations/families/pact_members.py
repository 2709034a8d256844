"""A bloc glossed as a pact with other states has them as members: "under AUKUS, the security pact
with the United States and the United Kingdom", "AUKUS, its pact with A and B" (the "with" objects of
the pact noun that follows the bloc's name; the pact's own holder is left to :mod:`.membership`)."""
from __future__ import annotations

from collections.abc import Iterator

from ..context import SentenceContext
from ..lexicon import cues
from ..negation import hedged, negated
from ..relation import Relation
from .common import DocFacts, is_bloc, rel

_MEMBERS = {"Country"}
_GLOSS_GAP = 4  # words between the bloc's name and its pact noun: ", its new security pact"


def pact_members(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    pacts = cues()["membership"]["pact_nouns"]
    yield from _signed_as(ctx)
    for a in ctx.of({"Alliance"}):
        if a.end >= ctx.sent.end or ctx.doc[a.end].text != ",":
            continue  # a gloss follows the name after a comma
        for tok in ctx.doc[a.end + 1:min(ctx.sent.end, a.end + 1 + _GLOSS_GAP)]:
            if tok.i in ctx.at or tok.text == ",":
                break
            if tok.lemma_.lower() not in pacts or tok.pos_ != "NOUN":
                continue
            members = [m for p in tok.children if p.dep_ == "prep" and p.lower_ == "with"
                       for o in p.children if o.dep_ == "pobj" for m in ctx.group(o, _MEMBERS)]
            for m in {m.entity: m for m in members}.values():
                yield rel(ctx, m, "MEMBER_OF", a, 0.7, "pact-members")
            break


def _signed_as(ctx: SentenceContext) -> Iterator[Relation]:
    """ "A, B and C signed a mutual defence pact as the Alliance of Sahel States": the states that make
    a pact as a bloc (the "as" object of the verb or of the pact noun) are its members."""
    lex = cues()["membership"]
    for verb in ctx.verbal(lex["pact_verbs"]):
        if verb.pos_ != "VERB" or negated(ctx, verb) or hedged(verb):
            continue
        pacts = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in lex["pact_nouns"] and o.i not in ctx.at]
        if not pacts:
            continue
        bodies = [m for h in (verb, *pacts) for m in ctx.prep_objects(h, {"as"}, {"Alliance", "Organization"})
                  if is_bloc(ctx, m)]
        for body in {b.entity: b for b in bodies}.values():
            for m in {m.entity: m for m in ctx.subjects(verb, _MEMBERS, plural=True)}.values():
                yield rel(ctx, m, "MEMBER_OF", body, 0.7, "pact-signed-as")
