"""PART_OF from the shape of a noun phrase (graph/relations/families/parts.py), on invented sentences:
a possessive owner right before a name, and a name beside a noun for a part."""
from __future__ import annotations

from functools import partial

import pytest

from tests.extracted import text_edges

edges = partial(text_edges, published="2024-05-02")


@pytest.mark.parametrize("text,expected,absent", [
    # a unit of a service, an institute of a university: the possessive names the owner
    ("The Egyptian Army's Rapid Deployment Brigade took part, as did Cairo University's Institute of Aviation Studies.",
     {("Rapid Deployment Brigade", "PART_OF", "Egyptian Army"),
      ("Institute of Aviation Studies", "PART_OF", "Cairo University")}, set()),
    # a plural possessive ends in a bare apostrophe
    ("The Israel Defense Forces' Golani Brigade joined the drill.",
     {("Golani Brigade", "PART_OF", "Israel Defense Forces")}, set()),
    # "its" stands for the firm named before
    ("Lockheed Martin said its Sikorsky unit would build the helicopters.",
     {("Sikorsky", "PART_OF", "Lockheed Martin")}, set()),
    # a name qualifying a noun that is no part: a stake, not a subsidiary
    ("Hanwha's Austal stake grew to 19.9 per cent.", set(), {("Austal", "PART_OF", "Hanwha")}),
    # a country's possessive names a firm's home, not its owner
    ("Turkey's Baykar opened a plant in Italy.", set(), {("Baykar", "PART_OF", "Turkey")}),
])
def test_possessive_owner(pipeline, text, expected, absent):
    found = edges(pipeline, text)
    assert expected <= found, f"missing {expected - found}"
    assert not (absent & found), f"unexpected {absent & found}"


@pytest.mark.parametrize("text,expected,absent", [
    # an in-house body of a service named by a generic word
    ("The Royal Thai Navy ordered two frigates. They were designed by the Naval Design Bureau, the navy's in-house "
     "design organisation.", {("Naval Design Bureau", "PART_OF", "Royal Thai Navy")}, set()),
    # a state firm under a ministry
    ("The hulls were built by Mazagon Dock Shipbuilders, a state-owned company under India's Ministry of Defence.",
     {("Mazagon Dock Shipbuilders", "PART_OF", "Ministry of Defence of India")}, set()),
    # a branch of an armed group
    ("Al-Shabaab, al-Qaeda's East African branch, claimed the attack.",
     {("Al-Shabaab", "PART_OF", "Al-Qaeda")}, set()),
    # "the Turkish company": a country describes, it owns nothing
    ("Baykar, the Turkish company, delivered the drones.", set(), {("Baykar", "PART_OF", "Turkey")}),
])
def test_described_part(pipeline, text, expected, absent):
    found = edges(pipeline, text)
    assert expected <= found, f"missing {expected - found}"
    assert not (absent & found), f"unexpected {absent & found}"


@pytest.mark.parametrize("text,expected,absent", [
    # a unit "of" the service
    ("The 12th Brigade of the Polish Army received the tanks.",
     {("12th Brigade", "PART_OF", "Polish Land Forces")}, set()),
    # a generic word for a unit named before
    ("The Royal Thai Air Force's 1st Wing took the first jets, and the wing's 102nd Squadron will fly them.",
     {("1st Wing", "PART_OF", "Royal Thai Air Force"), ("102nd Squadron", "PART_OF", "1st Wing")}, set()),
])
def test_unit_of_service(pipeline, text, expected, absent):
    found = edges(pipeline, text)
    assert expected <= found, f"missing {expected - found}"
    assert not (absent & found), f"unexpected {absent & found}"
