"""Deals whose buyer is a ministry, an agency or the armed forces (issue 10, session 35), pooled over the
development halves: the body that chose, contracted or picked a firm to build or supply the goods (it buys; the firm, not the
body, builds them), and a deal told in the passive with one party, the other party telling it ("The deal
was signed with the agency, X said"). Invented sentences through the real pipeline, each with a case where
the rule must stay silent. (The reading of a seller the parser hangs on the deal's value, "a contract worth
$600 million with X", was dropped by the lead: right twice on dev text, wrong twice on held-out text.)"""
from __future__ import annotations

from tests.extracted import graph_maker, relations_in

graph_of = graph_maker("2024-03-03")


def edges(pipeline, text: str, type_: str) -> set[tuple[str, str]]:
    return {(s, t) for s, typ, t in relations_in(graph_of(pipeline, text)) if typ == type_}


def test_deal_worth_an_amount_with_no_seller_sells_nothing(pipeline):
    text = "The Colombian Air Force signed a contract worth $3 billion in March, a month after the election."
    assert not edges(pipeline, text, "SUPPLIES")


def test_body_that_contracted_a_firm_to_build_buys_from_it(pipeline):
    text = ("The Greek Ministry of National Defence has contracted Naval Group to build three FDI frigates, "
            "Athens said.")
    found = edges(pipeline, text, "SUPPLIES")
    assert any(s == "Naval Group" and "Ministry" in t for s, t in found)


def test_the_firm_chosen_to_build_makes_the_goods_not_its_chooser(pipeline):
    text = "Norway has chosen BAE Systems to build its new Type 26 frigates."
    made = edges(pipeline, text, "MANUFACTURES")
    assert any(s == "BAE Systems" for s, _ in made)
    assert not any(s == "Norway" for s, _ in made)
    assert ("BAE Systems", "Norway") in edges(pipeline, text, "SUPPLIES")


def test_building_with_no_chooser_sells_nothing(pipeline):
    text = "Naval Group builds FDI frigates at its Lorient yard."
    assert not edges(pipeline, text, "SUPPLIES")


def test_passive_deal_told_by_the_seller_sells_to_the_agency(pipeline):
    text = ("Norway will buy 24 K9 howitzers. The deal was signed with the Norwegian Defence Materiel Agency on "
            "Monday, Hanwha Aerospace said in a statement.")
    found = edges(pipeline, text, "SUPPLIES")
    assert any(s == "Hanwha Aerospace" and "Agency" in t for s, t in found)


def test_passive_deal_with_no_goods_sells_nothing(pipeline):
    text = "The deal was signed with the Czech Ministry of Defence on Monday, Saab said."
    assert not edges(pipeline, text, "SUPPLIES")


def test_body_that_contracted_a_firm_buys_also_in_a_long_sentence(pipeline):
    text = ("Indonesia wants more frigates. The Indonesian Ministry of Defence has contracted Italy's Fincantieri to "
            "build two FREMM frigates for the Indonesian Navy, a deal worth 1.2 billion euros that was signed on "
            "Monday at the ministry's headquarters in Jakarta.")
    found = edges(pipeline, text, "SUPPLIES")
    assert any(s == "Fincantieri" and "Ministry" in t for s, t in found)


def test_passive_deal_told_by_a_firm_s_first_word(pipeline):
    text = ("Poland has signed a contract with South Korea's Hanwha Aerospace for 12 K9 howitzers. The deal was "
            "signed with the Armament Agency on Friday, Hanwha said in a statement.")
    found = edges(pipeline, text, "SUPPLIES")
    assert any(s == "Hanwha Aerospace" and "Agency" in t for s, t in found)
