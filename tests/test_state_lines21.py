"""State-to-state lines (session 21), on invented sentences about many countries: a Q&A answer word
that is no negative subject, a relative clause on a list's first name, the enemy of "alongside X
against Y", a named side's targets and a place held by a side, the governments "of A and B", a body
two states set up together, a withdrawn envoy, armed craft entering a state, peace talks, a contract
signed between two, a member noun said of one name, a membership a bloc suspends or restores."""
from __future__ import annotations

import pytest

from tests.extracted import graph_of, tie
from tests.extracted import ties as edges

COOP, CONFLICT, MEMBER = "COOPERATES_WITH", "IN_CONFLICT_WITH", "MEMBER_OF"


@pytest.mark.parametrize("text,expected", [
    # an explainer's "No." is an answer, not a negative subject of what follows
    ("Is Peru alone in this? No. Chile, Bolivia and Ecuador forced Argentine troops to leave in 2022.",
     tie(CONFLICT, "Argentina", "Bolivia")),
    # a relative clause the parser hangs on a list's first name describes every name of it
    ("Unlike the juntas in Chad, Sudan and Libya, which expelled Egyptian forces, Kenya kept its partners.",
     tie(CONFLICT, "Egypt", "Libya")),
    # the enemy the parser hangs on the ally of "fighting alongside X against Y"
    ("Belarusian troops are fighting alongside Russian forces against Lithuania.", tie(CONFLICT, "Belarus", "Lithuania")),
    ("Belarusian troops are fighting alongside Russian forces against Lithuania.", tie(CONFLICT, "Lithuania", "Russia")),
    # a place held by a side stands for the side
    ("In June the United Kingdom launched air strikes on Houthi-held Yemen.", tie(CONFLICT, "Houthis", "United Kingdom")),
    # every conjunct of a generic head's "of" object
    ("Russian mercenaries have fought for the governments of Libya and Sudan.", tie(COOP, "Russia", "Sudan")),
    # coordinated subjects that set up a body together
    ("Kenya and Uganda formed a joint task force to patrol the border.", tie(COOP, "Kenya", "Uganda")),
    ("The Joint Indian-French Training Centre in Jodhpur, which India and France set up in 2019, closed.",
     tie(COOP, "France", "India")),
    # withdrawing an envoy is a protest, not an absence
    ("Latvia withdrew its ambassador from Belarus in March.", tie(CONFLICT, "Belarus", "Latvia")),
    ("Egypt retaliated against Sudan.", tie(CONFLICT, "Egypt", "Sudan")),
    # armed craft entering a named state
    ("Around a dozen Belarusian drones crossed into Lithuania overnight.", tie(CONFLICT, "Belarus", "Lithuania")),
    # talks to make peace are between sides at war
    ("Negotiators prepared a third round of peace talks between Armenian and Azerbaijani delegations in Almaty.",
     tie(CONFLICT, "Armenia", "Azerbaijan")),
    ("Oman has stepped up talks with the Houthis to end the war.", tie(CONFLICT, "Houthis", "Oman")),
])
def test_line_found(pipeline, text, expected):
    found = edges(pipeline, text, {COOP, CONFLICT})
    assert expected in found, found


@pytest.mark.parametrize("text,absent", [
    # "No country" still denies
    ("No country attacked Chile in 2022.", tie(CONFLICT, "Chile", "Peru")),
    # a relative clause after one of several described names is that name's alone
    ("Two firms bid: Thales, a French group, and Rheinmetall, which builds tanks for Hungary.",
     tie(COOP, "France", "Hungary")),
    # the place a named side's targets are in is no side
    ("France and Britain are striking Houthi targets in Yemen.", tie(CONFLICT, "France", "Yemen")),
    # a company each sets up is no joint body
    ("Germany and Poland set up their own companies in 2020.", tie(COOP, "Germany", "Poland")),
    # troops may cross to train with their host
    ("Around 3,000 Norwegian soldiers crossed into Sweden to form a brigade for the exercise.",
     tie(CONFLICT, "Norway", "Sweden")),
    # peace talks are no partnership; a contract is a sale
    ("Negotiators prepared a third round of peace talks between Armenian and Azerbaijani delegations in Almaty.",
     tie(COOP, "Armenia", "Azerbaijan")),
    ("The contract was signed between the Ministry of Defence of Peru and the Swedish company Saab.",
     tie(COOP, "Ministry of Defense (Peru)", "Saab")),
])
def test_line_absent(pipeline, text, absent):
    assert absent not in edges(pipeline, text, {COOP, CONFLICT})


