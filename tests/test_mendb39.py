"""Catalogued users (``catalogued-user``, session 39) that the sentence does not make holders (mendb39): the host
of a show or fair, a state that only qualifies a person or body noun ("Egypt's president", "Norwegian police"),
goods asked for or refused; a row dated from its order year gives ``ordered`` before the first delivery; a seller's
"its retired jets" is no retirement by the buyer. Invented sentences."""
from __future__ import annotations

import pytest

from tests.extracted import stage_of, text_edges


def _operates(edges, a: str, b: str) -> bool:
    return any(t == "OPERATES" and s == a and o == b for s, t, o in edges)


@pytest.mark.parametrize("text,a,b", [
    # the host of a show or fair
    ("Greece hosted the DEFEA exhibition in Athens, where Dassault showed the Rafale.", "Greece", "Rafale"),
    ("India staged the Aero India air show in Bengaluru, where the Rafale flew twice a day.", "India", "Rafale"),
    # a state that only qualifies a person or body noun
    ("Egypt's president watched an F-16 demonstration in Texas on Tuesday.", "Egypt", "F-16"),
    ("Norwegian police arrested a man who filmed F-16 jets at an air base in Denmark.", "Norway", "F-16"),
    ("A Romanian court fined a tourist who photographed F-16 jets near the base.", "Romania", "F-16"),
    # goods asked for or refused
    ("India flies the Rafale, but France rejected its request for Meteor missiles.", "India", "Meteor"),
])
def test_no_holder(pipeline, text, a, b):
    edges = text_edges(pipeline, text, "2024-05-14")
    assert not _operates(edges, a, b), edges


@pytest.mark.parametrize("text,a,b", [
    ("Greece flies the Rafale, and its pilots like the type.", "Greece", "Rafale"),
    ("Romanian pilots train on F-16 jets at the base.", "Romania", "F-16"),
])
def test_holder_stays(pipeline, text, a, b):
    assert _operates(text_edges(pipeline, text, "2024-05-14"), a, b)


def test_order_year_row_is_ordered():
    from graph.relations.families.catalogued_users import default_stage

    assert default_stage("F-35", "Greece", (2024, 9999), 2025) == "ordered"
    assert default_stage("F-35", "Norway", (2015, 9999), 2025) == "in_service"
    assert default_stage("F-16", "Norway", (1980, 2022), 2025) == "retired"


@pytest.mark.parametrize("text,a,b", [
    ("The Czech Republic hosted a week of air policing drills, and the F-35 was the centre of the talks.",
     "Czech Republic", "F-35"),
    ("Greece hosted a week of air policing drills, and the F-35 was the centre of the talks.", "Greece", "F-35"),
])
def test_order_year_row_not_in_service(pipeline, text, a, b):
    assert stage_of(pipeline, text, a, "OPERATES", b, "2025-06-02") != "in_service"


@pytest.mark.parametrize("text,buyer", [
    ("Denmark sold 24 of its retired F-16 jets to Portugal.", "Portugal"),
    ("Norway sold 12 of its retired F-16 jets to Romania last year.", "Romania"),
])
def test_seller_retired_is_not_the_buyers(pipeline, text, buyer):
    assert stage_of(pipeline, text, buyer, "OPERATES", "F-16", "2024-05-14") != "retired"
