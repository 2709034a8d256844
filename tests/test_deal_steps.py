"""Several steps of one deal on the same goods in one sentence (graph/relations/families/deal_steps.py): the stage
is the furthest step the sentence states as done or holding; a later order of more goods is a new deal.

The sentences are our own."""
from __future__ import annotations

import pytest

from tests.extracted import stage_of

_DAY = "2025-03-03"
_AT = "ATHENS, March 3 (Defence Wire) - "


@pytest.mark.parametrize("sentence,source,type_,target,stage", [
    # a present-tense account of the deal: buying and receiving
    ("Analyst Maria Costa has argued that Romania and Bulgaria buy surplus F-16 jets from Norway at reduced prices "
     "and receive them within months, a purchase that suits tight budgets.", "Norway", "SUPPLIES", "Romania",
     "delivered"),
    ("Analyst Maria Costa has argued that Romania and Bulgaria buy surplus F-16 jets from Norway at reduced prices "
     "and receive them within months, a purchase that suits tight budgets.", "Bulgaria", "OPERATES", "F-16",
     "delivered"),
    ("Under the scheme, Romania buys F-16 jets from Norway at a reduced price and receives them after an overhaul.",
     "Norway", "SUPPLIES", "Romania", "delivered"),
    # ordered and now flown: in service for the operator, delivered for the transfer
    ("Croatia ordered 12 Rafale jets from France in 2021 and flies them from Pleso air base.", "Croatia",
     "OPERATES", "Rafale", "in_service"),
    ("Croatia ordered 12 Rafale jets from France in 2021 and flies them from Pleso air base.", "France",
     "SUPPLIES", "Croatia", "delivered"),
    # a decision to buy, and the same goods handed over in a later clause
    ("Greece decided to buy 24 Rafale jets in 2021 and the jets were handed over in 2023.", "Greece", "OPERATES",
     "Rafale", "delivered"),
])
def test_furthest_step_of_one_deal(pipeline, sentence, source, type_, target, stage):
    assert stage_of(pipeline, _AT + sentence, source, type_, target, _DAY) == stage


@pytest.mark.parametrize("sentence,source,type_,target,stage", [
    # a later step still to come, negated or an intention: the deal stands
    ("Croatia ordered 12 Rafale jets from France in 2024 and will receive them in 2027.", "Croatia", "OPERATES",
     "Rafale", "ordered"),
    ("Croatia ordered 12 Rafale jets from France in 2024 but has not received them.", "Croatia", "OPERATES",
     "Rafale", "ordered"),
    ("Croatia plans to buy 12 Rafale jets from France and to fly them from Pleso air base.", "Croatia", "OPERATES",
     "Rafale", "planned"),
    # the later step is of other goods: the deal's own goods have not come
    ("Croatia ordered 12 Rafale jets from France in 2024 and flies 10 MiG-21 fighters.", "Croatia", "OPERATES",
     "Rafale", "ordered"),
    ("Croatia ordered 12 Rafale jets from France in 2024 and received other jets from Greece as a stopgap.",
     "Croatia", "OPERATES", "Rafale", "ordered"),
    # a first share handed over: deliveries under way
    ("Croatia ordered 12 Rafale jets from France in 2021 and received the first two jets in January.", "Croatia",
     "OPERATES", "Rafale", "delivering"),
])
def test_steps_not_done_or_of_other_goods(pipeline, sentence, source, type_, target, stage):
    assert stage_of(pipeline, _AT + sentence, source, type_, target, _DAY) == stage


def test_later_order_of_more_is_a_new_deal(pipeline):
    """The counter-case: goods handed over, then more ordered; the handover's stage is not moved by the order."""
    text = _AT + "Dassault delivered 24 Rafale jets to Greece in 2023, and Greece ordered six more last month."
    assert stage_of(pipeline, text, "Dassault", "SUPPLIES", "Greece", _DAY) == "delivered"