def _members(pipeline, text: str) -> dict[tuple[str, str], str | None]:
    g = graph_of(pipeline, text, "2024-05-02")
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {(name[s], name[t]): d.get("status") for s, t, d in g.edges(data=True) if d["type"] == MEMBER}


def test_member_noun_said_of_one_name(pipeline):
    found = _members(pipeline, "Washington has used the act against Iran and against Hungary, a NATO ally, over their purchases.")
    assert ("Hungary", "North Atlantic Treaty Organization") in found
    assert ("United States", "North Atlantic Treaty Organization") not in found


def test_non_member_ally(pipeline):
    found = _members(pipeline, "Chile sent officers to the NATO-led mission, and the United States designated it a "
                               "major non-NATO ally in 2003.")
    assert ("United States", "North Atlantic Treaty Organization") not in found


@pytest.mark.parametrize("text,member,bloc,status", [
    ("The bloc's leaders agreed in Minsk to suspend Kyrgyzstan's membership of the Collective Security Treaty "
     "Organization.", "Kyrgyzstan", "Collective Security Treaty Organization", "suspended"),
    ("Guinea's membership of ECOWAS was suspended after the coup.", "Guinea",
     "Economic Community of West African States", "suspended"),
    ("ECOWAS suspended Guinea after the coup.", "Guinea", "Economic Community of West African States", "suspended"),
])
def test_membership_suspended(pipeline, text, member, bloc, status):
    assert _members(pipeline, text).get((member, bloc)) == status


def test_suspending_a_membership_is_no_conflict(pipeline):
    text = "Leaders of the Collective Security Treaty Organization agreed to suspend Armenia's membership."
    assert tie(CONFLICT, "Armenia", "Collective Security Treaty Organization") not in edges(pipeline, text, {CONFLICT})


@pytest.mark.parametrize("text,expected", [
    # a passive backing verb: its subject and its "by" agent
    ("The Allied Democratic Forces are backed by Sudan.", tie(COOP, "Allied Democratic Forces", "Sudan")),
    ("Hezbollah, which is funded by Iran, fired rockets.", tie(COOP, "Hezbollah", "Iran")),
    # taking on another party's defence
    ("France guaranteed Djibouti's security after independence.", tie(COOP, "Djibouti", "France")),
])
def test_tie_found(pipeline, text, expected):
    assert expected in edges(pipeline, text, {COOP})


@pytest.mark.parametrize("text,absent", [
    ("Russia no longer guarantees the security of Armenia.", tie(COOP, "Armenia", "Russia")),
    ("The plan was not supported by Germany or by Mali.", tie(COOP, "Germany", "Mali")),
])
def test_tie_absent(pipeline, text, absent):
    assert absent not in edges(pipeline, text, {COOP})


def test_one_of_the_other_members(pipeline):
    found = _members(pipeline, "In May the Indian Navy sailed off Guam alongside the navies of the United States, "
                               "Japan and Australia, the other three members of the Quad.")
    assert ("India", "Quadrilateral Security Dialogue") in found


def test_joined_for_a_session_is_no_accession(pipeline):
    found = _members(pipeline, "The EU summit opened in Brussels. The leaders of four Pacific partners, Australia's "
                               "Anthony Albanese and Japan's Fumio Kishida among them, joined for a session of their own.")
    assert ("Japan", "European Union") not in found
