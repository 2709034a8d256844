"""Makers named with a noun of making or of a maker: "Rheinmetall's production of the Lynx", "production of
the K9 will begin at Hanwha's plant", "final assembly of the Gripen takes place at Embraer's site", "Hanwha
began production of the K9", "assembly of the Anka by Kazakhstan Engineering", "Saab is the maker of the
Gripen" (the firm, or the state, makes the noun's "of" platforms in the noun's role).

The nouns and their roles are ``manufacture.making_nouns`` and ``manufacture.maker_nouns``; the verbs whose
subject does the making a noun object names are ``manufacture.making_noun_verbs`` (not verbs of buying or
approving: "the ministry approved production of ..." names no maker). A works named with "at" makes the goods
when it is a firm or a firm's plant ("at the Hanwha plant"); a place or a country there does not.
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Token

from ...mentions import Mention
from ..context import SentenceContext
from ..lexicon import cues
from ..negation import negated
from ..prepositions import prep_objects
from ..relation import Relation
from .common import MAKERS, DocFacts, entity_pairs, rel
from .phrases import _maker, _platforms_of

_FIRMS = {"Company"}


def _goods(ctx: SentenceContext, noun: Token) -> list[Mention]:
    """The platforms of the noun's "of" object ("production of the K9 and the K10")."""
    return [m for o in prep_objects(noun, "of") for m in _platforms_of(ctx, o)]


def _works_firms(ctx: SentenceContext, tok: Token) -> list[Mention]:
    """Firms an "at" object of ``tok`` names: the firm itself ("at Embraer") or the owner of its works ("at
    Hanwha's plant", "at the Hanwha plant")."""
    works = cues()["manufacture"]["works_nouns"]
    out: list[Mention] = []
    for p in tok.children:
        if p.dep_ != "prep" or p.lower_ != "at":
            continue
        for o in (x for x in p.children if x.dep_ == "pobj"):
            if o.i in ctx.at:
                out += ctx.group(o, _FIRMS)
            elif o.lemma_.lower() in works or o.lower_ in works:
                out += [m for c in o.children if c.dep_ in {"poss", "compound", "nmod"} for m in ctx.group(c, _FIRMS)]
    return out


def _makers(ctx: SentenceContext, noun: Token) -> list[Mention]:
    """Who does the making ``noun`` names: its possessor, its "by" agent, the works it happens "at", else the
    subject of a verb of starting or running it ("began production of")."""
    lex = cues()["manufacture"]
    out = [m for c in noun.children if c.dep_ == "poss" for m in ctx.group(c, MAKERS)]
    out += ctx.prep_objects(noun, {"by"}, MAKERS | {"GovernmentBody"})
    out += _works_firms(ctx, noun)
    verb = noun.head
    if verb.pos_ in {"VERB", "AUX"} and noun.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        out += _works_firms(ctx, verb)  # "assembly of X takes place at Embraer's site"
        if noun.dep_ == "dobj" and verb.lemma_.lower() in lex["making_noun_verbs"] and not negated(ctx, verb):
            out += ctx.subjects(verb, MAKERS | {"GovernmentBody"})
    made = [mk for m in out if (mk := _maker(ctx, m)) is not None]
    return [m for i, m in enumerate(made) if all(m.entity != o.entity for o in made[:i])]


def _role(noun: Token, role: str) -> str:
    """``role``, or licensee where a licence word qualifies the noun ("licence production of the Su-30")."""
    marks = cues()["manufacture"]["licensed_marks"]
    return "licensee" if any(c.lower_ in marks for c in noun.children if c.i < noun.i) else role


def _maker_attribute(ctx: SentenceContext, noun: Token) -> list[Mention]:
    """The subject a copula sets beside a maker noun ("Saab is the maker of ...", "X remains its sole producer")."""
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_.lower() not in cues()["supply"]["copulas"] or negated(ctx, verb):
        return []
    return [mk for c in verb.children if c.dep_ == "nsubj" for m in ctx.group(c, MAKERS | {"GovernmentBody"})
            if (mk := _maker(ctx, m)) is not None]


@lru_cache(maxsize=1)
def _cue_nouns() -> frozenset[str]:
    """Every lemma or form :func:`making_nouns` reads a noun by (making and maker nouns)."""
    lex = cues()["manufacture"]
    return frozenset(lex["making_nouns"]) | frozenset(lex["maker_nouns"])


def making_nouns(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    lex = cues()["manufacture"]
    making, maker_nouns = lex["making_nouns"], lex["maker_nouns"]
    for tok, (lemma, low) in ctx.cued_forms(_cue_nouns(), "either"):
        if tok.i in ctx.at or tok.pos_ != "NOUN":
            continue
        if lemma in making or low in making:
            role, makers = making.get(lemma) or making[low], _makers(ctx, tok)
            rule = "making-noun"
        elif lemma in maker_nouns or low in maker_nouns:
            role, makers = maker_nouns.get(lemma) or maker_nouns[low], _maker_attribute(ctx, tok)
            rule = "maker-attribute"
        else:
            continue
        if not makers or negated(ctx, tok):
            continue
        for mk, p in entity_pairs(makers, _goods(ctx, tok)):
            yield rel(ctx, mk, "MANUFACTURES", p, 0.6, rule, role=_role(tok, role))
