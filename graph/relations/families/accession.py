"""Talks on joining a bloc make a candidate member, not a partner: "EU governments agreed to open
accession talks with A and B", "A's membership negotiations with the EU", "A opened accession talks
with NATO" (MEMBER_OF with status candidate; :func:`accession_talk` tells the tie rules to leave them)."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..context import SentenceContext
from ..lexicon import cues
from ..negation import hedged, negated
from ..prepositions import prep_objects
from ..relation import Relation
from ..time import published_of, relation_when
from .common import DocFacts, rel

_MEMBERS = {"Country", "Organization", "GovernmentBody"}


def accession_talk(tok: Token) -> bool:
    """Whether ``tok`` is talks on joining ("accession talks", "membership negotiations")."""
    lex = cues()["membership"]
    return tok.lemma_.lower() in lex["accession_talks"] and any(
        c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in lex["accession_words"] for c in tok.children)


def accession_talks(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    talks = cues()["membership"]["accession_talks"]
    for tok in (t for t in ctx.cued_tokens(talks, pos={"NOUN", "PROPN"}) if accession_talk(t)):
        verb = tok.head if tok.dep_ in {"dobj", "nsubj", "nsubjpass"} else None
        if verb is not None and (negated(ctx, verb) or hedged(verb)):
            continue
        withs = [m for o in prep_objects(tok, "with") for m in ctx.group(o, _MEMBERS | {"Alliance"})]
        owners = [m for c in tok.children if c.dep_ == "poss" and c.i in ctx.at for m in ctx.group(c, _MEMBERS)]
        starts = ctx.subjects(verb, _MEMBERS | {"Alliance"}) if verb is not None else []
        blocs = [m for m in [*withs, *starts] if ctx.label(m) == "Alliance"]
        candidates = [m for m in [*withs, *owners, *starts] if ctx.label(m) in _MEMBERS]
        for body in {b.entity: b for b in blocs}.values():
            for m in {c.entity: c for c in candidates}.values():
                yield rel(ctx, m, "MEMBER_OF", body, 0.7, "accession-talks", status="candidate")


def bloc_bids(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Sweden's NATO bid", "its European Union bid", "Georgia's EU membership application": a state's
    bid named by the bloc it is for makes it a candidate member (the bid's owner; "its" the clause's
    subject), however the bid fares ("blocked", "frozen")."""
    lex = cues()["membership"]
    for tok in ctx.cued_tokens(lex["bid_nouns"], pos={"NOUN"}):
        if tok.lemma_.lower() not in lex["bid_nouns"] or hedged(tok):
            continue
        mods = [c for c in tok.children if c.dep_ in {"compound", "nmod", "amod"}]
        mods += [g for c in mods if c.lower_ in lex["accession_words"] for g in c.children
                 if g.dep_ in {"compound", "nmod", "amod"}]  # "its EU membership bid"
        bodies = [ctx.at[c.i] for c in mods if c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Alliance"]
        if not bodies:
            continue
        owners = [m for c in tok.children if c.dep_ == "poss" and c.i in ctx.at for m in ctx.group(c, _MEMBERS)]
        if not owners and any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in tok.children) \
                and tok.dep_ in {"dobj", "nsubjpass"}:
            owners = ctx.subjects(tok.head, _MEMBERS)  # "Georgia has frozen its EU bid"
        for body in {b.entity: b for b in bodies}.values():
            for m in {c.entity: c for c in owners}.values():
                if m.entity != body.entity:
                    yield rel(ctx, m, "MEMBER_OF", body, 0.65, "membership-bid", status="candidate")


def bloc_candidates(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Georgia became a candidate for European Union membership", "Serbia, an EU candidate", "Moldova
    is a candidate for the EU": a candidate noun whose bloc is its compound or the object of its "for"/
    "to"/"of" (or of the membership noun there) makes the state it is said of a candidate member."""
    lex = cues()["membership"]
    for tok in ctx.cued_tokens(lex["candidate_nouns"], pos={"NOUN"}):
        if tok.lemma_.lower() not in lex["candidate_nouns"] or tok.i in ctx.at or hedged(tok):
            continue
        bodies = [ctx.at[c.i] for c in tok.children if c.dep_ in {"compound", "nmod"} and c.i in ctx.at]
        for o in prep_objects(tok, {"for", "to", "of"}):
            if o.i in ctx.at:
                bodies += ctx.group(o, {"Alliance"})
            elif o.lemma_.lower() in lex["accession_words"]:  # "for EU membership", "for membership of the EU"
                bodies += [ctx.at[c.i] for c in o.children if c.dep_ in {"compound", "nmod"} and c.i in ctx.at]
                bodies += ctx.prep_objects(o, {"of", "in"}, {"Alliance"})
        bodies = [b for b in bodies if ctx.label(b) == "Alliance"]
        if not bodies:
            continue
        verb = tok.head if tok.dep_ in {"attr", "oprd"} else None
        if verb is not None and (negated(ctx, verb) or hedged(verb)) or negated(ctx, tok):
            continue
        if tok.dep_ == "appos" and tok.head.i in ctx.at:
            states = ctx.group(tok.head, _MEMBERS)  # "Serbia, an EU candidate, ..."
        elif verb is not None:
            states = ctx.subjects(verb, _MEMBERS, plural=True)  # "Georgia became a candidate for ..."
        else:
            states = []
        # dated by the candidate noun's own clause ("has sought membership since the 2000s and became a
        # candidate last December": December), where it has a date
        when = relation_when(ctx.sent, [tok], published_of(ctx.doc))
        for body in {b.entity: b for b in bodies}.values():
            for m in {c.entity: c for c in states}.values():
                if m.entity != body.entity:
                    r = rel(ctx, m, "MEMBER_OF", body, 0.65, "membership-candidate", status="candidate")
                    if when:
                        r.evidence = {**r.evidence, "when": when}
                    yield r
