"""Conflicts stated by an act on the other side (session 28), on invented sentences about many countries:
sanctions a state places its object "under" ("Canada placed General X under sanctions"), an object
"him"/"her" of a sanctioning verb standing for the person named before, a party itself named a foe by a
labelling verb ("regards X as an enemy"), and verbs of acting "against" a party ("intervened against X",
"turned against X"); and a bloc's members listed after "the members are"."""
from __future__ import annotations

import pytest

from tests.extracted import tie
from tests.extracted import ties as edges

CONFLICT = "IN_CONFLICT_WITH"


@pytest.mark.parametrize("text,expected", [
    # sanctions placed on the object of a verb of placing
    ("Canada placed General Sergei Volkov under sanctions in 2023.", tie(CONFLICT, "Canada", "Sergei Volkov")),
    ("Australia put Promsvyazbank under sanctions last year.", tie(CONFLICT, "Australia", "Promsvyazbank")),
    # "him" after a sentence about the person: the person
    ("General Sergei Volkov led the southern campaign. The European Union placed him under sanctions in February.",
     tie(CONFLICT, "European Union", "Sergei Volkov")),
    ("General Sergei Volkov led the southern campaign. Japan and Canada both sanctioned him that year.",
     tie(CONFLICT, "Japan", "Sergei Volkov")),
    ("General Sergei Volkov led the southern campaign, and the European Union placed him under sanctions in 2023.",
     tie(CONFLICT, "European Union", "Sergei Volkov")),
    # a party named a foe
    ("Eritrea has long regarded the Tigray People's Liberation Front as an enemy.",
     tie(CONFLICT, "Eritrea", "Tigray People's Liberation Front")),
    ("Officials said Russia had come to regard France as a priority target.", tie(CONFLICT, "France", "Russia")),
    ("Peru still regards Bolivia as an adversary.", tie(CONFLICT, "Bolivia", "Peru")),
    # a verb of acting against a party
    ("Saudi Arabia intervened against the Houthis in March 2015.", tie(CONFLICT, "Houthis", "Saudi Arabia")),
    ("Mali turned against France after the coup.", tie(CONFLICT, "France", "Mali")),
    ("Armenia and Georgia united against Azerbaijan in the vote.", tie(CONFLICT, "Armenia", "Azerbaijan")),
])
def test_conflict_found(pipeline, text, expected):
    found = edges(pipeline, text, {CONFLICT})
    assert expected in found, found


@pytest.mark.parametrize("text,absent", [
    # placing someone elsewhere is no sanction, and "him" stands for nobody then
    ("General Sergei Volkov led the southern campaign. Canada placed him in charge of a training mission.",
     tie(CONFLICT, "Canada", "Sergei Volkov")),
    ("Canada placed Sergei Volkov at the head of the delegation.", tie(CONFLICT, "Canada", "Sergei Volkov")),
    # two people before "him" in its sentence: either may be meant
    ("General Sergei Volkov met Ivan Petrov, and Canada sanctioned him in February.",
     tie(CONFLICT, "Canada", "Sergei Volkov")),
    # a praising verb on "him": no conflict
    ("General Sergei Volkov led the southern campaign. Canada praised him in 2023.",
     tie(CONFLICT, "Canada", "Sergei Volkov")),
    # a friendly label, or a target that is a market
    ("India regards Japan as a key partner.", tie(CONFLICT, "India", "Japan")),
    ("Embraer described Kenya as a target market.", tie(CONFLICT, "Embraer", "Kenya")),
    # turning "to" a party, help "against" another: no act of the subject against the helper
    ("Chile turned to Sweden for help against Argentina.", tie(CONFLICT, "Chile", "Sweden")),
    # a verb of acting with no "against" object
    ("Kenya intervened in Haiti in 2024.", tie(CONFLICT, "Haiti", "Kenya")),
])
def test_no_conflict(pipeline, text, absent):
    assert absent not in edges(pipeline, text, {CONFLICT})


MEMBER = "MEMBER_OF"


def _members(pipeline, text: str) -> set[tuple[str, str]]:
    from tests.extracted import graph_of, relations_in

    return {(s, t) for s, typ, t in relations_in(graph_of(pipeline, text, "2024-05-02")) if typ == MEMBER}


@pytest.mark.parametrize("text,pair,present", [
    # "the members are A, B and C" after the bloc is named: the states its membership data confirms
    ("The Organization of Turkic States met in Astana. The full members are Turkey, Azerbaijan and Kazakhstan.",
     ("Azerbaijan", "Organization of Turkic States"), True),
    ("The Organization of Turkic States met in Astana. The members are Turkey, Japan and Kazakhstan.",
     ("Japan", "Organization of Turkic States"), False),
    # no bloc named before: no membership
    ("The board met in Astana. The members are Turkey and Kazakhstan.", ("Turkey", "Organization of Turkic States"),
     False),
])
def test_members_listed_by_copula(pipeline, text, pair, present):
    assert (pair in _members(pipeline, text)) is present
