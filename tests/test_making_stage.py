"""Goods told as still in the making are ``ordered``, not held (graph/relations/families/making_stage.py,
graph/relations/passes/making_stage.py; ANNOTATION.md: a launched boat and a frigate at sea trials are
``ordered``). Each kind beside a sentence it must leave alone. The sentences are our own."""
from __future__ import annotations

import pytest

from tests.extracted import stage_of

_DAY = "2025-03-03"


@pytest.mark.parametrize("text,source,target,stage", [
    ("The Danish Navy's first Type 31 frigate was launched at Rosyth on Monday.",
     "Danish Navy", "Type 31", "ordered"),
    ("The Danish Navy's locally designed HDMS Absalon, under construction at Odense, should be ready by 2027.",
     "Danish Navy", "Absalon", "ordered"),
    ("Chile's first Type 31 frigate puts to sea for trials", "Chile", "Type 31", "ordered"),
    # held goods stay in service
    ("The Royal Danish Navy operates the Type 31 frigate.", "Danish Navy", "Type 31", "in_service"),
    ("The Danish Navy's Type 31 frigates, built at Rosyth, patrol the North Sea.", "Danish Navy", "Type 31",
     "in_service"),
])
def test_goods_in_the_making_are_ordered(pipeline, text, source, target, stage):
    assert stage_of(pipeline, text, source, "OPERATES", target, _DAY) == stage


def test_a_launched_missile_is_no_launched_boat(pipeline):
    text = ("The Japan Ground Self-Defense Force fired its Type 12 anti-ship missile, which was launched from a "
            "truck on the beach.")
    assert stage_of(pipeline, text, "Japan Ground Self-Defense Force", "OPERATES", "Type 12", _DAY) != "ordered"
