"""Goods that reach their holder: "the first CV90s are due to reach the Slovak Armed Forces in 2025", "the
launchers will go to the army", "14 of the jets went to Argentina". A platform
subject of a verb of coming to a holder (``operate.reach_verbs``: the verb and the preposition, or ``None``
for its object) is the state's or service's it reaches: delivered in the past, ordered while it is to come
(:func:`~.stage.clause_stage`); what only "could" or "might" go there is no holding (``operate.reach_hedges``).

Only a state or an armed service is a holder (not "reached the front", "went to the factory"), only a platform
the subject names is the goods ("the contract went to Lockheed" names none), and nothing negated.
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
from .phrases import _with_country
from .stage import clause_stage

_PLATFORM = {"Platform"}


def _holders(ctx: SentenceContext, verb: Token, prep: str | None) -> list[Mention]:
    """The states or services the verb's object (``prep`` None) or its ``prep`` object names (not demonyms)."""
    if prep is None:
        found = [m for c in verb.children if c.dep_ == "dobj" for m in ctx.group(c, STATES)]
    else:
        found = ctx.prep_objects(verb, {prep}, STATES)
    return _with_country(ctx, [m for m in found if not m.demonym], STATES)


def _clause_verb(tok: Token) -> Token:
    """The verb whose subject comes to the holder: "are due to reach", "are expected to go" (up an infinitive
    hung on an adjective or a passive of expecting)."""
    cur = tok
    for _ in range(3):
        if cur.dep_ != "xcomp":
            break
        cur = cur.head
        if cur.dep_ == "acomp":  # "are due to reach": the copula has the subject
            cur = cur.head
    return cur


def reached(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    verbs: dict[str, str | None] = cues()["operate"]["reach_verbs"]
    hedges = set(cues()["operate"]["reach_hedges"])
    if not ctx.lemmas & set(verbs):
        return
    for tok, (lemma, _) in ctx.cued_forms(set(verbs)):
        if lemma not in verbs or tok.pos_ != "VERB" or negated(ctx, tok):
            continue
        if any(c.dep_ == "aux" and c.lower_ in hedges for c in tok.children):
            continue  # "the guns could go to an artillery brigade": a possibility, no order
        holders = _holders(ctx, tok, verbs[lemma])
        if not holders:
            continue
        verb = _clause_verb(tok)
        platforms = ctx.subjects(verb, _PLATFORM)
        if not platforms:
            continue
        stage = clause_stage(ctx, tok, "delivered")
        if verb is not tok and stage == "delivered":  # "are expected to go to X": still to come
            stage = clause_stage(ctx, verb, "ordered") if verb.lemma_.lower() != "be" else "ordered"
        for h, p in entity_pairs(holders, platforms):
            yield rel(ctx, h, "OPERATES", p, 0.6, "reached", stage=stage)
