"""Cooperation and conflict: both sides of a tie, a clash, a war or sanctions."""
from __future__ import annotations

from collections.abc import Iterator

from ...ontology import ACTORS
from ..context import SentenceContext
from ..lexicon import cues, domain_of
from ..relation import Relation
from .common import DocFacts, _lemma_tokens, rel

STATE_ACTORS = ACTORS - {"Person"}


def _pairs(ctx: SentenceContext, family: str, type_: str, rule: str) -> Iterator[Relation]:
    """Both sides of a tie or a conflict; people are not parties to them here (their states are)."""
    lex = cues()[family]
    domain = domain_of(ctx.lemmas)
    actors = STATE_ACTORS
    for tok in _lemma_tokens(ctx, lex["nouns"] | lex["verbs"]):
        if tok.i in ctx.at:
            continue
        preps = {"with", "against", "on", "toward", "towards", "to"} | ({"of", "in"} if family == "conflict" else set())
        partners = ctx.prep_objects(tok, preps, actors)
        between = ctx.prep_objects(tok, {"between", "among"}, actors)
        if tok.lower_ in lex.get("list_cues", set()):  # "partners including A, B and C"
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in {"including", "like", "such"}:
                    for obj in child.subtree:
                        if obj.dep_ == "pobj":
                            partners += ctx.group(obj, actors)
                            break
        if tok.pos_ == "VERB":  # "Pakistan shot down five Indian jets": the object, or the states it belongs to
            for obj in (c for c in tok.children if c.dep_ in {"dobj", "attr"}):
                partners += [m for m in ctx.group(obj, actors) if m not in partners]
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in {"against", "with"}:
            # "Ukraine stepped up its fightback against Russia's invasion"
            owners = [ctx.at[c.i] for c in tok.children if c.dep_ == "poss" and c.i in ctx.at
                      and ctx.label(ctx.at[c.i]) in actors]
            if owners:
                for a in ctx.subjects(tok.head.head, actors):
                    for b in owners:
                        if a.entity != b.entity:
                            yield rel(ctx, a, type_, b, 0.65, rule, domain=domain)
        poss = [ctx.at[c.i] for c in tok.children if c.dep_ == "poss" and c.i in ctx.at
                and ctx.label(ctx.at[c.i]) in actors] if tok.pos_ == "NOUN" else []
        subjects = (poss or ctx.subjects(tok, actors)) if partners else []
        for a in subjects:
            for b in partners:
                if a.entity != b.entity:
                    yield rel(ctx, a, type_, b, 0.75, rule, domain=domain)
        if len(between) >= 2:
            for i, a in enumerate(between):
                for b in between[i + 1:]:
                    if a.entity != b.entity:
                        yield rel(ctx, a, type_, b, 0.8, rule, domain=domain)
        # "the Russia-Ukraine war", "India-Pakistan tensions"
        mods = [ctx.at[c.i] for c in tok.subtree if c.i < tok.i and c.i in ctx.at and ctx.label(ctx.at[c.i]) in actors
                and c.dep_ in {"compound", "amod", "nmod", "conj", "npadvmod"}]
        if tok.pos_ == "NOUN" and len(mods) >= 2:
            for i, a in enumerate(mods):
                for b in mods[i + 1:]:
                    if a.entity != b.entity:
                        yield rel(ctx, a, type_, b, 0.7, rule, domain=domain)


def cooperation(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    yield from _pairs(ctx, "cooperation", "COOPERATES_WITH", "cooperation")


def conflict(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    yield from _pairs(ctx, "conflict", "IN_CONFLICT_WITH", "conflict")
