"""Session 47 mends of merged work (review47 su07, su08, su12, lr13, pn01): a sale programme read only where goods
change hands and only under its own name ("FMS" is also a flight management system); the buyer under a state's
programme keeps its catalogued OPERATES at the sale's stage; the one who hands the colour presides (the singular
lemma of "colours"); a platform "on show" stays shown whatever its clause tells of its fleet's service. Invented
sentences through the real pipeline."""
from __future__ import annotations

import pytest

from tests.extracted import find_relation, graph_of, relations_in, text_edges

_DAY = "2025-11-18"


@pytest.mark.parametrize("text, buyer", [
    ("Indonesian officers study at a staff college in Kansas under the Foreign Military Sales programme, the United "
     "States said.", "Indonesia"),
    ("Chilean cadets fly with instructors in Arizona under the Foreign Military Sales programme, the United States "
     "said on Tuesday.", "Chile"),
])
def test_no_sale_without_goods(pipeline, text, buyer):
    assert ("United States", "SUPPLIES", buyer) not in text_edges(pipeline, text, _DAY)


@pytest.mark.parametrize("text, buyer", [
    ("Chile's air force picked a new FMS for its F-16 jets; the flight management software is made by a firm in the "
     "United States.", "Chile"),
    ("Thailand's navy fitted an upgraded FMS to its P-3 patrol planes, using software from a company in the United "
     "States.", "Thailand"),
])
def test_flight_management_system_is_no_sale(pipeline, text, buyer):
    assert ("United States", "SUPPLIES", buyer) not in text_edges(pipeline, text, _DAY)


@pytest.mark.parametrize("text, buyer, platform", [
    ("The United States approved a possible Foreign Military Sale to Lithuania of eight HIMARS launchers on "
     "Tuesday.", "Lithuania", "HIMARS"),
    ("The United States approved a possible Foreign Military Sale to Romania of three more HIMARS launchers on "
     "Wednesday.", "Romania", "HIMARS"),
])
def test_programme_buyer_keeps_its_type(pipeline, text, buyer, platform):
    rels = relations_in(graph_of(pipeline, text, _DAY))
    assert find_relation(rels, "United States", "SUPPLIES", buyer, stage="planned") is not None
    assert find_relation(rels, buyer, "OPERATES", platform, stage="planned") is not None


@pytest.mark.parametrize("text, presiding, body", [
    ("President Droupadi Murmu handed the colours to Admiral Dinesh Tripathi, the new chief of the Indian Navy, "
     "in New Delhi.", "Droupadi Murmu", "Indian Navy"),
    ("Defence Minister Khawaja Asif handed the colours to General Asim Munir, the new chief of the Pakistan Army, "
     "in Rawalpindi.", "Asif", "Pakistan Army"),
    ("President Ferdinand Marcos handed the colours to General Romeo Brawner, the new chief of the Philippine Army, "
     "in Manila.", "Marcos", "Philippine Army"),
])
def test_who_hands_the_colours_presides(pipeline, text, presiding, body):
    assert not any(presiding in s and t == "LEADS" and body in o for s, t, o in text_edges(pipeline, text, _DAY))


@pytest.mark.parametrize("text, platform, show", [
    ("Aero India opened in Bengaluru on Monday. The Su-30MKI jets on show have flown with the Indian Air Force "
     "since 2002.", "Su-30MKI", "Aero India"),
    ("The Dubai Airshow opened on Monday. The Rafale jets on show have flown with the French Air and Space Force "
     "since 2006.", "Rafale", "Dubai Airshow"),
])
def test_on_show_stays_shown(pipeline, text, platform, show):
    assert any(s == platform and t == "DISPLAYED_AT" and show in o for s, t, o in text_edges(pipeline, text, _DAY))
