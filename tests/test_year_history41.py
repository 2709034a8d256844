"""The year of a yearless dateline (session 41): a span ending at the writing counted from any of several years the
text names, where the weekday fits it; a story with a recent past year keeps the year nearest it. Invented
sentences."""
from __future__ import annotations

from graph.text.metadata import year_and_step


def test_a_span_counted_from_one_of_several_years_picks_the_year_the_weekday_fits():
    # Friday 13 June 2025 is the day before the dateline; 1985 + 40 = 2025 (1982 + 40 = 2022: no Friday before 14 June)
    body = ("The Ruritanian Air Force retired its last Hawk trainers at Vesna on Friday, ending 40 years of service.\n\n"
            "The air arm ordered the jets in 1982 and took the first of them in 1985. One was lost in a crash in 2019.")
    assert year_and_step("0000-06-14", body) == ("2025-06-14", "weekday")


def test_a_story_with_a_recent_past_year_keeps_the_year_nearest_it():
    # the same day, but the story tells of 2018: 2019 fits the Monday and lies nearest
    body = ("A Ruritanian frigate sailed out of Porto Vela on Monday after a five-day port call, the first by a "
            "foreign warship since the harbour reopened in 2018.\n\nThe harbour was at the centre of the 1962 blockade.")
    assert year_and_step("0000-06-17", body) == ("2019-06-17", "weekday")
