"""Whether a noun of doing (``places.exercise_nouns``: "landing", "activity", "sailing") tells of the article's
exercise, so that where it happens places the exercise (places.py, held-in-exercise-site; session 38, mendb38):

* not civil doings: a civil word among its modifiers ("business activity", "ferry sailing", "an emergency
  landing": ``places.civil_activity_words``);
* a lone "landing" only of a military kind or by a force ("an amphibious landing", "the marines' landing":
  ``places.landing_kinds``); an aircraft's landing is no drill;
* not another party's doings: a named possessor ("Beijing's activity in the X Sea") or a state's adjective or
  name before it that is no participant of the exercise ("Russian naval activity near Y"), while the exercise's own
  forces own theirs ("the marines' landings at Z"). A participant is a state named, by itself, its adjective or one
  of its bodies, in the first two other sentences that name the exercise (its headline and lead).
"""
from __future__ import annotations

from spacy.tokens import Token

from ..context import SentenceContext
from ..lexicon import cues
from .common import DocFacts

_MODS = {"amod", "compound", "nmod", "npadvmod"}


def _cues() -> dict:
    return cues()["places"]


def _forms(tok: Token) -> set[str]:
    return {tok.lower_, tok.lemma_.lower()}


def _state_of(ctx: SentenceContext, entity_id: str) -> str | None:
    """The state an entity stands for: a Country itself, else the country a body belongs to."""
    e = ctx.entities.get(entity_id)
    if e is None:
        return None
    return e.id if e.label == "Country" else e.country


def participants(ctx: SentenceContext, facts: DocFacts, event: str) -> set[str]:
    """The states named in the first two other sentences that name ``event`` (the headline's and the lead's:
    "warships from eight states began the X exercise, the Latvian navy said"): by name, adjective or one of their
    bodies."""
    doc = ctx.doc
    sents = set(sorted({doc[m.start].sent.start for m in facts.mentions if m.entity == event} - {ctx.sent.start})[:2])
    out: set[str] = set()
    for m in facts.mentions:
        if m.entity != event and doc[m.start].sent.start in sents and (state := _state_of(ctx, m.entity)):
            out.add(state)
    return out


def _force_word(tok: Token) -> bool:
    """A common noun of the exercise's own forces ("marines", "troops", "the crews")."""
    return bool(_forms(tok) & set(_cues()["own_force_nouns"]))


def _owners(tok: Token) -> list[Token]:
    """The possessors of the noun and the state adjectives or names set before it."""
    return [c for c in tok.children if c.dep_ == "poss" or c.dep_ in _MODS and c.i < tok.i]


def exercise_doing(ctx: SentenceContext, facts: DocFacts, tok: Token, event: str) -> bool:
    """Whether the noun ``tok`` tells of the exercise ``event``'s own doings (see the module doc)."""
    c = _cues()
    mods = {w for x in tok.children if x.dep_ in _MODS | {"poss"} and x.i < tok.i for t in x.subtree for w in _forms(t)}
    if mods & set(c["civil_activity_words"]):
        return False
    own_force = False
    taking_part: set[str] | None = None
    for o in _owners(tok):
        m = ctx.at.get(o.i)
        if o.dep_ == "poss":
            if m is not None or not _force_word(o):
                return False  # "Beijing's activity", "its activity", "the port's activity": another party's
            own_force = True  # "the marines' landings": the exercise's own forces
        elif m is not None and m.entity != event and (state := _state_of(ctx, m.entity)) is not None:
            if taking_part is None:
                taking_part = participants(ctx, facts, event)
            if state not in taking_part:
                return False  # another state's ("Russian naval activity near X")
            own_force = own_force or ctx.label(m) == "GovernmentBody"
    if tok.lower_ in set(c["qualified_exercise_nouns"]):  # a lone "landing"
        return own_force or bool(mods & set(c["landing_kinds"]))
    return True
