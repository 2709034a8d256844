"""Ships and aircraft in a sea, strait or gulf: "the destroyer X in the northern Red Sea", "two H-6
bombers joined two Tu-95s over the Sea of Japan", "the frigate patrolled the Black Sea", "X sailed
through the Taiwan Strait". A water is a place whose reference kind is one (``water_kinds``) or whose
name ends in a water word; the platform is the subject, agent or object of the clause that names the
water (or the noun the water's phrase hangs on), and sails or flies (``water_categories``)."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...mentions import Mention
from ..context import SentenceContext
from ..coordination import list_head
from ..lexicon import cues
from ..negation import negated
from ..relation import Relation
from .common import DocFacts, rel


def _water(ctx: SentenceContext, m: Mention, lex: dict) -> bool:
    """A sea, strait, gulf or ocean: by the reference kind, else by the last word of its name."""
    entity = ctx.entities[m.entity]
    if entity.props.get("kind") in lex["water_kinds"]:
        return True
    return any(w in lex["water_words"] for w in entity.name.lower().replace("(", " ").split())


def _clause_verb(tok: Token) -> Token | None:
    """The verb whose subject, agent or object ``tok`` is (through conjuncts: "A and B sailed")."""
    tok = list_head(tok)
    if tok.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":  # "intercepted by USS X in the Red Sea"
        return tok.head.head
    return None


def _waters_of(ctx: SentenceContext, anchor: Token, seas: set[str], lex: dict) -> list[Mention]:
    """The waters in the prepositional phrases on ``anchor`` (or its object, for a verb of crossing)."""
    objs = [o for p in anchor.children if p.dep_ in {"prep", "dative"} and p.lower_ in lex["water_preps"]
            for o in p.children if o.dep_ == "pobj"]
    if anchor.pos_ == "VERB" and anchor.lemma_.lower() in lex["water_verbs"]:
        objs += [c for c in anchor.children if c.dep_ == "dobj"]
    return [m for o in objs for m in ctx.group(o, {"Place"}) if m.entity in seas]


def waters(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """DEPLOYED_TO from a ship or aircraft to the sea, strait or gulf its clause places it in."""
    lex = cues()["deployment_kinds"]
    seas = {m.entity for m in ctx.of({"Place"}) if _water(ctx, m, lex)}
    if not seas:
        return
    for p in ctx.of({"Platform"}):
        category = ctx.entities[p.entity].props.get("category")
        if category is not None and category not in lex["water_categories"]:
            continue
        head = ctx.head_token(p)
        while head.dep_ in {"compound", "amod", "nmod"} and head.head != head and head.head.i not in ctx.at:
            head = head.head  # "two H-6 bombers": the noun the name modifies
        verb = _clause_verb(head)
        anchors = [head] + ([verb, *[c for c in verb.children if c.dep_ in {"advcl", "xcomp"}]] if verb is not None else [])
        if verb is not None and negated(ctx, verb):
            continue
        found = [w for a in anchors for w in _waters_of(ctx, a, seas, lex)]
        for w in dict.fromkeys(m.entity for m in found):
            yield rel(ctx, p, "DEPLOYED_TO", w, 0.6, "in-waters")
