"""A standing trade told in the simple present: the goods have come.

"Estonia, Latvia and Lithuania buy Swedish equipment at reduced prices", "Egypt purchases French weapons",
"Kazakhstan imports arms from Russia": a buyer's verb of the simple present whose goods are arms in general
(equipment, arms, weapons, hardware, weapons systems; not a counted lot, not a named type, not goods told before)
states a trade that goes on, not one deal: its transfers happen and the goods serve. The rule gives ``in_service``: a
type it names as an example is in service for the buyer ("buys American equipment such as UH-60 helicopters"), and a
SUPPLIES it gives is ``delivered`` (passes/held_stage.py: a transfer takes no stage of use; ONTOLOGY.md, Time). The
plural noun of such a trade is its record ("Tunisia's purchases of American equipment"): the same.

Not a headline's present ("Poland Buys K2 Tanks": the news of one deal, read by the headline rules); not a verb
under a modal, negated or in a clause of condition ("if India buys more"); not a present put ahead ("buys the
equipment next year", "from 2027"); not a sentence of plans or tenders; not a deal as the subject ("the contract
buys equipment"); and a named type or a counted lot bought in the present ("Singapore buys F-35s from the United
States", "Poland buys 180 tanks") stays a deal (ordered), as does a singular "purchase". The cue words are
``stage.standing_trade``.
"""
from __future__ import annotations

from spacy.tokens import Token

from ...mentions.layout import in_headline
from ..lexicon import cues
from ..prepositions import prep_objects
from ..tense import simple_present, years_in
from .deal_steps import same_goods


def _lex() -> dict:
    return cues()["stage"]["standing_trade"]


def general_goods(goods: Token) -> bool:
    """Whether an object names arms in general ("Swedish equipment", "its weapons", "most of its arms" is a share and
    read elsewhere): its head a noun of ``goods``, neither counted ("200 weapons"), nor told before ("the
    equipment", "this hardware"), nor more or other goods."""
    lex = _lex()
    if goods.pos_ != "NOUN" or not (_goods_word(goods) or goods.lemma_.lower() in lex["kinds"] and any(
            c.dep_ == "compound" and _goods_word(c) for c in goods.children)):
        return False  # (a kind of goods named by arms in general: "weapons systems")
    if any(c.dep_ == "det" and c.lower_ in lex["told_before"] for c in goods.children):
        return False
    if any(c.like_num or c.dep_ == "nummod" for c in goods.children):
        return False  # (the examples it names may carry numbers: "equipment such as UH-60 helicopters")
    return same_goods(goods)


def _goods_word(tok: Token) -> bool:
    goods = _lex()["goods"]
    return tok.lemma_.lower() in goods or tok.lower_ in goods


def _ahead(verb: Token, base_year: int | None) -> bool:
    """Whether the verb's clause puts its act ahead: a word of time to come ("next year", "soon") or a year after the
    article's ("from 2027")."""
    ahead = _lex()["ahead"]
    return any(t.lower_ in ahead for t in verb.subtree) \
        or base_year is not None and any(y > base_year for y in years_in(verb))


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


def standing_purchases(noun: Token, base_year: int | None) -> bool:
    """Whether a plural noun of buying names a standing trade in arms in general ("Tunisia's purchases of American
    equipment such as UH-60 helicopters", "its imports of Russian weapons"): the record of a trade, not one deal (a
    singular "purchase" is one). Not in a headline, not with more or new goods, not put ahead, no tender or plan."""
    lex = _lex()
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.lemma_.lower() not in lex["nouns"]:
        return False
    if in_headline(noun.doc, noun.sent.start_char) or any(c.dep_ == "amod" and c.lower_ in lex["new_marks"]
                                                          for c in noun.children):
        return False
    stops = set(lex["stop_words"])
    if any(c.dep_ == "amod" and c.lower_ in stops for c in noun.children) or \
            noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_.lower() in stops:
        return False  # "cancelled its purchases of American equipment", "purchases of ... were suspended"
    goods = prep_objects(noun, "of")
    if not goods or not all(general_goods(g) for g in goods):
        return False
    if any(t.lemma_.lower() in lex["tender_words"] for t in noun.sent):
        return False
    return not _ahead(noun, base_year)
