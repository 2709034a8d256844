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


def test_a_title_in_a_sentence_that_names_a_year_is_the_one_held_then():
    from graph.text.metadata import _in_office

    dated = "The pact was first signed in 2015. President Barack Obama hosted the talks in 2015."
    undated = "The pact was first signed in 2015. President Barack Obama hosted the talks."
    assert _in_office(dated, 5, 4)(2016) == 0
    assert _in_office(undated, 5, 4)(2016) == 1
    since = "President Barack Obama, the first leader to visit since 2001, hosted the talks."
    assert _in_office(since, 5, 4)(2016) == 1  # "since 2001" bounds a span: no time of its own


def test_a_date_a_term_began_on_is_no_dateline_day():
    from graph.text.metadata import _same_day

    assert _same_day("0000-09-30", "He leaves after a tenure that began on September 30, 2021.") is None
    assert _same_day("0000-09-30", "The treaty of September 30, 2021 took effect.") == "2021-09-30"


def test_a_thing_done_by_a_year_sets_no_deadline():
    from graph.text.metadata import _year_bounds

    assert _year_bounds("The 36 jets ordered were all delivered by 2022.", 2030)[1] == 2030
    assert _year_bounds("The 36 jets ordered will all be delivered by 2027.", 2030)[1] == 2027


def test_teen_counts_give_a_span_ending_at_the_writing():
    from graph.text.year_evidence import span_ends

    assert span_ends("Sixteen years after the pledge of 2008, the bid is frozen.", 2010, 2030) == {2024}


def test_an_explainer_headline_puts_the_lead_weekday_a_day_before_the_dateline():
    body = "The coastal state's new frigate arrived at the naval base on Thursday. The yard laid it down in 2017."
    assert _stepwise_year(DAY, body, "Q&A: What the new frigate changes") == "2019-03-15"
    assert _stepwise_year(DAY, body, "New frigate arrives at the naval base") == "2018-03-15"


def test_the_opening_sentence_runs_past_abbreviations():
    from graph.text.metadata import _opening_end

    lead = "a truce announced by u.s. president ana roe held on tuesday. it broke later."
    assert _opening_end(lead) == lead.index(" it broke")
    assert _day_before(lead, lead.index("tuesday"), "tuesday") is False
