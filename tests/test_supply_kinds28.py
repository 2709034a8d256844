"""Makers named by a possessive (issue 10, session 28), pooled over the development halves: a state owning a
platform of its own origin that is bought, offered or set against a rival ("Peru ordered South Korea's K9",
"beat Turkey's T-155") is its maker, as "the Korean K9" is; a company owning a platform's phrase ("Kawasaki's
C-2", "GE's F414 turbofan") makes it. Invented sentences through the real pipeline, each with a case where
the rule must stay silent."""
from __future__ import annotations

from tests.extracted import graph_maker, relations_in

graph_of = graph_maker("2024-03-03")


def edges(pipeline, text: str, type_: str) -> set[tuple[str, str]]:
    return {(s, t) for s, typ, t in relations_in(graph_of(pipeline, text)) if typ == type_}


def test_origin_state_of_goods_bought_is_their_maker(pipeline):
    text = "Peru has ordered South Korea's K9 Thunder howitzer in a deal worth $400 million."
    assert ("South Korea", "K9 Thunder") in edges(pipeline, text, "MANUFACTURES")
    assert ("South Korea", "K9 Thunder") not in edges(pipeline, text, "OPERATES")


def test_origin_state_of_a_rival_type_is_its_maker(pipeline):
    text = "The Korean gun beat Germany's PzH 2000 and Turkey's T-155 Firtina in the Chilean competition."
    found = edges(pipeline, text, "MANUFACTURES")
    assert ("Turkey", "T-155 Fırtına") in found
    assert ("Turkey", "T-155 Fırtına") not in edges(pipeline, text, "OPERATES")


def test_a_state_s_own_fleet_in_action_stays_its_own(pipeline):
    text = "Israel's Iron Dome intercepted most of the rockets fired from Gaza on Sunday."
    assert ("Israel", "Iron Dome") in edges(pipeline, text, "OPERATES")
    assert ("Israel", "Iron Dome") not in edges(pipeline, text, "MANUFACTURES")


def test_company_possessive_makes_the_type(pipeline):
    text = ("Kawasaki Heavy Industries opened a new hangar at Gifu. The cabinet named the C-130J its preferred option "
            "ahead of the Airbus A400M and Kawasaki's C-2, which Japan had offered.")
    assert ("Kawasaki Heavy Industries", "C-2") in edges(pipeline, text, "MANUFACTURES")


def test_company_possessive_of_another_maker_s_type_makes_nothing(pipeline):
    text = ("Kawasaki Heavy Industries opened a new hangar at Gifu, where Kawasaki's F-15J fleet is overhauled "
            "for the air force.")
    assert ("Kawasaki Heavy Industries", "F-15") not in edges(pipeline, text, "MANUFACTURES")


def test_contract_between_a_firm_and_a_ministry_sells_the_goods_just_named(pipeline):
    text = ("Norway will buy six batteries of the NASAMS system. The contract was signed on Friday between "
            "Kongsberg, the company that builds the system, and the Norwegian Ministry of Defence.")
    found = edges(pipeline, text, "SUPPLIES")
    assert any(s == "Kongsberg" and "Ministry" in t for s, t in found)


def test_contract_between_two_parties_with_no_goods_sells_nothing(pipeline):
    text = ("The ministers met in Oslo to discuss the budget. The contract was signed on Friday between Kongsberg "
            "and the Norwegian Ministry of Defence.")
    assert not edges(pipeline, text, "SUPPLIES")


def test_a_memorandum_after_the_goods_sells_nothing(pipeline):
    text = ("Kongsberg will build the NASAMS system in Norway. The memorandum of understanding was signed in Oslo on "
            "Monday by Kongsberg and the Norwegian Ministry of Defence.")
    assert not edges(pipeline, text, "SUPPLIES")
