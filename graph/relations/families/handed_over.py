"""Goods handed over, told by a noun of handing over with its goods and recipient: "deliveries of the
howitzers to Norland began in March", "the shipyard completed the handover of two frigates to the navy",
"the transfer of 12 launchers to Ruritania". The noun's "of" object is the goods (platforms only), its
"to" object the recipient, its "from"/"by" object, or the subject of a verb that carries the handover
out ("completed", "began"), the supplier. A handover only possible, asked for, weighed, halted or put
off (``supply.handed_hedges``) or denied tells nothing. The stage: put ahead -> ordered, completed ->
delivered, begun or the first of a batch -> delivering, else delivered.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from ...mentions import Mention
from ..context import SentenceContext
from ..gates import gated
from ..lexicon import cues
from ..negation import negated
from .common import STATES, SUPPLIERS
from .phrases import _np_head, _platforms_of
from .stage import first_of

_CLIMB = {"dobj", "nsubj", "nsubjpass", "pobj", "prep", "xcomp", "attr", "appos"}


@dataclass(frozen=True)
class Handover:
    """One handover noun read: its goods, recipients, suppliers named in the sentence and stage."""
    noun: Token
    verb: Token | None
    platforms: tuple[Mention, ...]
    recipients: tuple[Mention, ...]
    suppliers: tuple[Mention, ...]
    stage: str


def _governors(tok: Token) -> list[Token]:
    """The words over the noun up to its clause's verb and the verbs that govern that verb ("are due to
    begin", "plans to complete")."""
    out, cur = [], tok
    for _ in range(6):
        if cur.dep_ not in _CLIMB or cur.head == cur:
            break
        cur = cur.head
        out.append(cur)
    return out


def _clause_verb(tok: Token) -> Token | None:
    return next((g for g in _governors(tok) if g.pos_ in {"VERB", "AUX"}), None)


def _words(tok: Token, verbs: list[Token]) -> set[str]:
    """Lemmas and forms of the noun's own modifiers and of the verbs over it with their auxiliaries and
    adverbs."""
    words = {w for c in tok.children if c.dep_ in {"amod", "compound", "advmod"} for w in (c.lemma_.lower(), c.lower_)}
    for v in verbs:
        words |= {v.lemma_.lower(), v.lower_}
        words |= {w for c in v.children if c.dep_ in {"aux", "auxpass", "advmod", "mark", "acomp", "neg"}
                  for w in (c.lemma_.lower(), c.lower_)}
    return words


def _stage(tok: Token, verbs: list[Token], platforms: list[Token], lex: dict) -> str:
    words = _words(tok, verbs)
    if words & lex["handed_ahead"] or any(c.dep_ == "aux" and c.tag_ == "MD" for v in verbs for c in v.children):
        return "ordered"
    lemmas = {v.lemma_.lower() for v in verbs}
    if lemmas & set(cues()["stage"]["completed"]):
        return "delivered"
    if lemmas & set(lex["handed_begun"]) or first_of(tok) or any(first_of(p) for p in platforms):
        return "delivering"
    return "delivered"


def _verb_chain(verb: Token | None) -> list[Token]:
    out = []
    while verb is not None and len(out) < 4:
        out.append(verb)
        verb = verb.head if verb.dep_ in {"xcomp", "ccomp", "advcl", "conj"} and verb.head != verb else None
    return out


@gated("handovers")
def handovers(ctx: SentenceContext) -> Iterator[Handover]:
    """Every handover noun of the sentence with platforms in its "of" object and a recipient in its "to"
    object."""
    lex = cues()["supply"]
    nouns = set(lex["handed_nouns"])
    for tok in ctx.sent:
        if tok.lower_ not in nouns or tok.pos_ not in {"NOUN", "PROPN"} or tok.i in ctx.at:
            continue
        platforms = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in _platforms_of(ctx, c)]
        if not platforms:
            continue  # "the transfer of technology", "deliveries of ammunition": no platform
        heads = [ctx.head_token(p) for p in platforms]
        holders = [tok, *heads, *(_np_head(h) for h in heads)]
        recipients: list[Mention] = []
        suppliers: list[Mention] = []
        for t in holders:  # the parser may hang "to"/"from" on the goods ("of 12 Caesars to Armenia")
            recipients += [m for m in ctx.prep_objects(t, {"to"}, STATES) if m not in recipients]
            suppliers += [m for m in ctx.prep_objects(t, {"from", "by"}, SUPPLIERS) if m not in suppliers]
        if not recipients:
            continue
        verb = _clause_verb(tok)
        verbs = _verb_chain(verb)
        if negated(ctx, tok) or (verb is not None and negated(ctx, verb)):
            continue
        if _words(tok, verbs) & set(lex["handed_hedges"]):
            continue
        if verb is not None and not suppliers and verb.lemma_.lower() in lex["handed_doers"] \
                and any(c.dep_ == "dobj" and tok.i in {t.i for t in c.subtree} for c in verb.children):
            suppliers = [m for m in ctx.subjects(verb, SUPPLIERS) if m.entity not in {r.entity for r in recipients}]
        suppliers = [s for s in suppliers if s.entity not in {r.entity for r in recipients}]
        yield Handover(tok, verb, tuple(platforms), tuple(recipients), tuple(suppliers),
                       _stage(tok, verbs, heads, lex))
