"""A deal's course over the article, session 23's kinds (``deal_stage``, ``stage``): the first goods
handed over in a clause joined to an older order, an arrival where another state already flies the type,
the first goods still due beside "the remaining", and a use put ahead of the goods' arrival. Invented
articles through the real pipeline."""
from __future__ import annotations

from functools import partial

import pytest

from tests.extracted import stage_of

_stage = partial(stage_of, published="2025-03-10")


@pytest.mark.parametrize("text,source,type_,target,stage", [
    # the year is the order's; the clause joined to it hands over the first of the goods
    ("Peru ordered 24 FA-50 fighters from South Korea in 2019, and Korea Aerospace Industries handed over the "
     "first of them at Sacheon in January.", "Peru", "OPERATES", "FA-50", "delivering"),
    ("Peru ordered 24 FA-50 fighters from South Korea in 2019, and Korea Aerospace Industries handed over the "
     "first of them at Sacheon in January.", "South Korea", "SUPPLIES", "Peru", "delivering"),
    # a handover dated years ago in its own clause is no news of this order
    ("Peru ordered 24 more FA-50 fighters from South Korea last month. The first FA-50 jets were handed over to "
     "the country in 2016.", "Peru", "OPERATES", "FA-50", "ordered"),
    # the first are due, the rest too: nothing has come
    ("Peru signed a contract for 12 FA-50 fighters with Korea Aerospace Industries in January. The first four FA-50 "
     "jets are due in 2027 and the remaining eight in 2029.", "Peru", "OPERATES", "FA-50", "ordered"),
])
def test_course(pipeline, text, source, type_, target, stage):
    assert _stage(pipeline, text, source, type_, target) == stage


def test_arrival_is_the_awaiting_states(pipeline):
    """Another state already flies the type: the first arrival, naming no state, is the buyer's own."""
    text = ("Chile signed a contract for 12 Gripen fighters with Saab in 2023. Sweden has flown the Gripen since "
            "1996. The first two Gripen jets touched down at Santiago on Sunday.")
    assert _stage(pipeline, text, "Chile", "OPERATES", "Gripen") == "delivering"
    assert _stage(pipeline, text, "Sweden", "OPERATES", "Gripen") == "in_service"


@pytest.mark.parametrize("text,stage", [
    # a use still ahead: the goods are on order
    ("Peru signed a contract for 12 FA-50 fighters. The jets will serve with the Peruvian Air Force's 7th Wing.",
     "ordered"),
    ("The Peruvian Air Force is due to operate its first FA-50 fighters from Lima next year.", "ordered"),
    # a use that goes on
    ("The Peruvian Air Force will keep flying its FA-50 fighters.", "in_service"),
])
def test_use_ahead(pipeline, text, stage):
    assert _stage(pipeline, text, "Peruvian Air Force", "OPERATES", "FA-50") == stage


def test_first_counts_its_own_goods(pipeline):
    """The arrival names two types; the first that came are of the one its phrase counts."""
    text = ("Qatar ordered 24 Rafale fighters and Meteor missiles from France in May. The first two Rafale jets landed "
            "at Doha on Monday, without their Meteor missiles.")
    assert _stage(pipeline, text, "Qatar", "OPERATES", "Rafale") == "delivering"
    assert _stage(pipeline, text, "Qatar", "OPERATES", "Meteor") == "ordered"


@pytest.mark.parametrize("text,source,type_,target,stage", [
    # a framework agreement signed alone sets the terms of buys to come (tests/test_stage_kinds32.py); a memorandum is
    # an intention
    ("Peru signed a framework agreement with Korea Aerospace Industries for up to 40 FA-50 fighters on Monday.",
     "Peru", "OPERATES", "FA-50", "planned"),
    ("Peru signed a memorandum of understanding with Korea Aerospace Industries for 40 FA-50 fighters on Monday.",
     "Peru", "OPERATES", "FA-50", "planned"),
    # a share of the goods received: more are to come; all of them received: delivered
    ("Peru has received most of the 24 FA-50 fighters it bought from South Korea.", "Peru", "OPERATES", "FA-50",
     "delivering"),
    ("Peru took delivery of the 12 FA-50 jets it ordered from South Korea.", "Peru", "OPERATES", "FA-50", "delivered"),
    # a ship its apposition says was lost
    ("The Peruvian Navy asked for help to salvage BAP Ferre, the corvette that went down in a storm in 2022.",
     "Peruvian Navy", "OPERATES", "BAP Ferre", "retired"),
    ("The Peruvian Navy sent BAP Ferre, the corvette that went on to lead the exercise, to the Pacific.",
     "Peruvian Navy", "OPERATES", "BAP Ferre", "in_service"),
])
def test_deal_and_fleet_words(pipeline, text, source, type_, target, stage):
    assert _stage(pipeline, text, source, type_, target) == stage


@pytest.mark.parametrize("text,stage", [
    # the first came years ago: the type has served since
    ("Peru received its first FA-50 jets in 2015.", "in_service"),
    # the first came now: more to come
    ("Peru received its first FA-50 jets last month.", "delivering"),
    # taken into service
    ("Peru's FA-50 jets were inducted into service at Lima in March.", "in_service"),
])
def test_served_since(pipeline, text, stage):
    assert _stage(pipeline, text, "Peru", "OPERATES", "FA-50") == stage
