"""A bloc glossed as a pact with other states has them as members: "under AUKUS, the security pact
with the United States and the United Kingdom", "AUKUS, its pact with A and B" (the "with" objects of
the pact noun that follows the bloc's name; the pact's own holder is left to :mod:`.membership`); the
signatories of a bloc's founding treaty are its members."""
from __future__ import annotations

from collections.abc import Iterator

from ..context import SentenceContext
from ..lexicon import cues
from ..negation import hedged, negated
from ..prepositions import prep_objects
from ..relation import Relation
from .common import DocFacts, is_bloc, rel

_MEMBERS = {"Country"}
_GLOSS_GAP = 4  # words between the bloc's name and its pact noun: ", its new security pact"


def pact_members(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    pacts = cues()["membership"]["pact_nouns"]
    yield from _signed_as(ctx)
    yield from _founding_signatories(ctx)
    for a in ctx.of({"Alliance"}):
        if a.end >= ctx.sent.end or ctx.doc[a.end].text != ",":
            continue  # a gloss follows the name after a comma
        for tok in ctx.doc[a.end + 1:min(ctx.sent.end, a.end + 1 + _GLOSS_GAP)]:
            if tok.i in ctx.at or tok.text == ",":
                break
            if tok.lemma_.lower() not in pacts or tok.pos_ != "NOUN":
                continue
            members = [m for o in prep_objects(tok, "with") for m in ctx.group(o, _MEMBERS)]
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


def _founding_signatories(ctx: SentenceContext) -> Iterator[Relation]:
    """ "A, B and C signed the CSTO's founding treaty", "the founding charter of the SCO was signed by A and
    B", "the Russian-led pact whose founding treaty A, B and C signed in 1992": the signatories of a bloc's
    founding document are its members (the bloc owns the document, is its "of" object, or is what "whose"
    stands for: the noun the relative clause hangs on, or the name that noun describes)."""
    lex = cues()["membership"]
    for tok in ctx.tokens:
        if tok.lemma_.lower() not in lex["founding_documents"] or tok.i in ctx.at or tok.i == ctx.sent.start \
                or ctx.doc[tok.i - 1].lower_ != "founding":
            continue
        verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
        if verb is None or verb.lemma_.lower() not in lex["signing_verbs"] or negated(ctx, verb) or hedged(verb):
            continue
        owners = [ctx.at[c.i] for c in tok.children if c.dep_ == "poss" and c.i in ctx.at]
        owners += ctx.prep_objects(tok, {"of"}, {"Alliance", "Organization"})
        if not owners and verb.dep_ == "relcl" and any(t.lower_ == "whose" for t in ctx.doc[verb.head.i + 1:tok.i]):
            noun = verb.head  # "the pact whose founding treaty ...": the pact, or the bloc it describes
            noun = noun.head if noun.i not in ctx.at and noun.dep_ == "appos" else noun
            owners = [ctx.at[noun.i]] if noun.i in ctx.at else []
        blocs = {b.entity: b for b in owners if is_bloc(ctx, b)}
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        signers = ctx.prep_objects(verb, {"by"}, _MEMBERS) if passive else \
            [m for c in verb.children if c.dep_ == "nsubj" for m in ctx.group(c, _MEMBERS)]
        for body in blocs.values():
            for m in {m.entity: m for m in signers if not m.demonym}.values():
                yield rel(ctx, m, "MEMBER_OF", body, 0.7, "pact-founding-signatory")
