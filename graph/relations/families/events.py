"""Events and places: where and by whom an event was held, who took part, what was shown, where platforms went."""
from __future__ import annotations

from collections.abc import Iterator

from ...ontology import ACTORS
from ..context import SentenceContext
from ..lexicon import cues
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
        if verb is not None and verb.lemma_.lower() in place_verbs and (head.dep_ == "dobj" or verb.lemma_.lower() == "host"):
            for host in ctx.subjects(verb, {"Country", "GovernmentBody", "Organization", "Alliance", "Person"}):
                yield rel(ctx, e, "HOSTED_BY", host, 0.7, "hosted-by")
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


def participation(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "X attended / took part in E", "E was attended by A, B", "H hosted A and B at E"."""
    lex = cues()["participation"]
    for tok in ctx.sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or lemma not in lex["verbs"] | {"host", "welcome", "attend"}:
            continue
        targets = [e for e in ctx.prep_objects(tok, {"in", "at"}, {"Event"})]
        passive = any(c.dep_ == "nsubjpass" for c in tok.children)
        objects = [c for c in tok.children if c.dep_ in ({"nsubjpass"} if passive else {"dobj"})]
        targets += [ctx.at[c.i] for c in objects if c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Event"]
        if lemma in {"host", "welcome"}:
            actors = [m for c in tok.children if c.dep_ == "dobj" for m in ctx.with_list(c, ACTORS)]
        elif passive:
            actors = [m for c in tok.children if c.dep_ == "agent" for o in c.children for m in ctx.with_list(o, ACTORS)]
        else:
            actors = ctx.subjects(tok, ACTORS)
        for actor in actors:
            for e in targets:
                yield rel(ctx, actor, "PARTICIPATED_IN", e, 0.7, "participated")

