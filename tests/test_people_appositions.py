"""Roles stated in an apposition beside a name (issue 10): the body a title after the name works for, named
past the title's topic; "its"/"whose" before a title; two joined titles of one person; role nouns of
people quoted for their institution. Invented sentences about other countries and firms."""
from __future__ import annotations

from functools import partial

import pytest

from tests.extracted import text_edges

edges = partial(text_edges, published="2024-05-02")


@pytest.mark.parametrize("text,expected,absent", [
    # the body past the title's topic: "a researcher on X at Y", "head of X for Y", "a planner now with Y"
    ("Marta Novak, a researcher on naval strategy in the Baltic at the Tallinn Centre for Defence Studies, said "
     "the order was late.", {("Marta Novak", "AFFILIATED_WITH", "Tallinn Centre for Defence Studies")}, set()),
    ("Brigadier Sam Ortiz, then head of air capability for the Chilean Air Force, said the jet was proven.",
     {("Sam Ortiz", "AFFILIATED_WITH", "Chilean Air Force")}, {("Sam Ortiz", "LEADS", "Chilean Air Force")}),
    ("Ilan Barak, a former navy planner now with the Haifa Institute for Maritime Strategy, said the raid mattered.",
     {("Ilan Barak", "AFFILIATED_WITH", "Haifa Institute for Maritime Strategy")}, set()),
    ("Colonel Raj Mehta served as project director for flight testing of the new trainer at the Aircraft Test "
     "Centre.", {("Raj Mehta", "AFFILIATED_WITH", "Aircraft Test Centre")},
     {("Raj Mehta", "LEADS", "Aircraft Test Centre")}),
    # role nouns of an institution's people
    ("Lena Berg, a research associate at the Oslo Centre for Security Policy, said the deal was large.",
     {("Lena Berg", "AFFILIATED_WITH", "Oslo Centre for Security Policy")}, set()),
    ("A Rheinmetall programme manager, Jonas Weber, said deliveries would start in May.",
     {("Jonas Weber", "AFFILIATED_WITH", "Rheinmetall")}, {("Jonas Weber", "LEADS", "Rheinmetall")}),
    ("New Zealand's Treasurer, Ruth Parker, cleared the purchase.",
     {("Ruth Parker", "AFFILIATED_WITH", "New Zealand")}, set()),
    # "its" for the one body the sentence has as subject before it; "whose" for the clause's noun
    ("The Ministry of Foreign Affairs answered on Friday: its spokesman, Omar Said, said Egypt would respond.",
     {("Omar Said", "AFFILIATED_WITH", "Ministry of Foreign Affairs of Egypt")}, set()),
    ("The US Fifth Fleet runs the drill from Bahrain, and its commander, Vice Admiral Gary Hunt, leads the task force.",
     {("Gary Hunt", "LEADS", "United States Fifth Fleet")}, set()),  # a catalogued fleet since session 42
    ("The army must find a new head of Northern Command, whose commander, Major General Avi Cohen, has resigned.",
     {("Avi Cohen", "LEADS", "Northern Command")}, set()),
    # two joined titles: one person's when the second has no determiner of its own, else the second is the name's
    ("Embraer's chairman and managing director, Carlos Silva, said the removal was no statement.",
     {("Carlos Silva", "LEADS", "Embraer")}, set()),
    ("The contract was signed by the Iraqi defence minister and Portugal's ambassador to Iraq, Rui Costa.",
     {("Rui Costa", "AFFILIATED_WITH", "Portugal")}, {("Rui Costa", "AFFILIATED_WITH", "Iraq")}),
    # not across another person: "A and the minister, B" gives A nothing
    ("Rafael Grossi and the chief executive of Saab, Lars Holm, signed the deal.",
     {("Lars Holm", "LEADS", "Saab")}, {("Rafael Grossi", "LEADS", "Saab")}),
    # "its" with two bodies as subjects before it is nobody's
    ("Thales said the radar was ready and Safran said the engine was late, and its spokesman, Paul Roux, "
     "declined to comment.", set(), {("Paul Roux", "AFFILIATED_WITH", "Thales"),
                                     ("Paul Roux", "AFFILIATED_WITH", "Safran")}),
    # an "its" the clause's verb takes after another noun is that noun's ("the firm by its ...")
    ("The Government of Norway was represented by its Minister of Trade, Ola Berg, and the firm by its President "
     "and Chief Executive Officer, Kari Lund.", set(), {("Kari Lund", "AFFILIATED_WITH", "Norway"),
                                                         ("Kari Lund", "LEADS", "Norway")}),
    # a ministry's secretary-general is its top civil servant, not its minister
    ("Ahmad Kamal, secretary-general of the Malaysian Ministry of Defence, signed the document.",
     {("Ahmad Kamal", "AFFILIATED_WITH", "Ministry of Defence of Malaysia")},
     {("Ahmad Kamal", "LEADS", "Ministry of Defence of Malaysia")}),
])
def test_appositive_roles(pipeline, text, expected, absent):
    found = edges(pipeline, text)
    assert expected <= found, found
    assert not absent & found, found
