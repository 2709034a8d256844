"""Session 44 (operates44): the catalogued-user rule reads a maker state's own armed service of a fitting branch
beside the type as its user (the maker state itself stays left alone), finds a service's state in the catalogue
when the text does not name it, and reads "the air forces of X" and "units from X" as X's own (not a source).
Invented sentences."""
from __future__ import annotations

import pytest

from graph.entities import Entity
from graph.relations.families.catalogued_users import own_service
from tests.extracted import text_edges

DAY = "2024-05-14"


def _operates(edges, a: str, b: str) -> bool:
    return any(t == "OPERATES" and s == a and o == b for s, t, o in edges)


def _body(name: str) -> Entity:
    return Entity("governmentbody:x", "GovernmentBody", name, country="country:x")


def test_own_service_branch_fits_the_category():
    assert own_service(_body("Royal Air Force"), "aircraft")
    assert own_service(_body("Royal Navy"), "naval_vessel")
    assert own_service(_body("Royal Navy"), "aircraft")  # naval aviation
    assert own_service(_body("British Army"), "artillery")
    assert not own_service(_body("British Army"), "naval_vessel")
    assert not own_service(_body("Royal Air Force"), "armored_vehicle")
    assert not own_service(_body("Royal Air Force"), "other")  # an engine is no service's platform


@pytest.mark.parametrize("text,a,b", [
    ("Three years on, the Royal Air Force and the Eurofighter Typhoon remain a fixture of regional air shows.",
     "Royal Air Force", "Eurofighter Typhoon"),
    ("Three years on, the Royal Navy and the Type 45 destroyer remain a fixture of regional naval shows.",
     "Royal Navy", "Type 45 destroyer"),
    # export operators named by a possessive "of" or a people noun's "from"
    ("The air forces of Romania and Poland keep their F-16 jets on alert through the winter.", "Romania", "F-16"),
    ("HIMARS units from Romania joined the live-fire drill on the coast.", "Romania", "HIMARS"),
])
def test_user_beside_its_platform(pipeline, text, a, b):
    edges = text_edges(pipeline, text, DAY)
    assert _operates(edges, a, b), edges


@pytest.mark.parametrize("text,a,b", [
    # the maker state itself is mostly the seller: still left alone
    ("Three years on, the United Kingdom and the Eurofighter Typhoon remain a fixture of regional air shows.",
     "United Kingdom", "Eurofighter Typhoon"),
    # a service whose branch the type does not fit
    ("Three years on, the British Army and the Eurofighter Typhoon remain a fixture of regional air shows.",
     "British Army", "Eurofighter Typhoon"),
    # craft from a state are its gift or sale
    ("Ukraine received six F-16 jets from Norway last year.", "Norway", "F-16"),
])
def test_no_user(pipeline, text, a, b):
    edges = text_edges(pipeline, text, DAY)
    assert not _operates(edges, a, b), edges
