"""PART_OF of a national service to its state (graph/relations/families/organisations.py, partof45): the text ties
the service to its state in words of its own ("Nigeria's military") or names it only with its state as a modifier
("the Nigerian military"), where ANNOTATION.md makes the PART_OF optional at best. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import graph_maker, relations_in

graph_of = graph_maker("2024-05-02")


def _part_of_state(pipeline, text: str, state: str) -> set[str]:
    return {s for (s, t, o) in relations_in(graph_of(pipeline, text)) if t == "PART_OF" and o == state}


@pytest.mark.parametrize("text", [
    "The Nigerian military took delivery of two trainers at Kainji on Monday.",
    "Officials said the Chilean navy would retire the old patrol boat next year.",
])
def test_a_service_named_by_its_demonym_and_a_plain_noun_is_no_told_part(pipeline, text):
    state = "Nigeria" if "Nigerian" in text else "Chile"
    assert not _part_of_state(pipeline, text, state)


def test_a_possessive_service_stays_part_of_its_state(pipeline):
    assert _part_of_state(pipeline, "Nigeria's military took delivery of two trainers at Kainji on Monday.", "Nigeria")
