"""Platforms named by a stand-in ("the fleet", "the jets", "them") where a verb of basing or of flying missions puts
them (families/stand_in_bases.py): the latest fitting platform named before is deployed there; not a journey from a
place to another, not a flight told in the past, not a stand-in of another kind. Invented sentences."""
from __future__ import annotations

from functools import partial

from tests.extracted import text_edges

edges_of = partial(text_edges, published="2024-05-10", date_source=None)


def deployed(edges):
    return {(s, o) for s, t, o in edges if t == "DEPLOYED_TO"}


def test_the_fleet_based_at_a_base(pipeline):
    text = ("Hungary's MiG-29 fighters flew their last sorties on Friday. The fleet, based at Kecskemét Air Base, "
            "had shrunk to nine jets.")
    assert ("MiG-29", "Kecskemét Air Base") in deployed(edges_of(pipeline, text))


def test_flies_them_from_two_bases(pipeline):
    text = ("The Royal Danish Air Force received its first F-16s in 1980 and flies them from Skrydstrup Air Base "
            "and Aalborg Air Base.")
    found = deployed(edges_of(pipeline, text))
    assert {("F-16", "Skrydstrup Air Base"), ("F-16", "Aalborg Air Base")} <= found


def test_them_in_the_next_sentence(pipeline):
    text = "Peru ordered 24 Su-25 attack jets in 1998. Today the air force flies them from La Joya Air Base."
    assert ("Su-25", "La Joya Air Base") in deployed(edges_of(pipeline, text))


def test_keeps_them_at(pipeline):
    text = "The Ground Self-Defense Force bought its CH-47 helicopters from Boeing and keeps them at Camp Kisarazu."
    assert any(o == "Camp Kisarazu" for _, o in deployed(edges_of(pipeline, text)))


def test_the_jets_fly_from(pipeline):
    text = "The F-35s arrived last year. The jets fly from Ørland Air Station in central Norway."
    assert ("F-35", "Ørland Air Station") in deployed(edges_of(pipeline, text))


def test_a_journey_from_a_base_is_none(pipeline):
    text = "Poland bought F-16s in 2003. The air force flew them from Łask Air Base to Spain in 2019."
    assert ("F-16", "Łask Air Base") not in deployed(edges_of(pipeline, text))


def test_people_are_no_stand_in(pipeline):
    text = "India bought Rafale jets. The pilots fly from Ambala Air Force Station."
    assert not deployed(edges_of(pipeline, text))


def test_a_stand_in_of_another_kind_is_none(pipeline):
    text = "The navy ordered two Type 26 frigates. The helicopters fly from Culdrose Air Station."
    assert not any(o == "Culdrose Air Station" for _, o in deployed(edges_of(pipeline, text)))

