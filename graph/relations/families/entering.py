"""Platforms that enter a force's service or join its fleet: "the Su-30 entered service with the Indian
Air Force", "the MiG-21 first entered Indian service", "the fighters entered the arsenal of the Azerbaijani
Air Force", "it entered service with the Turkish Air Force": the force (or the state) whose service or
fleet the platform subject enters operates it.

The verbs are ``operate.entry_verbs``, the nouns they take ``operate.entry_nouns`` (a service, a fleet, an
arsenal); the holder is the noun's "with"/"of" object or the name or demonym qualifying it ("Indian
service", "the air force's arsenal").
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
from ..tense import future_or_modal
from .common import STATES, DocFacts, entity_pairs, rel
from .inventory import _latest_platform, _platform_heads
from .phrases import _recent_platform, _with_country
from .stage import modality

_PRONOUNS = {"it", "they"}


def _stage(tok: Token) -> str:
    """In service once it entered service, delivered once it entered a fleet or an arsenal; still to come ("will join", "is expected to join", "should begin entering"):
    what the verbs over the clause make of it, else ordered."""
    clause = tok.head if tok.dep_ == "xcomp" and tok.head.pos_ in {"VERB", "AUX", "ADJ"} else tok
    ahead = cues()["operate"]["entry_ahead"]
    if future_or_modal(tok) or future_or_modal(clause) or clause is not tok and clause.lemma_.lower() in ahead:
        return modality(clause) or modality(tok) or "ordered"
    held = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() not in cues()["operate"]["service_nouns"]]
    return "delivered" if held else "in_service"  # "entered the arsenal": the goods came


def _entered(ctx: SentenceContext, facts: DocFacts, verb: Token) -> list[Mention]:
    """The platforms the subject of ``verb`` names: the named ones, "the jets" or "it" (the one just named)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "xcomp":  # "the type should begin entering Finnish service"
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    out: list[Mention] = []
    for s in subjects:
        found = _platform_heads(ctx, s)
        found = found or [m for o in prep_objects(s, "of")  # "the first of the F-16s"
                          for m in _platform_heads(ctx, o)]
        if not found and s.lower_ in _PRONOUNS and s.i not in ctx.at:
            found = _latest_platform(ctx, facts, ctx.sent.start, 40)
        if not found and s.i not in ctx.at:
            found = _recent_platform(ctx, facts, s)
        out += [m for m in found if all(m.entity != o.entity for o in out)]
    return out


def _holders(ctx: SentenceContext, verb: Token, lex: dict) -> list[Mention]:
    """Whose service or fleet ``verb`` enters: "service with X", "the arsenal of X", "Indian service", "X's fleet"."""
    out: list[Mention] = ctx.prep_objects(verb, {"with"}, STATES)  # "entered service with the Turkish Air Force"
    for o in (c for c in verb.children if c.dep_ == "dobj"):
        # (a named unit or fleet as the object, "will join the Western Fleet", is left alone: annotators
        # give a fleet's ships to the navy, not to the fleet)
        if o.i in ctx.at or o.lemma_.lower() not in lex["entry_nouns"] and o.lower_ not in lex["entry_nouns"]:
            continue
        out += ctx.prep_objects(o, {"with", "of"}, STATES)
        out += [m for c in o.children if c.dep_ in {"poss", "compound", "amod", "nmod"} for m in ctx.group(c, STATES)]
    return _with_country(ctx, out, STATES)


def entering(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    lex = cues()["operate"]
    if not ctx.lemmas & set(lex["entry_verbs"]):
        return
    for tok, (lemma, _) in ctx.cued_forms(lex["entry_verbs"]):
        if lemma not in lex["entry_verbs"] or tok.pos_ != "VERB" or negated(ctx, tok):
            continue
        holders = _holders(ctx, tok, lex)
        if not holders:
            continue
        platforms = _entered(ctx, facts, tok)
        for h, p in entity_pairs(holders, platforms):
            yield rel(ctx, h, "OPERATES", p, 0.6, "entered-service", stage=_stage(tok))
