"""Events and places: where and by whom an event was held, who took part, what was shown, where platforms went."""
from __future__ import annotations

from collections.abc import Iterator

from ...ontology import ACTORS
from ..context import SentenceContext
from ..lexicon import cues
from ..negation import negated
from ..relation import Relation
from .common import PLACES, DocFacts, rel


def events(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    event_mentions = ctx.of({"Event"})
    if not event_mentions:
        return
    place_verbs = cues()["event_place"]["verbs"]
    for e in event_mentions:
        head = ctx.head_token(e)
        anchors = [head]
        if head.dep_ in {"dobj", "nsubjpass", "nsubj"}:
            anchors.append(head.head)
        if head.dep_ == "pobj" and head.head.head.pos_ == "VERB":  # "take part in the parade ... in the capital"
            anchors.append(head.head.head)
        # "the Air Show, held June 16-22 in the French capital"
        anchors += [c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in place_verbs]
        for anchor in anchors:
            for place in ctx.prep_objects(anchor, {"in", "at"}, PLACES):
                if ctx.label(place) == "Place" or not any(ctx.label(x) == "Place" for x in ctx.prep_objects(anchor, {"in", "at"}, PLACES)):
                    yield rel(ctx, e, "HELD_IN", place, 0.8, "held-in")
        verb = head.head if head.dep_ == "dobj" else (head.head.head if head.dep_ == "pobj" else None)
        if verb is not None and verb.lemma_.lower() in place_verbs and (head.dep_ == "dobj" or verb.lemma_.lower() == "host") \
                and not negated(ctx, verb):
            for host in ctx.subjects(verb, {"Country", "GovernmentBody", "Organization", "Alliance", "Person"}):
                yield rel(ctx, e, "HOSTED_BY", host, 0.7, "hosted-by")
    # "the summit ... on Thursday in Minsk", "leaders gathered in Riyadh for the summit": a place
    # after "in"/"at" whose preposition hangs on the event or on a verb whose clause names it
    for place in ctx.of({"Place"}):
        pobj = ctx.head_token(place)
        prep = pobj.head
        if pobj.dep_ != "pobj" or prep.lower_ not in {"in", "at"}:
            continue
        gov = prep.head
        for e in event_mentions:
            etok = ctx.head_token(e)
            if gov.i in range(e.start, e.end) or (gov.dep_ in {"acl", "relcl"} and gov.head.i == etok.i) \
                    or (gov.pos_ in {"VERB", "AUX"} and gov in etok.ancestors
                                                 and not negated(ctx, gov)):
                yield rel(ctx, e, "HELD_IN", place, 0.7, "held-in-clause")
                break
    # commemoration: "held a parade to celebrate X and commemorate the anniversary of Y"
    words = cues()["commemoration"]["words"]
    cue = next((t for t in ctx.sent if t.lemma_.lower() in words), None)
    if cue is not None:
        before = [e for e in event_mentions if e.start < cue.i]
        after = [e for e in event_mentions if e.start > cue.i]
        if before:
            for e in after:
                if e.entity != before[0].entity:
                    yield rel(ctx, before[0], "COMMEMORATES", e, 0.75, "commemorates")


def displayed(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    platforms = ctx.of({"Platform"})
    if not platforms:
        return
    explicit = [e for e in ctx.of({"Event"})]
    cue = ctx.lemmas & cues()["display"]["words"]
    if explicit and cue:
        for p in platforms:
            yield rel(ctx, p, "DISPLAYED_AT", explicit[0], 0.8, "displayed-at")
    elif facts.display_event and facts.main_event and cue:
        for p in platforms:
            yield rel(ctx, p, "DISPLAYED_AT", facts.main_event, 0.6, "displayed-in-event-article")


def deployed(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    platforms = ctx.of({"Platform"})
    cue = next((t for t in ctx.sent if t.lemma_.lower() in cues()["deployment"]["words"]), None)
    if not platforms or cue is None:
        return
    places = [m for m in ctx.of({"Place"}) if m.start > cue.i]
    if not places:
        return
    latter = next((t for t in ctx.sent if t.lower_ in {"latter", "former"}), None)
    if latter is not None:
        chosen = [p for p in platforms if p.start < latter.i]
        chosen = chosen[-1:] if latter.lower_ == "latter" else chosen[:1]
    else:
        chosen = [p for p in platforms if p.start < cue.i][-1:]
    for p in chosen:
        yield rel(ctx, p, "DEPLOYED_TO", places[0], 0.7, "deployed-to")


def located(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Astana, Kazakhstan" and "a base in Syria"."""
    for m in ctx.of({"Place"}):
        rest = ctx.doc[m.end:min(ctx.sent.end, m.end + 2)]
        if len(rest) == 2 and rest[0].text in {",", "in"} and rest[1].i in ctx.at:
            c = ctx.at[rest[1].i]
            if ctx.label(c) in PLACES and c.entity != m.entity:
                yield rel(ctx, m, "LOCATED_IN", c, 0.7, "located-in")


def _event_targets(ctx: SentenceContext, facts: DocFacts, tok, implicit: bool) -> list:
    """The events ``tok`` is about: its objects and "in"/"at" objects, an acl's head ("the opening,
    attended by ..."), else (``implicit``) the sentence's events or the article's main event."""
    targets = ctx.prep_objects(tok, {"in", "at", "for", "during"}, {"Event"})
    objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "attr"}]
    targets += [ctx.at[c.i] for c in objects if c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Event"]
    if tok.dep_ in {"acl", "relcl"} and tok.head.i in ctx.at and ctx.label(ctx.at[tok.head.i]) == "Event":
        targets.append(ctx.at[tok.head.i])
    if targets or not implicit:
        return targets
    in_sentence = ctx.of({"Event"})
    if in_sentence:
        return in_sentence[:1]
    return [facts.main_event] if facts.main_event else []


def _people_in(ctx: SentenceContext, tok) -> list:
    """The actors listed under ``tok``: its conjuncts and list items, and every person named in
    its phrase ("Vladimir Putin of Russia, Kassym-Jomart Tokayev of Kazakhstan and ...")."""
    out = ctx.with_list(tok, ACTORS)
    out += [m for m in ctx.mentions if ctx.label(m) == "Person" and tok.left_edge.i <= m.start <= tok.right_edge.i
            and m not in out]
    return out


def participation(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "X attended / took part in E", "E was attended by A, B", "H welcomed A, B and C",
    "A and B were present / in attendance", "exhibitors included A, B"; never a negated one
    ("did not attend", "skipped", "no official took part")."""
    lex = cues()["participation"]
    seen: set[tuple[str, str]] = set()

    def out(actor, event, conf, rule):
        key = (actor if isinstance(actor, str) else actor.entity, event if isinstance(event, str) else event.entity)
        if key not in seen:
            seen.add(key)
            return [rel(ctx, actor, "PARTICIPATED_IN", event, conf, rule)]
        return []

    for tok in ctx.sent:
        lemma = tok.lemma_.lower()
        if negated(ctx, tok):
            continue
        if tok.pos_ in {"VERB", "AUX"} and lemma in lex["welcome"]:
            guests = [m for c in tok.children if c.dep_ == "dobj" for m in _people_in(ctx, c)]
            explicit = _event_targets(ctx, facts, tok, implicit=False)
            # without a named event, only people welcomed: "welcomed the Romanian Air Force into ..." is no visit
            person = any(c.dep_ == "dobj" and c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Person" for c in tok.children)
            events = explicit or (_event_targets(ctx, facts, tok, implicit=True) if person else [])
            if guests:
                hosts = ctx.subjects(tok, ACTORS)
                for e in events:
                    for g in guests + hosts:
                        if ctx.label(g) != "Country" or g in guests:
                            yield from out(g, e, 0.7, "welcomed")
                    for h in hosts:
                        yield rel(ctx, e, "HOSTED_BY", h, 0.7, "hosted-guests")
            continue
        if tok.pos_ == "VERB" and lemma == "include" and any(
                c.dep_ == "nsubj" and c.lower_ in lex["attendee_nouns"] for c in tok.children):
            for e in _event_targets(ctx, facts, tok, implicit=True):
                for c in tok.children:
                    if c.dep_ == "dobj":
                        for m in _people_in(ctx, c):
                            yield from out(m, e, 0.65, "attendees-included")
            continue
        presence = tok.lemma_.lower() in {"be", "remain"} and any(
            c.dep_ in {"acomp", "attr"} and c.lower_ in lex["presence"]
            or c.dep_ == "prep" and any(o.lower_ in lex["presence"] for o in c.children) for c in tok.children)
        if presence:
            for e in _event_targets(ctx, facts, tok, implicit=True):
                for actor in ctx.subjects(tok, ACTORS):
                    yield from out(actor, e, 0.65, "present")
            continue
        if tok.pos_ != "VERB" or lemma not in lex["verbs"] | lex["attend"]:
            continue
        if lemma == "take" and not any(c.lower_ == "part" for c in tok.children):
            continue
        passive = any(c.dep_ in {"nsubjpass", "agent"} for c in tok.children) or tok.tag_ == "VBN" and tok.dep_ == "acl"
        implicit = lemma in lex["attend"] or lemma == "take"
        targets = _event_targets(ctx, facts, tok, implicit=implicit and not passive or passive and tok.dep_ == "acl")
        if passive:
            actors = [m for c in tok.children if c.dep_ == "agent" for o in c.children for m in _people_in(ctx, o)]
            actors += [m for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"
                       for o in c.children for m in _people_in(ctx, o) if m not in actors]
        else:
            actors = ctx.subjects(tok, ACTORS)
        for actor in actors:
            for e in targets:
                yield from out(actor, e, 0.7, "participated")
