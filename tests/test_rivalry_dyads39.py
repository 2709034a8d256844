"""Two sides of a standing territorial rivalry (``rivalry_dyads.csv``: Thompson & Dreyer, ICOW, per row), named in
one sentence with a conflict cue or a rivalry word (threat, provocation, pressure, drills ...), are IN_CONFLICT_WITH
each other (session 39). Not talks without such a word, not a negated word, not a pair outside the data's years, and
an armed dyad still needs a conflict cue: the rivalry words are read only for a rivalry. Invented sentences."""
from __future__ import annotations

import pytest

from graph.relations.families.catalogued_dyads import active_dyad, active_rivalry
from tests.extracted import text_edges


def _conflict(edges, a: str, b: str) -> bool:
    return any(t == "IN_CONFLICT_WITH" and {s, o} == {a, b} for s, t, o in edges)


def test_data_dates_the_rivalries():
    assert active_rivalry({"North Korea"}, {"South Korea", "ROK"}, 2024)
    assert active_rivalry({"Taiwan"}, {"China"}, 2023)
    assert active_rivalry({"Eritrea"}, {"Ethiopia"}, 2010)
    assert not active_rivalry({"Eritrea"}, {"Ethiopia"}, 2019)
    assert not active_rivalry({"France"}, {"Germany"}, 2024)
    # a rivalry is no armed dyad: the armed rule's data is unchanged
    assert not active_dyad({"Greece"}, {"Turkey"}, 2024)


@pytest.mark.parametrize("text,a,b", [
    ("Beijing stepped up its military pressure on Taiwan after the island's election.", "China", "Taiwan"),
    ("Seoul called the launch a provocation and said Pyongyang would pay a price.", "North Korea", "South Korea"),
    ("Venezuela renewed its claim to the Essequibo region, which Guyana administers, with a referendum.",
     "Venezuela", "Guyana"),
    ("Greece called the Turkish flights over the Aegean a provocation and a threat to its islands.",
     "Greece", "Turkey"),
])
def test_rivals_with_a_rivalry_word(pipeline, text, a, b):
    edges = text_edges(pipeline, text, "2024-06-20")
    assert _conflict(edges, a, b), edges


@pytest.mark.parametrize("text,a,b,day", [
    # talks with no hostile word
    ("North Korea and South Korea held talks at Panmunjom on reuniting separated families.", "North Korea",
     "South Korea", "2024-06-20"),
    # the rivalry word is negated
    ("Greece said Turkey posed no threat to its islands after the leaders met in Athens.", "Greece", "Turkey",
     "2024-06-20"),
    # outside the rows' years (the 2018 peace to the 2022 truce)
    ("Eritrea and Ethiopia held joint drills near the old border towns.", "Eritrea", "Ethiopia", "2019-06-20"),
    # an armed dyad outside its years is no rivalry: a rivalry word alone does not make it a conflict
    ("Kyrgyzstan and Tajikistan staged drills near the border they share.", "Kyrgyzstan", "Tajikistan",
     "2019-06-20"),
])
def test_no_rivalry_conflict(pipeline, text, a, b, day):
    edges = text_edges(pipeline, text, day)
    assert not _conflict(edges, a, b), edges
