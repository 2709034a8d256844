"""Coordinated lists read for every member (``graph/relations/coordination.py``): a list the parser splits
at an apposition ("A, the B, C and D") is still one list for the rules that read a list's members."""
from __future__ import annotations

import pytest
from extracted import text_edges

from graph.relations.coordination import conjuncts


def _members(pipeline, text: str, word: str) -> list[str]:
    doc = pipeline.nlp(text)
    tok = next(t for t in doc if t.text == word)
    return [t.text for t in conjuncts(tok)]


@pytest.mark.parametrize("text", [
    "Chile, the Philippines, Peru and Ecuador already fly the KAI T-50.",
    "Ghana, the United Kingdom and Peru have all chosen the KAI T-50.",
])
def test_a_list_split_at_an_apposition_is_one_list(pipeline, text):
    doc = pipeline.nlp(text)
    names = [t for t in doc if t.pos_ == "PROPN" and t.text in {"Chile", "Ghana", "Philippines", "Kingdom", "Peru",
                                                                 "Ecuador"}]
    for t in names:  # every name lists the others, whichever the parser made the head
        assert {x.text for x in conjuncts(t)} >= {n.text for n in names if n.i != t.i}


def test_every_member_of_a_split_list_operates_the_type(pipeline):
    edges = text_edges(pipeline, "Chile, the Philippines, Peru and Ecuador already fly the KAI T-50, the "
                                 "Korean trainer.", "2024-03-01")
    for state in ("Chile", "Philippines", "Peru", "Ecuador"):
        assert (state, "OPERATES", "T-50 Golden Eagle") in edges, state


def test_a_described_company_is_no_list_member(pipeline):
    # "the Swedish group" describes Saab: no list, the description's nouns stay out of it
    assert _members(pipeline, "Saab, the Swedish group and maker of the Gripen, opened a plant in Brazil.",
                    "Saab") == []


def test_a_plain_list_keeps_its_conjuncts(pipeline):
    assert _members(pipeline, "Chile, Peru and Ecuador signed the agreement.", "Peru") == ["Chile", "Ecuador"]


def test_the_examples_of_a_plural_subject_do_what_it_does(pipeline):
    edges = text_edges(pipeline, "Several countries, including Chile, Peru and Ecuador, fly the KAI T-50.",
                       "2024-03-01")
    for state in ("Chile", "Peru", "Ecuador"):
        assert (state, "OPERATES", "T-50 Golden Eagle") in edges, state


def test_a_named_plural_subject_keeps_its_own_name(pipeline):
    # the noun names its owner ("Chilean"): the examples after it are not read in its place
    edges = text_edges(pipeline, "Chilean pilots, including veterans of the Red Flag exercise, fly the KAI T-50.",
                       "2024-03-01")
    assert ("Chile", "OPERATES", "T-50 Golden Eagle") in edges


def test_a_recipient_added_with_as_well_as_is_supplied_too(pipeline):
    edges = text_edges(pipeline, "Baykar has sold the Bayraktar TB2 to Ukraine and Poland, as well as to Kenya.",
                       "2024-03-01")
    for state in ("Ukraine", "Poland", "Kenya"):
        assert ("Baykar", "SUPPLIES", state) in edges, state
