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
from ..prepositions import prep_objects
from ..relation import Relation
from .common import STATES, SUPPLIERS, DocFacts, entity_pairs, rel
from .phrases import _antecedent, _platforms_of, _recent_platform, _with_country, described
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
    objects += prep_objects(verb, "for")
    out: list[Mention] = []
    for o in objects:
        if o.lemma_.lower() in lex["awaited_nouns"] or o.lower_ in lex["awaited_nouns"]:
            nouns = prep_objects(o, "of")
            out += _goods(ctx, facts, nouns)
        elif verb.lemma_.lower() != "expect":  # "expects the jets" is as often a forecast as a wait
            out += _goods(ctx, facts, [o])
    return out


def _sources(ctx: SentenceContext, verb: Token) -> list[Mention]:
    """The suppliers the goods come "from" ("waiting for tanks from the United States", "adding corvettes from
    Lung Teh"), on the verb or on its objects."""
    objects = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"})]
    objects += prep_objects(verb, "for")
    out: list[Mention] = []
    for t in objects:
        out += [m for m in ctx.prep_objects(t, {"from"}, SUPPLIERS) if all(m.entity != o.entity for o in out)]
    return out


def _added(ctx: SentenceContext, facts: DocFacts, verb: Token, lex: dict) -> list[Mention]:
    """What ``verb`` adds to a holding of arms ("added 44 tanks to its inventory") or takes from a supplier
    ("is adding corvettes from Lung Teh"); nothing else ("added a clause to the deal")."""
    holdings = [o for o in prep_objects(verb, "to")
                if o.lemma_.lower() in lex["added_to_nouns"] or o.lower_ in lex["added_to_nouns"]]
    if not holdings and not _sources(ctx, verb):
        return []
    return _listed_goods(ctx, facts, verb)


def _all_recent(ctx: SentenceContext, facts: DocFacts, noun: Token) -> list[Mention]:
    """Every platform a plural description stands for: "the planes and helicopters" after a sentence that listed
    two helicopter types and three plane types is all five (each noun, its category's platforms named in the
    sentences just before, :func:`_recent_platform`'s reach); a singular noun is the latest one only."""
    from ...mentions.lexicon import category_of

    out: list[Mention] = []
    for n in [noun, *noun.conjuncts]:
        if n.i in ctx.at and not described(ctx, ctx.at[n.i]):
            continue
        if n.tag_ != "NNS":
            out += _recent_platform(ctx, facts, n)
            continue
        category = category_of([n.lower_])
        if category is None or not any(c.lower_ in cues()["operate"]["described_determiners"]
                                       for c in noun.subtree if c.i < noun.i):
            continue
        for m in facts.mentions:
            e = ctx.entities.get(m.entity)
            if m.start < noun.left_edge.i and ctx.sent.start - m.start <= _REACH and e is not None \
                    and e.label == "Platform" and e.props.get("category") == category:
                out.append(m)
    return [m for k, m in enumerate(out) if all(m.entity != o.entity for o in out[:k])]


_REACH = 120  # tokens before the sentence a description looks back over


def _taken_into(ctx: SentenceContext, facts: DocFacts, verb: Token, lex: dict) -> tuple[list[Mention], list[Mention]]:
    """(holders, goods) of "X were taken into the Y Air Force", "absorbed X into its fleet", "inducted into service
    with Y": the force the "into" object names (itself, or the owner of its holding or service), and the goods the
    verb's object or passive subject names ("the planes and helicopters": all the types just listed)."""
    holders: list[Mention] = []
    for o in prep_objects(verb, lex["into_preps"]):
        if o.i in ctx.at and ctx.label(ctx.at[o.i]) in STATES:
            # a force ("into the Zambian Air Force"); "into Poland", "into Ukraine" is movement, no force
            holders += [m for m in ctx.group(o, STATES) if ctx.label(m) not in lex["into_movement_labels"]]
        elif o.lemma_.lower() in lex["added_to_nouns"] or o.lower_ in lex["added_to_nouns"] \
                or o.lemma_.lower() in lex["into_nouns"]:
            owned = [m for c in o.children if c.dep_ in {"poss", "compound", "amod", "nmod"}
                     for m in ctx.group(c, STATES)]
            owned += ctx.prep_objects(o, {"of", "with"}, STATES)
            if not owned and verb.tag_ != "VBN":  # "the air force took the jets into service": the subject's
                owned = ctx.subjects(verb, STATES)
            holders += owned
    if not holders:
        return [], []
    return holders, _listed_goods(ctx, facts, verb)


def _listed_goods(ctx: SentenceContext, facts: DocFacts, verb: Token) -> list[Mention]:
    """The platforms ``verb``'s object or passive subject names, else all those its description stands for
    ("the planes and helicopters were added to the inventory": :func:`_all_recent`)."""
    goods: list[Mention] = []
    for n in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
        found = [m for m in _platforms_of(ctx, n) if not described(ctx, m)] or _all_recent(ctx, facts, n)
        goods += [m for m in found if all(m.entity != o.entity for o in goods)]
    return goods


def _into_service(verb: Token, lex: dict) -> bool:
    """Whether ``verb`` takes its goods "into service" (``operate.into_nouns``), not into a force or its fleet."""
    return any(o.lemma_.lower() in lex["into_nouns"] for o in prep_objects(verb, lex["into_preps"]))


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
    return frozenset(lex["await_verbs"]) | frozenset(lex["add_verbs"]) | frozenset(lex["into_verbs"])


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
        elif lemma in lex["into_verbs"]:
            holders, platforms = _taken_into(ctx, facts, tok, lex)
            stage, rule = _added_stage(tok), "taken-into-force"
            if stage == "delivered" and _into_service(tok, lex):
                stage = "in_service"  # "taken into service": in use
        else:
            continue
        for h, p in entity_pairs(_with_country(ctx, holders, STATES), platforms):  # a body's state holds them too
            yield rel(ctx, h, "OPERATES", p, 0.6, rule, stage=stage)
        # the supplier's customer is the body named (a state selling to it sells to its state: passes/state_buyers)
        for s, h in entity_pairs(_sources(ctx, tok) if platforms else [], holders):
            if s.entity != h.entity:
                yield rel(ctx, s, "SUPPLIES", h, 0.6, rule, stage=stage)
