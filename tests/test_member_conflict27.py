"""Membership and conflict said loosely, on invented sentences about many countries (session 27): the other
side of a conflict as a relative pronoun's antecedent ("X, with which Y has quarrelled"), an exchange of fire
"with" a side hung on the object, a quarrel verb with its "with" side, sanctions "placed ... by" a state, a
conflict noun of standing hostility with no own side named (the article's state), "the league" as the bloc
named a league, the states listed after a bloc's member noun that the parser reads as its conjuncts, and a
relative clause on a noun in apposition to a list ("A and B, countries that belong to X"), and rival claims
to one place ("A claims X, which B administers"), and the signatories of a bloc's founding treaty."""
from __future__ import annotations

import pytest

from tests.extracted import tie
from tests.extracted import ties as edges

CONFLICT, MEMBER = "IN_CONFLICT_WITH", "MEMBER_OF"


def members(pipeline, text: str, published: str = "2024-05-02") -> set[tuple[str, str]]:
    """(member, bloc) of the MEMBER_OF edges of ``text``."""
    return {(a, b) for t, a, b in _directed(pipeline, text, published) if t == MEMBER}


def _directed(pipeline, text: str, published: str) -> set[tuple[str, str, str]]:
    from tests.extracted import graph_of

    g = graph_of(pipeline, text, published)
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {(d["type"], name[s], name[t]) for s, t, d in g.edges(data=True) if d.get("provenance") != "reference"}


@pytest.mark.parametrize("text,expected", [
    # the other side is the noun a relative clause's "with which" hangs on (or the name it describes)
    ("Chile, with which Bolivia has fought over the coast since 1879, held naval drills.", tie(CONFLICT, "Bolivia", "Chile")),
    ("Eritrea, a neighbour with which Ethiopia fought a border war, closed the crossing.",
     tie(CONFLICT, "Eritrea", "Ethiopia")),
    # a quarrel verb with its "with" side
    ("Colombia has long feuded with Venezuela over the border crossings.", tie(CONFLICT, "Colombia", "Venezuela")),
    # "trading fire with": the parser hangs "with" on the exchanged object
    ("Thailand has been trading fire with Cambodia along the border since Thursday.", tie(CONFLICT, "Cambodia", "Thailand")),
    # sanctions a state places someone "under" ("by" the noun or the verb)
    ("General Sergei Volkov was placed under sanctions by Canada and Australia in 2023.",
     tie(CONFLICT, "Australia", "Sergei Volkov")),
    # a conflict noun of standing hostility "with" a side, no own side named: the article's state
    ("Bolivia has bought six drones from China. The purchase answers decades of tension with Chile.",
     tie(CONFLICT, "Bolivia", "Chile")),
    ("Guyana has ordered two patrol vessels. The deal comes as the row with Venezuela deepens.",
     tie(CONFLICT, "Guyana", "Venezuela")),
    # rival claims to one place: the claimant and its holder or other claimant
    ("Venezuela claims the Essequibo region, which Guyana controls.", tie(CONFLICT, "Guyana", "Venezuela")),
    ("Vietnam's claims to reefs also claimed by Malaysia were discussed.", tie(CONFLICT, "Malaysia", "Vietnam")),
])
def test_conflict_found(pipeline, text, expected):
    found = edges(pipeline, text, {CONFLICT})
    assert expected in found, found


@pytest.mark.parametrize("text,absent", [
    # an owner or modifier names the side: not the article's state
    ("Peru has bought six drones. Ecuador's dispute with Colombia has cooled since May.", tie(CONFLICT, "Colombia", "Peru")),
    # an act, not a standing hostility, "with" someone
    ("Peru has bought six drones. The strikes with Brazilian aircraft were rehearsed in May.",
     tie(CONFLICT, "Brazil", "Peru")),
    # "a row" of things, or views exchanged, is no quarrel
    ("Peru has bought six drones. Officers sat in a row of chairs at the ceremony.", tie(CONFLICT, "Peru", "Peru")),
    ("Peru exchanged views with Brazil on the Amazon.", tie(CONFLICT, "Brazil", "Peru")),
    # a claim that is no territorial one, a place nobody else holds
    ("The ministry claims the drones, which Ukraine fired, were shot down.", tie(CONFLICT, "Russia", "Ukraine")),
    ("Norway claims the island, which it has administered since 1925.", tie(CONFLICT, "Norway", "Norway")),
    # words against what happens in a place are not aimed at the place
    ("The league's chief criticised foreign interference in Libya and Sudan.", tie(CONFLICT, "Arab League", "Libya")),
    ("Chile named a new envoy. The minister criticised armed gangs and foreign interference in Haiti and Ecuador.",
     tie(CONFLICT, "Chile", "Haiti")),
])
def test_no_conflict(pipeline, text, absent):
    assert absent not in edges(pipeline, text, {CONFLICT})


def test_censure_still_names_its_target(pipeline):
    assert tie(CONFLICT, "Poland", "Russia") in edges(pipeline, "Poland condemned Russia in a statement.", {CONFLICT})


@pytest.mark.parametrize("text,member,bloc", [
    # "the league" is the bloc named a league
    ("The Arab League met in Algiers on Monday. Tunisia is one of the league's members that sent a minister.",
     "Tunisia", "League of Arab States"),
    # the states right after a bloc's member noun, read by the parser as its conjuncts
    ("NATO's northern flank states, Norway and Finland, asked for more aircraft.", "Norway",
     "North Atlantic Treaty Organization"),
    ("NATO's northern flank states, Norway and Finland, asked for more aircraft.", "Finland",
     "North Atlantic Treaty Organization"),
    # a relative clause on a noun set beside a list describes every name of the list
    ("Armenia and Tajikistan, countries that belong to the CSTO, met in Dushanbe.", "Armenia",
     "Collective Security Treaty Organization"),
    ("Armenia and Tajikistan, countries that belong to the CSTO, met in Dushanbe.", "Tajikistan",
     "Collective Security Treaty Organization"),
    # the signatories of a bloc's founding treaty or charter
    ("China, Russia and Kazakhstan signed the SCO's founding charter in 2002.", "Kazakhstan",
     "Shanghai Cooperation Organisation"),
    ("The founding charter of the Shanghai Cooperation Organisation was signed by China and Kyrgyzstan in 2002.",
     "Kyrgyzstan", "Shanghai Cooperation Organisation"),
    ("Mongolia stayed out of the CSTO, the pact whose founding treaty Armenia and Tajikistan signed in 1992.",
     "Tajikistan", "Collective Security Treaty Organization"),
])
def test_member_found(pipeline, text, member, bloc):
    found = members(pipeline, text)
    assert (member, bloc) in found, found


@pytest.mark.parametrize("text,member,bloc", [
    # "the league" is no bloc that is not named a league
    ("The Shanghai Cooperation Organisation met in Astana. Tunisia is a member of the league.", "Tunisia",
     "Shanghai Cooperation Organisation"),
    # a listed state the membership data does not confirm
    ("NATO's partner states, Austria and Ireland, asked for more aircraft.", "Austria",
     "North Atlantic Treaty Organization"),
    # a founding treaty not signed
    ("Mongolia never signed the founding treaty of the CSTO.", "Mongolia", "Collective Security Treaty Organization"),
])
def test_no_member(pipeline, text, member, bloc):
    assert (member, bloc) not in members(pipeline, text)
