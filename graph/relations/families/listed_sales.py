"""Sales whose goods a listing verb spells out: "the package includes 12 F-16s", "the sale is for 18 Apache
helicopters", "South Korea's recent sales include K2 tanks and K9 howitzers to Poland". The seller supplies
the buyer, and the buyer operates the goods, where the sentence names them or the deal noun it refers to does
("Washington approved a sale to Morocco. The package includes 18 Apaches.": the latest deal noun of the
sentence or of the two before).

Cue data: ``supply.package_nouns`` (the subjects), ``supply.package_verbs`` (the listing verbs; "be" only with
a "for" object), ``supply.seller_possessed`` (deal nouns whose possessor sells: "Korea's sales"; the other
nouns' possessor buys: "Poland's order"). A seller is a state, or a firm only where a deal noun names it as the
party the deal is "with" or "from" ("the contract with Hanwha"): the maker of the goods is no seller of its own
accord (a state may sell them from its stocks or through its government).
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from spacy.tokens import Span, Token

from ...mentions import Mention
from ..context import SentenceContext
from ..coordination import conjuncts
from ..lexicon import cues
from ..negation import negated
from ..prepositions import prep_objects
from ..relation import Relation
from .common import STATES, SUPPLIERS, DocFacts, entity_pairs, rel
from .phrases import _platforms_of
from .stage import framework_only, modality

_VERBAL = frozenset({"VERB", "AUX"})  # "the package includes", "the sale is for"
_REACH = 2  # sentences before a listing sentence in which its deal noun may have been named


@dataclasses.dataclass
class _Deal:
    sellers: list[Mention]
    buyers: list[Mention]
    stage: str | None = None
    ambiguous: bool = False  # a deal struck "with" a state: which side gives is not said


class _Mentions:
    """The document's resolved mentions by token (for deal nouns of earlier sentences)."""

    def __init__(self, ctx: SentenceContext, facts: DocFacts) -> None:
        self.entities = ctx.entities
        self.at = {i: m for m in facts.mentions for i in m.tokens() if m.entity in ctx.entities}

    def under(self, tok: Token, labels: set[str]) -> list[Mention]:
        """Mentions of ``labels`` at ``tok`` or its conjuncts (a capital is no state here)."""
        out: list[Mention] = []
        for t in [tok, *conjuncts(tok)]:
            m = self.at.get(t.i)
            if m is None:  # "the Polish army": a named body or state inside a generic head's modifiers
                found = [self.at[c.i] for c in t.subtree if c.i < t.i and c.i in self.at]
            else:
                found = [m]
            out += [x for x in found if self.entities[x.entity].label in labels and all(x.entity != o.entity for o in out)]
        return out

    def objects(self, tok: Token, preps: set[str], labels: set[str]) -> list[Mention]:
        return [m for p in tok.children if p.dep_ in {"prep", "agent"} and p.lower_ in preps
                for o in p.children if o.dep_ == "pobj" for m in self.under(o, labels)]

    def states(self, found: list[Mention]) -> list[Mention]:
        """Each mention's state: a government body stands for its country."""
        out: list[Mention] = []
        for m in found:
            e = self.entities[m.entity]
            if e.label == "GovernmentBody" and e.country in self.entities:
                m = dataclasses.replace(m, entity=e.country)
            if self.entities[m.entity].label == "Country" and all(m.entity != o.entity for o in out):
                out.append(m)
        return out

    def subjects(self, verb: Token, labels: set[str]) -> list[Mention]:
        return [m for c in verb.children if c.dep_ == "nsubj" for m in self.under(c, labels)]


