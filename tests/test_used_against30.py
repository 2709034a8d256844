"""A platform used against a party puts its one operating state in conflict with that party (session 30):
the platform is the subject of the clause that governs "against" (named, as a plural of its name, or
"it" for the platform named just before); a passive clause's "by" agent is the side. Invented sentences."""
from __future__ import annotations

import pytest

from tests.extracted import text_edges


def _conflict(edges, a: str, b: str) -> bool:
    return any(t == "IN_CONFLICT_WITH" and {s, o} == {a, b} for s, t, o in edges)


@pytest.mark.parametrize("text,a,b", [
    ("Nigeria's air force has flown the A-29 Super Tucano since 2021. "
     "The Tucanos flew strike missions against Boko Haram for months.",
     "Nigeria", "Boko Haram"),
    ("Nigeria took delivery of the Alpha Jet in 1981. The Nigerian Air Force flew the Alpha Jet for four decades. "
     "It flew ground-attack sorties against Boko Haram from 2013.", "Nigeria", "Boko Haram"),
    ("The Bayraktar TB2, which was used by Azerbaijan against Armenia in 2020, is now flown by Kenya.",
     "Azerbaijan", "Armenia"),
])
def test_platform_used_against_a_party(pipeline, text, a, b):
    edges = text_edges(pipeline, text, "2024-05-02")
    assert _conflict(edges, a, b), edges


@pytest.mark.parametrize("text,a,b", [
    # two states fly the type: no one side
    ("Poland and Norway fly the F-35. The F-35 flew missions against the Islamic State group.", "Poland",
     "Islamic State"),
    # denied
    ("Nigeria's air force has flown the A-29 Super Tucano since 2021. "
     "The Tucanos never flew against Boko Haram.", "Nigeria",
     "Boko Haram"),
    # a contest, not a use: a competitor is no side
    ("Romania ordered the K9 howitzer. The K9 was chosen against competition from Germany.", "Romania", "Germany"),
])
def test_no_conflict_without_one_side(pipeline, text, a, b):
    edges = text_edges(pipeline, text, "2024-05-02")
    assert not _conflict(edges, a, b), edges
