"""Session 41 mend of the catalogued-dyad cues (``families/catalogued_dyads.py``): the ambiguous dyad nouns
("campaign", "front", "fight", "war") are not hostile with a peaceful modifier ("a recruitment campaign", "a united
front", "the political front"), as a past time ("the first since the war") or between the joiners of a fight ("join
the fight against Z" sets only Z against them); a later conjunct with a verb of its own ("strikes in Khost and
Afghanistan vowed to retaliate") is a side, not a place. Invented sentences."""
from __future__ import annotations

import pytest

from tests.extracted import text_edges


def _conflict(edges, a: str, b: str) -> bool:
    return any(t == "IN_CONFLICT_WITH" and {s, o} == {a, b} for s, t, o in edges)


@pytest.mark.parametrize("text,published,a,b", [
    # a peaceful modifier before the noun
    ("Mexico closed websites the Sinaloa Cartel used in a recruitment campaign aimed at teenagers.",
     "2025-04-08", "Mexico", "Sinaloa Cartel"),
    ("Pakistan and Afghanistan began a vaccination campaign in the border districts on Monday.",
     "2025-11-12", "Afghanistan", "Pakistan"),
    ("Myanmar officials received the Kachin Independence Army's political front in Ruili for talks on trade.",
     "2025-04-08", "Myanmar", "Kachin Independence Army"),
    ("Pakistan and Afghanistan showed a united front against Indian pressure during the talks in Tehran.",
     "2025-11-12", "Afghanistan", "Pakistan"),
    # joiners of a fight are allies
    ("Pakistan and Afghanistan agreed to join the fight against Islamic State - Khorasan Province.",
     "2025-11-12", "Afghanistan", "Pakistan"),
    # a war told as a past time
    ("Rwanda and the Democratic Republic of the Congo reopened a border market in Goma, the first since the war.",
     "2025-04-08", "Democratic Republic of the Congo", "Rwanda"),
])
def test_peaceful_senses_give_no_conflict(pipeline, text, published, a, b):
    edges = text_edges(pipeline, text, published)
    assert not _conflict(edges, a, b), edges


@pytest.mark.parametrize("text,published,a,b", [
    # a later conjunct followed by its own verb opens a clause: a side, not a place
    ("Pakistan carried out air strikes in Kunar and Afghanistan promised to respond on Monday.",
     "2025-10-12", "Afghanistan", "Pakistan"),
])
def test_conjunct_with_own_verb_is_a_side(pipeline, text, published, a, b):
    edges = text_edges(pipeline, text, published)
    assert _conflict(edges, a, b), edges
