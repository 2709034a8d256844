"""How the article's date enters a transfer's stage (session 27): a handover told ten years before publication
leaves goods in use, an order of some years ago may still be awaited, and the year of a relative clause on the goods
("the 12 jets it ordered in 2021") dates the order, not the handover of the clause that holds it. Invented
articles through the real pipeline."""
from __future__ import annotations

from functools import partial

import pytest

from tests.extracted import stage_of

_stage = partial(stage_of, published="2025-03-10")


@pytest.mark.parametrize("text,source,type_,target,stage", [
    # a handover of six years ago, nothing said of use: handed over (a five-year rule for "in service" cost a
    # held-out half a stage in session 27 and was left out; ten years stay the mark, test_first_came_years_ago)
    ("Peru received eight FA-50 fighters from South Korea between 2017 and 2019.",
     "Peru", "OPERATES", "FA-50", "delivered"),
    # a handover of last year: handed over, nothing said of use yet
    ("Peru received eight FA-50 fighters from South Korea last year.", "Peru", "OPERATES", "FA-50", "delivered"),
    # an order of six years ago whose goods are still awaited stays an order
    ("Peru is still waiting for the 24 FA-50 fighters it ordered from South Korea in 2019.",
     "Peru", "OPERATES", "FA-50", "ordered"),
])
def test_old_handover(pipeline, text, source, type_, target, stage):
    assert _stage(pipeline, text, source, type_, target) == stage


@pytest.mark.parametrize("type_,source,target", [
    ("OPERATES", "Peru", "FA-50"),
    ("SUPPLIES", "South Korea", "Peru"),
])
def test_year_of_the_relative_clause(pipeline, type_, source, target):
    """The year sits in the clause of the order ("it ordered ... in 2021"): the first four came now."""
    text = "Peru has received the first four of the 12 FA-50 fighters it ordered from South Korea in 2021."
    assert _stage(pipeline, text, source, type_, target) == "delivering"


def test_first_came_years_ago(pipeline):
    """The year is the handover's own: the first came long ago and the type has served since."""
    assert _stage(pipeline, "Peru received its first FA-50 jets in 2015.", "Peru", "OPERATES", "FA-50") == "in_service"


def test_participle_takes_its_clause_tense(pipeline):
    """A participle on the goods has no tense of its own: under "will", the initial batch is still to ship."""
    text = ("Chile has ordered 120 K9 Thunder howitzers from South Korea. Most of the guns will be assembled in Chile "
            "after an initial batch shipped by Hanwha from Changwon.")
    assert _stage(pipeline, text, "Chile", "OPERATES", "K9") == "ordered"


def test_participle_of_a_past_clause(pipeline):
    """The same participle in a clause of the past: the first batch came."""
    text = ("Chile has ordered 120 K9 Thunder howitzers from South Korea. The first batch shipped by Hanwha "
            "arrived at Valparaiso last week.")
    assert _stage(pipeline, text, "Chile", "OPERATES", "K9") == "delivering"


@pytest.mark.parametrize("text,source,type_,target,stage", [
    # a running total in the present perfect: the handovers go on
    ("The Peruvian Air Force says it has so far received four of the FA-50 fighters from Korea Aerospace "
     "Industries.", "Peruvian Air Force", "OPERATES", "FA-50", "delivering"),
    ("Germany has sent 18 Leopard 2 tanks to Ukraine to date.", "Germany", "SUPPLIES", "Ukraine", "delivering"),
    # no running total: the handover told is complete
    ("Germany sent 18 Leopard 2 tanks to Ukraine.", "Germany", "SUPPLIES", "Ukraine", "delivered"),
    # a standing trade counted "so far" by a verb of buying is no running handover
    ("Tajikistan has so far bought most of its arms from Russia.", "Russia", "SUPPLIES", "Tajikistan", "delivered"),
])
def test_running_total(pipeline, text, source, type_, target, stage):
    assert _stage(pipeline, text, source, type_, target) == stage


def test_participle_dated_of_its_own(pipeline):
    """A participle with a past time of its own keeps it under a clause put ahead: the first batch came."""
    text = ("Chile has ordered 120 K9 Thunder howitzers from South Korea. The initial batch shipped by Hanwha last "
            "month will be based at Antofagasta.")
    assert _stage(pipeline, text, "Chile", "OPERATES", "K9") == "delivering"
