"""The year of a yearless dateline (session 35): a weekday the lead names for the news falls, in the right year,
on a day of the month the text writes a few days before the dateline ("closed on Sunday ... ran from October 10
to October 13"); a weekday a verb of saying reports on is the report's day, not that day. Invented sentences."""
from __future__ import annotations

from graph.text.metadata import _stepwise_year, year_and_step
from graph.text.weekday_evidence import days_before, weekday_on_told_day


def test_a_weekday_falling_on_a_day_the_text_gives_picks_that_year():
    # Sunday 12 October (the day before the dateline): 2025; Sunday 13 October, the dateline itself: 2019 and 2024
    body = ("The Peruvian Navy closed its four-day Pacific Guard exercise off Callao on Sunday, after frigates "
            "from Chile and Ecuador joined the drill for the first time since 2016.\n\n"
            "The exercise ran from October 9 to October 12 and ended with a gunnery serial.")
    assert year_and_step("0000-10-13", body) == ("2025-10-13", "weekday")


def test_a_reported_weekday_does_not_take_another_days_date():
    # "said on Wednesday": the report's day; 2 April is when the merger took effect (a Wednesday in 2025)
    body = ("The radar maker Vantor has completed its takeover of Kestrel Systems, the company said on Wednesday. "
            "The merger took effect on April 2, after approvals that came through in 2023.")
    assert _stepwise_year("0000-04-03", body) == "2024-04-03"


def test_days_before_the_dateline_are_read_in_both_orders_and_across_a_month():
    text = "The drill ran from 28 February to 3 March; talks resume on March 20."
    assert days_before(text, 3, 4) == {(2, 28), (3, 3)}
    assert days_before("Nothing happened on 5 March.", 3, 5) == set()


def test_a_weekday_on_a_told_day_holds_in_its_years_only():
    assert weekday_on_told_day(2024, 6, {(10, 13)})
    assert not weekday_on_told_day(2023, 6, {(10, 13)})
    assert not weekday_on_told_day(2024, 6, set())
