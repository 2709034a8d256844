"""Session 46 (mendo46): the demonym of a type's maker state is not its user where the type's own phrase names
another state or its service as the holder ("Israeli Heron drones of the Indian Army", "India's Israeli Heron
drones", "American F-16 jets flown by Ukrainian pilots", "belonging to", "leased to", "in Moroccan service",
"India said its Israeli Heron drones"),
whatever the operator table lists (families/inventory.py ``_owned_in_phrase``). Invented sentences."""
from __future__ import annotations

import pytest

from tests.extracted import text_edges

DAY = "2024-05-14"


@pytest.mark.parametrize("text,a,b", [
    # demonym-maker-user (the phrase is its clause's subject)
    ("Israeli Heron drones of the Indian Army watch the Line of Actual Control near Leh.", "Israel", "Heron"),
    ("Israeli Heron drones of the Indian Army will watch the disputed border next year.", "Israel", "Heron"),
    ("India said its Israeli Heron drones watch the Line of Actual Control near Leh.", "Israel", "Heron"),
    # demonym-user
    ("Greece said its Israeli Heron drones flew over the Aegean on Monday.", "Israel", "Heron"),
    ("Israeli Heron drones of the Azerbaijani Army patrol the mountain border.", "Israel", "Heron"),
    ("Israeli Heron drones, which belong to the Indian Navy, patrol the coast.", "Israel", "Heron"),
    ("Israeli Heron drones of the Azerbaijani Army patrolled the mountain border on Friday.", "Israel", "Heron"),
    ("Swedish Gripen fighters of the Czech Air Force escorted the bombers over Prague.", "Sweden", "Gripen"),
    ("American F-16 jets flown by Romanian pilots intercepted the drone over the Black Sea.", "United States",
     "F-16"),
    ("India's Israeli Heron drones flew along the border in Ladakh.", "Israel", "Heron"),
    ("French Rafale jets belonging to the Egyptian Air Force flew over Cairo during the parade.", "France",
     "Rafale"),
    ("Israeli Heron drones leased to Greece patrolled the Aegean coast.", "Israel", "Heron"),
    ("Israeli Heron drones in Moroccan service flew over the Sahara.", "Israel", "Heron"),
])
def test_maker_demonym_not_user_where_the_phrase_names_the_holder(pipeline, text, a, b):
    edges = text_edges(pipeline, text, DAY)
    assert not any(t == "OPERATES" and s == a and b in o for s, t, o in edges), edges
