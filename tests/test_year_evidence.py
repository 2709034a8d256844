"""Year evidence for a yearless dateline (graph/text/year_evidence.py): years told relative to the
writing, anniversaries counted from the reference table, and the dateline's weekday as a check."""
from __future__ import annotations

from datetime import date

from graph.text.metadata import from_text
from graph.text.year_evidence import agreed_year, anniversary_votes, horizon, relative_votes


def test_last_year_tied_to_a_year_dates_the_writing():
    assert relative_votes("The drone drew attention last year, when it was shown in Abu Dhabi in May 2027.") == {2028: 1}
    assert relative_votes("The navy held its review last year (2019) in the bay.") == {2020: 1}
    assert relative_votes("Next year's edition, Steppe Eagle-2031, moves to the south.") == {2030: 1}


def test_a_year_merely_beside_a_relative_phrase_is_another_time():
    # a contrast or a list: the year and "last year" are two different times
    assert relative_votes("The troops left Mali in 2019 and Niger early last year.") == {}
    assert relative_votes("Egypt ordered 20 in 2012 and 30 more this year.") == {}
    # two clauses: "In March 2021 he said ..., and last year he went further"
    assert relative_votes("In March 2021 he said so, and last year, when he spoke again in 2022, he went further.") \
        == {2023: 1}
    assert relative_votes("The first batch came last year, ahead of the talks set for 2030.") == {}


def test_an_anniversary_counts_from_the_reference_table():
    assert anniversary_votes("Troops marched to mark the 80th anniversary of the end of the Second World War.") \
        == {2025: 1}
    assert anniversary_votes("The capital celebrated 35 years of Kazakhstan's independence with a parade.") == {2026: 1}
    assert anniversary_votes("The summit marked NATO's 75th anniversary.") == {2024: 1}


def test_an_anniversary_counts_from_a_year_it_names():
    assert anniversary_votes("Delegates gathered for the 40th anniversary of the 1990 border accord.") == {2030: 1}


def test_an_anniversary_kept_in_another_year_says_nothing():
    assert anniversary_votes("In 2021 the members marked the 50th anniversary of the Five Power Defence Arrangements.") \
        == {}
    assert anniversary_votes("For the navy it was a 40th anniversary of sorts; the army has come since 1983.") == {}


def test_votes_must_agree():
    text = ("The parade marked the 80th anniversary of the end of the Second World War. "
            "It drew notice last year, when the rehearsal began in June 2022.")
    assert agreed_year(text) is None  # 2025 and 2023 tie
    assert agreed_year("Nothing here names a time.") is None


# 12 June fell on a Thursday in 2025 and 2031, a Friday in 2026, a Monday in 2023
def test_a_yearless_dateline_takes_the_anniversary_year():
    text = ("HANOI, June 12 (River Wire) - Columns of troops marched on Thursday to mark the 80th anniversary of "
            "the end of the Second World War, in a parade first held in 1985.")
    assert from_text(text).published == "2025-06-12"


def test_a_weekday_that_contradicts_the_evidence_leaves_the_usual_reading():
    # 80 years after 1945 is 2025, but 12 June 2025 was no Monday: the evidence gives way
    text = ("HANOI, June 12 (River Wire) - Columns of troops marched on Monday to mark the 80th anniversary of "
            "the end of the Second World War, in a parade first held in 1985.")
    assert from_text(text).published != "2025-06-12"


def test_the_evidence_is_not_capped_by_any_clock():
    year = horizon() + 5
    while date(year, 6, 12).weekday() != 3:  # a Thursday after the reference data's last year
        year += 1
    text = (f"OSLO, June 12 (Fjord Wire) - Ministers met on Thursday. The frigate drew notice last year, when "
            f"it sailed north in April {year - 1}.")
    assert from_text(text).published == f"{year}-06-12"


def test_the_horizon_is_a_property_of_the_reference_data():
    assert 2020 <= horizon() == horizon()

