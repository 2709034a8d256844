"""A force's act told in an exercise's article but done elsewhere makes no part in the exercise
(graph/relations/families/drill_scene.py, applied in events.py ``displayed`` to the drill users and the platforms
used in the exercise): a strike at a target ("fired X at Y", "strikes on Y"), a place that is none of the exercise's
sites, a sentence naming a war or another event. The drill's own acts stay. Invented sentences."""
from __future__ import annotations

from functools import partial

import pytest
import spacy

from graph.relations.families.common import other_year
from tests.extracted import text_edges

edges = partial(text_edges, published="2025-09-16")

EXERCISE = ("Allied Navies Begin Baltic Trident 2025 Off Poland\n\n"
            "GDYNIA, Sept 15, 2025 - Ships and aircraft from nine allied states began the Baltic Trident 2025 "
            "exercise off Gdynia on Monday, the Polish navy said. The drills run until Sept 26. ")


def _partakers(found) -> set[str]:
    """Who took part in the article's exercise (named "Baltic Trident 2025" or "exercise, Gdynia, 2025")."""
    return {s for s, t, o in found if t == "PARTICIPATED_IN" and ("Trident" in o or "exercise" in o)}


@pytest.mark.parametrize("sentence,force", [
    ("The Royal Netherlands Air Force fired AIM-120 missiles at Houthi drones over Yemen.",
     "Royal Netherlands Air Force"),
    ("The French Navy fired Exocet missiles at a pirate skiff in the Gulf of Aden.", "French Navy"),
    ("During the Gulf War, the Royal Saudi Air Force flew F-15 fighters over Kuwait.", "Royal Saudi Air Force"),
    ("The Royal Norwegian Air Force flew F-35 fighters over Libya.", "Royal Norwegian Air Force"),
    ("The Italian Navy's destroyer Caio Duilio fired Aster missiles at Houthi drones in the Red Sea.", "Italian Navy"),
    ("In Syria, the Turkish Air Force flew F-16 fighters in strikes on Kurdish positions.", "Turkish Air Force"),
])
def test_a_force_acting_elsewhere_takes_no_part(pipeline, sentence, force):
    assert force not in _partakers(edges(pipeline, EXERCISE + sentence))


@pytest.mark.parametrize("sentence,force", [
    ("The Royal Netherlands Air Force flew F-35 fighters over the Baltic Sea on Tuesday.",
     "Royal Netherlands Air Force"),
    ("The Finnish Navy fired Gabriel missiles at a towed target on Wednesday.", "Finnish Navy"),
    ("The Swedish Navy fired RBS15 missiles on the decommissioned frigate HSwMS Visby.", "Swedish Navy"),
    ("The Swedish Air Force flew Gripen fighters in strikes against mock enemy positions.", "Swedish Air Force"),
    ("The Norwegian Navy sent the frigate HNoMS Roald Amundsen, which had been on duty off Somalia.",
     "Royal Norwegian Navy"),
    ("The Polish Navy's frigate ORP Gen. K. Pulaski sailed with Danish minehunters.", "Polish Navy"),
    ("The Royal Danish Air Force flew F-16 fighters from Aalborg to the exercise area.", "Royal Danish Air Force"),
])
def test_a_force_drilling_at_the_exercise_takes_part(pipeline, sentence, force):
    assert force in _partakers(edges(pipeline, EXERCISE + sentence))


@pytest.mark.parametrize("words,year,only,expected", [
    ("flew together in 2023", "2025", False, True),
    ("in 2025 , as in 2023", "2025", False, True),
    ("in 2025 , as in 2023", "2025", True, False),
    ("In 2022 , the drill", "2025", True, True),
    ("no year at all", "2025", False, False),
    ("bought in 1990", "", False, True),
])
def test_other_year_is_one_check(words, year, only, expected):
    """events, places and drill_users share one test of a year other than the event's."""
    assert other_year(spacy.blank("en")(words), year, only=only) is expected
