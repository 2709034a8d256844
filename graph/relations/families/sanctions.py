"""Sanctions and listings: the sanctioning state is in conflict with each listed party.

"the Treasury designated X", "Y was added to the U.S. sanctions list", "the EU imposed sanctions on
Z", "Washington's designations hit W", "V is under US sanctions", "Also designated was U" (by the
state that sanctioned last). A sanctioning body stands for its state; several states that sanction
together are each in conflict with the target, never in cooperation with it. Listed people are
parties as themselves.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...mentions.words import lemma_lowers, lowers
from ...ontology import ACTORS
from ..context import SentenceContext
from ..lexicon import cues
from ..negation import hedged, negated, noun_negated
from ..relation import Relation
from .common import DocFacts, rel
from .tie_parties import country_of

_LAST = "ties.last_sanctioner"  # doc.user_data key: the state that sanctioned in the latest sentence


def _as_state(ctx: SentenceContext, m) -> str | None:
    """A sanctioning party as its state: a country or alliance as it is, a body as its country."""
    entity = ctx.entities.get(m.entity)
    if entity is None:
        return None
    return entity.id if entity.label in {"Country", "Alliance"} else country_of(ctx, entity.id)


def _speaks_of_sanctions(ctx: SentenceContext) -> bool:
    """Whether the document names sanctions or a list anywhere (the weak verbs "list", "add",
    "target" and "freeze" sanction only in such a document)."""
    key = "ties.speaks_of_sanctions"
    if key not in ctx.doc.user_data:
        lex = cues()["sanctions"]
        words = lex["nouns"] | {"sanction", "sanctioned", "blacklist", "blacklisted", "designated", "sdn"}
        ctx.doc.user_data[key] = any(lemma in words or low in words  # (the document's word lists: no Token per word)
                                     for lemma, low in zip(lemma_lowers(ctx.doc), lowers(ctx.doc), strict=True))
    return ctx.doc.user_data[key]


def _list_owners(ctx: SentenceContext, tok: Token) -> list:
    """ "added to the U.S. sanctions list", "added X to its list of blocked persons": the list's owner."""
    lex = cues()["sanctions"]
    owners = []
    for p in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"to", "on"}):
        for obj in p.children:
            if {t.lemma_.lower() for t in obj.subtree} & lex["lists"]:
                owners += [ctx.at[t.i] for t in obj.subtree if t.i in ctx.at and t.i < obj.i]
                if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in obj.children):
                    owners += ctx.subjects(tok, ACTORS)  # "its list": the subject's
    return owners


