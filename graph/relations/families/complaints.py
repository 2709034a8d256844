"""A state's complaint about another's act: "Canada has complained about Chinese interceptions of its
aircraft", "Japan protested against Russia's drills on the Kurils", "Seoul objected to Beijing's
survey": the complaining state (or its body) is in (political) conflict with the state whose act it is;
none with a firm ("the Pentagon complained about late Aerojet deliveries" is a buyer's grumble)."""
from __future__ import annotations

from collections.abc import Iterator

from ..context import SentenceContext
from ..lexicon import cues
from ..negation import hedged, negated
from ..prepositions import prep_objects
from ..relation import Relation
from .common import DocFacts
from .tie_parties import clause_subjects, group, modifiers, possessors, tie

_STATES = {"Country"}
_COMPLAINERS = {"Country", "GovernmentBody"}  # "China's foreign ministry protested" (the state, :func:`tie`)


def complaints(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    ties = cues()["ties"]
    for verb in ctx.verbal(ties["complaint_verbs"]):
        if verb.pos_ != "VERB" or negated(ctx, verb) or hedged(verb):
            continue
        acts = prep_objects(verb, ties["complaint_preps"])
        # the act's owner ("Russia's drills") or the state naming it ("Chinese interceptions"), or the state itself
        others = [p for o in acts for p in (group(ctx, facts, o) or possessors(ctx, facts, o)[0]
                                            or modifiers(ctx, facts, o)) if ctx.entities[p].label in _STATES]
        if not others:
            continue
        for a in (p for p in clause_subjects(ctx, facts, verb) if ctx.entities[p].label in _COMPLAINERS):
            for b in others:
                if found := tie(ctx, a, "IN_CONFLICT_WITH", b, 0.7, "complaint", "political"):
                    yield found
