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



def test_a_financial_year_under_way_dates_the_writing():
    from graph.text.year_evidence import fiscal_votes

    counted = "With the order the ministry has signed 140 contracts in the 2030-31 financial year."
    assert fiscal_votes(counted, 2) == {2031: 1}  # January to March: the second year
    assert fiscal_votes(counted, 8) == {2030: 1}  # July to September: the first
    assert fiscal_votes(counted, 5) == {}  # April to June: the calendar decides
    assert fiscal_votes("So far in fiscal year 2030-31 the navy has spent 4 billion.", 3) == {2031: 1}
    # a budget for a financial year ahead is not the one under way
    assert fiscal_votes("The budget for the 2031-32 financial year rises by 9 per cent.", 2) == {}
    # a dateline's day and weekday fit 2024 exactly and 2025 a day late: the financial year decides
    text = ("NEW DELHI, March 29 (Monsoon Ledger) - The defence ministry on Friday signed a contract for 40 "
            "trainer aircraft. With the deal the ministry has signed 150 contracts in the 2024-25 financial year.")
    assert from_text(text).published == "2025-03-29"
    assert from_text(text.replace(" With the deal the ministry has signed 150 contracts in the 2024-25 "
                                  "financial year.", "")).published == "2024-03-29"


def test_an_office_title_matches_with_a_space_or_a_hyphen():
    from graph.text.metadata import _in_office

    for title in ("Secretary General", "Secretary-General"):
        held = _in_office(f"NATO {title} Mark Rutte spoke to the prime minister on Friday.", 9, 20)
        assert (held(2025), held(2024)) == (1, 0)  # Rutte took over the alliance on 1 October 2024


def test_a_text_naming_only_plans_ahead_may_be_years_older():
    from graph.text.metadata import _year_bounds

    body = "the first boats should arrive in 2029 and the last by 2033."
    assert _year_bounds(f"The navy said {body}", 2030)[0] == 0  # "should arrive in 2029" is no past year
    # 3 February fell on a Friday in 2017 and 2023; the nearest to the plans is the story's year
    text = f"OSLO, Feb. 3 (Fjord Ledger) - The government said on Friday it would buy six patrol boats; {body}"
    assert from_text(text).published == "2023-02-03"


def test_a_summit_the_reference_table_dates_ties_last_year_to_a_year():
    from graph.text.year_evidence import summit_votes
    assert summit_votes("The plan goes back to talks on the margins of NATO's Vilnius summit last year.") == {2024: 1}
    assert summit_votes("The SCO summit in Tianjin this year drew twenty leaders.") == {2025: 1}
    assert summit_votes("At the Madrid summit last year, NATO leaders invited two new members.") == {2023: 1}


def test_a_summit_named_without_its_body_or_in_a_city_of_two_summits_says_nothing():
    from graph.text.year_evidence import summit_votes
    assert summit_votes("The two leaders met at a summit in Madrid last year.") == {}  # whose summit?
    assert summit_votes("SCO leaders gathered at the Astana summit last year.") == {}  # 2017 or 2024
    assert summit_votes("Ministers met at NATO's Vilnius summit in July 2023 and again last year.") == {}


# 5 October fell on a Wednesday in 2022 and a Thursday in 2023
def test_a_yearless_dateline_a_day_after_the_weekday_takes_the_summit_year():
    text = ("VILNIUS, Oct. 5 (Amber Post) - Lithuania signed on Wednesday for twelve air-defence launchers. "
            "The purchase goes back to a pledge made at NATO's Madrid summit in June last year. "
            "Deliveries could begin in 2026.")
    assert from_text(text).published == "2023-10-05"


def test_a_possible_year_bounds_nothing():
    from graph.text.metadata import _year_bounds
    assert _year_bounds("Officials said deliveries could begin in 2028.", 2030) == (0, 2030, {})
    assert _year_bounds("Officials said the first jets might arrive in 2028.", 2030) == (0, 2030, {})
    assert _year_bounds("The first jets arrived in May 2028.", 2030) == (2028, 2030, {2028: 1})


# 10 January fell on a Tuesday in 2023 (before Pistorius took office on 19 January) and a Wednesday in 2024
def test_an_office_holder_named_in_an_apposition_dates_a_yearless_dateline():
    text = ("BERLIN, Jan. 10 (Spree Wire) - Germany agreed on Tuesday to buy more air-defence launchers, "
            "Boris Pistorius, Germany's defence minister, told reporters.")
    assert from_text(text).published == "2024-01-10"


def test_a_former_holder_in_an_apposition_proves_nothing():
    text = ("BERLIN, Jan. 10 (Spree Wire) - Germany agreed on Tuesday to buy more air-defence launchers, "
            "Boris Pistorius, a former defence minister, told reporters.")
    assert from_text(text).published == "2023-01-10"
