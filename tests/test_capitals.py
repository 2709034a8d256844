"""A capital the article names only by the short form of its name that stands for the seat of government
("the deal drew fire in Washington") and ties to nothing is the state's name, not a second node beside the
state (graph/entities/capitals.py); a capital that holds something, or that the text names in full, stays."""
from __future__ import annotations

from tests.extracted import node_labels


def test_the_seat_named_by_its_short_form_is_the_state(pipeline):
    labels = set(node_labels(pipeline, "The United States agreed to sell Chile four frigates, but the sale "
                                       "drew criticism in Washington from several senators."))
    assert ("Country", "United States") in labels
    assert not any(label == "Place" and name.startswith("Washington") for label, name in labels)


def test_the_seat_that_holds_an_event_stays_a_place(pipeline):
    labels = set(node_labels(pipeline, "The United States and Chile held a summit in Washington on Monday, "
                                       "attended by President Gabriel Boric."))
    assert any(label == "Place" and name.startswith("Washington") for label, name in labels)


def test_a_capital_named_by_its_full_name_stays_a_place(pipeline):
    labels = set(node_labels(pipeline, "Chile opened a trade office in Santiago, and Chile's president thanked "
                                       "the staff."))
    assert ("Place", "Santiago") in labels


def test_the_seat_in_a_sentence_naming_an_occasion_stays_a_place(pipeline):
    labels = set(node_labels(pipeline, "Chile and the United States said the next round of talks is due in "
                                       "Washington in May, after a summit."))
    assert any(label == "Place" and name.startswith("Washington") for label, name in labels)


def test_a_capital_named_twice_as_the_city_stays_a_place(pipeline):
    labels = set(node_labels(pipeline, "Chile's defence minister held talks in Santiago with his Peruvian "
                                       "counterpart. Santiago wants more ships, and Santiago will pay for them. "
                                       "A new naval office opened in Santiago last year."))
    assert ("Place", "Santiago") in labels
