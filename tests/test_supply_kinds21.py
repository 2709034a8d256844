"""Kinds of SUPPLIES fact (issue 10, session 21), each pooled over several development halves: a buying
verb in a relative clause on a plain noun of arms ("the second-hand jets that Ruritania is buying from
France"); a deal noun whose buyer and seller a relative clause of signing names ("a contract the ministry
signed with X", "an order for 40 howitzers that Egypt signed with Hanwha"); the body whose
fleet a deal is "for" is its end user ("... for the Bundeswehr's own tank fleet"); goods of no named
type "bought from" a seller, no buyer named, go to the article's state; goods a relative clause buys, counted
as the first of a batch, are being delivered. Invented sentences
through the real pipeline, each kind with a case where it must not fire."""
from __future__ import annotations

from tests.extracted import graph_maker, relations_in

graph_of = graph_maker("2024-03-03")


def supplies(pipeline, text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, type_, t in relations_in(graph_of(pipeline, text)) if type_ == "SUPPLIES"}


def test_relative_clause_buying_a_noun_of_arms(pipeline):
    found = supplies(pipeline, "Four fighters landed in Zagreb on Monday, the first of a dozen used jets that "
                               "Croatia is buying from France.")
    assert ("France", "Croatia") in found


def test_relative_clause_buying_armour(pipeline):
    found = supplies(pipeline, "The first armour that Poland bought from South Korea was unloaded in Gdynia.")
    assert ("South Korea", "Poland") in found


def test_relative_clause_buying_no_arms(pipeline):
    found = supplies(pipeline, "The crude oil that India bought from Russia was unloaded in Mumbai.")
    assert ("Russia", "India") not in found


def test_contract_a_relative_clause_signs(pipeline):
    found = supplies(pipeline, "The plant is the industrial half of a contract the Hungarian Ministry of Defence "
                               "signed with Rheinmetall in 2020, worth two billion euros.")
    assert ("Rheinmetall", "Ministry of Defence of Hungary") in found


def test_order_for_goods_a_relative_clause_signs(pipeline):
    found = supplies(pipeline, "The guns are half of an order for 40 howitzers that Egypt signed with Hanwha "
                               "Aerospace in 2022.")
    assert ("Hanwha Aerospace", "Egypt") in found


def test_relative_clause_of_a_deal_that_signs_nothing(pipeline):
    found = supplies(pipeline, "The memorandum that France signed with Ukraine on Monday covers pilot training.")
    assert not found


def test_fleet_holder_a_deal_is_for(pipeline):
    found = supplies(pipeline, "The order falls under a framework agreement that the German Federal Ministry of "
                               "Defence concluded with KNDS Deutschland for the Bundeswehr's own Leopard 2A8 fleet.")
    assert ("KNDS Deutschland", "Bundeswehr") in found
    assert ("KNDS Deutschland", "Federal Ministry of Defence of Germany") not in found


def test_goods_bought_from_a_named_seller_go_to_the_article_state(pipeline):
    found = supplies(pipeline, "Chile said on Friday that it would keep its fighters until 2030. Ten jets were "
                               "bought second-hand from the Netherlands in 2006 as a stopgap.")
    assert ("Netherlands", "Chile") in found


def test_goods_bought_from_the_article_state_itself(pipeline):
    found = supplies(pipeline, "France said on Friday that it would keep its fighters until 2030. Ten jets were "
                               "bought second-hand from France in 2006 as a stopgap.")
    assert not found


def test_no_arms_bought_from_a_named_seller(pipeline):
    found = supplies(pipeline, "Chile said on Friday that it would keep its fighters until 2030. The copper was "
                               "bought from Peru in 2006.")
    assert not found


def _supply_stages(pipeline, text: str) -> dict[tuple[str, str], str | None]:
    return {(s, t): a.get("stage") for (s, type_, t), a in relations_in(graph_of(pipeline, text)).items()
            if type_ == "SUPPLIES"}


def test_first_of_the_goods_a_relative_clause_buys_is_delivering(pipeline):
    stages = _supply_stages(pipeline, "Four fighters landed in Zagreb on Monday, the first of a dozen used jets "
                                      "that Croatia is buying from France.")
    assert stages.get(("France", "Croatia")) == "delivering"


def test_goods_a_relative_clause_buys_without_a_first_are_ordered(pipeline):
    stages = _supply_stages(pipeline, "Croatia signed for a dozen second-hand jets that it is buying from France.")
    assert stages.get(("France", "Croatia")) == "ordered"
