"""Kinds of supply, seat and basing wording found on new text (issue 10, session 16), on invented
sentences about other countries and platforms, through the real pipeline."""
from __future__ import annotations

import pytest

from tests.extracted import find_relation, text_relations


@pytest.mark.parametrize("text, maker, buyer", [
    ("Baykar builds the TB2 near Istanbul. Qatar agreed last month to buy TB2s for its army.",
     "Baykar", "Qatar"),
    ("Saab showed its Gripen at the fair in March. Colombia has decided to purchase Gripens.", "Saab", "Colombia"),
])
def test_buyer_alone_takes_from_the_maker_the_story_names(pipeline, text, maker, buyer):
    """A purchase naming no seller: the catalogue's maker of the goods, named elsewhere in the story, sells."""
    assert find_relation(text_relations(pipeline, text), maker, "SUPPLIES", buyer)


def test_purchase_noun_with_a_buyer_alone_takes_the_maker_named_beside(pipeline):
    text = "Dassault Aviation builds the Rafale near Bordeaux. Greece has finalised the purchase of 18 Rafale fighters."
    assert find_relation(text_relations(pipeline, text), "Dassault", "SUPPLIES", "Greece")


def test_a_maker_named_beside_without_the_goods_is_no_seller(pipeline):
    text = "Saab opened a new plant in May. Colombia has decided to purchase Gripens."
    assert not find_relation(text_relations(pipeline, text), "Saab", "SUPPLIES", "Colombia")


def test_a_maker_named_only_far_off_is_no_seller(pipeline):
    text = ("Saab was founded in 1937 as an aircraft maker. The war in Europe ended in 1945. Budgets rose sharply in "
            "the 1980s. Colombia has decided to purchase Gripens.")
    assert not find_relation(text_relations(pipeline, text), "Saab", "SUPPLIES", "Colombia")


def test_a_state_buying_its_own_firms_goods_is_no_transfer(pipeline):
    text = "Saab showed its Gripen at the fair in March. Sweden has decided to purchase more Gripens."
    assert not find_relation(text_relations(pipeline, text), "Saab", "SUPPLIES", "Sweden")


def test_no_maker_named_in_the_story_gives_no_seller(pipeline):
    edges = text_relations(pipeline, "Qatar agreed last month to buy TB2s for its army.")
    assert not find_relation(edges, "Baykar", "SUPPLIES", "Qatar")


@pytest.mark.parametrize("text, firm, country", [
    ("The new rifles come from the Netherlands' Damen, which also builds the frigates.", "Damen", "Netherlands"),
    ("Upkeep of the old jets went to the United States' Boeing in 2019.", "Boeing", "United States"),
])
def test_plural_possessive_country_seats_its_firm(pipeline, text, firm, country):
    assert find_relation(text_relations(pipeline, text), firm, "BASED_IN", country)


@pytest.mark.parametrize("text, platforms, base", [
    ("The Hellenic Air Force flies its Rafale jets from Tanagra Air Base.", ["Rafale"], "Tanagra Air Base"),
    ("The air arm also flies F-16 fighters and C-130 transports from Souda Air Base on Crete.",
     ["F-16", "C-130"], "Souda Air Base"),
])
def test_operator_flying_platforms_from_a_base_deploys_them_there(pipeline, text, platforms, base):
    edges = text_relations(pipeline, text)
    assert all(find_relation(edges, p, "DEPLOYED_TO", base) for p in platforms)


@pytest.mark.parametrize("text", [
    "The air force flew its F-16 fighters from Souda Air Base to Spain for the exercise.",
    "In 2015 the air force flew its F-16 fighters from Souda Air Base.",
])
def test_a_journey_or_a_past_flight_from_a_base_is_no_deployment(pipeline, text):
    assert not find_relation(text_relations(pipeline, text), "F-16", "DEPLOYED_TO", "Souda Air Base")


def test_a_firm_working_through_a_joint_venture_is_its_parent_not_the_venture(pipeline):
    text = "Hanwha Aerospace has for years built engine parts in Changwon through a joint venture with Pratt & Whitney."
    assert not find_relation(text_relations(pipeline, text), "Hanwha Aerospace", "JOINT_VENTURE_OF", "Pratt")


def test_an_appositive_joint_venture_keeps_its_parent(pipeline):
    text = "Hanwha Systems, a joint venture with Thales, builds radars."
    assert find_relation(text_relations(pipeline, text), "Hanwha Systems", "JOINT_VENTURE_OF", "Thales")
