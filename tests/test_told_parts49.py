"""PART_OF the text states in words of its own (graph/relations/families/parts.py ``told_parts``, member49):
"X, part of Y", "X became part of Y", "X belongs to Y"; and the wider part nouns of ``cues.yaml`` ``parts.part_nouns``
("X, the Y factory", "Y's Z team", "X, the Pentagon office"). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import graph_maker, relations_in

graph_of = graph_maker("2024-05-02")


def _parts(pipeline, text: str) -> set[tuple[str, str]]:
    return {(s, o) for (s, t, o) in relations_in(graph_of(pipeline, text)) if t == "PART_OF"}


@pytest.mark.parametrize("text, child, owner", [
    ("The 12th Mechanised Brigade, part of the Polish Land Forces, took part in the drill.",
     "12th Mechanised Brigade", "Polish Land Forces"),
    ("Brenner Motors belongs to the state-owned Ostland Defence Group.", "Brenner Motors", "Ostland Defence Group"),
    ("Brenner Motors became part of Ostland Defence Group in 2019.", "Brenner Motors", "Ostland Defence Group"),
    ("The Southern Operational Command, which belongs to the South-West Military District, sent 100 troops.",
     "Southern Operational Command", "South-West Military District"),
])
def test_a_body_told_part_of_another(pipeline, text, child, owner):
    assert (child, owner) in _parts(pipeline, text)


@pytest.mark.parametrize("text", [
    "Brenner Motors is no longer part of Ostland Defence Group.",
    "Brenner Motors would become part of Ostland Defence Group if the deal closes.",
    "Finland, part of NATO since 2023, sent two companies to the drill.",
])
def test_no_part_where_denied_hedged_or_of_an_alliance(pipeline, text):
    assert not {(s, o) for (s, o) in _parts(pipeline, text) if s in {"Brenner Motors", "Finland"}}


@pytest.mark.parametrize("text, child, owner", [
    ("The Royal Thai Air Force's Blue Phoenix team flew six trainers.", "Blue Phoenix", "Royal Thai Air Force"),
    ("The jets were built at the Kazan Aviation Plant, the Tupolev factory in Tatarstan.",
     "Kazan Aviation Plant", "Tupolev"),
    ("The satellites are for the Space Development Agency, the Pentagon office that fields the layers.",
     "Space Development Agency", "United States Department of Defense"),
])
def test_a_body_beside_a_part_noun(pipeline, text, child, owner):
    assert (child, owner) in _parts(pipeline, text)


def test_a_site_named_by_its_town_after_a_possessive_is_no_part(pipeline):
    assert not {o for (s, o) in _parts(pipeline, "Embraer's Gaviao Peixoto plant will assemble the jets.") if o == "Embraer"}
