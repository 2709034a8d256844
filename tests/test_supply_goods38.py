"""Arms named only by their kind (``supply.goods``, session 38): boats bought from or built for a state make a
transfer like ships or submarines do; words outside the list (oil tankers, a unit's name such as "Rifles") do not.
Invented sentences through the real pipeline."""
from __future__ import annotations

import pytest

from tests.extracted import has_staged as _has
from tests.extracted import staged_edges as _edges


@pytest.mark.parametrize("text, supplier, buyer, stage", [
    ("Chile bought six patrol boats from Norway in 2009.", "Norway", "Chile", "delivered"),
    ("Kuwait will buy four fast attack boats from South Korea under the deal.", "South Korea", "Kuwait", None),
    ("Damen has built six patrol boats for Peru since 2015.", "Damen", "Peru", "delivered"),
])
def test_arms_named_by_their_kind_are_goods_of_a_transfer(pipeline, text, supplier, buyer, stage):
    assert _has(_edges(pipeline, text), supplier, "SUPPLIES", buyer, stage)


@pytest.mark.parametrize("text", [
    "Chile bought six fishing nets from Norway in 2009.",
    "Kuwait will buy four oil tankers from South Korea under the deal.",
    "Nepal sent a company of soldiers from its Gurkha Rifles battalions to Russia.",  # a unit's name, no arms
])
def test_other_goods_make_no_arms_transfer(pipeline, text):
    assert not any(t == "SUPPLIES" for _, t, _, _ in _edges(pipeline, text))
