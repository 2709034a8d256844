"""Platforms a state retires: "Peru retired its Mirage 5s", "its F-5s were retired a decade earlier".

ONTOLOGY.md (Time) records a retired type as an ``OPERATES`` with ``stage: retired``. The cue verbs
are ``RETIRE_VERBS``; "scrap" and "withdraw" count only when the platform itself is their object
("scrapped its MiG-21s", not "scrapped plans to buy MiG-21s", which is a cancellation).
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...mentions import Mention
from ..context import SentenceContext
from ..negation import negated
from ..relation import Relation
from .common import STATES, DocFacts, rel

RETIRE_VERBS = frozenset({"retire", "decommission", "mothball", "scrap", "withdraw", "phase", "ground"})
# verbs that retire only with a particle ("phased out"); the others stand alone
NEEDS_PARTICLE = {"phase": {"out"}, "withdraw": {"from"}}


def _platform_heads(ctx: SentenceContext, tok: Token) -> list[Mention]:
    """Platforms named by ``tok``'s own phrase (itself, its compounds and conjuncts), not deeper."""
    out: list[Mention] = []
    for t in [tok, *tok.conjuncts]:
        for x in [t, *(c for c in t.children if c.dep_ in {"compound", "nmod", "amod", "nummod"})]:
            m = ctx.at.get(x.i)
            if m is not None and ctx.label(m) == "Platform" and all(o.entity != m.entity for o in out):
                out.append(m)
    return out


def _owners(ctx: SentenceContext, facts: DocFacts, tok: Token) -> list[Mention]:
    """The state owning the phrase at ``tok``: "Peru's Mirage 5s", "its F-5s" (an earlier state)."""
    from .supply import _antecedent

    for c in tok.children:
        if c.dep_ != "poss":
            continue
        if c.i in ctx.at:
            owner = ctx.fit(ctx.at[c.i], STATES)
            return [owner] if owner is not None else []
        if c.tag_ == "PRP$":
            return _antecedent(ctx, facts, c, STATES)
    return []


def retirements(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    for tok in ctx.sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or lemma not in RETIRE_VERBS or negated(ctx, tok):
            continue
        particles = {c.lower_ for c in tok.children if c.dep_ in {"prt", "prep"}}
        if lemma in NEEDS_PARTICLE and not particles & NEEDS_PARTICLE[lemma]:
            continue
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
        owners: list[Mention] = []
        platforms: list[Mention] = []
        if passive:
            for c in tok.children:
                if c.dep_ == "nsubjpass":
                    platforms += _platform_heads(ctx, c)
                    owners += _owners(ctx, facts, c)
            owners += [m for m in ctx.prep_objects(tok, {"by"}, STATES) if m not in owners]
        else:
            for c in tok.children:
                if c.dep_ == "dobj":
                    platforms += _platform_heads(ctx, c)
            if platforms:
                from .supply import _subjects

                owners = _subjects(ctx, facts, tok, STATES)
        from .supply import _with_country

        owners = _with_country(ctx, owners, STATES)
        seen: set[tuple[str, str]] = set()
        for o in owners:
            for p in platforms:
                if (o.entity, p.entity) not in seen:
                    seen.add((o.entity, p.entity))
                    yield rel(ctx, o, "OPERATES", p, 0.65, "retired", stage="retired")
