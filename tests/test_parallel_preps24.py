"""A list of phrases repeating one preposition ("to A and to B", "members of A and of B", "to A as well as
to B") is one list: :func:`graph.relations.coordination.conjuncts` gives each object the others, so a rule
reading one object reads every one (``graph/relations/coordination.py``)."""
from __future__ import annotations

import pytest
from extracted import text_edges

from graph.relations.coordination import conjuncts


def _members(pipeline, text: str, word: str, nth: int = 0) -> list[str]:
    doc = pipeline.nlp(text)
    tok = [t for t in doc if t.text == word][nth]
    return [t.text for t in conjuncts(tok)]


@pytest.mark.parametrize("text,first,second", [
    ("Both states are members of NATO and of the European Union.", "NATO", "Union"),
    ("Leonardo sold the helicopters to Norway as well as to Sweden.", "Norway", "Sweden"),
    ("The jets will be delivered to Egypt, and to Qatar later.", "Egypt", "Qatar"),
])
def test_the_objects_of_a_repeated_preposition_list_each_other(pipeline, text, first, second):
    assert second in _members(pipeline, text, first)
    assert first in _members(pipeline, text, second)


def test_different_prepositions_are_no_list(pipeline):
    # "from A to B": a start and an end, not two of one kind
    assert _members(pipeline, "The jets flew from Egypt to Qatar.", "Egypt") == []
    assert _members(pipeline, "The jets flew from Egypt to Qatar.", "Qatar") == []


def test_a_plain_list_inside_the_phrases_is_kept(pipeline):
    assert _members(pipeline, "The radars went to Poland and Latvia, and to Estonia.", "Estonia") == [
        "Poland", "Latvia"]


@pytest.mark.parametrize("text,buyers", [
    ("Thales will supply the radars to the Polish Navy and to the Romanian Navy.",
     ("Polish Navy", "Romanian Naval Forces")),
    ("Saab delivered Gripen fighters to Hungary, and to Thailand in 2011.", ("Hungary", "Thailand")),
])
def test_every_recipient_of_a_repeated_to_is_supplied(pipeline, text, buyers):
    edges = text_edges(pipeline, text, "2024-03-01")
    seller = text.split()[0]
    for buyer in buyers:
        assert (seller, "SUPPLIES", buyer) in edges, buyer
