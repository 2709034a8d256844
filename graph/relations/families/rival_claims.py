"""Rival claims to one place: "China claims the Senkaku Islands, which Japan administers", "Beijing's map
stretches its claims across waters also claimed by the Philippines and Vietnam", "Venezuela claims the
Essequibo region, controlled by Guyana": the claimant and the one that holds or also claims the same place
are in conflict (a territorial dispute). The place is the claim verb's object or the claim noun's
"to"/"over"/"across" object; the rival is the subject of a relative clause on it, or the "by" agent of a
participle on it, whose verb is one of holding or claiming (``ties.held_place_verbs``)."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..context import SentenceContext
from ..coordination import conjuncts
from ..lexicon import cues
from ..negation import hedged, negated
from ..prepositions import prep_objects
from ..relation import Relation
from .common import DocFacts
from .tie_parties import clause_subjects, group, possessors, tie

_NOUNS = {"NOUN", "PROPN"}
_RELATIVES = {"which", "that", "who", "whom"}


def _claimed_places(ctx: SentenceContext, facts: DocFacts, tok: Token) -> tuple[list[str], list[Token]]:
    """(claimants, claimed place tokens) of a claim verb ("A claims X") or noun ("A's claim to X", "its
    claims across waters")."""
    ties = cues()["ties"]
    if tok.pos_ == "VERB":
        if negated(ctx, tok) or hedged(tok) or tok.dep_ in {"acl", "relcl"}:
            return [], []  # "waters claimed by B" is the rival's clause, read from the place
        places = [c for c in tok.children if c.dep_ == "dobj"]
        return (clause_subjects(ctx, facts, tok) if places else []), places
    if tok.pos_ not in _NOUNS:
        return [], []
    places = prep_objects(tok, ties["claim_preps"])
    if not places:  # "stretches its claims across waters": the preposition hangs on the verb
        verb = tok.head if tok.dep_ == "dobj" else None
        places = prep_objects(verb, ties["claim_preps"]) if verb is not None else []
    return (possessors(ctx, facts, tok)[0] if places else []), places


def _rivals(ctx: SentenceContext, facts: DocFacts, place: Token) -> list[str]:
    """Who else holds or claims ``place``: "which Japan administers", "also claimed by Vietnam"."""
    held = cues()["ties"]["held_place_verbs"]
    out: list[str] = []
    for t in [place, *conjuncts(place)]:
        clauses = [c for c in t.children if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in held]
        after = t.right_edge.i + 1  # "waters also claimed by X", the participle hung on another noun
        while after < ctx.sent.end and ctx.doc[after].pos_ == "ADV":
            after += 1
        if after < ctx.sent.end and ctx.doc[after].tag_ == "VBN" and ctx.doc[after].lemma_.lower() in held:
            clauses.append(ctx.doc[after])
        for clause in clauses:
            if negated(ctx, clause) or hedged(clause):
                continue
            if clause.dep_ == "relcl":  # "which Japan administers" (the subject often read as a compound)
                holders = [s for s in clause.children if s.dep_ in {"nsubj", "compound"} and s.lower_ not in _RELATIVES]
            else:  # "waters also claimed by the Philippines"
                holders = [o for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            out += [p for h in holders for p in group(ctx, facts, h) if p not in out]
    return out


def rival_claims(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """IN_CONFLICT_WITH between a claimant and the holder or other claimant of the place it claims."""
    ties = cues()["ties"]
    for tok in ctx.tokens:
        if tok.lemma_.lower() not in ties["claim_verbs"] or tok.i in ctx.at:
            continue
        claimants, places = _claimed_places(ctx, facts, tok)
        for place in places:
            for b in _rivals(ctx, facts, place):
                for a in claimants:
                    if found := tie(ctx, a, "IN_CONFLICT_WITH", b, 0.65, "rival-claims", "political"):
                        yield found
