"""Goods a deal gives a force: "the deal will give the Philippine Air Force a fleet of 48 Black Hawks", "the
purchase gives the navy four frigates": the recipient (the verb's indirect object) operates them, at the stage
of the deal.

The verbs are ``operate.give_verbs``; their subject must be a deal noun (``supply.package_nouns``: a supplier
giving goods is a supply, read by the supply rules). The goods are the platforms of the direct object, or the
ones a description in it stands for ("a fleet of 48 of the American-designed machines").
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...mentions import Mention
from ..context import SentenceContext
from ..lexicon import cues
from ..negation import negated
from ..relation import Relation
from .common import STATES, DocFacts, entity_pairs, rel
from .inventory import _latest_platform
from .phrases import _platforms_of, _recent_platform, _with_country
from .stage import clause_stage

_UNSIGNED = {"planned", "negotiating", "cancelled"}


def _given(ctx: SentenceContext, facts: DocFacts, verb: Token) -> list[Mention]:
    """The platforms of the verb's direct object, else those a description inside it stands for."""
    out: list[Mention] = []
    for o in (c for c in verb.children if c.dep_ == "dobj"):
        found = _platforms_of(ctx, o)
        if not found:
            found = next((f for n in [o, *(t for t in o.subtree if t.dep_ == "pobj")]
                          if n.i not in ctx.at and (f := _recent_platform(ctx, facts, n))), [])
        if not found and o.lower_ in cues()["operate"]["fleet_nouns"]:  # "a fleet of 48 of the machines"
            found = _latest_platform(ctx, facts, verb.i, 40)
        out += [m for m in found if all(m.entity != x.entity for x in out)]
    return out


def _deal_subject(verb: Token, deals: set[str]) -> bool:
    """Whether the verb's subject is a deal noun, itself or the one a relative "that"/"which" stands for."""
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        noun = verb.head if c.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl" else c
        if noun.lemma_.lower() in deals:
            return True
    return False


def _takers(ctx: SentenceContext, verb: Token) -> list[Mention]:
    """The verb's indirect object ("give the air force ..."), or a body the parser hung on the goods
    ("gives the Hellenic Navy four frigates", read as one noun phrase)."""
    found = [m for c in verb.children if c.dep_ == "dative" for m in ctx.group(c, STATES)]
    found = found or [m for o in verb.children if o.dep_ == "dobj" for c in o.children
                      if c.dep_ == "nmod" and c.i in ctx.at and ctx.label(ctx.at[c.i]) == "GovernmentBody"
                      for m in ctx.group(c, STATES)]
    return _with_country(ctx, found, STATES)


def given_to(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    lex = cues()
    verbs, deals = lex["operate"]["give_verbs"], set(lex["supply"]["package_nouns"])
    for verb in ctx.verbal(verbs):  # (the sentence's verbs of giving, read from its word index)
        if negated(ctx, verb) or not _deal_subject(verb, deals):
            continue
        takers = _takers(ctx, verb)
        platforms = _given(ctx, facts, verb) if takers else []
        stage = clause_stage(ctx, verb, "ordered")
        stage = stage if stage in _UNSIGNED else "ordered"  # what a deal gives is on order, unless still unsigned
        for t, p in entity_pairs(takers, platforms):
            yield rel(ctx, t, "OPERATES", p, 0.6, "deal-gives", stage=stage)
