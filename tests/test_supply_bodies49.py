"""A state's armed service or ministry named as the buyer of its own verb stays a SUPPLIES recipient beside its state
(issue 10, session 49: missed SUPPLIES whose recipient is the named body, pooled over the development halves; the
later writers' rulings make the body that ordered or took delivery the required recipient, the earlier ones the
state). A body that only flies what its state bought is no buyer. Invented sentences through the real pipeline,
each with a case where the rule must stay silent."""
from __future__ import annotations

from graph.relations.passes.state_buyers import state_buyers
from graph.relations.relation import Relation
from tests.extracted import graph_maker, relations_in

graph_of = graph_maker("2024-03-03")


def supplies(pipeline, text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, typ, t in relations_in(graph_of(pipeline, text)) if typ == "SUPPLIES"}


def test_a_service_that_took_delivery_is_a_recipient_beside_its_state(pipeline):
    found = supplies(pipeline, "The Kenyan Navy took delivery of eight patrol aircraft from Russia in 1998.")
    assert ("Russia", "Kenya Navy") in found
    assert ("Russia", "Kenya") in found


def test_the_goods_a_service_ordered_name_it_as_recipient(pipeline):
    found = supplies(pipeline, "The Kenya Air Force is still waiting for the six AH-64E Apache helicopters it ordered "
                               "from the United States in 2020.")
    assert ("United States", "Kenya Air Force") in found


def test_a_service_a_state_supplies_to_is_a_recipient(pipeline):
    found = supplies(pipeline, "Japan agreed last month to supply coastal radars to the Kenyan Navy.")
    assert ("Japan", "Kenya Navy") in found
    assert ("Japan", "Kenya") in found


def test_a_service_that_flies_what_its_state_bought_is_no_recipient(pipeline):
    found = supplies(pipeline, "The Kenya Air Force flies 36 Rafales bought from France.")
    assert ("France", "Kenya") in found
    assert ("France", "Kenya Air Force") not in found


def test_a_seller_read_off_a_demonym_keeps_only_the_state(pipeline):
    found = supplies(pipeline, "The Kenyan Army has taken delivery of its first Centauro II, the Italian 8x8 armoured "
                               "vehicle it chose two years ago.")
    assert ("Italy", "Kenya Army") not in found


def test_only_a_body_rule_keeps_the_body():
    class Body:
        def __init__(self, label, country=None):
            self.label, self.country, self.id = label, country, None

    entities = {"country:ru": Body("Country"), "country:ke": Body("Country"), "gov:kn": Body("GovernmentBody", "country:ke")}
    for k, e in entities.items():
        e.id = k
    plain = Relation("country:ru", "SUPPLIES", "gov:kn", {}, 0.75, "acquire")
    named = Relation("country:ru", "SUPPLIES", "gov:kn", {}, 0.75, "acquire-body")
    assert [r.target for r in state_buyers(plain, entities)] == ["country:ke"]
    assert [(r.target, r.rule) for r in state_buyers(named, entities)] == [("country:ke", "acquire"),
                                                                          ("gov:kn", "acquire-body")]


def test_a_company_sellers_body_customer_keeps_the_rules_own_name():
    class Node:
        def __init__(self, label, country=None):
            self.label, self.country = label, country

    entities = {"company:x": Node("Company"), "country:ke": Node("Country"), "gov:kn": Node("GovernmentBody", "country:ke")}
    named = Relation("company:x", "SUPPLIES", "gov:kn", {}, 0.75, "acquire-body")
    assert [(r.target, r.rule) for r in state_buyers(named, entities)] == [("gov:kn", "acquire")]
