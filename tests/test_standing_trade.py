"""A standing trade told in the simple present (graph/relations/families/standing_trade.py): a buyer's verb of the
present on arms in general states transfers that happen (delivered); a headline's present, a named type or a counted
lot bought in the present, a present put ahead, a condition or a tender stay a deal.

The sentences are our own."""
from __future__ import annotations

import pytest

from tests.extracted import stage_of, text_edges

_DAY = "2025-03-03"
_AT = "TALLINN, March 3 (Defence Wire) - "


@pytest.mark.parametrize("sentence,source,target", [
    # the shape of an explanation: a list of buyers, a demonym for the seller, a joined clause of someone else's
    ("The analyst has argued that membership of the alliance explains much of this, because Poland, Slovakia and "
     "Hungary buy German equipment at sharply reduced prices, and the two poorer members receive much of it as aid "
     "rather than purchases.", "Germany", "Hungary"),
    ("The analyst has argued that membership of the alliance explains much of this, because Poland, Slovakia and "
     "Hungary buy German equipment at sharply reduced prices, and the two poorer members receive much of it as aid "
     "rather than purchases.", "Germany", "Poland"),
    ("Estonia, Latvia and Lithuania buy Swedish equipment at reduced prices.", "Sweden", "Latvia"),
    ("Estonia purchases weapons from Sweden.", "Sweden", "Estonia"),
    ("Estonia acquires Swedish hardware under a standing arrangement.", "Sweden", "Estonia"),
    ("Egypt buys French equipment and receives American aid.", "France", "Egypt"),
    # a kind of goods named by arms in general; the seller in a "from" object
    ("Armenia, Belarus and Kazakhstan buy Russian weapons systems at sharply reduced prices.", "Russia", "Belarus"),
    ("Armenia, Belarus and Kazakhstan buy equipment from Russia at sharply reduced prices, and the two poorer "
     "members receive much of it as aid.", "Russia", "Kazakhstan"),
])
def test_standing_trade_is_delivered(pipeline, sentence, source, target):
    assert stage_of(pipeline, _AT + sentence, source, "SUPPLIES", target, _DAY) == "delivered"


@pytest.mark.parametrize("sentence,source,target,stage", [
    # a named type or a counted lot bought in the present: one deal
    ("Singapore buys F-35 jets from the United States and trades heavily with China.", "United States", "Singapore",
     "ordered"),
    ("Estonia buys 200 Swedish weapons.", "Sweden", "Estonia", "ordered"),
    # goods told before, a present put ahead, a tender, a future or a plan
    ("Estonia buys the equipment from Sweden.", "Sweden", "Estonia", "ordered"),
    ("Estonia buys Swedish equipment next year.", "Sweden", "Estonia", "ordered"),
    ("Estonia procures Swedish equipment from 2027.", "Sweden", "Estonia", "ordered"),
    ("Estonia purchases Swedish weapons through a tender run by the ministry.", "Sweden", "Estonia", "ordered"),
    ("Estonia will buy Swedish equipment.", "Sweden", "Estonia", "planned"),
    ("Estonia plans to buy Swedish equipment.", "Sweden", "Estonia", "planned"),
])
def test_one_deal_or_not_yet(pipeline, sentence, source, target, stage):
    assert stage_of(pipeline, _AT + sentence, source, "SUPPLIES", target, _DAY) == stage


def test_goods_named_as_examples_serve(pipeline):
    """Examples named under the arms in general are in service for the buyer (the transfer stays delivered);
    their model numbers count no lot."""
    text = _AT + "Tunisia buys American equipment such as UH-60 Black Hawk helicopters."
    assert stage_of(pipeline, text, "Tunisia", "OPERATES", "Black Hawk", _DAY) == "in_service"
    assert stage_of(pipeline, text, "United States", "SUPPLIES", "Tunisia", _DAY) == "delivered"


@pytest.mark.parametrize("sentence,stage", [
    # the plural noun of such a trade: its record; a planned purchase or a counted lot is a deal
    ("The attaché pointed to Tunisia's purchases of American equipment such as UH-60 Black Hawk helicopters as a "
     "sign of close ties.", "in_service"),
    ("The attaché pointed to Tunisia's planned purchases of American equipment such as UH-60 Black Hawk helicopters "
     "as a sign of close ties.", "planned"),
    ("The attaché pointed to Tunisia's purchase of eight UH-60 Black Hawk helicopters as a sign of close ties.",
     "ordered"),
])
def test_purchases_of_arms_in_general(pipeline, sentence, stage):
    assert stage_of(pipeline, _AT + sentence, "Tunisia", "OPERATES", "Black Hawk", _DAY) == stage


def test_headline_present_is_the_news_of_a_deal(pipeline):
    """A headline's simple present reports one deal (the headline rules read it), not a standing trade."""
    text = ("Estonia buys Swedish equipment at reduced prices\n\n"
            "TALLINN, March 3 (Defence Wire) - The defence ministry signed the contract on Monday.")
    assert stage_of(pipeline, text, "Sweden", "SUPPLIES", "Estonia", _DAY) == "ordered"


def test_condition_states_no_trade(pipeline):
    edges = text_edges(pipeline, _AT + "If Estonia buys Swedish equipment, Russia will protest.", _DAY)
    assert ("Sweden", "SUPPLIES", "Estonia") not in edges or \
        stage_of(pipeline, _AT + "If Estonia buys Swedish equipment, Russia will protest.", "Sweden", "SUPPLIES",
                 "Estonia", _DAY) != "delivered"
