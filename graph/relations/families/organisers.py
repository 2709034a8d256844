"""The host an organiser noun names: "the Aerospace Association, its organiser", "X, the organiser
of the show", "organisers from the Y Foundation say", "host nation Z", "Z played host": the body the noun describes (in apposition) or
comes "from" hosts the event the noun's possessor, "of" phrase or (for "its" and a bare noun) the
article's event is (HOSTED_BY). Not a war's or a clash's "organisers", nor another edition's ("the
organiser of next year's show"). Cue words are in ``relations/cues.yaml`` (``organisers``)."""
from __future__ import annotations

from collections.abc import Iterator

from ..context import SentenceContext
from ..lexicon import cues
from ..prepositions import prep_objects
from ..relation import Relation
from .common import DocFacts, rel
from .events import event_kind

_HOSTS = {"Country", "GovernmentBody", "Organization", "Alliance"}


def _event_of(ctx: SentenceContext, facts: DocFacts, noun) -> str | None:
    """The event an organiser noun is of: a named event as its possessor or "of" object, else the
    article's event (not a war or a clash) when the noun has no other possessor or "of" phrase."""
    c = cues()["organisers"]
    owners = [d for d in noun.children if d.dep_ == "poss"]
    owners += prep_objects(noun, "of")
    if any(w.lower_ in c["other_edition"] for o in owners for w in o.subtree):
        return None
    for o in owners:
        if o.i in ctx.at and ctx.label(ctx.at[o.i]) == "Event":
            return ctx.at[o.i].entity
    main = facts.entities.get(facts.main_event) if facts.main_event else None
    if main is None or event_kind(main) in {"war", "clash"}:
        return None
    if all(o.lower_ in c["event_pronouns"] or o.lemma_.lower() in c["event_nouns"] for o in owners):
        return facts.main_event
    return None


def _framed(ctx: SentenceContext, tok) -> list:
    """The actors a host noun frames: "host nation X", "X, the host country", "X played host"."""
    c = cues()["organisers"]
    if tok.lower_ not in c["host_nouns"]:
        return []
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in c["playing_verbs"]:  # "X played host (to ...)"
        return ctx.subjects(tok.head, _HOSTS | {"Person"})
    frame = tok.head if tok.dep_ in {"compound", "amod", "nmod"} else None
    if frame is None or frame.lemma_.lower() not in c["host_frames"]:
        return []
    if frame.dep_ in {"compound", "appos"}:  # "host nation Latvia", "Latvia, the host country"
        return ctx.group(frame.head, _HOSTS)
    return []


def organisers(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """Hosts named by an organiser noun in apposition ("X, its organiser"), by the body organisers
    come from ("organisers from X"), or framed as the host ("host nation X", "X played host")."""
    c = cues()["organisers"]
    nouns = set(c["organiser_nouns"])
    if ctx.words.isdisjoint(nouns | c["host_nouns"]):
        return
    for tok in ctx.tokens:
        if tok.i in ctx.at or tok.pos_ not in {"NOUN", "PROPN", "VERB"}:
            continue
        hosts = _framed(ctx, tok)
        if tok.lower_ in nouns and tok.pos_ == "NOUN":
            hosts += [m for m in ctx.group(tok.head, _HOSTS)] if tok.dep_ == "appos" else []
            hosts += ctx.prep_objects(tok, {"from", "at"}, _HOSTS)
        if not hosts:
            continue
        event = _event_of(ctx, facts, tok)
        if event is None:
            continue
        for m in hosts:
            yield rel(ctx, event, "HOSTED_BY", m, 0.6, "hosted-by-organiser")
