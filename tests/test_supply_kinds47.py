"""Sales between governments (issue 10, session 47), pooled over the development halves: a purchase through a
state's own arms-sale programme (the US Foreign Military Sales programme) is a sale by that state, named in the
sentence or elsewhere in the article; a capitalised "Letter of Offer and Acceptance" is the contract of such a
sale as its lower-case form is. Invented sentences through the real pipeline, each with a case where the rule
must stay silent."""
from __future__ import annotations

from graph.relations.families.supply import _sale_letter
from tests.extracted import graph_maker, relations_in

graph_of = graph_maker("2024-03-03")


def supplies(pipeline, text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, typ, t in relations_in(graph_of(pipeline, text)) if typ == "SUPPLIES"}


def test_purchase_through_the_programme_is_a_sale_by_its_state(pipeline):
    text = ("Chile is buying 12 F-16 fighters through the Foreign Military Sales programme, officials in "
            "Washington said.")
    assert ("United States", "Chile") in supplies(pipeline, text)


def test_purchase_with_no_buyer_named_is_the_article_state(pipeline):
    text = ("Chile wants four new transport aircraft to replace its old fleet, and the United States has cleared "
            "the sale. The purchase of the C-130J transports goes through the Foreign Military Sales system.")
    assert ("United States", "Chile") in supplies(pipeline, text)


def test_denied_purchase_through_the_programme_sells_nothing(pipeline):
    text = ("Chile did not buy the jets through the Foreign Military Sales programme, officials in Washington "
            "said.")
    assert ("United States", "Chile") not in supplies(pipeline, text)


def test_programme_with_several_buyers_named_picks_none(pipeline):
    text = ("Chile, Peru and Ecuador all buy through the Foreign Military Sales system of the United States, "
            "an analyst said.")
    found = supplies(pipeline, text)
    assert not any(s == "United States" for s, _ in found)


def test_programme_whose_state_the_article_never_names_sells_nothing(pipeline):
    text = "Chile is buying 12 F-16 fighters through the Foreign Military Sales programme."
    assert not any(s == "United States" for s, _ in supplies(pipeline, text))


def test_capitalised_letter_of_offer_and_acceptance_is_a_sale(pipeline):
    text = ("Peru's Ministry of Defence has signed a Letter of Offer and Acceptance with the United States "
            "government for 24 F-16 fighters.")
    assert ("United States", "Peru") in supplies(pipeline, text)


def test_a_capitalised_letter_of_intent_is_no_sale_letter(pipeline):
    for text, sale in (("Peru signed a Letter of Offer and Acceptance with the United States.", True),
                       ("Peru signed a Letter of Intent and Cooperation with the United States.", False)):
        doc = pipeline.nlp(text)
        letter = next(t for t in doc if t.lower_ == "letter")
        assert _sale_letter(letter) is sale
