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
    # a first share handed over: deliveries under way ("more than 10" in tests/test_time_kinds16.py counts a share)
    ("Croatia ordered 12 Rafale jets from France in 2021 and received the first two jets in January.", "Croatia",
     "OPERATES", "Rafale", "delivering"),
])
def test_steps_not_done_or_of_other_goods(pipeline, sentence, source, type_, target, stage):
    assert stage_of(pipeline, _AT + sentence, source, type_, target, _DAY) == stage


def test_later_order_of_more_is_a_new_deal(pipeline):
    """The counter-case: goods handed over, then more ordered. The order of more is a deal of its own: it moves no
    handover to a later step; the holder has the first and buys more, so holds the type (families/stage.py:
    _more_ordered)."""
    text = _AT + "Dassault delivered 24 Rafale jets to Greece in 2023, and Greece ordered six more last month."
    assert stage_of(pipeline, text, "Dassault", "SUPPLIES", "Greece", _DAY) == "delivered"
    assert stage_of(pipeline, text, "Greece", "OPERATES", "Rafale", _DAY) == "in_service"


@pytest.mark.parametrize("sentence,stage", [
    ("Romania bought 17 used F-16 jets from Portugal, delivered between 2016 and 2021, and signed an agreement with "
     "Norway last year for 32 more.", "in_service"),
    ("Germany handed over 28 Leopard 2A4 tanks to Romania free of charge, and last November the ministry said it "
     "would buy 14 more 2A4s from Rheinmetall.", "in_service"),
    # more of another type: the handover stands
    ("Germany handed over 28 Leopard 2A4 tanks to Romania in 2023, and Romania ordered more Gepard guns last month.",
     "delivered"),
])
def test_handover_with_an_order_of_more(pipeline, sentence, stage):
    assert stage_of(pipeline, _AT + sentence, "Romania", "OPERATES", "Leopard" if "Leopard" in sentence else "F-16",
                    _DAY) == stage


@pytest.mark.parametrize("sentence,source,type_,target,stage", [
    # a receipt of other arms of the deal: the transfer happened; the bought type itself is not said to have come
    ("Analyst Maria Costa has argued that Romania and Bulgaria buy surplus F-16 jets from Norway at reduced prices "
     "and receive AMRAAM missiles as part of the purchase.", "Norway", "SUPPLIES", "Romania", "delivered"),
    ("Analyst Maria Costa has argued that Romania and Bulgaria buy surplus F-16 jets from Norway at reduced prices "
     "and receive AMRAAM missiles as part of the purchase.", "Romania", "OPERATES", "F-16", "ordered"),
    ("Maria Costa explains that Romania and Bulgaria buy American weapons at reduced prices and receive spare parts "
     "for years.", "United States", "SUPPLIES", "Bulgaria", "delivered"),
    # goods from another seller, or more of another type: another transfer
    ("Croatia ordered 12 Rafale jets from France in 2024 and received other jets from Greece as a stopgap.", "France",
     "SUPPLIES", "Croatia", "ordered"),
    ("Croatia ordered 12 Rafale jets from France in 2024 and received six more Mirage jets.", "France", "SUPPLIES",
     "Croatia", "ordered"),
    ("Croatia ordered 12 Rafale jets from France in 2024 and received six more Mirage jets.", "Croatia", "OPERATES",
     "Rafale", "ordered"),
])
def test_transfer_step_of_other_arms(pipeline, sentence, source, type_, target, stage):
    assert stage_of(pipeline, _AT + sentence, source, type_, target, _DAY) == stage
