"""Craft that are as often civil as naval ("boats", ``supply.qualified_goods``) count as arms goods only where the
text makes them naval (session 38, mendb38):

* a military word in their own phrase or in a "for" purpose of it or of its verb ("patrol boats", "fast attack
  boats", "boats for river crossings": ``supply.military_boat_words``);
* a force or state body taking them (the "to"/"for" object or the indirect object of the verb is a GovernmentBody:
  "sent boats to the Ukrainian Navy");
* a story about submarines, which the navies themselves call boats ("signed for eight of the boats", "built three
  boats for Indonesia" where the text names a submarine: ``supply.submarine_words``);

and never where a civil word sits in their phrase or in the taker's ("fishing boats", "boats carrying migrants",
"to the regatta", "to Vietnam's fishing fleet": ``supply.civil_boat_words``).
"""
from __future__ import annotations

from spacy.tokens import Token

from ..context import SentenceContext
from ..lexicon import cues

_MODS = {"amod", "compound", "nmod", "npadvmod", "advmod"}
_TAKER_PREPS = {"to", "for"}


def qualified_goods_word(tok: Token) -> bool:
    """Whether ``tok`` is a goods word that names arms only when qualified ("boat", "boats")."""
    words = cues()["supply"]["qualified_goods"]
    return tok.lower_ in words or tok.lemma_.lower() in words


def _verb_of(tok: Token) -> Token | None:
    """The verb whose object (or a conjunct, apposition or "of" phrase of it) ``tok`` is."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in {"VERB", "AUX"}:
            return cur
        if cur.dep_ not in {"dobj", "conj", "appos", "pobj", "prep", "nsubjpass", "dative", "attr", "oprd"} \
                or cur.head is cur:
            return None
        cur = cur.head
    return None


def _modifier_words(tok: Token) -> set[str]:
    """The lower-case forms and lemmas of the words before ``tok`` that modify it ("fast attack", "diesel-electric")."""
    return {w for c in tok.children if c.dep_ in _MODS and c.i < tok.i
            for t in c.subtree for w in (t.lower_, t.lemma_.lower())}


def _purpose_words(heads: list[Token]) -> set[str]:
    """The words of the "for" phrases of ``heads`` ("for river crossings")."""
    return {w for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "for"
            for t in c.subtree for w in (t.lower_, t.lemma_.lower())}


def _taker_phrases(tok: Token, verb: Token | None) -> list[Token]:
    """The phrases naming who takes the craft: the verb's "to"/"for" objects and indirect object, the noun's "for"
    object."""
    out = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"]
    if verb is not None:
        out += [c for c in verb.children if c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ in _TAKER_PREPS]
        out += [c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i and c is not tok]  # "given Ukraine 20 boats"
    return out


def _submarine_story(tok: Token) -> bool:
    words = cues()["supply"]["submarine_words"]
    return any(t.lower_ in words or t.lemma_.lower() in words for t in tok.doc)


def naval_craft(ctx: SentenceContext | None, tok: Token) -> bool:
    """Whether the qualified goods word ``tok`` names arms here (see the module doc); any other word: True."""
    if not qualified_goods_word(tok):
        return True
    lex = cues()["supply"]
    civil, military = lex["civil_boat_words"], lex["military_boat_words"]
    verb = _verb_of(tok)
    takers = _taker_phrases(tok, verb)
    own = {w for t in tok.subtree for w in (t.lower_, t.lemma_.lower())}
    taker_words = {w for p in takers for t in p.subtree for w in (t.lower_, t.lemma_.lower())}
    if (own | taker_words) & civil:
        return False
    if _modifier_words(tok) & military or _purpose_words([tok] + ([verb] if verb is not None else [])) & military:
        return True
    if ctx is not None and any(t.i in ctx.at and ctx.label(ctx.at[t.i]) == "GovernmentBody"
                               for p in takers for t in p.subtree):
        return True
    return _submarine_story(tok)
