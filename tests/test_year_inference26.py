"""The year of a yearless dateline (session 26): a weekday the lead names as the day itself or the day
before the writing. Dated 15 March with "Thursday" named, the years from 2017 on give 2018 (a Thursday)
and 2019 (a Friday, the day after)."""
from __future__ import annotations

from graph.text.metadata import _day_before, _stepwise_year

DAY = "0000-03-15"


def test_a_weekday_in_the_opening_sentence_is_the_dateline_day():
    body = "The coastal state's new frigate arrived at the naval base on Thursday. The yard laid it down in 2017."
    assert _stepwise_year(DAY, body) == "2018-03-15"


def test_a_weekday_told_late_in_its_day_is_the_day_before_the_dateline():
    body = "The coastal state's new frigate arrived at the naval base late on Thursday. The yard laid it down in 2017."
    assert _stepwise_year(DAY, body) == "2019-03-15"
    night = "The coastal state's new frigate arrived at the naval base on Thursday night. The yard laid it down in 2017."
    assert _stepwise_year(DAY, night) == "2019-03-15"


def test_a_weekday_first_named_after_the_opening_sentence_is_the_day_before_the_dateline():
    body = ("The coastal state has a frigate that can hunt submarines at last. The ship arrived at the naval base on "
            "Thursday. The yard laid it down in 2017.")
    assert _stepwise_year(DAY, body) == "2019-03-15"


def test_a_dateline_naming_its_own_weekday_is_not_moved():
    body = ("The coastal state has a frigate that can hunt submarines at last. The ship arrived at the naval base on "
            "Thursday. The yard laid it down in 2017.")
    assert _stepwise_year(DAY, body, weekday=3) == "2018-03-15"


def test_day_before_reads_the_lead_in_lower_case():
    assert _day_before("troops crossed the border before dawn on sunday.", 35, "sunday") is False
    assert _day_before("troops crossed the border on sunday evening.", 29, "sunday") is True
