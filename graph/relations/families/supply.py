"""Supply, operation and manufacture of platforms."""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from spacy.tokens import Token

from ...mentions import Mention
from ..context import SentenceContext
from ..lexicon import cues
from ..relation import Relation
from .common import MAKERS, STATES, SUPPLIERS, DocFacts, rel


def _platforms_of(ctx: SentenceContext, tok: Token) -> list[Mention]:
    found = [ctx.at[t.i] for t in tok.subtree if t.i in ctx.at and ctx.label(ctx.at[t.i]) == "Platform"]
    out: list[Mention] = []
    for m in found:
        if all(m.entity != o.entity for o in out):
            out.append(m)
    return out


def _recent_platform(ctx: SentenceContext, facts: DocFacts, noun: Token) -> list[Mention]:
    """ "these drones", "the jets": the latest platform of that category in the last sentences."""
    from ...mentions.lexicon import category_of

    category = category_of([noun.lower_])
    if category is None or not any(c.lower_ in {"these", "the", "those", "such"} for c in noun.subtree):
        return []
    for m in reversed(facts.mentions):
        if m.start >= ctx.sent.start:
            continue
        if ctx.sent.start - m.start > 120:
            break
        e = ctx.entities.get(m.entity)
        if e is not None and e.label == "Platform" and e.props.get("category") == category:
            return [dataclasses.replace(m)]
    return []


def transfers(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    supply = cues()["supply"]["verbs"]
    acquire = cues()["acquire"]["verbs"]
    ordered = cues()["acquire"]["ordered"]
    operate = cues()["operate"]["verbs"]
    for tok in ctx.sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in {"VERB", "NOUN"} or tok.i in ctx.at:
            continue
        objs = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "attr", "oprd"}]
        platforms = [p for o in objs for p in _platforms_of(ctx, o)]
        if tok.dep_ == "acl":  # "a consignment of TB2s delivered to Togo"
            platforms += [p for p in _platforms_of(ctx, tok.head) if p.start < tok.i]
        if not platforms:
            for o in objs:
                nouns = [o] + [x for x in o.subtree if x.dep_ == "pobj"]
                platforms += next((found for n in nouns if (found := _recent_platform(ctx, facts, n))), [])
        passive = any(c.dep_ == "nsubjpass" for c in tok.children)
        if lemma in supply and passive and not ctx.prep_objects(tok, {"to"}, STATES):
            # "Poland will be supplied with 180 K2 tanks (by X)"
            recipients = [m for c in tok.children if c.dep_ == "nsubjpass" for m in ctx.group(c, STATES)]
            platforms = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for p in _platforms_of(ctx, c)]
            for r in recipients:
                for p in platforms:
                    yield rel(ctx, r, "OPERATES", p, 0.7, "supplied-with", stage="ordered" if tok.tag_ in {"VB", "MD"} or "will" in ctx.lemmas else "in_service")
                for s in ctx.prep_objects(tok, {"by"}, SUPPLIERS):
                    yield rel(ctx, s, "SUPPLIES", r, 0.75, "supplied-with")
        elif lemma in supply or lemma in {"sale", "delivery", "export", "transfer", "shipment"}:
            if tok.pos_ == "NOUN":  # "Leonardo's arms sales to Israel"
                suppliers = [ctx.at[c.i] for c in tok.children if c.dep_ == "poss" and c.i in ctx.at
                             and ctx.label(ctx.at[c.i]) in SUPPLIERS]
            else:
                suppliers = ctx.prep_objects(tok, {"by"}, SUPPLIERS) if passive else ctx.subjects(tok, SUPPLIERS)
            recipients = ctx.prep_objects(tok, {"to"}, STATES)
            for c in tok.children:
                if c.dep_ == "dative" or (c.dep_ == "dobj" and any(x.dep_ == "prep" and x.lower_ == "with" for x in tok.children)):
                    recipients += ctx.group(c, STATES)  # "provides the Israeli Air Force with M-346s"
                    platforms += [p for x in tok.children if x.dep_ == "prep" and x.lower_ == "with" for p in _platforms_of(ctx, x)]
            if not recipients:
                recipients = [m for o in objs for t in o.subtree if t.dep_ == "prep" and t.lower_ == "to"
                              for x in t.children if x.dep_ == "pobj" for m in ctx.group(x, STATES)]
            for s in suppliers:
                for r in recipients:
                    if s.entity != r.entity:
                        yield rel(ctx, s, "SUPPLIES", r, 0.8, "supply")
                        for p in platforms:
                            yield rel(ctx, r, "OPERATES", p, 0.7, "supply", stage="ordered" if tok.tag_ in {"VB", "MD"} else "in_service")
        elif lemma in acquire or lemma in operate:
            buyers = ctx.subjects(tok, STATES) if not passive else ctx.prep_objects(tok, {"by"}, STATES)
            sellers = ctx.prep_objects(tok, {"from"}, SUPPLIERS) if lemma in acquire else []
            if lemma in acquire and not platforms and tok.pos_ == "VERB":
                # "signed a contract for 180 K2 tanks", "placed an order for ...", "signed a deal (...) for X"
                for child in tok.children:
                    if child.dep_ == "prep" and child.lower_ == "for":
                        platforms += _platforms_of(ctx, child)
                for o in objs:
                    for child in o.children:
                        if child.dep_ == "prep" and child.lower_ in {"for", "of"}:
                            platforms += _platforms_of(ctx, child)
                            sellers += ctx.prep_objects(o, {"with"}, SUPPLIERS)
            status = "ordered" if lemma in ordered else "in_service"
            for b in buyers:
                for p in platforms:
                    yield rel(ctx, b, "OPERATES", p, 0.75, "acquire", stage=status)
                for s in sellers:
                    if s.entity != b.entity:
                        yield rel(ctx, s, "SUPPLIES", b, 0.75, "acquire")


