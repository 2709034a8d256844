"""Arms named only by their kind (``supply.goods``, session 38): boats, air-defence batteries and military
transports bought from or sold to a state make a transfer like jets or ships do; words outside the list (and a
unit's name such as "Rifles") do not. Invented sentences through the real pipeline."""
from __future__ import annotations

import pytest

from tests.extracted import has_staged as _has
from tests.extracted import staged_edges as _edges


@pytest.mark.parametrize("text, supplier, buyer, stage", [
    ("Chile bought six patrol boats from Norway in 2009.", "Norway", "Chile", "delivered"),
    ("Kuwait will buy four batteries from South Korea under the deal.", "South Korea", "Kuwait", None),
    ("Peru bought two transports from Spain in 2015.", "Spain", "Peru", "delivered"),
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
