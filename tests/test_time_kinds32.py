"""Time, session 32: a yearless dateline falls after every dated fact the text tells as past, a yearless
month told in the sentence of a named edition's year included ("Lion Strike 2024, held near Gulu in
November": a story dated 18 January was written in 2025). Invented sentences."""
from __future__ import annotations

from graph.text.metadata import _stepwise_year


def test_a_named_edition_held_later_in_its_year_than_the_dateline_dates_the_story_the_year_after():
    body = ("Uganda and Kenya reviewed the results of Exercise Lion Strike 2024, which the two armies held near Gulu "
            "in November. A day later, the Kenyan contingent flew home, officials said.")
    assert _stepwise_year("0000-01-18", body) == "2025-01-18"
    body = "The army said the joint Lion Strike 2024 exercise ended on November 20. The troops flew home a day later."
    assert _stepwise_year("0000-01-18", body) == "2025-01-18"


def test_a_month_before_a_named_edition_in_its_sentence_counts_too():
    body = "In November, the two armies held Exercise Lion Strike 2024 near Gulu. The troops flew home a day later."
    assert _stepwise_year("0000-01-18", body) == "2025-01-18"


def test_a_weekday_the_lead_names_does_not_pull_the_story_before_the_edition():
    body = ("Uganda and Kenya on Thursday reviewed Exercise Lion Strike 2024, which the two armies held near Gulu "
            "in November. A day later, the Kenyan contingent flew home.")
    assert _stepwise_year("0000-01-18", body) == "2025-01-18"  # a Thursday 17 January: 2025 (2024's was a Wednesday)


def test_a_month_the_clause_sets_ahead_is_no_past_fact():
    # "closes on November 20" is a schedule told in the present: the story of 5 November is that year's
    body = "The joint Lion Strike 2024 exercise opened near Gulu on Monday and closes on November 20, the army said."
    assert _stepwise_year("0000-11-05", body) == "2024-11-05"
    body = "Exercise Lion Strike 2024 will be held near Gulu in November, the army said on Thursday."
    assert _stepwise_year("0000-01-18", body) != "2025-01-18"
