"""The year of a yearless dateline (session 27): a weekday written with its own date holds in a few years
only, and a weekday the lead tells as a coming day is no day of the news."""
from __future__ import annotations

from graph.text.metadata import _stepwise_year
from graph.text.weekday_evidence import coming_day, dated_weekdays, dated_years, days_ahead


def test_a_weekday_written_with_its_date_picks_the_years_it_falls_on():
    # Thursday, 1 September: 2016 and 2022; the talks of 2019 put the story after them
    body = ("From Thursday, September 1, the neighbouring air forces take over the patrols. "
            "Talks on the handover began in 2019.")
    assert _stepwise_year("0000-08-31", body) == "2022-08-31"


def test_a_dated_weekday_is_taken_nearest_the_dateline_across_the_new_year():
    # a story of 3 January telling of "Friday, December 29": the year before's December
    assert dated_weekdays("The ship left port on Friday, December 29.") == {(4, 12, 29)}
    assert dated_years("The ship left port on Friday, December 29.", 1, 3, range(2020, 2026)) == {2024}


def test_a_dated_weekday_overrules_a_year_the_text_ties_to_the_writing():
    # "last year, in 2023" would date it 2024, but Friday 14 March fell in 2025, not 2024
    body = "The order, placed last year, in 2023, was confirmed on Friday, 14 March, at the ministry."
    assert _stepwise_year("0000-03-15", body) == "2025-03-15"


def test_dated_weekdays_read_both_orders_and_abbreviations():
    text = "Talks opened on Monday 22 July and closed on Wednesday, Sept. 24th."
    assert dated_weekdays(text) == {(0, 7, 22), (2, 9, 24)}
    assert dated_weekdays("Monday, the army said 12 March was the date.") == set()


def test_a_coming_day_is_no_day_of_the_news():
    lead = "defence ministers are due to sign the accord on friday in riga."
    assert coming_day(lead, lead.index("friday"))
    lead = "the exhibition, which opened on tuesday, runs until sunday."
    assert not coming_day(lead, lead.index("tuesday")) and coming_day(lead, lead.index("sunday"))
    lead = "the ministry said on friday that the frigates will sail together."
    assert not coming_day(lead, lead.index("friday"))
    lead = "by monday morning the rebels held the airport."
    assert not coming_day(lead, lead.index("monday"))  # a point reached, not a deadline
    lead = "the jet made its last scheduled flight on thursday."
    assert not coming_day(lead, lead.index("thursday"))
    lead = "the cabinet named the two generals who will lead the army and navy on tuesday."
    assert not coming_day(lead, lead.index("tuesday"))  # a future in a relative clause: named on Tuesday


def test_a_story_whose_first_weekday_is_a_coming_day_is_not_dated_on_it():
    # 15 March fell on a Tuesday in 2022; "will begin ... on Tuesday" is a day ahead, so not 2022
    body = "The two navies will begin a joint patrol on Tuesday, officials said. The pact was signed in 2021."
    assert _stepwise_year("0000-03-15", body) == "2021-03-15"
    told = "The two navies began a joint patrol on Tuesday, officials said. The pact was signed in 2021."
    assert _stepwise_year("0000-03-15", told) == "2022-03-15"


def test_a_later_weekday_told_as_done_dates_the_story_past_a_coming_one():
    body = "Leaders will meet again on Friday, after their envoys agreed the text on Monday in talks begun in 2023."
    # Monday told as done: 18 March 2024 is a Monday (the dateline on it); Friday comes four days later
    assert _stepwise_year("0000-03-18", body) == "2024-03-18"


def test_days_ahead_counts_to_the_next_such_weekday():
    assert days_ahead(2024, 3, 18, 4) == 4  # Monday 18 March 2024 -> Friday 22nd
    assert days_ahead(2024, 3, 18, 0) == 7
    assert days_ahead(2023, 2, 29, 0) == 0  # no such day
