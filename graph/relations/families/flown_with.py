"""A state's crews flying a type, and goods that belong to a force: "Ukrainian pilots flew with the F-16",
"Polish pilots flying the F-35", "Indian Air Force crews operated the Rafale", "the three Rafales belong to the
Indian Air Force", "46 helicopters, 39 belonging to the Australian Army": the crews' state or service (the
demonym, name or possessor of the crew noun, or its "of" object) and the force the goods belong to operate them.

The crew nouns and their verbs are ``operate.crew_nouns``/``crew_verbs`` (the goods their object or their
"with"/"in" object); the verbs of belonging ``operate.belong_verbs`` (the force their "to" object).
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
from .inventory import _latest_platform
from .phrases import _bare_number, _platforms_of, _recent_platform
from .stage import clause_stage


def _crew_states(ctx: SentenceContext, noun: Token) -> list[Mention]:
    """The state or service a crew noun belongs to: "Ukrainian pilots", "Indian Air Force crews", "the navy's
    sailors", "pilots of the Hellenic Air Force"."""
    return ctx.group(noun, STATES) + ctx.prep_objects(noun, {"of", "from"}, STATES)


def _flown(ctx: SentenceContext, verb: Token) -> list[Mention]:
    """The platforms a crew verb flies: its object, or its "with"/"in" object ("flew with the F-16")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += prep_objects(verb, {"with", "in", "aboard"})
    return [m for o in objects for m in _platforms_of(ctx, o)]


def _crew_verb(noun: Token, verbs: set[str]) -> Token | None:
    """The crew verb ``noun`` does: its subject ("pilots flew ..."), or the participle on it ("pilots flying ...")."""
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in verbs:
        return noun.head
    return next((c for c in noun.children if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in verbs), None)


def _crews(ctx: SentenceContext) -> Iterator[Relation]:
    lex = cues()["operate"]
    for noun, _ in ctx.cued_forms(lex["crew_nouns"], "either"):
        if noun.i in ctx.at:
            continue
        verb = _crew_verb(noun, lex["crew_verbs"])
        if verb is None or negated(ctx, verb):
            continue
        platforms = _flown(ctx, verb)
        states = _crew_states(ctx, noun) if platforms else []
        for s, p in entity_pairs(states, platforms):
            yield rel(ctx, s, "OPERATES", p, 0.6, "crews-fly", stage=clause_stage(ctx, verb, "in_service"))


def _belonging(ctx: SentenceContext, facts: DocFacts, verb: Token) -> list[Mention]:
    """What belongs: the subject's platforms, or those of the noun a participle of belonging is set on ("39
    belonging to the army": the helicopters just named)."""
    heads = [c for c in verb.children if c.dep_ == "nsubj"] if verb.dep_ not in {"acl", "relcl"} else [verb.head]
    out: list[Mention] = []
    for h in heads:
        found = [m for m in _platforms_of(ctx, h) if m.start < verb.i]
        if not found and h.i not in ctx.at:
            found = _recent_platform(ctx, facts, h)
        if not found and _bare_number(h):  # "39 belonging to the Australian Army"
            found = _latest_platform(ctx, facts, h.i, 30)
        out += [m for m in found if all(m.entity != o.entity for o in out)]
    return out


def _belongs(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    lex = cues()["operate"]
    for verb in ctx.verbal(lex["belong_verbs"]):
        if negated(ctx, verb):
            continue
        forces = ctx.prep_objects(verb, {"to"}, STATES)
        platforms = _belonging(ctx, facts, verb) if forces else []
        for f, p in entity_pairs(forces, platforms):
            yield rel(ctx, f, "OPERATES", p, 0.6, "belongs-to", stage=clause_stage(ctx, verb, "in_service"))


def flown_with(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    yield from _crews(ctx)
    yield from _belongs(ctx, facts)