def _verb_case(ctx: SentenceContext, tok: Token) -> tuple[list, list, bool]:
    """(sanctioners, targets, whether a sanctioner is named) of a sanctioning verb."""
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
    sanctioners = ctx.prep_objects(tok, {"by"}, ACTORS) if passive else ctx.subjects(tok, ACTORS)
    objects = [c for c in tok.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    if passive:  # "Also designated was X": the subject hangs on the inverted auxiliary
        objects += [c for a in tok.children if a.dep_ == "auxpass" for c in a.children if c.dep_ in {"nsubj", "attr"}]
    targets = [m for c in objects for m in ctx.with_list(c, ACTORS)]
    targets += ctx.prep_objects(tok, {"on", "against", "along"}, ACTORS)
    for c in objects:  # "X, along with its partner Y"
        targets += [m for m in ctx.prep_objects(c, {"with", "along"}, ACTORS) if m not in targets]
        for p in (p for p in c.children if p.dep_ == "prep" and p.lower_ == "along"):
            for w in (w for w in p.children if w.dep_ == "prep" and w.lower_ == "with"):
                targets += [m for o in w.children if o.dep_ == "pobj" for m in ctx.group(o, ACTORS)]
    sanctioners += _list_owners(ctx, tok)
    return sanctioners, targets, bool(sanctioners) or not passive


def _noun_case(ctx: SentenceContext, tok: Token) -> tuple[list, list]:
    """(sanctioners, targets) of a sanctions noun: "U.S. sanctions on X", "the EU imposed sanctions
    on Y", "Washington's designations hit Z", "V was under US sanctions", "W is on the EU sanctions list"."""
    lex = cues()["sanctions"]
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in lex["lists"]:
        tok = tok.head  # "the U.S. sanctions list": the list
    sanctioners = [ctx.at[c.i] for c in tok.subtree if c.i < tok.i and c.i in ctx.at
                   and c.dep_ in {"compound", "amod", "poss", "nmod"}]
    targets = ctx.prep_objects(tok, {"on", "against"}, ACTORS)
    head = tok.head
    if tok.lemma_.lower() in lex["lists"]:  # "X is on the U.S. sanctions list"
        if tok.dep_ == "pobj" and head.lower_ in {"on", "onto"} and head.head.lemma_.lower() in {"be", "remain", "stay"}:
            targets += ctx.subjects(head.head, ACTORS)
    elif tok.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in cues()["sanctions"]["reach_verbs"]:
        targets += [m for c in head.children if c.dep_ == "dobj" for m in ctx.with_list(c, ACTORS)]
    elif tok.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() in lex["placing_verbs"] \
            and not any(c.dep_ in {"nsubjpass", "auxpass"} for c in head.head.children) \
            and any(c.dep_ == "dobj" for c in head.head.children):
        # "Canada placed General X under sanctions", "the EU put him under sanctions": the placer's object
        targets += [m for c in head.head.children if c.dep_ == "dobj" for m in ctx.with_list(c, ACTORS)]
        if not sanctioners:
            sanctioners = ctx.subjects(head.head, ACTORS)
    elif tok.dep_ == "pobj" and head.lower_ == "under":  # "Kupol was already under US sanctions"
        targets += ctx.subjects(head.head, ACTORS)
        if not sanctioners:  # "X was placed under sanctions by A and B": the "by" objects of the noun or the verb
            sanctioners = ctx.prep_objects(tok, {"by"}, ACTORS) + ctx.prep_objects(head.head, {"by"}, ACTORS)
    elif not sanctioners and head.pos_ == "VERB":  # "the EU imposed sanctions on X"
        sanctioners = ctx.subjects(head, ACTORS)
        targets += ctx.prep_objects(head, {"on", "against"}, ACTORS)
    return sanctioners, targets


def sanctions(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """Who sanctions whom; see the module docstring."""
    lex = cues()["sanctions"]
    for tok in ctx.cued_tokens(lex["verbs"] | lex["nouns"]):
        lemma = tok.lemma_.lower()
        if lemma not in lex["verbs"] and lemma not in lex["nouns"] or tok.i in ctx.at:
            continue
        if negated(ctx, tok) or hedged(tok) or (tok.pos_ != "VERB" and noun_negated(ctx, tok)):
            continue
        if tok.pos_ == "VERB":
            if lemma in lex["weak_verbs"] and not _speaks_of_sanctions(ctx):
                continue
            if any(c.lemma_.lower() in lex["status_nouns"] and c.dep_ in {"dobj", "oprd", "attr", "xcomp"}
                   for c in tok.children):
                continue  # "designate Riyadh a major non-NATO ally": a status given, not a sanction
            sanctioners, targets, named = _verb_case(ctx, tok)
        else:
            sanctioners, targets = _noun_case(ctx, tok)
            named = True
        sides = {s for m in sanctioners if (s := _as_state(ctx, m))}
        if not named and not sides and lemma not in lex["weak_verbs"]:  # "Also designated was X"
            last = ctx.doc.user_data.get(_LAST)
            sides = {last} if last in ctx.entities else set()
        elif len(sides) == 1:
            ctx.doc.user_data[_LAST] = next(iter(sides))
        targets = [t for t in targets if not t.demonym]  # "Chinese firms" are not China
        for side in sides:
            for t in targets:
                target = _leader_state(ctx, t) or t.entity
                if target != side and target not in sides:
                    yield rel(ctx, side, "IN_CONFLICT_WITH", target, 0.7, "sanctions", domain="economic")


def _leader_state(ctx: SentenceContext, m) -> str | None:
    """The state a sanctioned head of state or government leads on the document's date (sanctions on
    a ruler are a conflict with the regime), where the reference data knows it; other people stay themselves."""
    from ...reference.offices import LEADERS, load_offices

    entity = ctx.entities.get(m.entity)
    if entity is None or entity.label != "Person" or not entity.ref_id:
        return None
    day = ctx.doc.user_data.get("published")
    states = {o.country_id for o in load_offices().held_by(entity.ref_id, day) if o.role in LEADERS} & set(ctx.entities)
    return next(iter(states)) if len(states) == 1 else None
