"""Contracts awarded to a maker: "a contract for 12 K9 howitzers was awarded to Hanwha Aerospace by
Estonia", "HAL has been contracted for RD-33 aero-engines", "Calidus Aerospace, which was contracted
for the HEDA missile system", "Naval Group was awarded Dh472 million to support the UAE's corvettes".

The company that wins supplies the buyer: the passive's "by" agent when it names a state, else the
country the article is about (a ministry's release, a fair's list of awards). Its platforms ("for"
objects) are ordered by that buyer. Only arms count: a platform, or goods or equipment words.
"""
from __future__ import annotations

from collections.abc import Iterator

from ...mentions import Mention
from ..context import SentenceContext
from ..lexicon import cues
from ..negation import negated
from ..relation import Relation
from .common import STATES, DocFacts, rel
from .phrases import _arms, _platforms_of, _with_country
from .stage import clause_stage

AWARD_VERBS = frozenset({"award", "contract"})


def awards(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    deal_nouns = cues()["acquire"]["deal_nouns"]
    for tok, (lemma, _) in ctx.cued_forms(AWARD_VERBS):
        if lemma not in AWARD_VERBS or tok.pos_ != "VERB" or tok.i in ctx.at or negated(ctx, tok):
            continue
        if not any(c.dep_ == "auxpass" for c in tok.children):
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
        winners: list[Mention] = []
        goods = [c for c in tok.children if c.dep_ in {"dobj", "prep"} and c.lower_ != "by"]
        for s in subjects:
            if s.lemma_.lower() in deal_nouns:  # "a contract for X was awarded to Z"
                winners += ctx.prep_objects(tok, {"to"}, {"Company"})
                goods.append(s)
            elif s.lower_ in {"which", "that", "who"} and tok.dep_ == "relcl" and tok.head.i in ctx.at:
                winners += [m for m in ctx.group(tok.head, {"Company"}) if m not in winners]
            else:
                winners += [m for m in ctx.group(s, {"Company"}) if m not in winners]
        if not winners:
            continue
        platforms = [p for g in goods if g.dep_ != "dobj" or g.lemma_.lower() in deal_nouns for p in _platforms_of(ctx, g)]
        purposes = [c for c in tok.children if c.dep_ in {"advcl", "xcomp"}]  # "... to support the UAE's corvettes"
        if not platforms and not _arms(ctx, goods + purposes):
            continue
        buyers = ctx.prep_objects(tok, {"by"}, STATES)
        if not buyers and not ctx.prep_objects(tok, {"by"}, {"Company", "Organization", "Person"}) and facts.focal:
            found = [m for m in facts.mentions if m.entity == facts.focal]
            buyers = found[:1]
        buyers = _with_country(ctx, buyers, STATES)
        for b in buyers:
            for w in winners:
                yield rel(ctx, w, "SUPPLIES", b, 0.6, "award", stage=clause_stage(ctx, tok, "ordered"))
            for p in platforms:
                yield rel(ctx, b, "OPERATES", p, 0.6, "award", stage=clause_stage(ctx, tok, "ordered"))
