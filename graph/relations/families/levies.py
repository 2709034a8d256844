"""Punitive trade levies: "Washington has put tariffs of 50 per cent on Indian goods", "China's duties
on Australian barley", "raised tariffs on Canada": who levies them is in (economic) conflict with the
party the levy falls on, named itself or as the owner of the goods ("Indian goods", "China's exports").
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..context import SentenceContext
from ..lexicon import cues
from ..negation import hedged, negated
from ..prepositions import prep_objects
from ..relation import Relation
from .common import DocFacts
from .tie_parties import clause_subjects, group, modifiers, possessors, tie

_NOUNS = {"NOUN", "PROPN"}


def _on_objects(tok: Token) -> list[Token]:
    """The "on" objects of the levy noun, of its rate ("tariffs of 50 per cent on X", where the parser
    hangs "on" on the rate) or of the verb it is the object of ("put tariffs ... on X")."""
    holders = [tok] + ([tok.head] if tok.dep_ in {"dobj", "nsubjpass"} and tok.head.pos_ in {"VERB", "AUX"} else [])
    holders += prep_objects(tok, "of")
    return [o for h in holders for o in prep_objects(h, "on")]


def _owners(ctx: SentenceContext, facts: DocFacts, tok: Token) -> list[str]:
    """The party a levy falls on: named ("on Canada"), or owning the goods ("Indian goods", "China's exports")."""
    return group(ctx, facts, tok) or possessors(ctx, facts, tok)[0] or modifiers(ctx, facts, tok)


def levies(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """The levier and the party a punitive levy falls on are in conflict."""
    words = cues()["ties"]["levy_nouns"]
    for tok in ctx.tokens:
        if tok.pos_ not in _NOUNS or tok.i in ctx.at or tok.lemma_.lower() not in words:
            continue
        others = [p for o in _on_objects(tok) for p in _owners(ctx, facts, o)]
        if not others or negated(ctx, tok) or hedged(tok):
            continue
        owners, owned = possessors(ctx, facts, tok)
        leviers = owners if owned else modifiers(ctx, facts, tok)
        if not leviers and tok.dep_ in {"dobj", "nsubjpass"}:
            if negated(ctx, tok.head) or hedged(tok.head):
                continue
            leviers = clause_subjects(ctx, facts, tok.head)
        for a in leviers:
            for b in others:
                if found := tie(ctx, a, "IN_CONFLICT_WITH", b, 0.7, "levy", "economic"):
                    yield found
