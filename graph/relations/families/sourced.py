"""Platforms named with where they come from: "Rafale jets bought from France and MiG-29 fighters from
Russia", "three Anka drones from Turkish Aerospace for the air force", "four helicopters for the army,
leased from a local firm". The "from" object (a state or a firm) supplies; the receiver is the "for"
object of the phrase, else whoever holds the platforms in the clause (``_holder_of``: "the air force flies
..."), else, in a sentence about deals ("deals signed at the show: ..."), the article's state.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from spacy.tokens import Token

from ...mentions import Mention
from ..context import SentenceContext
from ..lexicon import cues
from ..negation import negated
from ..prepositions import prep_objects
from ..relation import Relation
from .common import STATES, SUPPLIERS, DocFacts, rel
from .phrases import _antecedent, _not_people, _seller_owners, _with_country
from .stage import bought_fleet, in_use, stage_of

# noun dependencies under which a platform's name hangs on the noun the phrase is about ("Anka drones")
_NAME_DEPS = frozenset({"compound", "nmod", "amod", "nsubj"})


def _phrase_nouns(ctx: SentenceContext, p: Mention) -> list[Token]:
    """The nouns of a platform's phrase: its head and, when the name is a modifier, the noun it modifies
    ("Bayraktar TB2 drones")."""
    head = ctx.head_token(p)
    out = [head]
    while head.dep_ in _NAME_DEPS and head.head.i > head.i and head.head.i not in ctx.at and len(out) < 4:
        head = head.head  # "C-295 transport aircraft": up to the noun the modifiers hang on
        out.append(head)
    return out


def _sourcing(ctx: SentenceContext, nouns: list[Token]) -> list[Token]:
    """The nouns and their participles of getting ("bought from", "leased from") whose "from" names a source."""
    verbs = cues()["acquire"]["sourced_participles"]
    return nouns + [c for n in nouns for c in n.children
                    if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in verbs and not negated(ctx, c)]


def _deal_sentence(ctx: SentenceContext) -> bool:
    """Whether the sentence is about deals being struck ("deals signed at the show", "contracts for ...")."""
    lex = cues()["acquire"]
    return bool(ctx.lemmas & (lex["deal_nouns"] | lex["deal_verbs"]))


def _holders(ctx: SentenceContext, facts: DocFacts, nouns: list[Token]) -> list[Mention]:
    from .supply import _holder_of

    for n in nouns:
        found = _holder_of(ctx, facts, n)
        if not found and n.dep_ == "conj":  # "flies Rafale jets ... and MiG-29 fighters from Russia"
            found = _holder_of(ctx, facts, n.head)
        if found:
            return found
    return []


def _verb_over(noun: Token) -> Token:
    """The verb a conjoined noun shares with its first conjunct, whether that is the verb's object ("flies
    Rafales ... and MiG-29s from Russia") or a "from" object ("were bought from X and its T129s from Y", the
    verb left out of the second clause); else the noun's head."""
    cur = noun.head
    for _ in range(3):
        if cur.pos_ in {"VERB", "AUX"} or cur.dep_ not in {"dobj", "pobj", "prep", "nsubjpass", "conj"} \
                or cur.head.i == cur.i:
            break
        cur = cur.head
    return cur


def _stage(ctx: SentenceContext, parts: list[Token], nouns: list[Token], bought_for: bool) -> tuple[str | None, str | None]:
    """The stages of the supply and of the holding: the participle's ("bought from": delivered), else a deal's
    (ordered: also goods "from" a seller "for" a buyer with no verb of their own, an item of a list of deals);
    a holding stated by the verb the phrase hangs on ("flies ... from Russia") has that verb's."""
    lex = cues()
    supply = next((stage_of(ctx, t, []) for t in parts if t.pos_ == "VERB"), None)
    held = None
    for n in nouns:
        v = _verb_over(n) if n.dep_ == "conj" else n.head
        if v.pos_ == "VERB" and v.lemma_.lower() in lex["acquire"]["verbs"] | lex["operate"]["verbs"]:
            held = "in_service" if bought_fleet(v, n) else stage_of(ctx, v, [n])  # "... and its T129s from Y"
            break
    supply = supply or held or ("ordered" if bought_for or _deal_sentence(ctx) else None)
    if supply == "in_service":
        supply = "delivered"  # the goods came before they were flown
    return supply, held or in_use(supply, nouns)


def sourced(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """SUPPLIES from the "from" object of a platform's phrase to its receiver, and OPERATES by the receiver."""
    if "from" not in ctx.lemmas:
        return
    done: set[tuple[str, str]] = set()
    for p in ctx.of({"Platform"}):
        nouns = _phrase_nouns(ctx, p)
        parts = _sourcing(ctx, nouns)
        sellers = _seller_owners(ctx, [m for t in parts for m in ctx.prep_objects(t, {"from"}, SUPPLIERS)])
        if not sellers:
            continue
        receivers = [m for t in parts for m in ctx.prep_objects(t, {"for"}, STATES)]
        if not receivers:  # "for the air force": the armed service just named
            receivers = [m for t in parts for o in prep_objects(t, "for") if o.i not in ctx.at
                         for m in _antecedent(ctx, facts, o, {"GovernmentBody"})]
        bought_for = bool(receivers)
        if not receivers:
            receivers = _holders(ctx, facts, nouns)
        if not receivers and _deal_sentence(ctx) and facts.focal in ctx.entities:
            receivers = [dataclasses.replace(sellers[0], entity=facts.focal)]
        receivers = _with_country(ctx, _not_people(ctx, receivers), STATES)
        stage, held = _stage(ctx, parts, nouns, bought_for)
        if "cancelled" in {stage, held}:
            continue
        for r in receivers:
            if any(s.entity == r.entity for s in sellers):
                continue  # "the jets Greece bought from its own industry": no one supplies itself
            if (r.entity, p.entity) not in done:
                done.add((r.entity, p.entity))
                yield rel(ctx, r, "OPERATES", p, 0.7, "sourced", stage=held)
            for s in sellers:
                yield rel(ctx, s, "SUPPLIES", r, 0.7, "sourced", stage=stage)
