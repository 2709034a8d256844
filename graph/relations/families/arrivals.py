"""Goods named by a noun of their arrival: "the arrival of the first K2 tanks in Poland" (the state they arrive
in operates them), "the arrival in Hungary of Leopard 2A7s", "the arrival of Rafale jets for the Croatian Air
Force". A first batch is being delivered; otherwise the goods have come (delivered); an arrival still ahead
("awaits the arrival", "ahead of the arrival", "the planned arrival") is left to the rules of its verb.

The nouns are ``operate.arrival_nouns``; the receiver is an "in"/"to"/"for" object (a state or a service) of
the noun or of its goods.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...mentions import Mention
from ..context import SentenceContext
from ..lexicon import cues
from ..negation import negated
from ..prepositions import prep_objects
from ..relation import Relation
from .common import STATES, DocFacts, entity_pairs, rel
from .phrases import _platforms_of, _with_country
from .stage import first_of

# words before an arrival noun, or prepositions it hangs on, that put the arrival still ahead
_AHEAD = frozenset({"planned", "expected", "scheduled", "awaited", "anticipated", "future", "imminent", "ahead",
                    "before", "pending", "until"})


def _ahead(noun: Token) -> bool:
    """Whether the arrival is still to come ("ahead of the arrival", "the expected arrival", "awaits the arrival")."""
    head = noun.head
    if any(c.lower_ in _AHEAD for c in noun.children if c.i < noun.i):
        return True
    if noun.dep_ == "pobj" and (head.lower_ in _AHEAD or head.head.lower_ in _AHEAD):
        return True
    return head.lemma_.lower() in cues()["operate"]["await_verbs"] or head.tag_ == "MD"


def _goods_nouns(noun: Token) -> list[Token]:
    return prep_objects(noun, "of")


def _receivers(ctx: SentenceContext, noun: Token, goods: list[Token]) -> list[Mention]:
    """States or services an "in"/"to"/"for" object of the arrival noun or of its goods names."""
    out = [m for t in [noun, *goods] for m in ctx.prep_objects(t, {"in", "to", "for"}, STATES)]
    return _with_country(ctx, out, STATES)


def arrivals(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    nouns = cues()["operate"]["arrival_nouns"]
    for tok, _ in ctx.cued_forms(nouns, "either"):  # the tokens whose lemma or form is an arrival noun
        if tok.i in ctx.at or tok.pos_ != "NOUN":
            continue
        goods = _goods_nouns(tok)
        platforms = [m for g in goods for m in _platforms_of(ctx, g)]
        if not platforms or _ahead(tok) or negated(ctx, tok):
            continue
        receivers = [r for r in _receivers(ctx, tok, goods) if all(r.entity != p.entity for p in platforms)]
        stage = "delivering" if any(first_of(g) for g in goods) else "delivered"
        for r, p in entity_pairs(receivers, platforms):
            yield rel(ctx, r, "OPERATES", p, 0.6, "arrival-noun", stage=stage)
