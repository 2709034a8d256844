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
from .common import other_year

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


# who puts platforms to use in an exercise: a state or its forces (a firm's demonstrator is shown, not drilled)
DRILLERS = frozenset({"GovernmentBody", "Country", "Organization"})


def drill_users(ctx: SentenceContext, platforms: list[Mention], verb_of, year: int | None = None) -> list[Mention]:
    """The forces that put ``platforms`` to use in the article's exercise (of ``year``): the named subject of the
    drill's verb ``verb_of(platform)`` gives, when one of ``display.drill_user_verbs`` ("the Danish Air Force flew
    F-35 fighters", "the army fired its K9 howitzers"), or, where the platform is itself the subject, the force
    that owns it ("the navy's frigate X sailed with Y"); not a pronoun, a demonym ("Danish troops"), a denied or
    planned use, nor in a sentence naming another year than the exercise's."""
    intent, verbs = set(cues()["display"]["intent"]), set(cues()["display"]["drill_user_verbs"])
    if year is not None and other_year(ctx.sent, str(year)):
        return []  # "flew together for the first time in 2023", of a 2024 exercise: another occasion
    out: list[Mention] = []
    for p in platforms:
        verb = verb_of(ctx.head_token(p))
        if verb is None or verb.lemma_.lower() not in verbs or negated(ctx, verb) \
                or verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_.lower() in intent:
            continue
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        head = ctx.head_token(p)
        if any(head.i in {t.i for t in s.subtree} for s in subjects):  # the platform does it: its owner's
            found = [ctx.at[c.i] for s in subjects for c in s.children if c.dep_ == "poss" and c.i in ctx.at]
        else:
            found = ctx.subjects(verb, DRILLERS)
        for m in found:
            if ctx.label(m) in DRILLERS and m.source != "coref" and m.entity != p.entity \
                    and not _demonym(ctx, m) and all(m.entity != o.entity for o in out):
                out.append(m)
    return out


def _demonym(ctx: SentenceContext, m: Mention) -> bool:
    """ "Danish troops": a state's adjective on a common noun, no state named as the doer."""
    tok = ctx.head_token(m)
    return ctx.label(m) == "Country" and tok.dep_ in {"amod", "compound"} and tok.head.i not in ctx.at
