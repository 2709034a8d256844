"""States listed together beside a small bloc, each a member by the membership data on the document's date
(families/listed_members.py, session 38), on invented sentences: the list beside the bloc's name in the sentence,
or a list of three or more after a sentence that names the bloc; not a bloc as large as NATO, not a list with one
state outside the bloc, not a denied clause, not a state that joined after the document's date."""
from __future__ import annotations

import pytest

from tests.extracted import text_edges

CSTO = "Collective Security Treaty Organization"
ASEAN = "Association of Southeast Asian Nations"


def members(pipeline, text: str, published: str = "2024-05-02") -> set[tuple[str, str]]:
    """(member, bloc) of the MEMBER_OF relations the text itself states (no catalogue facts)."""
    return {(s, t) for s, kind, t in text_edges(pipeline, text, published) if kind == "MEMBER_OF"}


@pytest.mark.parametrize("text,expected", [
    # the list in the sentence that names the bloc
    ("Kazakhstan, Kyrgyzstan and Tajikistan sent officers to the CSTO staff talks in Dushanbe.",
     {("Kazakhstan", CSTO), ("Kyrgyzstan", CSTO), ("Tajikistan", CSTO)}),
    ("Among the ASEAN contingents were those of Laos, Cambodia and Vietnam.",
     {("Laos", ASEAN), ("Cambodia", ASEAN), ("Vietnam", ASEAN)}),
    ("Brazil and India pressed for a common BRICS payment system at the meeting.",
     {("Brazil", "BRICS"), ("India", "BRICS")}),
    # a list of three or more after the sentence that names the bloc
    ("The CSTO opened its autumn drill near Osh on Monday. Troops came from Armenia, Belarus, Kazakhstan and "
     "Tajikistan.", {("Armenia", CSTO), ("Belarus", CSTO), ("Kazakhstan", CSTO), ("Tajikistan", CSTO)}),
])
def test_listed_members_found(pipeline, text, expected):
    found = members(pipeline, text)
    assert expected <= found, found


@pytest.mark.parametrize("text,absent", [
    # a bloc of more members than the limit: any list of its region's states is in it
    ("France, Germany and Italy voted for the NATO plan.", ("France", "North Atlantic Treaty Organization")),
    # one listed state is no member: the list is no list of members
    ("Kazakhstan, Mongolia and Tajikistan sent officers to the CSTO staff talks in Dushanbe.",
     ("Kazakhstan", CSTO)),
    # two states after a sentence that names the bloc
    ("The SCO met in Astana on Tuesday. Russia and China sent large delegations.",
     ("Russia", "Shanghai Cooperation Organisation")),
    # a denied clause
    ("Kazakhstan, Kyrgyzstan and Tajikistan did not send officers to the CSTO staff talks in Dushanbe.",
     ("Kyrgyzstan", CSTO)),
])
def test_listed_members_not_found(pipeline, text, absent):
    assert absent not in members(pipeline, text)


def test_listed_members_dated(pipeline):
    """A state that joined after the document's date is no member of it: the list gives nothing then."""
    text = "Egypt, Ethiopia and Iran pressed for a common BRICS payment system at the meeting."
    assert ("Ethiopia", "BRICS") not in members(pipeline, text, "2022-08-01")
    assert ("Ethiopia", "BRICS") in members(pipeline, text, "2024-08-01")
