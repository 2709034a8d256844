"""Taking part named by a noun: "X's participation in E", "the contingent from X", "Y's share in the
exercise", "the drills were held with the participation of A, B and C" (cue words in ``cues.yaml``,
``share_nouns``). The noun's possessor, its demonym ("the Indian contingent") or its "of"/"by"/"from"
objects took part in the event the noun is "in"/"at"/"to"; a noun on a clause about an event ("with the
participation of A") takes that event; a contingent noun with no event named, in an exercise's or a
parade's article, the article's event. A taking part only possible, asked for, ruled out or negated
gives nothing."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...mentions import Mention
from ...mentions.lexicon import lexicon
from ...ontology import ACTORS
from ..context import SentenceContext
from ..lexicon import cues
from ..negation import negated
from ..prepositions import prep_objects
from ..relation import Relation
from .common import DocFacts, rel
from .events import about_event, demonym_of_people, event_kind, event_targets, event_time, hedged

_PARTIES = ACTORS


def _lex() -> dict:
    return cues()["share_nouns"]


def _undone(ctx: SentenceContext, noun: Token) -> bool:
    """Whether the noun's taking part is only possible, asked for or denied: a modifier ("possible",
    "no"), or a governing verb of planning, refusing or asking ("ruled out X's participation"), negated or
    hedged ("did not confirm", "may affect")."""
    lex = _lex()
    if any(c.dep_ in {"amod", "det", "neg", "compound"} and c.lower_ in lex["not_yet"] for c in noun.children):
        return True
    if ctx.doc[noun.i - 1].lower_ in {"non", "non-"} or noun.i >= 2 and ctx.doc[noun.i - 2].lower_ == "non":
        return True
    head, hops = noun, 0
    while head.dep_ not in {"ROOT"} and hops < 4:
        head, hops = head.head, hops + 1
        if head.pos_ in {"VERB", "AUX", "ADJ"}:
            if head.lemma_.lower() in lex["not_done"] or negated(ctx, head) or hedged(head):
                return True
            if head.pos_ == "VERB" and head.dep_ not in {"xcomp", "conj"}:
                break
    return False


def _parties(ctx: SentenceContext, noun: Token) -> list[Mention]:
    """The parties a noun of taking part names: its possessor and demonym ("India's", "the Indian
    contingent") and its "of"/"by"/"from" objects with their lists ("of A, B and C")."""
    lex = _lex()
    out: list[Mention] = []
    for c in noun.children:
        if c.dep_ in {"poss", "amod", "compound", "nmod"} and c.i in ctx.at:
            out += [m for m in ctx.group(c, _PARTIES) if m not in out]
        elif c.dep_ == "prep" and c.lower_ in lex["party_preps"]:
            for o in c.children:
                if o.dep_ == "pobj":
                    out += [m for m in ctx.with_list(o, _PARTIES) if m not in out]
    out = [m for m in out if ctx.label(m) != "Person" or ctx.head_token(m).dep_ == "poss"]
    return out + [m for m in _commanders(ctx, noun) if m not in out]


def _commanders(ctx: SentenceContext, noun: Token) -> list[Mention]:
    """The people at the head of a contingent: "a naval contingent under Commander X", "a contingent
    commanded by Y", "the detachment, led by Z" (``share_nouns.commanding``)."""
    lex = _lex()
    if noun.lemma_.lower() not in lex["bodies"] and noun.lower_ not in lex["bodies"]:
        return []
    heads = prep_objects(noun, "under")
    heads += _led_by(noun, lex)
    out = [m for t in heads for m in ctx.group(t, {"Person"})]
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in lex["commanding"] and not negated(ctx, verb):
        # "The X Regiment, led by Captain Y, headed the army detachment": the unit and its leader
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            out += [m for m in ctx.group(subj, _PARTIES) if m not in out]
            out += [m for t in _led_by(subj, lex) for m in ctx.group(t, {"Person"}) if m not in out]
    return out


def _led_by(tok: Token, lex: dict) -> list[Token]:
    """The agents of a participle of commanding on ``tok``: "a contingent commanded by X", "the regiment, led by Y"."""
    return [o for v in tok.children if v.dep_ == "acl" and v.lemma_.lower() in lex["commanding"]
            for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]


def _noun_events(ctx: SentenceContext, facts: DocFacts, noun: Token) -> list[Mention | str]:
    """The events the noun is "in"/"at"/"to": named ones, or a bare noun of the article's event's kind
    ("Japan's share in the exercise" in an exercise's article)."""
    lex = _lex()
    found: list[Mention | str] = []
    for p in noun.children:
        if p.dep_ != "prep" or p.lower_ not in lex["event_preps"]:
            continue
        for o in p.children:
            if o.dep_ != "pobj":
                continue
            named = [m for m in ctx.group(o, {"Event"}) if m not in found]
            if named:
                found += named
            elif o.i not in ctx.at and _of_main_kind(facts, o) and about_event(ctx, facts) \
                    and not _earlier(o):
                found.append(facts.main_event)
    return found


def _earlier(tok: Token) -> bool:
    """ "last year's exercise", "the previous parade": another edition than the article's."""
    return any(t.lower_ in {"last", "previous", "earlier", "past", "prior", "first", "next", "future"}
               for t in tok.subtree if t.i < tok.i)


def _of_main_kind(facts: DocFacts, tok: Token) -> bool:
    """Whether a bare noun names the kind of the article's main event ("the exercise", "the drills")."""
    main = facts.entities.get(facts.main_event) if facts.main_event else None
    kind = event_kind(main) if main is not None else None
    return kind is not None and tok.lemma_.lower() in lexicon()["event_kinds"].get(kind, []) \
        or kind is not None and tok.lower_ in lexicon()["event_kinds"].get(kind, [])


def _clause_events(ctx: SentenceContext, facts: DocFacts, noun: Token) -> list[Mention | str]:
    """The event of the clause a noun hangs on: "E was held with the participation of A" (the clause's
    event), "the contingent from X arrived for E"; in an exercise's or a parade's article, the article's
    event where the sentence names none."""
    verb, hops = noun.head, 0
    while verb.pos_ not in {"VERB", "AUX"} and verb.dep_ in {"pobj", "prep", "agent", "conj"} and hops < 6:
        verb, hops = verb.head, hops + 1  # "followed by a contingent under X and a contingent commanded by Y"
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    main = facts.entities.get(facts.main_event) if facts.main_event else None
    implicit = main is not None and event_kind(main) in _lex()["implied_kinds"] and (
        noun.dep_ in {"nsubj", "pobj"} or noun.lemma_.lower() in _lex()["bodies"] and noun.dep_ in {"dobj", "conj"})
    if ctx.of({"Event"}) and not event_targets(ctx, facts, verb, implicit=False):
        implicit = False  # an event named elsewhere in the sentence: not sure this one is the article's
    return list(event_targets(ctx, facts, verb, implicit=implicit))


def share_nouns(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """PARTICIPATED_IN of the parties of a noun of taking part (module docstring)."""
    lex = _lex()
    if ctx.words.isdisjoint(lex["nouns"]):
        return
    seen: set[tuple[str, str]] = set()
    for tok, (lemma, _) in ctx.cued_forms(lex["nouns"], "either"):
        if tok.pos_ not in {"NOUN", "PROPN"} or tok.i in ctx.at:
            continue
        if lemma == "share" and not any(c.dep_ == "prep" and c.lower_ == "in" for c in tok.children):
            continue  # "shares", "a share of the market": only a share "in" an event
        if _undone(ctx, tok):
            continue
        parties = [m for m in _parties(ctx, tok) if not demonym_of_people(ctx, m) or ctx.head_token(m).head.i == tok.i]
        if not parties:
            continue
        targets = _noun_events(ctx, facts, tok) or _clause_events(ctx, facts, tok)
        for e in targets:
            eid = e if isinstance(e, str) else e.entity
            for m in parties:
                if (m.entity, eid) in seen or m.entity == eid:
                    continue
                seen.add((m.entity, eid))
                yield event_time(ctx, facts, rel(ctx, m, "PARTICIPATED_IN", e, 0.6, "share-noun"), e)
