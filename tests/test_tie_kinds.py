"""Kinds of ties and memberships stated without the usual cue phrase, on invented sentences about
many countries: hostile acts on another side's forces, strikes on places, quarrels, joint agents,
"among the three countries", "a memorandum of understanding between", threatened departures."""
from __future__ import annotations

import pytest

from tests.extracted import tie, ties

COOP, CONFLICT = "COOPERATES_WITH", "IN_CONFLICT_WITH"


edges = ties


@pytest.mark.parametrize("text,expected", [
    # a hostile act done to another side's troops, crews or vessels
    ("Houthi gunmen abducted six Saudi soldiers in a raid on Tuesday.", tie(CONFLICT, "Houthis", "Saudi Arabia")),
    ("Ethiopian forces repelled Eritrean troops near the border town on Friday.", tie(CONFLICT, "Ethiopia", "Eritrea")),
    ("Twelve Nigerien soldiers were killed by Islamic State fighters near the border.",
     tie(CONFLICT, "Islamic State", "Niger")),
    # the helper of a hostile act on forces shares it
    ("Pyongyang sent thousands of soldiers last year to help Russia push Ukrainian forces out of Kursk.",
     tie(CONFLICT, "North Korea", "Ukraine")),
    ("Eritrea deployed brigades to help Ethiopia repel Sudanese troops near the border.",
     tie(CONFLICT, "Eritrea", "Sudan")),
    # a list of countries the parser reads as an apposition
    ("Guinea, Gabon and Sudan, all now led by juntas, expelled French troops last year.", tie(CONFLICT, "France", "Sudan")),
    # a strike on generic targets in a named country
    ("Israeli jets struck weapons depots across Syria overnight.", tie(CONFLICT, "Israel", "Syria")),
    # the subject of a copula carries the cue, its complement the sides
    ("The clash was the deadliest encounter between Indian and Chinese troops in decades.",
     tie(CONFLICT, "India", "China")),
    # conjoined subjects of a quarrel
    ("Lithuania and Poland quarrelled over the transit rules for months.", tie(CONFLICT, "Lithuania", "Poland")),
    # joint agents of a participle, and a relative clause done together
    ("The maintenance depot, operated jointly by Hanwha Aerospace and Kongsberg, opened in 2021.",
     tie(COOP, "Hanwha Aerospace", "Kongsberg")),
    ("The drills, organised jointly by the Thai and US navies, ended on Friday.", tie(COOP, "Thailand", "United States")),
    ("Cobra Gold, the drills that Thailand and the United States have held together since 1982, opened on Monday.",
     tie(COOP, "Thailand", "United States")),
    # a memorandum of understanding or letter of intent between two parties
    ("Officials watched the signing of a memorandum of understanding between Embraer and Mahindra Defence.",
     tie(COOP, "Embraer", "Mahindra Defence Systems")),
    ("Kongsberg agreed a letter of intent with Patria on missile work.", tie(COOP, "Kongsberg", "Patria")),
    # a verb of criticism aimed at what the critic names ("what it called ...", "what it described as ... by X")
    ("Ottawa criticised what it described as reckless manoeuvres by Russian bombers near Alaska.",
     tie(CONFLICT, "Canada", "Russia")),
    ("Turkey denounced what it called Greece's provocations in the Aegean.", tie(CONFLICT, "Greece", "Turkey")),
    # a plural description standing for three states named before
    ("Kenya, Uganda and Tanzania met in Arusha. Their ministers said the talks had opened a new chapter of "
     "cooperation among the three countries.", tie(COOP, "Kenya", "Tanzania")),
])
def test_tie_kind(pipeline, text, expected):
    found = edges(pipeline, text, {COOP, CONFLICT})
    assert expected in found, found


@pytest.mark.parametrize("text,absent", [
    # one's own troops, and troops worked with, are no enemy
    ("France forced its troops to leave the base.", None),
    ("Germany sent 40 soldiers to Lithuania, where they will train with Lithuanian troops.",
     tie(CONFLICT, "Germany", "Lithuania")),
    # arguing for something together is no quarrel; accounting for a share together is no tie
    ("Ghana and Togo argued that the border patrols should continue.", tie(CONFLICT, "Ghana", "Togo")),
    ("Russia and China together account for most of the exports.", tie(COOP, "China", "Russia")),
    # a jointly owned firm's parents are joint-venture parents, not a tie of this rule
    ("The plant, owned jointly by Hanwha Aerospace and Kongsberg, opened in 2021.",
     tie(COOP, "Hanwha Aerospace", "Kongsberg")),
    # a criticism of a thing, or a "what it called" clause under a verb that is no cue
    ("Rights groups criticised the sale of the jets to Egypt.", tie(CONFLICT, "Egypt", "Rights groups")),
    ("Kenya said what it called the Ugandan plan was fair.", tie(CONFLICT, "Kenya", "Uganda")),
    # an act not done to forces
    ("Malaysian police detained two Thai fishermen off Kelantan.", tie(CONFLICT, "Malaysia", "Thailand")),
])
def test_no_tie_kind(pipeline, text, absent):
    found = edges(pipeline, text, {COOP, CONFLICT})
    if absent is None:
        assert not {e for e in found if e[0] == CONFLICT}, found
    else:
        assert absent not in found, found


@pytest.mark.parametrize("text,member,bloc", [
    ("Mali threatened to withdraw from ECOWAS after the sanctions.", "Mali", "Economic Community of West African States"),
    ("Turkey has repeatedly threatened to leave NATO, diplomats said.", "Turkey", "North Atlantic Treaty Organization"),
    ("The Collective Security Treaty Organization met in Minsk. Belarus has frozen its participation in the bloc.",
     "Belarus", "Collective Security Treaty Organization"),
])
def test_member_by_leaving_threat(pipeline, text, member, bloc):
    assert ("MEMBER_OF", *sorted((member, bloc))) in edges(pipeline, text, {"MEMBER_OF"})


@pytest.mark.parametrize("text", [
    "Hungary did not threaten to leave the European Union.",
    # a departure done is a former membership (status former: tests/test_ties_s11.py), never a current one
])
def test_no_member_by_leaving(pipeline, text):
    assert not edges(pipeline, text, {"MEMBER_OF"})
