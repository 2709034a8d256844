"""Makers named in a participial clause before the thing they made: "Developed by Iran's Aerospace
Industries Organization, the satellite-guided missile ..." -> MANUFACTURES maker -> the missile
(the clause's subject: a platform, or "the missile" standing for the latest one of its category)."""
from __future__ import annotations

from collections.abc import Iterator

from ..context import SentenceContext
from ..lexicon import cues
from ..negation import negated
from ..relation import Relation
from .common import MAKERS, DocFacts, rel


def participial_makers(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    from .supply import _maker, _platforms_of, _recent_platform

    lex = cues()["manufacture"]
    for tok in ctx.sent:
        lemma = tok.lemma_.lower()
        if lemma not in lex["verbs"] or tok.tag_ != "VBN" or tok.dep_ != "advcl" or negated(ctx, tok):
            continue
        if tok.i > tok.head.i:
            continue  # "..., built by X": after the clause it is no longer about the subject
        makers = ctx.prep_objects(tok, {"by"}, MAKERS | {"GovernmentBody"})
        if not makers:
            continue
        subjects = [c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        platforms = [p for s in subjects for p in _platforms_of(ctx, s)]
        if not platforms:
            platforms = next((f for s in subjects if (f := _recent_platform(ctx, facts, s))), [])
        role = lex["roles"].get(lemma, "producer")
        for mk in makers:
            maker = _maker(ctx, mk)
            for p in platforms if maker is not None else []:
                yield rel(ctx, maker, "MANUFACTURES", p, 0.7, "made-by-clause", role=role)
