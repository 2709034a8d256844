"""mendp45: wrong readings review45 found in partof45 and cooperates45, mended by their causes (invented sentences).

* a training verb the parser hangs on its noun ("Bahraini special forces trained with ..."): the noun's state trains;
* a service named by its demonym, set beside "the country's ... service": PART_OF its state, told in words;
* lower-case "<state> special forces" a named leader leads: a body (its LEADS kept);
* a tie between warring states in a year before their war ("signed ... in 1997"): kept; an old accord's name
  (an old accord's name, "a 2003 treaty ... requires", is still dropped: checked by hand, not here, as every case
  here fails before the mend);
* "Will A and B sign a joint venture deal?": only asked, no tie.
"""
from __future__ import annotations

import pytest

from tests.extracted import graph_of, relations_in


def _edges(pipeline, text: str, published: str = "2025-06-02") -> dict:
    return relations_in(graph_of(pipeline, text, published))


def _has(edges: dict, a: str, type_: str, b: str) -> bool:
    return (a, type_, b) in edges or type_ == "COOPERATES_WITH" and (b, type_, a) in edges


@pytest.mark.parametrize("text,a,b", [
    ("Bahraini special forces trained alongside British commandos in the desert in March.", "Bahrain", "United Kingdom"),
    ("Kenyan special forces trained alongside American instructors near Mombasa last year.", "Kenya", "United States"),
])
def test_a_training_verb_on_its_noun_ties_the_nouns_state(pipeline, text, a, b):
    edges = _edges(pipeline, text)
    assert _has(edges, a, "COOPERATES_WITH", b), edges


@pytest.mark.parametrize("text,body,state", [
    ("The Ghanaian army, the country's oldest service, said it had cleared the border villages.",
     "Ghana Army", "Ghana"),
    ("The Kenyan army, the nation's largest service, said it had sent troops to the coast.", "Kenya Army", "Kenya"),
])
def test_a_service_beside_the_countrys_service_is_part_of_it(pipeline, text, body, state):
    edges = _edges(pipeline, text)
    assert any(s == body or body.split()[0] in s for (s, t, o) in edges if t == "PART_OF" and o == state), edges


@pytest.mark.parametrize("text,person", [
    ("Brigadier General Omar Khaled, who leads Jordan's special forces, met the Iraqi defence minister.",
     "Omar Khaled"),
    ("Colonel Ivan Petrenko, who commands Ukraine's special forces, spoke to reporters in Kyiv.", "Ivan Petrenko"),
])
def test_a_named_leader_keeps_lower_case_special_forces_a_body(pipeline, text, person):
    edges = _edges(pipeline, text)
    assert any(s == person and t == "LEADS" and "Special Forces" in o for (s, t, o) in edges), edges


@pytest.mark.parametrize("text,published,a,b", [
    ("Kyrgyzstan and Tajikistan signed a friendship treaty in 1996, which both later ignored.", "2022-05-04",
     "Kyrgyzstan", "Tajikistan"),
    ("Russia and Ukraine signed a naval basing agreement in 2010 in Kharkiv.", "2024-02-20", "Russia", "Ukraine"),
])
def test_a_tie_of_a_year_before_the_war_stays(pipeline, text, published, a, b):
    edges = _edges(pipeline, text, published)
    assert _has(edges, a, "COOPERATES_WITH", b), edges


@pytest.mark.parametrize("text,a,b", [
    ("Will Saab and the Indian conglomerate Adani sign a joint venture deal?", "Saab", "Adani"),
    ("Will Rheinmetall and Leonardo sign a joint venture agreement?", "Rheinmetall", "Leonardo"),
])
def test_a_yes_no_question_makes_no_tie(pipeline, text, a, b):
    edges = _edges(pipeline, text)
    assert not _has(edges, a, "COOPERATES_WITH", b), edges
