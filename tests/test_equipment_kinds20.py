"""Kinds of equipment fact the rules missed on new text (issue 10, session 20): goods awaited or added to a
holding, sales whose goods a listing verb spells out, arrival nouns, making nouns, crews flying a type and
goods belonging to a force. Invented sentences, through the real pipeline."""
from __future__ import annotations

import pytest

from tests.extracted import has_staged as _has
from tests.extracted import staged_edges as _edges


@pytest.mark.parametrize("text, holder, platform, stage", [
    ("The Romanian Air Force is awaiting delivery of 32 F-35A fighters.", "Romanian Air Force", "F-35", "ordered"),
    ("Poland expects delivery of the first F-35 jets in 2026.", "Poland", "F-35", "ordered"),
    ("Hungary added 44 Leopard 2A7 tanks to its inventory last year.", "Hungary", "Leopard 2", "delivered"),
    ("Greece is adding six Rafale jets to its fleet.", "Greece", "Rafale", "delivering"),
    ("Two more Gripen jets were added to the Hungarian Air Force's fleet.", "Hungarian Air Force", "Gripen",
     "delivered"),
])
def test_goods_awaited_or_added_to_a_holding_are_the_holders(pipeline, text, holder, platform, stage):
    assert _has(_edges(pipeline, text), holder, "OPERATES", platform, stage)


@pytest.mark.parametrize("text", [
    "The minister added that the F-16 fleet of Chile would be upgraded.",
    "Lockheed Martin added a second F-35 line to its plant in Texas, Norway said.",
])
def test_add_without_a_holding_of_arms_gives_no_operator(pipeline, text):
    edges = _edges(pipeline, text)
    assert not any(t == "OPERATES" and s in {"Chile", "Norway"} for s, t, _, _ in edges)


def test_goods_taken_from_a_firm_are_supplied_to_the_service_named(pipeline):
    edges = _edges(pipeline, "Greece is modernising. The Hellenic Navy is adding FDI frigates from Naval Group.")
    assert _has(edges, "Naval Group", "SUPPLIES", "Hellenic Navy", "delivering")
    assert not _has(edges, "Naval Group", "SUPPLIES", "Greece")
    assert _has(edges, "Hellenic Navy", "OPERATES", "FDI", "delivering")


def test_a_listed_sale_takes_its_parties_from_the_deal_named_before(pipeline):
    edges = _edges(pipeline, "The United States approved a possible sale to Morocco. "
                             "The package includes 18 AH-64E Apache helicopters.")
    assert _has(edges, "United States", "SUPPLIES", "Morocco", "planned")
    assert _has(edges, "Morocco", "OPERATES", "Apache", "planned")


def test_a_deal_with_a_firm_covers_its_goods(pipeline):
    edges = _edges(pipeline, "Poland signed a contract with Hanwha Aerospace in May. "
                             "The deal covers 152 K239 Chunmoo launchers.")
    assert _has(edges, "Hanwha", "SUPPLIES", "Poland")
    assert _has(edges, "Poland", "OPERATES", "Chunmoo", "ordered")


def test_a_sellers_sales_list_their_goods_and_buyer(pipeline):
    edges = _edges(pipeline, "South Korea's recent sales include K2 tanks and K9 howitzers to Poland.")
    assert _has(edges, "South Korea", "SUPPLIES", "Poland")
    assert _has(edges, "Poland", "OPERATES", "K9")


def test_a_deal_struck_with_a_state_names_no_giver(pipeline):
    edges = _edges(pipeline, "Norway signed a security agreement with Moldova in June that included 12 Leopard 2 tanks.")
    assert not any(t == "SUPPLIES" and {"Norway", "Moldova"} == {s, o} for s, t, o, _ in edges)
    assert not _has(edges, "Norway", "OPERATES", "Leopard 2")


def test_a_maker_reporting_an_order_is_no_seller(pipeline):
    edges = _edges(pipeline, "Lockheed Martin said the order includes 32 F-35 jets.")
    assert not any(t == "SUPPLIES" for _, t, _, _ in edges)


@pytest.mark.parametrize("text, holder, platform, stage", [
    ("The arrival of the first K2 tanks in Poland was celebrated in Gdynia.", "Poland", "K2", "delivering"),
    ("The arrival in Hungary of 44 Leopard 2A7 tanks completed the deal.", "Hungary", "Leopard 2", "delivered"),
    ("The arrival of Rafale jets for the Croatian Air Force marks a new era.", "Croatian Air Force", "Rafale",
     "delivered"),
])
def test_the_place_goods_arrive_in_operates_them(pipeline, text, holder, platform, stage):
    assert _has(_edges(pipeline, text), holder, "OPERATES", platform, stage)


def test_an_arrival_still_ahead_gives_nothing(pipeline):
    edges = _edges(pipeline, "Officials prepared for the expected arrival of F-35 jets in Poland next year.")
    assert not _has(edges, "Poland", "OPERATES", "F-35")


@pytest.mark.parametrize("text, maker, platform, role", [
    ("Final assembly of the Gripen E takes place at Embraer's site in Gaviao Peixoto.", "Embraer", "Gripen",
     "assembler"),
    ("Assembly of the Anka drone by Kazakhstan Engineering is planned for 2026.", "Kazakhstan Engineering", "Anka",
     "assembler"),
    ("Saab is the maker of the Gripen fighter.", "Saab", "Gripen", None),
    ("Baykar is the sole manufacturer of the Akinci drone.", "Baykar", "Akinci", None),
])
def test_making_nouns_name_the_maker(pipeline, text, maker, platform, role):
    from tests.extracted import graph_of, relations_in

    rels = relations_in(graph_of(pipeline, text, "2024-05-02"))
    found = [d for (s, t, o), d in rels.items() if t == "MANUFACTURES" and maker in s and platform in o]
    assert found and (role is None or found[0].get("role") == role)


@pytest.mark.parametrize("text, holder, platform", [
    ("Ukrainian pilots flew with the F-16 over Kyiv for the first time.", "Ukraine", "F-16"),
    ("Polish pilots flying the F-35 will train in Texas.", "Poland", "F-35"),
    ("The three Rafale jets belong to the Indian Air Force.", "Indian Air Force", "Rafale"),
    ("The decision covers 46 NH90 helicopters, 39 belonging to the Australian Army.", "Australian Army", "NH90"),
])
def test_crews_flying_a_type_and_goods_belonging_to_a_force(pipeline, text, holder, platform):
    assert _has(_edges(pipeline, text), holder, "OPERATES", platform, "in_service")


def test_crews_flying_to_a_place_fly_no_platform(pipeline):
    edges = _edges(pipeline, "Ukrainian pilots flew to Romania for training on Monday.")
    assert not any(t == "OPERATES" for _, t, _, _ in edges)
