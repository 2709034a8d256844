"""A state's people posted abroad (session 49, issue 10): a lower-case diplomatic title before the city or state of
its post ("Norway's deputy ambassador in Nairobi, X") ends before the post, as a capitalised one did ("High
Commissioner to Ghana, X"): the holder is one of the owning state's people (AFFILIATED_WITH). Pooled dev halves:
5 required ties missed in 5 halves so written. Invented sentences about other countries."""
from __future__ import annotations

from functools import partial

import pytest

from tests.extracted import text_edges

edges = partial(text_edges, published="2024-05-02")


@pytest.mark.parametrize("text,expected", [
    ("Peru's ambassador in Quito, Rosa Luna, opened the ceremony.", ("Rosa Luna", "AFFILIATED_WITH", "Peru")),
    ("India's high commissioner in Colombo, Ravi Kumar, attended.", ("Ravi Kumar", "AFFILIATED_WITH", "India")),
    ("Among the injured was Iran's ambassador in Beirut, Ali Karimi.", ("Ali Karimi", "AFFILIATED_WITH", "Iran")),
    ("The Peruvian ambassador in Quito, Rosa Luna, opened the ceremony.", ("Rosa Luna", "AFFILIATED_WITH", "Peru")),
    ("Ecuador welcomed the US ambassador in Quito, John Hart, at the ceremony.",
     ("John Hart", "AFFILIATED_WITH", "United States")),
])
def test_lower_case_post_title_ties_the_holder_to_its_state(pipeline, text, expected):
    assert expected in edges(pipeline, text)


@pytest.mark.parametrize("text,absent", [
    # no owner: the city's state is the host, not the envoy's
    ("The ambassador in Quito, Rosa Luna, opened the ceremony.", ("Rosa Luna", "AFFILIATED_WITH", "Ecuador")),
    ("The talks in Quito, Rosa Luna said, went well.", ("Rosa Luna", "AFFILIATED_WITH", "Ecuador")),
])
def test_no_state_for_an_unowned_post(pipeline, text, absent):
    assert absent not in edges(pipeline, text)
