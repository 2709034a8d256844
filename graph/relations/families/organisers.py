"""The host an organiser noun names: "the Aerospace Association, its organiser", "X, the organiser
of the show", "organisers from the Y Foundation say": the body the noun describes (in apposition) or
comes "from" hosts the event the noun's possessor, "of" phrase or (for "its" and a bare noun) the
article's event is (HOSTED_BY). Not a war's or a clash's "organisers", nor another edition's ("the
organiser of next year's show"). Cue words are in ``relations/cues.yaml`` (``organisers``)."""
from __future__ import annotations

from collections.abc import Iterator

from ..context import SentenceContext
from ..lexicon import cues
from ..relation import Relation
from .common import DocFacts, rel
from .events import event_kind

_HOSTS = {"Country", "GovernmentBody", "Organization", "Alliance"}


def _event_of(ctx: SentenceContext, facts: DocFacts, noun) -> str | None:
    """The event an organiser noun is of: a named event as its possessor or "of" object, else the
    article's event (not a war or a clash) when the noun has no other possessor or "of" phrase."""
    c = cues()["organisers"]
    owners = [d for d in noun.children if d.dep_ == "poss"]
    owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
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


def organisers(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """Hosts named by an organiser noun in apposition ("X, its organiser") or by the body organisers
    come from ("organisers from X")."""
    nouns = set(cues()["organisers"]["organiser_nouns"])
    if ctx.words.isdisjoint(nouns):
        return
    for tok in ctx.tokens:
        if tok.lower_ not in nouns or tok.pos_ != "NOUN" or tok.i in ctx.at:
            continue
        hosts = [m for m in ctx.group(tok.head, _HOSTS)] if tok.dep_ == "appos" else []
        hosts += ctx.prep_objects(tok, {"from", "at"}, _HOSTS)
        if not hosts:
            continue
        event = _event_of(ctx, facts, tok)
        if event is None:
            continue
        for m in hosts:
            yield rel(ctx, event, "HOSTED_BY", m, 0.6, "hosted-by-organiser")
