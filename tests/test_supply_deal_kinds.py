"""Kinds of supply wording and deal stage read on the released fresh7 half (issues 10 and 11), each on
invented sentences about other countries, firms and platforms, through the real pipeline: a purchase
conjoined to a lease "from" a lessor, a supplier noun whose subject stands for a firm or whose possessor
is an armed service, a pronoun for the ship just named, a government-to-government sale of a firm's
product, the origin of the goods a state flies, reliance on a supplier, a standing trade, a planned
purchase, a question that states nothing."""
from __future__ import annotations

import pytest

from graph.text.sources import Document


def _rels(pipeline, text: str) -> dict[tuple[str, str, str], str | None]:
    """(source, type, target) -> stage of the text relations of one invented article."""
    g = pipeline.process(Document.from_text(text, "test.txt"))
    return {(g.nodes[u]["name"], d["type"], g.nodes[v]["name"]): d.get("stage") for u, v, d in g.edges(data=True)
            if d["type"] != "MENTIONED_IN" and d.get("provenance") == "text"}


def _find(rels: dict, source: str, type_: str, target: str) -> list[str | None]:
    """The stages of the relations whose ends contain the given names (case-insensitive)."""
    return [st for (s, t, o), st in rels.items()
            if t == type_ and source.lower() in s.lower() and target.lower() in o.lower()]


def test_purchase_conjoined_to_a_lease_from_a_lessor(pipeline):
    rels = _rels(pipeline, "Under the plan Estonia is leasing two radars from Finland and buying a NASAMS "
                           "battery from Kongsberg.")
    assert _find(rels, "Kongsberg", "SUPPLIES", "Estonia") == ["ordered"]
    assert _find(rels, "Estonia", "OPERATES", "NASAMS") == ["ordered"]


def test_lease_to_a_state_still_supplies(pipeline):
    rels = _rels(pipeline, "Norway leased two NASAMS batteries to Ukraine in 2023.")
    assert _find(rels, "Norway", "SUPPLIES", "Ukraine")


@pytest.mark.parametrize("text, supplier, recipient", [
    ("Hanwha Aerospace opened a plant in Australia. The group is now one of Poland's main arms suppliers.",
     "Hanwha", "Poland"),
    ("Elbit Systems opened a plant in Romania. The company has become one of Azerbaijan's largest arms suppliers.",
     "Elbit", "Azerbaijan"),
    ("Damen is one of the Indonesian Navy's main suppliers.", "Damen", "Indonesian Navy"),
])
def test_supplier_noun_with_a_stand_in_subject_or_a_service_customer(pipeline, text, supplier, recipient):
    assert _find(_rels(pipeline, text), supplier, "SUPPLIES", recipient)


def test_supplier_noun_of_no_arms_gives_nothing(pipeline):
    rels = _rels(pipeline, "Qatar is one of Pakistan's main suppliers of gas.")
    assert not _find(rels, "Qatar", "SUPPLIES", "Pakistan")


def test_pronoun_object_is_the_ship_just_named(pipeline):
    rels = _rels(pipeline, "Chile received the Type 23 frigate HMS Grafton in 2006. The British yard BAE Systems "
                           "had delivered her in 1997.")
    assert _find(rels, "BAE Systems", "SUPPLIES", "Chile") == ["delivered"]


def test_government_sale_of_a_firms_product(pipeline):
    rels = _rels(pipeline, "Poland signed a government-to-government agreement with the United States for 96 "
                           "AH-64 Apache helicopters built by Boeing.")
    assert _find(rels, "United States", "SUPPLIES", "Poland") == ["ordered"]
    assert _find(rels, "Boeing", "SUPPLIES", "Poland") == ["ordered"]


def test_agreement_between_states_without_goods_has_no_direction(pipeline):
    rels = _rels(pipeline, "Belgium signed a security agreement with Ukraine that included 30 F-16 jets.")
    assert not _find(rels, "Belgium", "SUPPLIES", "Ukraine") and not _find(rels, "Ukraine", "SUPPLIES", "Belgium")


def test_origin_of_the_goods_a_state_flies(pipeline):
    rels = _rels(pipeline, "Egypt flies French Rafale jets and Russian MiG-29 fighters.")
    assert _find(rels, "France", "SUPPLIES", "Egypt") == ["delivered"]
    assert _find(rels, "Russia", "SUPPLIES", "Egypt") == ["delivered"]
    assert not _find(rels, "France", "OPERATES", "Rafale")  # the demonym says where they come from


@pytest.mark.parametrize("text, origin", [
    ("The Turkish Air Force flies Turkish F-16 jets.", "Turkey"),  # its own state supplies no one
    ("Serbia relies mainly on Soviet and Russian-built MiG-29 fighters.", "Soviet"),  # who built them
])
def test_origin_that_is_no_supplier(pipeline, text, origin):
    assert not [k for k in _rels(pipeline, text) if k[1] == "SUPPLIES" and origin.lower() in k[0].lower()]


