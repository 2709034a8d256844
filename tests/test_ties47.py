"""Session 47 (ties47), on invented sentences: a noun set in a bloc, or a bloc's member noun, in a sentence naming
one state the membership data confirms (confirmed_membership._lone_member_in); no MEMBER_OF the United Nations
read from the text (passes/member_ties.drop_universal_memberships)."""
from __future__ import annotations

import pytest

from tests.extracted import graph_of, has_member, relations_in


def members(pipeline, text: str, published: str = "2024-05-02") -> set[tuple[str, str]]:
    """(member, bloc) of the MEMBER_OF relations the text states (not the reference catalogue's)."""
    return {(s, t) for s, typ, t in relations_in(graph_of(pipeline, text, published)) if typ == "MEMBER_OF"}


@pytest.mark.parametrize("text,member,bloc", [
    ("The minister praised Portugal as a reliable contributor in NATO and in the Atlantic.", "Portugal",
     "North Atlantic"),
    ("Greece spends about 3 per cent of its output on defence, the second-highest share in NATO.", "Greece",
     "North Atlantic"),
    ("Denmark spent years as a leader in NATO's spending tables, an analyst said.", "Denmark", "North Atlantic"),
    ("Portugal has a long Atlantic coast, the longest of any EU country on that ocean.", "Portugal",
     "European Union"),
])
def test_lone_member_in_bloc(pipeline, text, member, bloc):
    found = members(pipeline, text)
    assert has_member(found, member, bloc), found


@pytest.mark.parametrize("text,member,bloc", [
    # a debate or gathering in the bloc, not a place inside it
    ("Poland followed the debate in NATO closely, the minister said.", "Poland", "North Atlantic"),
    # two members named: which one the noun is said of is not told
    ("Spain and Italy have the lowest shares in NATO, an analyst said.", "Spain", "North Atlantic"),
    # the data says no: Austria is in no such bloc
    ("Austria ranks as a laggard in NATO's partnership tables.", "Austria", "North Atlantic"),
    # a bloc's partner is outside it
    ("Colombia became NATO's first global partner in the region, a tie with the alliance rather than with Spain.",
     "Spain", "North Atlantic"),
    # negated
    ("Until this week Morocco was the only African country not in the bloc, the African Union said.", "Morocco",
     "African Union"),
])
def test_no_lone_member(pipeline, text, member, bloc):
    assert not has_member(members(pipeline, text), member, bloc)


@pytest.mark.parametrize("text,state", [
    ("Pyongyang remains under UN sanctions over its missile programme, and Russia vetoed a new resolution.",
     "North Korea"),
    ("Uruguay already has troops under UN command in the Congo.", "Uruguay"),
    ("The five permanent members of the Security Council - the United States, Russia, China, the United Kingdom and "
     "France - hold a veto over UN missions.", "France"),
])
def test_no_text_membership_of_the_united_nations(pipeline, text, state):
    edges = relations_in(graph_of(pipeline, text, "2024-05-02"))
    assert not any(k[1] == "MEMBER_OF" and k[2] == "United Nations" for k in edges), edges
