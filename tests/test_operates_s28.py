"""Who operates a platform (issue 10, session 28): kinds of OPERATES miss pooled over the development halves,
each on invented sentences about other states, services and platforms, through the real pipeline."""
from __future__ import annotations

import pytest

from tests.extracted import has_staged as _has
from tests.extracted import staged_edges as _edges


@pytest.mark.parametrize("text, holder, platform", [
    ("Hanwha Ocean is marketing the KSS-III, a submarine which is being built for the Republic of Korea Navy.",
     "Republic of Korea Navy", "KSS-III"),
    ("Naval Group is showing the Gowind, a corvette which it is building for the Egyptian Navy.",
     "Egyptian Navy", "Gowind"),
    ("Six Arafura-class patrol vessels are in production for the Royal Australian Navy.",
     "Royal Australian Navy", "Arafura"),
])
def test_goods_made_for_a_user_in_a_relative_clause_or_in_production(pipeline, text, holder, platform):
    assert _has(_edges(pipeline, text), holder, "OPERATES", platform)


def test_a_maker_building_for_export_gives_no_user(pipeline):
    edges = _edges(pipeline, "Hanwha showed the K9, a howitzer which it builds in Changwon for export.")
    assert not any(t == "OPERATES" for _, t, _, _ in edges)


@pytest.mark.parametrize("text, holder, platform", [
    ("Egypt is one of the largest F-16 operators in Africa.", "Egypt", "F-16"),
    ("The deal will make the Hellenic Air Force one of the largest Rafale operators in Europe.",
     "Hellenic Air Force", "Rafale"),
])
def test_one_of_the_operators_of_a_type(pipeline, text, holder, platform):
    assert _has(_edges(pipeline, text), holder, "OPERATES", platform)


def test_a_prospective_one_of_the_operators_is_none(pipeline):
    edges = _edges(pipeline, "Romania could become one of the largest K2 operators in Europe.")
    assert not _has(edges, "Romania", "OPERATES", "K2")


def test_an_unresolved_its_before_an_acting_service_is_the_one_country_named_just_before(pipeline):
    edges = _edges(pipeline, "Norway joined the alliance in 1949. Norway's navy guards a long coast. "
                             "Its air force flies F-35 fighters.")
    assert _has(edges, "Royal Norwegian Air Force", "OPERATES", "F-35")
    assert not _has(edges, "Royal Norwegian Navy", "OPERATES", "F-35")


def test_an_its_after_two_countries_names_no_service(pipeline):
    edges = _edges(pipeline, "Germany and France met in Paris on Monday. Its air force flies Rafale fighters.")
    assert not any(s.endswith("Air Force") for s, t, _, _ in edges if t == "OPERATES")


@pytest.mark.parametrize("text, holder, platform", [
    ("The first CV90 vehicles are due to reach the Slovak Armed Forces in 2025.", "Slovak", "CV90"),
    ("The HIMARS launchers will go to the Republic of China Army.", "Republic of China Army", "HIMARS"),
    ("The F-35 jets are expected to go to the Royal Danish Air Force next year.", "Royal Danish Air Force", "F-35"),
])
def test_goods_that_reach_their_holder(pipeline, text, holder, platform):
    assert _has(_edges(pipeline, text), holder, "OPERATES", platform)


@pytest.mark.parametrize("text", [
    "The contract went to Lockheed Martin in March.",
    "The damaged F-16 jets went to the factory for repair.",
    "The Leopard tanks have not reached Ukraine.",
    "After its trials the Type 212 submarine passes to the navy's Submarine Command.",
])
def test_no_holder_reached(pipeline, text):
    assert not any(t == "OPERATES" for _, t, _, _ in _edges(pipeline, text))
