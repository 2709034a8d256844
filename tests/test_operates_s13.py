"""Who operates, supplies and receives a platform (issue 10, session 13): a service a firm builds for keeps what
it gets (not its state), the earlier customers a "latest customer" lists, a participle the tagger read as a past
tense, "it" after a clause whose subject was "the air force", an object pronoun the subject already was.
Invented sentences through the real pipeline."""
from __future__ import annotations

import pytest

from tests.extracted import has_staged as _has
from tests.extracted import staged_edges as _edges


@pytest.mark.parametrize("text, maker, service, platform, state", [
    ("Poland is expanding its artillery. At its plant in Stalowa Wola, Huta Stalowa Wola produces Krab howitzers "
     "for the Polish Army.", "Huta Stalowa Wola", "Polish", "Krab", "Poland"),
    ("Spain signed for new trainers last year. Airbus builds C295 transports for the Spanish Air Force at its plant "
     "in Seville.", "Airbus", "Spanish Air", "C295", "Spain"),
])
def test_a_firm_building_for_a_service_supplies_the_service_not_its_state(pipeline, text, maker, service, platform,
                                                                         state):
    edges = _edges(pipeline, text)
    assert _has(edges, service, "OPERATES", platform, "delivering")
    assert not _has(edges, state, "OPERATES", platform)
    assert not any(t == "SUPPLIES" and s == state for _, t, s, _ in edges)


def test_a_firm_building_for_a_state_still_supplies_the_state(pipeline):
    edges = _edges(pipeline, "Lockheed Martin builds F-16 Block 70 jets for Jordan and Slovakia at Greenville.")
    assert _has(edges, "Lockheed Martin", "SUPPLIES", "Jordan")
    assert _has(edges, "Slovakia", "OPERATES", "F-16")


def test_the_earlier_customers_a_latest_customer_follows_operate_the_type(pipeline):
    edges = _edges(pipeline, "Thailand is the latest export customer of the Gripen, following Hungary, the Czech "
                             "Republic and South Africa.")
    assert _has(edges, "Thailand", "OPERATES", "Gripen", "ordered")
    for state in ("Hungary", "Czech Republic", "South Africa"):
        assert _has(edges, state, "OPERATES", "Gripen")
    assert not any(t == "OPERATES" and st == "in_service" for _, t, _, st in edges)


def test_a_customer_after_a_deal_lists_no_other_customer(pipeline):
    edges = _edges(pipeline, "Chile is a customer of the F-16 after a 2002 deal with Washington.")
    assert _has(edges, "Chile", "OPERATES", "F-16", "in_service")
    assert not _has(edges, "United States", "OPERATES", "F-16")


def test_a_maker_demonym_before_goods_bought_is_no_buyer(pipeline):
    edges = _edges(pipeline, "Venezuela's air force still flies Russian-built Sukhoi Su-30MK2 fighters bought under "
                             "the late Hugo Chavez, but few analysts expect a clash.")
    assert not _has(edges, "Russia", "OPERATES", "Su-30")


def test_goods_bought_from_a_state_in_a_participle_still_name_the_seller(pipeline):
    edges = _edges(pipeline, "Peru's air force still flies MiG-29 fighters bought from Belarus under Alberto Fujimori.")
    assert _has(edges, "Belarus", "SUPPLIES", "Peru")
    assert _has(edges, "Peru", "OPERATES", "MiG-29")


def test_it_after_the_air_force_is_the_air_force(pipeline):
    edges = _edges(pipeline, "Brazil's Ministry of Defence on Monday signed a contract with Embraer for 20 more C-390 "
                             "transports for the Brazilian Air Force. Beyond the C-390, the air force is waiting for a "
                             "decision on new trainers, and it flies 36 Gripens bought from Sweden's Saab in 2014.")
    assert _has(edges, "Brazilian Air Force", "OPERATES", "Gripen", "in_service")


def test_an_object_pronoun_the_subject_already_was_is_not_the_goods_named_since(pipeline):
    edges = _edges(pipeline, "The cruiser Almirante Latorre was built in Sweden. It served the Swedish Navy for "
                             "decades, carrying Saab 105 jets, before Chile bought it in 1971.")
    assert not _has(edges, "Chile", "OPERATES", "Saab 105")


def test_each_firm_of_a_consortium_makes_what_it_builds(pipeline):
    edges = _edges(pipeline, "The Panavia Tornado was built by a consortium of BAE Systems, Leonardo and Airbus.")
    for firm in ("BAE Systems", "Leonardo", "Airbus"):
        assert _has(edges, firm, "MANUFACTURES", "Tornado")


def test_a_consortiums_firms_do_not_each_supply_its_customers(pipeline):
    edges = _edges(pipeline, "The Eurofighter Typhoon is built by a consortium of Airbus, BAE Systems and Leonardo "
                             "for the export customers Austria, Kuwait and Oman.")
    assert _has(edges, "Kuwait", "OPERATES", "Eurofighter")
    assert not any(t == "SUPPLIES" for _, t, _, _ in edges)


def test_a_bare_apostrophe_after_a_plural_firm_name_is_a_makers_possessive(pipeline):
    edges = _edges(pipeline, "The ministry is speeding up an extended-range version of Mitsubishi Heavy Industries' "
                             "Type 12 surface-to-ship missile.")
    assert _has(edges, "Mitsubishi Heavy Industries", "MANUFACTURES", "Type 12")


@pytest.mark.parametrize("text, seller, service", [
    ("Egypt's Ministry of Defence on Thursday signed a contract with Dassault Aviation for 30 Rafale jets for the "
     "Egyptian Air Force.", "Dassault Aviation", "Egyptian Air Force"),
])
def test_the_seller_of_a_deal_supplies_the_service_the_goods_are_for(pipeline, text, seller, service):
    edges = _edges(pipeline, text)
    assert _has(edges, seller, "SUPPLIES", service, "ordered")


def test_a_state_seller_supplies_the_services_state(pipeline):
    """A state sells to a state (supply15, ``relations/passes/state_buyers.py``): the goods' service is the
    operator, its state the buyer."""
    edges = _edges(pipeline, "Greece ordered 24 Rafale jets from France for the Hellenic Air Force.")
    assert _has(edges, "France", "SUPPLIES", "Greece", "ordered")
    assert _has(edges, "Hellenic Air Force", "OPERATES", "Rafale", "ordered")


def test_a_deal_for_a_state_names_no_service(pipeline):
    edges = _edges(pipeline, "Egypt signed a contract with Dassault Aviation for 30 Rafale jets for Egypt.")
    assert not any(t == "SUPPLIES" and "Force" in o for _, t, o, _ in edges)


def test_goods_bought_from_a_foreign_service_are_sold_by_its_state(pipeline):
    edges = _edges(pipeline, "Croatia bought 12 second-hand Rafales from the French Air and Space Force in 2021.")
    assert _has(edges, "France", "SUPPLIES", "Croatia", "delivered")
    assert _has(edges, "Croatia", "OPERATES", "Rafale", "delivered")


def test_the_ship_a_deals_goods_are_for_is_not_bought(pipeline):
    edges = _edges(pipeline, "The Indian Navy this year signed for 26 Rafale Marine fighters from France's Dassault "
                             "Aviation for its carrier INS Vikramaditya.")
    assert _has(edges, "Indian Navy", "OPERATES", "Rafale", "ordered")
    assert not _has(edges, "Indian Navy", "OPERATES", "Vikramaditya", "ordered")
