"""Who showed what was on display: the actor that brought, flew or paraded the platforms a sentence
puts on show at an event took part in it ("Embraer brought its C-390", "the air force flew its
Gripens", "X filled the apron with armoured vehicles", "the army paraded its new launchers").

The event is the one :func:`events.displayed` gave the platforms (named in the sentence, else the
article's parade or show); this module finds the displayer: the subject of the verb whose object (or
the object of whose preposition) holds the platform, that verb being a word of showing or bringing
(``cues.yaml`` ``display.displayer_verbs``), stated as a fact about the event, not about a fleet
("currently flies 138 Eurofighters", "has flown the type since 1990").
"""
from __future__ import annotations

from spacy.tokens import Token

from ...mentions import Mention
from ..context import SentenceContext
from ..lexicon import cues
from ..negation import negated

# what a displayer is: an organisation, a state or its forces (a person shows nothing of his own)
DISPLAYERS = frozenset({"Company", "GovernmentBody", "Organization", "Country"})
# the link from the verb down to the platform: its object, or a preposition's object ("filled X with Y")
_OBJECT_LINKS = {"dobj", "dative", "oprd"}
_PHRASE_LINKS = {"conj", "appos", "compound", "pobj", "prep", "dobj", "nmod", "npadvmod"}


def _verb_over(tok: Token) -> Token | None:
    """The verb that takes the platform at ``tok`` as (part of) its object, else None (a subject, a
    clause of its own, a counted fleet: "flies 138 Eurofighters")."""
    cur = tok
    for _ in range(8):
        if any(c.dep_ == "nummod" and c.like_num for c in cur.children):
            return None
        head = cur.head
        if head is cur:
            return None
        if head.pos_ in {"VERB", "AUX"}:
            prep = cur.dep_ == "prep" or cur.dep_ == "pobj" and cur.head.dep_ == "prep"
            return head if cur.dep_ in _OBJECT_LINKS or prep else None
        if cur.dep_ not in _PHRASE_LINKS:
            return None
        cur = head
    return None


def _about_fleet(verb: Token, adverbs: set[str]) -> bool:
    """ "currently flies", "has flown for decades": what a force operates, not what it showed."""
    return any(c.dep_ == "advmod" and c.lower_ in adverbs or c.dep_ == "aux" and c.lemma_.lower() == "have"
               for c in verb.children)


def displayers(ctx: SentenceContext, platforms: list[Mention]) -> list[Mention]:
    """The actors that show ``platforms`` in this sentence (subjects of a showing or bringing verb
    over them), none where the showing is denied or only planned."""
    words = set(cues()["display"]["displayer_verbs"])
    intent = set(cues()["display"]["intent"])
    adverbs = set(cues()["display"]["fleet_adverbs"])
    out: list[Mention] = []
    for p in platforms:
        verb = _verb_over(ctx.head_token(p))
        if verb is None or not {verb.lemma_.lower(), verb.lower_} & words or negated(ctx, verb) \
                or _about_fleet(verb, adverbs):
            continue
        if verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_.lower() in intent:
            continue  # "had planned to show its jets"
        for m in ctx.subjects(verb, DISPLAYERS):
            if m.entity != p.entity and all(m.entity != o.entity for o in out):
                out.append(m)
    return out
