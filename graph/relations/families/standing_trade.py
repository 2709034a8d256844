"""A standing trade told in the simple present: the goods have come.

"Estonia, Latvia and Lithuania buy Swedish equipment at reduced prices", "Egypt purchases French weapons",
"Kazakhstan imports arms from Russia": a buyer's verb of the simple present whose goods are a kind of arms in
general (equipment, arms, weapons, hardware; not a counted lot, not a named type, not goods told before) states a
trade that goes on, not one deal: its transfers happen, so a SUPPLIES it gives is ``delivered`` (ONTOLOGY.md, Time).

Not a headline's present ("Poland Buys K2 Tanks": the news of one deal, read by the headline rules); not a verb
under a modal, negated or in a clause of condition ("if India buys more"); not a present put ahead ("buys the
equipment next year", "from 2027"); not a sentence of plans or tenders; not a deal as the subject ("the contract
buys equipment"); and a named type or a counted lot bought in the present ("Singapore buys F-35s from the United
States", "Poland buys 180 tanks") stays a deal (ordered). The cue words are ``stage.standing_trade``.
"""
from __future__ import annotations

from spacy.tokens import Token

from ...mentions.layout import in_headline
from ..lexicon import cues
from .deal_steps import same_goods, simple_present


def _lex() -> dict:
    return cues()["stage"]["standing_trade"]


def general_goods(goods: Token) -> bool:
    """Whether an object names arms in general ("Swedish equipment", "its weapons", "most of its arms" is a share and
    read elsewhere): its head a noun of ``goods``, neither counted ("200 weapons"), nor told before ("the
    equipment", "this hardware"), nor more or other goods."""
    lex = _lex()
    if goods.pos_ != "NOUN" or goods.lemma_.lower() not in lex["goods"] and goods.lower_ not in lex["goods"]:
        return False
    if any(c.dep_ == "det" and c.lower_ in lex["told_before"] for c in goods.children):
        return False
    if any(t.like_num or t.dep_ == "nummod" for t in goods.subtree):
        return False
    return same_goods(goods)


def _ahead(verb: Token, base_year: int | None) -> bool:
    """Whether the verb's clause puts its act ahead: a word of time to come ("next year", "soon") or a year after the
    article's ("from 2027")."""
    lex = _lex()
    for t in verb.subtree:
        if t.lower_ in lex["ahead"]:
            return True
        if base_year is not None and t.like_num and len(t.text) == 4 and t.text.isdigit() and int(t.text) > base_year:
            return True
    return False


def standing_trade(verb: Token, base_year: int | None) -> bool:
    """Whether a buyer's verb states a standing trade in the simple present ("buy Swedish equipment at reduced
    prices"): see the module's docstring for what does not."""
    lex = _lex()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex["verbs"] or not simple_present(verb):
        return False
    if any(c.dep_ == "neg" for c in verb.children) or in_headline(verb.doc, verb.sent.start_char):
        return False
    if any(c.dep_ == "mark" and c.lower_ in lex["conditions"] for c in verb.children):
        return False  # "if India buys more", "whether the air force buys it"
    goods = [c for c in verb.children if c.dep_ == "dobj"]
    if not goods or not all(general_goods(g) for g in goods):
        return False
    deals = cues()["stage"]["deal_nouns"]
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in deals for c in verb.children):
        return False  # "the contract buys equipment": one deal
    if any(t.lemma_.lower() in lex["tender_words"] for t in verb.sent):
        return False
    return not _ahead(verb, base_year)
