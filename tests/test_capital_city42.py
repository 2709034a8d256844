"""A capital the words around it show to be the city, not its state (graph/mentions/metonymy.py
``city_reading``, lexicon ``capital_city``): left, evacuated from, struck, held, a suburb of, "X-based", "the
capital, X". Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import node_labels


@pytest.mark.parametrize(("text", "city"), [
    ("Kenya thanked Britain for the airlift. The evacuation from Nairobi took three days.", "Nairobi"),
    ("Israel carried out an air strike on Beirut on Friday. Lebanon condemned the raid.", "Beirut"),
    ("The rebels, who control Sanaa, fired missiles at Israel. Yemen's government protested.", "Sanaa"),
    ("Thales bought a Madrid-based maker of radars, and Spain approved the deal.", "Madrid"),
    ("Rebels advanced on the capital, Bangui. The Central African Republic asked Rwanda for help.", "Bangui"),
    ("Sirens sent residents of Taipei into shelters while Taiwan held its annual drill.", "Taipei"),
    ("The Egyptian president left Cairo on Monday for talks in Paris. Egypt also ordered more Rafale jets.", "Cairo"),
])
def test_a_capital_the_words_show_as_the_city_is_a_place(pipeline, text, city):
    assert ("Place", city) in set(node_labels(pipeline, text))


def test_a_capital_that_speaks_is_still_its_state(pipeline):
    labels = set(node_labels(pipeline, "Nairobi said on Monday that Kenya would buy six helicopters from Italy."))
    assert ("Country", "Kenya") in labels
    assert ("Place", "Nairobi") not in labels



def test_a_capital_left_with_a_lot_is_still_its_state(pipeline):
    labels = set(node_labels(pipeline, "Honduras switched its recognition to Beijing last year, leaving Taipei "
                                       "with few friends in Central America."))
    assert ("Place", "Taipei") not in labels
