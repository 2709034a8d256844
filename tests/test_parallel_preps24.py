"""Lists the parser leaves unjoined (``graph/relations/coordination.py``, ``SentenceContext.accompanying``):
phrases repeating one preposition ("to A and to B", "members of A and of B", "to A as well as to B"), two
arguments joined by "as well as", and a co-actor set off after the subject ("A, along with B, VERB")."""
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


def test_names_joined_by_as_well_as_list_each_other(pipeline):
    # the parser makes both names subjects of "flies", the "as well as" a cc of the first
    assert _members(pipeline, "Poland as well as Romania flies the F-16.", "Poland") == ["Romania"]
    assert _members(pipeline, "Poland as well as Romania flies the F-16.", "Romania") == ["Poland"]


def test_both_subjects_joined_by_as_well_as_operate_the_type(pipeline):
    edges = text_edges(pipeline, "Poland as well as Romania flies the F-16.", "2024-03-01")
    for state in ("Poland", "Romania"):
        assert (state, "OPERATES", "F-16") in edges, state


def test_a_co_actor_set_off_after_the_subject_does_what_it_does(pipeline):
    # "along with Jordan" hangs on the verb, set off by commas right after the subject
    edges = text_edges(pipeline, "Egypt, along with Jordan, fields the M1A1 Abrams.", "2024-03-01")
    for state in ("Egypt", "Jordan"):
        assert (state, "OPERATES", "M1 Abrams") in edges, state



def test_a_repeated_of_after_a_relative_clause_is_one_list(pipeline):
    # the second "of" hangs on the verb, the first on its noun, a relative clause between them
    text = "Both states are members of the Nordic Council, which Finland joined in 1955, and of the Arctic Council."
    assert _members(pipeline, text, "Council", 1) == ["Council"]
