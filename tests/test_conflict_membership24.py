"""Conflict and membership shapes of session 24, on invented sentences about many countries: punitive levies on another party's goods,
measures aimed "against" a party, a weapon or law turned against two parties, a bloc "made up of" its
members, a referential "It is a member of ...", "whose country was readmitted", a state's bid named by
its bloc, and a state's complaint about another's act."""
from __future__ import annotations

import pytest

from tests.extracted import text_edges, tie
from tests.extracted import ties as edges

CONFLICT, MEMBER = "IN_CONFLICT_WITH", "MEMBER_OF"


@pytest.mark.parametrize("text,expected", [
    # a punitive levy on another party's goods
    ("Ottawa has put tariffs of 25 per cent on Chinese steel, the finance minister said.",
     tie(CONFLICT, "Canada", "China")),
    ("Beijing's duties on Australian wine were lifted in March.", tie(CONFLICT, "Australia", "China")),
    # measures aimed against a party, a law turned against two
    ("The European Union's measures against Belarus took effect on Monday.", tie(CONFLICT, "Belarus", "European Union")),
    ("It is the law that Washington has used against Venezuela and against Cuba.", tie(CONFLICT, "Cuba", "United States")),
    # a state's complaint about another state's act
    ("Norway has complained about Russian jamming of its airliners near Kirkenes.", tie(CONFLICT, "Norway", "Russia")),
    ("Vietnam protested against China's new survey in the Paracels.", tie(CONFLICT, "China", "Vietnam")),
])
def test_conflict_found(pipeline, text, expected):
    found = edges(pipeline, text, {CONFLICT})
    assert expected in found, found


@pytest.mark.parametrize("text,absent", [
    # duties that are no levy on a party
    ("The Kenyan officers took up their duties on Monday in Haiti.", tie(CONFLICT, "Haiti", "Kenya")),
    # a firm's late deliveries are a buyer's grumble
    ("Sweden has complained about late Saab deliveries.", tie(CONFLICT, "Saab", "Sweden")),
])
def test_conflict_not_found(pipeline, text, absent):
    found = edges(pipeline, text, {CONFLICT}, published="2024-02-27")
    assert absent not in found, found


@pytest.mark.parametrize("text,expected", [
    ("The Quad, made up of the United States, Japan, India and Australia, met in Tokyo on Tuesday.",
     ("Japan", MEMBER, "Quadrilateral Security Dialogue")),
    ("The CSTO consists of Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan.",
     ("Tajikistan", MEMBER, "Collective Security Treaty Organization")),
    # "It" is the state of the sentence before, not an expletive
    ("Tajikistan received its first Chinese drones on Tuesday. It is a member of the Collective Security "
     "Treaty Organization.", ("Tajikistan", MEMBER, "Collective Security Treaty Organization")),
    # a state's bid named by the bloc it is for: a candidate, however it fares
    ("Bosnia's NATO bid was blocked by Serbia's allies for years.",
     ("Bosnia and Herzegovina", MEMBER, "North Atlantic Treaty Organization")),
    ("Moldova's EU membership application has support in Paris.", ("Moldova", MEMBER, "European Union")),
    # "whose country" with a passive verb of admission
    ("Sudanese leader Abdel Fattah al-Burhan, whose country was readmitted to the African Union in 2025, spoke "
     "first.", ("Sudan", MEMBER, "African Union")),
])
def test_membership_found(pipeline, text, expected):
    found = text_edges(pipeline, text, "2025-06-01")
    assert expected in found, found


@pytest.mark.parametrize("text,absent", [
    # a membership the copula denies
    ("Austria is not a member of NATO.", ("Austria", MEMBER, "North Atlantic Treaty Organization")),
    ("Ireland bought radars on Monday. It is not a member of NATO, but it trains with allied forces.",
     ("Ireland", MEMBER, "North Atlantic Treaty Organization")),
])
def test_membership_not_found(pipeline, text, absent):
    found = text_edges(pipeline, text, "2025-06-01")
    assert absent not in found, found


def test_an_expletive_it_stands_for_nothing(pipeline):
    found = text_edges(pipeline, "Kazakhstan signed the deal on Monday. It is likely that Uzbekistan "
                       "will join the Collective Security Treaty Organization.", "2025-06-01")
    assert ("Kazakhstan", MEMBER, "Collective Security Treaty Organization") not in found, found
