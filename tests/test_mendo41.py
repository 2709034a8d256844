"""A state's platform beside one of its services: the service is read as operator only where the sentence names it
acting and as that state's (passes/named_services.py, mendo41). Invented sentences."""
from __future__ import annotations

import pytest

from tests.extracted import graph_maker, relations_in

graph_of = graph_maker("2025-03-10")


def _operates(pipeline, text: str, source: str, target: str) -> bool:
    return any(t == "OPERATES" and s == source and target.lower() in o.lower()
               for (s, t, o) in relations_in(graph_of(pipeline, text)))


@pytest.mark.parametrize("text,body,platform", [
    # the service's name modifies a noun of its people or bodies: a band, a spokesman, a chief, an academy
    ("Egypt took delivery of six more Rafale jets on Sunday, and the Egyptian Air Force band played at the handover.",
     "Egyptian Air Force", "Rafale"),
    ("Indonesia signed for 42 Rafale fighters, an Indonesian Air Force spokesman said on Monday.",
     "Indonesian Air Force", "Rafale"),
    ("Poland received its first K2 tanks in Gdynia, where the Polish Army band greeted the crews.",
     "Polish Land Forces", "K2"),
    ("Greece signed for six more Rafale jets, the Hellenic Air Force chief told reporters in Athens.",
     "Hellenic Air Force", "Rafale"),
    ("Thailand bought four Gripen fighters, and the Royal Thai Air Force academy will train their pilots.",
     "Royal Thai Air Force", "Gripen"),
    # a proper name that carries neither the state's name nor the service's own: another state's service
    ("Kuwait has taken delivery of 28 Eurofighter Typhoon jets, and the Royal Air Force trains Kuwaiti pilots at "
     "Coningsby.", "Kuwait Air Force", "Typhoon"),
])
def test_no_operator_from_a_service_not_acting_or_not_the_states(pipeline, text, body, platform):
    assert not _operates(pipeline, text, body, platform)


@pytest.mark.parametrize("text,body,platform", [
    # a navy's aircraft type (its name says so) fits the sea's branch
    ("India ordered 26 Rafale M fighters, and the Indian Navy will base them at Goa.", "Indian Navy", "Rafale M"),
    # the navy's carrier in the sentence is where the jets fly from, not another fleet of its own
    ("India will buy 26 Rafale M jets to fly from the Indian Navy's new Vikrant-class carrier.", "Indian Navy",
     "Rafale M"),
    ("France ordered 42 more Rafale M jets for the French Navy's aircraft carrier Charles de Gaulle.", "French Navy",
     "Rafale M"),
])
def test_a_navy_operates_its_states_naval_jets(pipeline, text, body, platform):
    assert _operates(pipeline, text, body, platform)