def _parties(ms: _Mentions, noun: Token, lex: dict) -> _Deal:
    """Seller and buyer a deal noun names: "a sale to Morocco", "the contract with Hanwha", "Korea's sales",
    "Poland's order"; a verb over it: "Washington approved the sale" (seller), "Poland placed an order" (buyer)."""
    seller_nouns = lex["seller_possessed"]
    partners = ms.objects(noun, {"with"}, SUPPLIERS)
    if any(ms.entities[m.entity].label == "Country" for m in partners):
        return _Deal([], [], ambiguous=True)  # "signed an agreement with Ukraine that included 30 F-16s": who gives?
    possessors = [m for c in noun.children if c.dep_ == "poss" for m in ms.under(c, STATES)]
    sellers = partners + ms.objects(noun, {"from"}, SUPPLIERS)  # "the contract with Hanwha", "an order from X"
    buyers = ms.objects(noun, {"to", "for"}, STATES)
    if noun.lemma_.lower() in seller_nouns or noun.lower_ in seller_nouns:
        sellers += [m for m in possessors if ms.entities[m.entity].label == "Country"]
    else:
        buyers += possessors
    verb = noun.head
    stage = None
    if noun.dep_ in {"dobj", "nsubjpass"} and verb.pos_ in {"VERB", "AUX"}:
        lemma = verb.lemma_.lower()
        buyers += [m for m in ms.objects(verb, {"to"}, STATES) if m not in buyers]  # "cleared a sale to X" (on the verb)
        if lemma in cues()["supply"]["approve_verbs"]:
            # "Washington approved the sale", "the State Department cleared the sale": the state sells
            sellers += [m for m in ms.states(ms.subjects(verb, STATES)) if m not in sellers]
            stage = "planned"
        elif lemma in cues()["acquire"]["verbs"] and noun.dep_ == "dobj":
            buyers += [m for m in ms.subjects(verb, STATES) if m not in buyers]  # "Poland placed an order"
        stage = stage or modality(verb)
    if any(c.lower_ in cues()["stage"]["planned_marks"] | {"possible"} for c in noun.children):
        stage = "planned"  # "a possible sale", "the proposed package"
    return _Deal(sellers, buyers, stage)


def _antecedent(ctx: SentenceContext, ms: _Mentions, subject: Token, lex: dict) -> _Deal:
    """The parties of the latest deal noun before ``subject`` in its sentence or the ``_REACH`` before."""
    doc = ctx.doc
    sents: list[Span] = []
    cur = ctx.sent
    for _ in range(_REACH):
        if cur.start == 0:
            break
        cur = doc[cur.start - 1].sent
        sents.append(cur)
    nouns = lex["package_nouns"]
    for span in [doc[ctx.sent.start:subject.i], *sents]:
        for t in reversed(list(span)):
            if t.pos_ == "NOUN" and (t.lemma_.lower() in nouns or t.lower_ in nouns):
                deal = _parties(ms, t, lex)
                if deal.sellers or deal.buyers or deal.ambiguous:
                    return deal
    return _Deal([], [])


def _goods(ctx: SentenceContext, verb: Token, subject: Token) -> list[Mention]:
    """The platforms the listing verb lists: its object or attribute, its "for"/"of" object ("is for ...",
    "consists of ...")."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ in ({"dobj", "attr"} if lemma != "be" else set())]
    objects += prep_objects(verb, {"for", "of"})
    return [m for o in objects for m in _platforms_of(ctx, o) if m.start > subject.i]


def listed_sales(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    lex = cues()["supply"]
    ms: _Mentions | None = None
    for verb in ctx.cued_tokens(lex["package_verbs"], "lemma", _VERBAL):
        if negated(ctx, verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i not in ctx.at
                        and (c.lemma_.lower() in lex["package_nouns"] or c.lower_ in lex["package_nouns"])), None)
        if subject is None and verb.dep_ == "relcl" and verb.head.i not in ctx.at and (
                verb.head.lemma_.lower() in lex["package_nouns"] or verb.head.lower_ in lex["package_nouns"]):
            subject = verb.head  # "unveiled a package that includes two Patriot launchers"
        if subject is None:
            continue
        platforms = _goods(ctx, verb, subject)
        if not platforms:
            continue
        ms = ms or _Mentions(ctx, facts)
        deal = _parties(ms, subject, lex)
        if deal.ambiguous:
            continue
        deal.buyers += [m for m in ms.objects(verb, {"to"}, STATES) if m not in deal.buyers]  # "... include X to Poland"
        if not deal.sellers or not deal.buyers:
            earlier = _antecedent(ctx, ms, subject, lex)
            if earlier.ambiguous:
                continue
            deal = _Deal(deal.sellers or earlier.sellers, deal.buyers or earlier.buyers, deal.stage or earlier.stage)
        # (a framework deal that lists the goods sets the terms of buys to come: "the framework contract covers up
        # to 12 jets" is planned, unless the sentence states a firm order under it)
        stage = deal.stage or modality(verb) or ("planned" if framework_only(ctx, subject) else "ordered")
        sellers = deal.sellers
        buyers = [b for b in deal.buyers if all(b.entity != s.entity for s in sellers)]
        for s, b in entity_pairs(sellers, buyers):
            yield rel(ctx, s.entity, "SUPPLIES", b.entity, 0.6, "listed-sale", stage=stage)
        for b, p in entity_pairs(buyers, platforms):
            yield rel(ctx, b.entity, "OPERATES", p, 0.6, "listed-sale", stage=stage)