def possessed(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "the UAE's 60 Mirage 2000-9 jets", "Israel's Iron Dome": a state's own platform."""
    for p in ctx.of({"Platform"}):
        head = ctx.head_token(p)
        owners = [c for t in (head, head.head) for c in t.children if c.dep_ == "poss" and c.i in ctx.at]
        for c in owners:
            owner = ctx.fit(ctx.at[c.i], STATES)
            if owner is not None and c.i < p.start:
                yield rel(ctx, owner, "OPERATES", p, 0.55, "possessive", stage="in_service")


def manufacture(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    lex = cues()["manufacture"]
    for tok in ctx.sent:
        lemma = tok.lemma_.lower()
        if lemma not in lex["verbs"] or tok.i in ctx.at:
            continue
        role = lex["roles"].get(lemma, "producer")
        if tok.dep_ in {"acl", "amod"} or any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children):
            makers = ctx.prep_objects(tok, {"by"}, MAKERS)
            platforms = [ctx.at[tok.head.i]] if tok.head.i in ctx.at else []
            platforms += [p for c in tok.children if c.dep_ == "nsubjpass" for p in _platforms_of(ctx, c)]
        else:
            makers = ctx.subjects(tok, MAKERS)
            platforms = [p for c in tok.children if c.dep_ == "dobj" for p in _platforms_of(ctx, c)]
        for mk in makers:
            for p in platforms:
                if ctx.label(p) == "Platform":
                    yield rel(ctx, mk, "MANUFACTURES", p, 0.75, "manufacture", role=role)
    # "Turkish-made drones", "Baykar's TB2"
    for p in ctx.of({"Platform"}):
        prev = ctx.doc[p.start - 1] if p.start > ctx.sent.start else None
        if prev is not None and prev.lower_ in {"'s", "\u2019s"} and prev.i - 1 in ctx.at:
            owner = ctx.at[prev.i - 1]
            if ctx.label(owner) == "Company":
                yield rel(ctx, owner, "MANUFACTURES", p, 0.6, "maker-possessive", role="developer")
    for t in ctx.sent:
        if t.lower_ in {"made", "built", "developed", "designed", "produced", "manufactured"} and t.i > 0 \
                and ctx.doc[t.i - 1].text == "-" and t.i - 2 in ctx.at:
            maker = ctx.at[t.i - 2]
            if ctx.label(maker) in MAKERS:
                for p in _platforms_of(ctx, t.head):
                    yield rel(ctx, maker, "MANUFACTURES", p, 0.65, "made-in", role="producer")