def test_state_name_before_the_goods_is_their_origin(pipeline):
    rels = _rels(pipeline, "Poland plans to buy 32 US F-35 jets.")
    assert _find(rels, "United States", "SUPPLIES", "Poland") == ["planned"]


def test_reliance_on_a_supplier_for_arms(pipeline):
    rels = _rels(pipeline, "Qatar relies on France for its Rafale fighters.")
    assert _find(rels, "France", "SUPPLIES", "Qatar") == ["delivered"]
    assert _find(rels, "Qatar", "OPERATES", "Rafale") == ["in_service"]


@pytest.mark.parametrize("text, stage", [
    ("Algeria buys most of its weapons from Russia.", "delivered"),  # a standing trade
    ("Vietnam mostly buys its fighters from Russia.", "delivered"),
    ("Peru buys 24 KF-21 jets from South Korea.", "ordered"),  # news of one purchase
])
def test_present_purchase_stage(pipeline, text, stage):
    rels = _rels(pipeline, text)
    assert [st for (s, t, o), st in rels.items() if t == "SUPPLIES"] == [stage]


def test_planned_purchase_is_planned(pipeline):
    rels = _rels(pipeline, "Leaders discussed Vietnam's planned purchase of KF-21 jets from Korea Aerospace Industries.")
    assert _find(rels, "Korea Aerospace", "SUPPLIES", "Vietnam") == ["planned"]
    assert _find(rels, "Vietnam", "OPERATES", "KF-21") == ["planned"]


def test_a_question_states_no_purchase(pipeline):
    rels = _rels(pipeline, "The question is whether Peru buys the Gripen from Saab.")
    assert not _find(rels, "Saab", "SUPPLIES", "Peru") and not _find(rels, "Peru", "OPERATES", "Gripen")


def test_maker_named_beside_goods_bought_without_a_seller(pipeline):
    rels = _rels(pipeline, "Saab showed the Gripen E, which Thailand has ordered.")
    assert _find(rels, "Saab", "SUPPLIES", "Thailand") == ["ordered"]


@pytest.mark.parametrize("text", [
    "Thailand will pick one of two candidates: the Gripen from Saab or the F-16 from Lockheed Martin.",
    "Boeing showed the F-15EX at the fair, while Poland has bought the F-35.",  # Boeing does not make the F-35
])
def test_no_catalogue_maker_for_a_choice_to_come_or_another_type(pipeline, text):
    rels = _rels(pipeline, text)
    assert not _find(rels, "Lockheed", "SUPPLIES", "Thailand") and not _find(rels, "Boeing", "SUPPLIES", "Poland")


def test_purchase_through_a_foreign_government(pipeline):
    rels = _rels(pipeline, "Qatar is buying 24 Typhoon jets through the British government.")
    assert _find(rels, "United Kingdom", "SUPPLIES", "Qatar") == ["ordered"]
    # the first pair of the order is here, more to come (ANNOTATION.md's stage conventions, session 21)
    rels = _rels(pipeline, "The pair are the first of 24 Typhoon jets that Qatar is buying through the British government.")
    assert _find(rels, "United Kingdom", "SUPPLIES", "Qatar") == ["delivering"]


def test_supplied_goods_go_to_who_flies_them(pipeline):
    rels = _rels(pipeline, "The Royal Saudi Air Force relies on F-15 jets and Tornado bombers, the latter supplied by "
                           "BAE Systems.")
    assert _find(rels, "BAE Systems", "SUPPLIES", "Royal Saudi Air Force") == ["delivered"]
    rels = _rels(pipeline, "Nigeria flies JF-17 jets supplied by Pakistan.")
    assert _find(rels, "Pakistan", "SUPPLIES", "Nigeria") == ["delivered"]


def test_an_armed_service_as_the_object_of_supplying(pipeline):
    rels = _rels(pipeline, "Nammo, which supplies the Norwegian Army, employs 3,000 people.")
    assert _find(rels, "Nammo", "SUPPLIES", "Norwegian Army")
    assert not _find(rels, "Nammo", "SUPPLIES", "Norway")  # its own state's army, not its state


def test_supplier_noun_with_what_it_sends(pipeline):
    rels = _rels(pipeline, "Germany's Rheinmetall opened a plant in Michigan. The group has become one of Kyiv's key "
                           "arms suppliers, delivering ammunition and Marder infantry fighting vehicles.")
    assert _find(rels, "Rheinmetall", "SUPPLIES", "Ukraine") == ["delivered"]
    assert _find(rels, "Ukraine", "OPERATES", "Marder") == ["delivered"]


def test_supply_to_the_state_a_purpose_clause_helps(pipeline):
    rels = _rels(pipeline, "Sweden sent 50 CV90 vehicles to help Ukraine fight Russia.")
    assert _find(rels, "Sweden", "SUPPLIES", "Ukraine") == ["delivered"]
    assert not _find(rels, "Sweden", "SUPPLIES", "Russia")
    assert not _rels(pipeline, "France sent troops to help Mali fight insurgents.")  # no arms, no supply
