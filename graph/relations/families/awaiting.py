"""Goods a state waits for or adds to its own holdings: "the Romanian Air Force is awaiting delivery of 32
F-35s" (ordered: the goods are bought, not yet come), "Hungary added 44 Leopard 2 tanks to its inventory"
(delivered), "Greece will add six Rafales to its fleet" (ordered), "is adding K9s to its arsenal"
(delivering). The waiting or adding state (or service) operates them; a supplier they come "from" supplies
it ("is adding corvettes from Lung Teh", "awaits tanks from the United States").

The verbs and nouns are ``operate.await_verbs``/``awaited_nouns`` and ``operate.add_verbs``/
``added_to_nouns``; "add" counts only with a "to" object that is a holding of arms ("added a clause to the
deal", "adds to the pressure" give nothing).
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Token

from ...mentions import Mention
from ..context import SentenceContext
from ..lexicon import cues
from ..negation import negated
from ..relation import Relation
from .common import STATES, SUPPLIERS, DocFacts, entity_pairs, rel
from .phrases import _antecedent, _platforms_of, _recent_platform, _with_country
from .stage import going_on, modality


def _holders(ctx: SentenceContext, facts: DocFacts, verb: Token) -> list[Mention]:
    """The state or service doing ``verb`` (its clause's subject; "it" the state named before)."""
    found = ctx.subjects(verb, STATES)
    if not found:
        found = [m for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "PRP"
                 for m in _antecedent(ctx, facts, c, STATES)]
    return found


def _goods(ctx: SentenceContext, facts: DocFacts, nouns: list[Token]) -> list[Mention]:
    """The platforms ``nouns`` name ("32 F-35 fighters"), else the ones "the jets" stands for."""
    out: list[Mention] = []
    for n in nouns:
        found = _platforms_of(ctx, n) or _recent_platform(ctx, facts, n)
        out += [m for m in found if all(m.entity != o.entity for o in out)]
    return out


def _awaited(ctx: SentenceContext, facts: DocFacts, verb: Token, lex: dict) -> list[Mention]:
    """What ``verb`` waits for: the "of" object of a coming noun ("awaiting delivery of X", "waits for the
    arrival of X"), or the goods themselves ("awaits its first F-35s")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                for o in p.children if o.dep_ == "pobj"]
    out: list[Mention] = []
    for o in objects:
        if o.lemma_.lower() in lex["awaited_nouns"] or o.lower_ in lex["awaited_nouns"]:
            nouns = [x for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                     for x in p.children if x.dep_ == "pobj"]
            out += _goods(ctx, facts, nouns)
        elif verb.lemma_.lower() != "expect":  # "expects the jets" is as often a forecast as a wait
            out += _goods(ctx, facts, [o])
    return out


def _sources(ctx: SentenceContext, verb: Token) -> list[Mention]:
    """The suppliers the goods come "from" ("waiting for tanks from the United States", "adding corvettes from
    Lung Teh"), on the verb or on its objects."""
    objects = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"})]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    out: list[Mention] = []
    for t in objects:
        out += [m for m in ctx.prep_objects(t, {"from"}, SUPPLIERS) if all(m.entity != o.entity for o in out)]
    return out


def _added(ctx: SentenceContext, facts: DocFacts, verb: Token, lex: dict) -> list[Mention]:
    """What ``verb`` adds to a holding of arms ("added 44 tanks to its inventory") or takes from a supplier
    ("is adding corvettes from Lung Teh"); nothing else ("added a clause to the deal")."""
    holdings = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                for o in p.children if o.dep_ == "pobj"
                and (o.lemma_.lower() in lex["added_to_nouns"] or o.lower_ in lex["added_to_nouns"])]
    if not holdings and not _sources(ctx, verb):
        return []
    return _goods(ctx, facts, [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}])


def _holding_owners(ctx: SentenceContext, verb: Token) -> list[Mention]:
    """The named owner of the holding ("to the Polish Army's inventory", "to the fleet of the navy")."""
    out: list[Mention] = []
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ != "to":
            continue
        for o in (x for x in p.children if x.dep_ == "pobj"):
            out += [m for c in o.children if c.dep_ in {"poss", "compound", "amod", "nmod"} for m in ctx.group(c, STATES)]
            out += ctx.prep_objects(o, {"of"}, STATES)
    return out


def _added_stage(verb: Token) -> str:
    """Still to come ("will add", "plans to add") -> what the clause makes of it; going on ("is adding") ->
    delivering; else delivered (the goods are in the holding)."""
    ahead = modality(verb)
    if ahead is not None:
        return ahead
    return "delivering" if going_on(verb) else "delivered"


@lru_cache(maxsize=1)
def _cue_verbs() -> frozenset[str]:
    """Every lemma :func:`awaiting` reads a verb by (waiting and adding verbs)."""
    lex = cues()["operate"]
    return frozenset(lex["await_verbs"]) | frozenset(lex["add_verbs"])


def awaiting(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    lex = cues()["operate"]
    for tok, (lemma, _) in ctx.cued_forms(_cue_verbs()):
        if tok.pos_ != "VERB" or negated(ctx, tok):
            continue
        if lemma in lex["await_verbs"]:
            platforms, stage, rule = _awaited(ctx, facts, tok, lex), "ordered", "awaiting-delivery"
            holders = _holders(ctx, facts, tok) if platforms else []
        elif lemma in lex["add_verbs"]:
            platforms, stage, rule = _added(ctx, facts, tok, lex), _added_stage(tok), "added-to-holding"
            holders = (_holding_owners(ctx, tok) or _holders(ctx, facts, tok)) if platforms else []
        else:
            continue
        for h, p in entity_pairs(_with_country(ctx, holders, STATES), platforms):  # a body's state holds them too
            yield rel(ctx, h, "OPERATES", p, 0.6, rule, stage=stage)
        # the supplier's customer is the body named (a state selling to it sells to its state: passes/state_buyers)
        for s, h in entity_pairs(_sources(ctx, tok) if platforms else [], holders):
            if s.entity != h.entity:
                yield rel(ctx, s, "SUPPLIES", h, 0.6, rule, stage=stage)
