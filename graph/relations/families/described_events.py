"""A named event described as one party's own: who took part in it.

* An apposition that gives the event an owner ("Operation Sabre Dune, France's contribution to the campaign",
  "Operation Sand Viper, the French counter-insurgency campaign", "Exercise Kestrel, a Royal Malaysian Air Force
  drill"): the owner (a possessor, a demonym or a named force modifying the described noun) took part. The noun
  must be one of a party's own doings (``described_events.own_nouns``): a contribution, a campaign, a drill; not
  a venue, a response or a target ("X, Russia's answer to ...", "X, the Houthis' target").
  Not a target ("X, the anti-Houthi mission") nor a state named as the theatre ("X, the Iraq campaign").
* A leader written before the name with "-led" ("the US-led Operation Ocean Shield", "a US-led coalition,
  Operation Ocean Shield"): the leader took part (``described_events.led_words``).

Cue words are in ``relations/cues.yaml`` (``described_events``).
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Token

from ..context import SentenceContext
from ..lexicon import cues
from ..negation import negated
from ..relation import Relation
from ..scope import unasserted
from ..tense import put_ahead
from .common import DocFacts, rel
from .events import event_kind, event_time

# who owns an operation, a drill or a campaign (a person is read by other rules)
_PARTIES = frozenset({"Country", "GovernmentBody", "Alliance", "Organization"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in cues()["described_events"].items()}


def _owners(ctx: SentenceContext, facts: DocFacts, noun: Token) -> list:
    """The parties that own a described noun: its possessor ("France's contribution"), a demonym or a named force
    modifying it ("the French campaign", "a Royal Malaysian Air Force drill"), with their conjuncts. Not a target
    written with "anti-" ("the anti-Houthi mission": ``target_prefixes``), nor a state's own name before a noun
    of fighting ("the Iraq campaign": where it was fought, ``theatre_nouns``)."""
    words = _words()
    theatre = noun.lemma_.lower() in words["theatre_nouns"] or noun.lower_ in words["theatre_nouns"]
    out = []
    for c in noun.children:
        if c.dep_ not in {"poss", "amod", "compound", "nmod"}:
            continue
        for t in [c, *(x for x in c.children if x.dep_ == "conj")]:
            m = _party_at(ctx, facts, t)
            if m is None or m in out or _targeted(ctx, m):
                continue
            if theatre and t.dep_ in {"compound", "nmod"} and ctx.label(m) == "Country" \
                    and ctx.doc[m.start:m.end].text.lower() == ctx.entities[m.entity].name.lower():
                continue  # "the Iraq campaign": the state's own name (no demonym, no possessive) is the theatre
            out.append(m)
    return out


def _party_at(ctx: SentenceContext, facts: DocFacts, tok: Token):
    """The party mention at a token: the sentence's own, else one the event's longer mention covers ("Exercise
    Kestrel, a Malaysian and Thai drill": the resolver read "Malaysian and Thai drill" as the event)."""
    m = ctx.at.get(tok.i)
    if m is not None and ctx.label(m) in _PARTIES:
        return m
    inner = [x for x in facts.mentions if x.start <= tok.i < x.end and x.entity in ctx.entities
             and ctx.label(x) in _PARTIES]
    return min(inner, key=lambda x: x.end - x.start) if inner else None


def _targeted(ctx: SentenceContext, m) -> bool:
    """Whether a mention is written after a target prefix ("anti-Houthi", "anti Houthi", "counter-ISIS")."""
    prefixes = _words()["target_prefixes"]
    first = ctx.doc[m.start]
    if any(first.lower_.startswith(p + "-") for p in prefixes):
        return True
    before = [t.lower_ for t in ctx.doc[max(ctx.sent.start, m.start - 2):m.start]]
    return bool(before) and (before[-1] in prefixes or before[-1] in {"-", "–"} and len(before) == 2
                             and before[0] in prefixes)


def _leader(ctx: SentenceContext, led: Token):
    """The party written before "-led" ("US-led"), else None."""
    if led.i < 2 or ctx.doc[led.i - 1].text not in {"-", "–"}:
        return None
    m = ctx.at.get(led.i - 2)
    return m if m is not None and ctx.label(m) in _PARTIES else None


def described_owners(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Operation X, France's contribution to the campaign": France took part in X; "the US-led Operation Y": the
    United States took part in Y."""
    words = _words()
    for e in ctx.of({"Event"}):
        entity = ctx.entities.get(e.entity)
        if entity is None or event_kind(entity) in words["skip_kinds"]:
            continue
        head = ctx.head_token(e)
        verb = next((t for t in head.ancestors if t.pos_ in {"VERB", "AUX"}), None)
        if negated(ctx, head.head) or unasserted(head) or verb is not None and put_ahead(verb):
            continue  # "is scheduled to sail for the US-led X exercise": a plan, not a part taken
        found = []
        # the apposition's noun (also where the event resolver took the bare noun as the event's own mention:
        # "Exercise Kestrel, a Malaysian and Thai drill")
        aps = [c for c in head.children if c.dep_ == "appos" and (c.i not in ctx.at or ctx.at[c.i].entity == e.entity)]
        if head.dep_ in {"nmod", "compound"} and head.head.i > head.i and head.head.i not in ctx.at \
                and any(t.text == "," for t in ctx.doc[e.end:head.head.i]):
            aps.append(head.head)  # "Operation X, Y's contribution": the apposition read as the name's head
        for ap in aps:
            if ap.lemma_.lower() in words["own_nouns"] or ap.lower_ in words["own_nouns"]:
                found += [(m, "described-event-owner") for m in _owners(ctx, facts, ap)]
        # "the US-led Operation Y" (the hyphen read anywhere in the phrase), "a US-led coalition, Operation Y"
        nouns = [head.head] if head.dep_ == "appos" else []
        leds = [t for t in ctx.doc[max(ctx.sent.start, e.start - 1):e.start] if t.lower_ in words["led_words"]]
        leds += [c for n in nouns for c in n.children if c.dep_ == "amod" and c.lower_ in words["led_words"]]
        found += [(m, "led-event") for t in leds if (m := _leader(ctx, t)) is not None]
        seen = set()
        for m, rule in found:
            if m.entity != e.entity and m.entity not in seen:
                seen.add(m.entity)
                yield event_time(ctx, facts, rel(ctx, m, "PARTICIPATED_IN", e, 0.6, rule), e)
