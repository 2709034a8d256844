"""mendm44: two merged rules mended on invented text (review44 mf05 / mf08, mb04 / mb17 / mb18).

neighbour_makers: a making verb whose object is goods of its own ("also makes subway cars", "will build six new
tugboats") ties no catalogued maker to the goods of the sentence before. pending_members: with the bloc taken from
an earlier sentence, a bid / entry / application with a complement of another kind ("bid to host", "entry into a
region", "application for funds") is no way into it; and the membership data's later terms are no candidacy on the
article's date unless the sentence tells an application under way (a bare "membership" is not)."""
from __future__ import annotations

import pytest

from tests.extracted import graph_of, relations_in


def _edges(pipeline, text: str, published: str) -> dict:
    return relations_in(graph_of(pipeline, text, published, name="t.txt"))


def _has(edges: dict, source: str, type_: str, target: str) -> bool:
    return any(t == type_ and source.lower() in s.lower() and target.lower() in o.lower() for (s, t, o) in edges)


@pytest.mark.parametrize("text,firm,goods", [
    ("Poland's army took delivery of 18 more K2 tanks last week. Hyundai Rotem also makes subway cars at its "
     "Changwon plant.", "Hyundai Rotem", "K2"),
    ("Pakistan's navy sailed its Babur-class corvettes to Oman in May. Karachi Shipyard & Engineering Works will "
     "build six new tugboats for the port authority.", "Karachi Shipyard", "Ada-class"),
    ("Egypt ordered 30 more Rafale jets in 2021. Dassault Aviation also builds business jets at its plant near "
     "Bordeaux.", "Dassault Aviation", "Rafale"),
])
def test_a_maker_of_other_goods_makes_none_of_the_sentence_before(pipeline, text, firm, goods):
    assert not _has(_edges(pipeline, text, "2025-03-10"), firm, "MANUFACTURES", goods)


@pytest.mark.parametrize("published,text,state,bloc", [
    ("2023-06-25", "EU foreign ministers met in Luxembourg on Monday. Serbia's bid to host the next Expo was "
                   "approved.", "Serbia", "European Union"),
    ("2024-09-10", "NATO defence ministers met in Brussels. Ukraine's entry into the Belgorod region came as a "
                   "surprise.", "Ukraine", "North Atlantic"),
    ("2023-03-01", "EU leaders gathered in Brussels on Thursday. Moldova's application for emergency funds was "
                   "approved.", "Moldova", "European Union"),
])
def test_a_bid_of_another_kind_is_no_way_into_an_earlier_bloc(pipeline, published, text, state, bloc):
    assert not _has(_edges(pipeline, text, published), state, "MEMBER_OF", bloc)


@pytest.mark.parametrize("published,text,state", [
    ("2021-06-20", "Sweden has long kept NATO membership as an option, the defence minister said.", "Sweden"),
    ("2021-09-01", "Finland's membership of NATO was debated by students in Helsinki.", "Finland"),
])
def test_a_later_membership_is_no_candidacy_the_text_does_not_tell(pipeline, published, text, state):
    assert not _has(_edges(pipeline, text, published), state, "MEMBER_OF", "North Atlantic")
