"""A state's platform in a sentence that names one armed service of that state: the service operates it too
(graph/relations/passes/named_services.py, session 41). Not where the service has another platform of its own in
the sentence, where two services of the state are named, or where the service's branch does not fit the platform.
Invented sentences."""
from __future__ import annotations

import pytest

from graph.entities import Entity
from graph.relations.passes.named_services import _fits
from tests.extracted import text_edges


def _operates(edges, source: str, target: str) -> bool:
    return any(t == "OPERATES" and s == source and target in o for s, t, o in edges)


def test_branch_fits_category():
    air = Entity("b", "GovernmentBody", "Royal Thai Air Force")
    guard = Entity("g", "GovernmentBody", "Philippine Coast Guard")
    ship = Entity("p", "Platform", "Frigate X", props={"category": "naval_vessel"})
    missile = Entity("m", "Platform", "Missile X", props={"category": "missile"})
    joint = Entity("j", "GovernmentBody", "Armed Forces of Norland")
    assert not _fits(air, ship)
    assert _fits(air, missile)
    assert _fits(guard, ship)
    assert not _fits(joint, missile)


@pytest.mark.parametrize("text,body,platform", [
    ("Kenya signed a contract for 20 K9 howitzers on Monday, doubling the Kenyan Army's fleet of the guns.",
     "Kenya Army", "K9"),
    ("Morocco has signed for 24 AH-64E Apache helicopters, the largest order in the history of the Royal Moroccan Army.",
     "Royal Moroccan Army", "Apache"),
    ("Colombia took delivery of two C-295 transport aircraft on Friday in a ceremony at a Colombian Air Force base.",
     "Colombian Aerospace Force", "C295"),
])
def test_state_platform_beside_its_named_service(pipeline, text, body, platform):
    edges = text_edges(pipeline, text, "2025-03-04")
    assert _operates(edges, body, platform), edges


@pytest.mark.parametrize("text,body,platform", [
    # the service's own fleet is another fact of the sentence
    ("The Indian Air Force still relies on Su-30MKI fighters, but India has also bought the P-8I Poseidon.",
     "Indian Air Force", "P-8"),
    # the service's old fleet, the state's new type
    ("Norway will buy six P-8 Poseidon aircraft to take over from the Royal Norwegian Air Force's old P-3 fleet.",
     "Royal Norwegian Air Force", "P-8"),
    # an air force sails no frigates
    ("Peru ordered two FREMM frigates at the ceremony, which the Peruvian Air Force chief attended.",
     "Peruvian Air Force", "FREMM"),
])
def test_no_service_where_the_sentence_says_otherwise(pipeline, text, body, platform):
    edges = text_edges(pipeline, text, "2025-03-04")
    assert not _operates(edges, body, platform), edges
