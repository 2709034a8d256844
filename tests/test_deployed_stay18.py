"""Where platforms are deployed, by general shapes of a stay: a platform said to be "the first ship
to operate in X", a platform that "spent months at" a base; invented sentences."""
from __future__ import annotations

from functools import partial

from tests.extracted import text_edges

edges_of = partial(text_edges, published="2024-05-10", date_source=None)


def deployed(edges):
    return {(s, o) for s, t, o in edges if t == "DEPLOYED_TO"}


def test_platform_is_the_first_to_operate_somewhere(pipeline):
    text = "USS Nimitz became the first American carrier to operate in the Barents Sea since 1987."
    assert ("USS Nimitz", "Barents Sea") in deployed(edges_of(pipeline, text))


def test_clause_on_a_noun_no_platform_is_still_no_move(pipeline):
    text = "The F-16 arrived this week, and the squadron was the first unit to operate in the Barents Sea."
    assert not deployed(edges_of(pipeline, text))


def test_months_spent_at_a_base(pipeline):
    text = "In 2019 the F-16 spent five months at Incirlik Air Base, flying patrols."
    assert ("F-16", "Incirlik Air Base") in deployed(edges_of(pipeline, text))


def test_money_spent_is_no_stay(pipeline):
    text = "Norway spent $2 billion at Ørland Air Station on hangars for the F-35."
    assert not deployed(edges_of(pipeline, text))


def test_platforms_that_will_go_to_a_base(pipeline):
    text = "After acceptance tests the F-16 jets will go to Volkel Air Base."
    assert ("F-16", "Volkel Air Base") in deployed(edges_of(pipeline, text))


def test_a_programme_going_to_a_city_is_no_deployment(pipeline):
    text = "The F-16 sale will go to Congress in Washington for approval."
    assert not deployed(edges_of(pipeline, text))
