"""The state of a lower-case body that only qualifies a title (menda37, mending govbody37): "Foreign ministry
spokesman X said" is of the subject state of its sentence's main clause, else of the sentence before; an object
("summoned the Japanese ambassador"), a possessor of another noun ("Kyiv's account"), a demonym qualifying another
body ("the Ukrainian air force said") and a capital in a place phrase ("its consulate in Damascus") are no
candidates; a state named later in the title's clause counts ("said Manila would"); where states still compete, no
body (the holder stays the country's, as before session 37). Invented sentences."""
from __future__ import annotations

import pytest

from tests.extracted import node_names, text_edges

DAY = "2025-03-04"


def bodies(pipeline, text: str) -> set[str]:
    return node_names(pipeline, text, "GovernmentBody", published=DAY)


@pytest.mark.parametrize("text,person,body", [
    ("Beijing summoned the Danish ambassador on Tuesday. Foreign ministry spokesman Li Wen said Copenhagen had "
     "crossed a line.", "Li Wen", "Ministry of Foreign Affairs of China"),
    ("Moscow rejected Kyiv's account of the attack. Foreign ministry spokeswoman Anna Orlova said the target was a "
     "fuel depot.", "Anna Orlova", "Ministry of Foreign Affairs of Russia"),
    ("Iran accused Israel of the attack on its embassy in Damascus. Foreign ministry spokesman Reza Amini said "
     "Tehran would answer.", "Reza Amini", "Ministry of Foreign Affairs of Iran"),
    ("Russian missiles hit Kharkiv overnight, the Ukrainian air force said. Defence ministry spokesman Oleg Sokolov "
     "denied it.", "Oleg Sokolov", "Ministry of Defence of Russia"),
    ("Beijing condemned the visit by Taiwan's president. Foreign ministry spokesman Li Wen called it a provocation.",
     "Li Wen", "Ministry of Foreign Affairs of China"),
])
def test_the_spokesman_of_the_subject_state(pipeline, text, person, body):
    assert (person, "AFFILIATED_WITH", body) in text_edges(pipeline, text, DAY)


@pytest.mark.parametrize("text,body,wrong", [
    ("The Philippines protested to China over the collision near Scarborough Shoal. The defence ministry "
     "spokesman said Manila would send more ships.", "Department of National Defense of the Philippines",
     "Ministry of National Defense of China"),
    ("Seoul accused Pyongyang of launching the drones. The defence ministry spokesman said Seoul would respond.",
     "Ministry of National Defense of South Korea", "Ministry of National Defence of North Korea"),
])
def test_a_state_named_later_in_the_clause_agrees_with_the_subject(pipeline, text, body, wrong):
    found = bodies(pipeline, text)
    assert body in found and wrong not in found


def test_competing_subject_states_make_no_body(pipeline):
    text = ("Moscow and Kyiv traded accusations over the attack. Foreign ministry spokeswoman Anna Orlova said the "
            "target was a fuel depot.")
    assert not any("Ministry" in b for b in bodies(pipeline, text))
