"""Kinds of transfer and deployment wording (issue 10): who a state sells to, and which moves of a
platform are deployments; invented sentences through the real pipeline."""
from __future__ import annotations

import pytest

from tests.extracted import find_relation, text_relations


@pytest.mark.parametrize("text, seller, state, service", [
    ("The Peruvian Air Force flies MiG-29 fighters bought from Russia.", "Russia", "Peru", "Air Force"),
])
def test_a_state_sells_to_the_state_of_the_service(pipeline, text, seller, state, service):
    edges = text_relations(pipeline, text)
    assert find_relation(edges, seller, "SUPPLIES", state)
    assert not find_relation(edges, seller, "SUPPLIES", service)


def test_a_service_that_buys_in_its_own_clause_stays_a_recipient_beside_its_state(pipeline):
    """The service is the subject of the buying verb and the seller is named for itself: both recipients
    (supplies49, after the rulings that make the body that ordered or took delivery the recipient: fr01, fu01)."""
    edges = text_relations(pipeline, "Chile's navy bought two Type 23 frigates from the United Kingdom in 2006.")
    assert find_relation(edges, "United Kingdom", "SUPPLIES", "Chile")
    assert find_relation(edges, "United Kingdom", "SUPPLIES", "Navy")


@pytest.mark.parametrize("text, platform, place", [
    ("The Polish F-16s were deployed to Lithuania in 2024.", "F-16", "Lithuania"),
    ("Six Rafale fighters landed at Souda air base on Crete on Tuesday.", "Rafale", "Souda"),
    ("The F-35s touched down at Amendola Air Base in the province of Foggia on Friday.", "F-35", "Amendola"),
    ("Spanish Air Force Eurofighter Typhoons flying from Siauliai air base intercepted two Russian jets on Monday.",
     "Typhoon", "Siauliai"),
    ("The Gripen fighters operate from Caslav air base near Prague.", "Gripen", "slav Air Base"),
])
def test_deployments(pipeline, text, platform, place):
    assert find_relation(text_relations(pipeline, text), platform, "DEPLOYED_TO", place)


@pytest.mark.parametrize("text, platform, place", [
    # a landing in a country is a visit or a delivery flight, not a deployment
    ("Two Portuguese Air Force F-16 fighters landed in Romania on Monday for a week of drills.", "F-16", "Romania"),
    # the region a base lies in is no second destination
    ("The F-35s touched down at Amendola Air Base in the province of Foggia on Friday.", "F-35", "Foggia"),
    # a purpose, not a deployment
    ("The Spanish Navy will get four MQ-9B drones for patrols over the Atlantic Ocean.", "MQ-9", "Atlantic"),
    # the clause is about a unit or people, not the platform named before it
    ("The Leopard 2 tanks joined the 10th Armoured Brigade, which is based in Lower Saxony.", "Leopard", "Saxony"),
    ("Leopard 2 tanks were unloaded in Gdansk, while soldiers from the armoured brigade based in Bavaria came ashore.",
     "Leopard", "Bavaria"),
    ("The destroyer HNLMS Tromp rescued the sailors, who were landed in Aruba on Sunday.", "Tromp", "Aruba"),
    # the start of a journey, not where the jets are based
    ("Two F-16s flew from Luke Air Force Base to Texas for a display.", "F-16", "Luke"),
])
def test_no_deployment(pipeline, text, platform, place):
    assert not find_relation(text_relations(pipeline, text), platform, "DEPLOYED_TO", place)


@pytest.mark.parametrize("name, country", [
    ("Hellenic Aerospace Industry", "Greece"),  # the adjective of a state
    ("Pakistan Ordnance Factories", "Pakistan"),
    ("Franco-Belgian Armour Works", None),  # a venture of two states
    ("Polish-Ukrainian Drone Company", None),
    ("Institute for Iranian Affairs", None),  # a topic, not a seat
])
def test_the_country_a_name_carries(name, country):
    from graph.reference import load_reference
    from graph.relations.families.organisations import _name_country

    found = _name_country(load_reference(), name)
    assert (found.name if found else None) == country
