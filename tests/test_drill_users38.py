"""Forces that put platforms to use in the article's exercise took part in it (graph/relations/families/displayers.py
``drill_users``, called by events.py ``displayed`` where a platform is used in the exercise): the named subject of
the drill's verb ("the air force flew F-35 fighters", "the army fired its howitzers") or the owner of a platform
that is itself the subject ("the navy's frigate X sailed"); not a denied use, a demonym, a use in another year or
a platform flown outside an exercise's article. Invented sentences."""
from __future__ import annotations

from functools import partial

from tests.extracted import text_edges

edges = partial(text_edges, published="2025-06-10")

EXERCISE = ("Allied Troops Start Northern Shield 2025 In Estonia\n\n"
            "TALLINN, June 9, 2025 - The multinational exercise Northern Shield 2025 opened on Monday in Estonia "
            "with about 9,000 troops. The drills run until June 20. ")
EVENT = "Northern Shield 2025"
SUMMIT = ("Nordic Leaders Meet In Tromso For Arctic Summit\n\n"
          "TROMSO, June 9, 2025 - Leaders of the Nordic states met in Tromso on Monday for the Arctic Summit, "
          "and agreed a plan for search and rescue. The Arctic Summit ended on Tuesday. ")


def _partakers(found, event: str = EVENT) -> set[str]:
    return {s for s, t, o in found if t == "PARTICIPATED_IN" and event in o}


def test_a_force_flying_jets_in_the_exercise_took_part(pipeline):
    found = edges(pipeline, EXERCISE + "The Royal Danish Air Force flew F-35 fighters from Amari air base.")
    assert "Royal Danish Air Force" in _partakers(found)


def test_a_force_firing_its_guns_in_the_exercise_took_part(pipeline):
    found = edges(pipeline, EXERCISE + "The Finnish Army fired its K9 howitzers on the central range.")
    assert "Finnish Army" in _partakers(found)


def test_the_owner_of_a_ship_that_sailed_took_part(pipeline):
    found = edges(pipeline, EXERCISE + "The Polish Navy's frigate ORP Kosciuszko sailed with the task group.")
    assert "Polish Navy" in _partakers(found)


def test_a_denied_use_is_no_part(pipeline):
    found = edges(pipeline, EXERCISE + "The Polish Navy did not send its frigate ORP Kosciuszko.")
    assert "Polish Navy" not in _partakers(found)


def test_a_use_in_another_year_is_no_part(pipeline):
    found = edges(pipeline, EXERCISE + "The Royal Danish Air Force flew F-16 fighters over Libya in 2011.")
    assert "Royal Danish Air Force" not in _partakers(found)


def test_jets_flown_in_a_summits_article_make_no_exercise_part(pipeline):
    found = edges(pipeline, SUMMIT + "The Royal Danish Air Force flew F-35 fighters over the fjord.")
    assert not {s for s, t, o in found if t == "PARTICIPATED_IN" and s == "Royal Danish Air Force"}


def test_a_force_taking_more_helicopters_is_buying_not_drilling(pipeline):
    found = edges(pipeline, EXERCISE + "The Royal Danish Navy is taking 12 more MH-60R Seahawk helicopters.")
    assert "Royal Danish Navy" not in _partakers(found)


def test_a_sentence_of_another_years_flight_is_no_part(pipeline):
    found = edges(pipeline, EXERCISE + "The two air forces first flew together in 2023, when Royal Danish Air Force "
                                       "F-35 fighters joined Finnish jets over Lapland.")
    assert "Royal Danish Air Force" not in _partakers(found)
