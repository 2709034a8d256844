"""A display's platforms flown by the service the sentences just before name: "Overhead, the Indian Air Force
put up 40 aircraft. Rafale and Jaguar fighters, Su-30 jets and C-17 airlifters then crossed the boulevard."
(the air force flies them all), "The Korean air force retired its F-4s. A formation of F-15Ks and F-35As then
flew over the base."

A sentence whose subject names platforms (itself, or "a formation of ...") and whose verb is one of a
display's passing or performing (``operate.pass_verbs``), with no state, body or group of its own, takes
its operator from the two sentences before it in the same paragraph, when they name exactly one armed
service (not an office, not a unit below a service), else, for aircraft, from the whole article when it
names exactly one air force (a flypast is the host air force's; ships sailing by in an exercise are of many
navies): ``in_service``.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..context import SentenceContext
from ..lexicon import cues
from ..negation import negated
from ..passes.service_twins import branch, service
from ..relation import Relation
from .common import DocFacts, rel
from .phrases import _platforms_of

BACK = 2  # sentences looked back
_OWNERS = {"Country", "GovernmentBody", "Organization", "Alliance"}


def _earlier_service(ctx: SentenceContext, facts: DocFacts) -> str | None:
    """The one armed service named in the ``BACK`` sentences before this one, within its paragraph."""
    doc, start = ctx.sent.doc, ctx.sent.start
    first = start
    for _ in range(BACK):
        if first == 0 or "\n" in doc[first - 1].text_with_ws:
            break
        first = doc[first - 1].sent.start
    found = {m.entity for m in facts.mentions if first <= m.start < start and m.entity in ctx.entities
             and service(ctx.entities[m.entity])}
    return next(iter(found)) if len(found) == 1 else None


def _branch_service(ctx: SentenceContext, facts: DocFacts, platform) -> str | None:
    """The article's one air force, for an aircraft (``operate.branch_categories``)."""
    entity = ctx.entities.get(platform.entity)
    kind = cues()["operate"]["branch_categories"].get(entity.props.get("category", "")) if entity else None
    found = {m.entity for m in facts.mentions if m.entity in ctx.entities and service(ctx.entities[m.entity])
             and branch(ctx.entities[m.entity]) == kind} if kind == "air" else set()
    return next(iter(found)) if len(found) == 1 else None


def _named(text: str) -> bool:
    """Whether a platform's mention is its name ("Rafale", "F-15K"), not a description ("the helicopters")."""
    return any(ch.isupper() or ch.isdigit() for ch in text)


def _passing(verb: Token, verbs: set[str]) -> bool:
    """A display's verb of its sentence's main clause ("crossed", "then flew"), not a clause under a noun."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in verbs and verb.dep_ in {"ROOT", "conj"} and \
        not any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def carried(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    if any(ctx.label(m) in _OWNERS for m in ctx.mentions):
        return
    verbs = cues()["operate"]["pass_verbs"]
    operator: str | None = None
    for verb in (t for t in ctx.sent if _passing(t, verbs)):
        if negated(ctx, verb):
            continue
        platforms = [p for s in verb.children if s.dep_ == "nsubj" for p in _platforms_of(ctx, s)
                     if _named(p.text)]  # not "the helicopters": a description may stand for another fleet
        if not platforms:
            continue
        operator = operator or _earlier_service(ctx, facts)
        for p in platforms:
            user = operator or _branch_service(ctx, facts, p)
            if user is not None:
                yield rel(ctx, user, "OPERATES", p, 0.55, "carried-display", stage="in_service")
