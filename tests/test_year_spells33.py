"""Dated spells (graph/reference/data/dated_spells.csv) as evidence for the year of a yearless dateline
(session 33): a world expo held a year after the one it is named for, a blockade lifted, a pandemic under way.
Sentences written for these tests."""
from __future__ import annotations

from graph.text.metadata import year_and_step
from graph.text.year_evidence import begun_by, running_until, span_ends, spell_votes, spells_told


def test_an_expo_named_for_an_earlier_year_bounds_from_its_opening():
    assert begun_by("Italy and Qatar signed the frigate deal in the Italian pavilion at Expo 2020 Dubai.") == "2021-10-01"


def test_a_spell_told_as_still_to_come_dates_nothing():
    assert spells_told("Dubai is preparing for Expo 2020, which opens next year.") == []
    assert spells_told("The emirate will host Expo 2020 in a new district near Jebel Ali.") == []
    assert begun_by("Ahead of the Tokyo Olympics, Japan tested its air defences.") is None


def test_a_spell_told_as_ended_bounds_from_its_end():
    told = spells_told("Flights between Riyadh and Doha resumed after the blockade of Qatar was lifted.")
    assert [(s.name, ended) for s, ended in told] == [("Qatar diplomatic crisis", True)]
    assert begun_by("Flights between Riyadh and Doha resumed after the blockade of Qatar was lifted.") == "2021-01-05"


def test_a_noun_of_the_kind_with_a_party_in_its_sentence_names_the_spell():
    assert begun_by("Qatari officers joined the staff talks, a step unthinkable during the blockade.") == "2017-06-05"
    assert begun_by("Officers joined the staff talks, a step unthinkable during the blockade.") is None


def test_this_year_beside_a_spell_votes_the_year_of_the_edge_its_month_names():
    assert spell_votes("Qatari and Emirati ships sailed together after the blockade was lifted in January this year.") == {2021: 1}
    assert spell_votes("Kuwait mediated from the start of the blockade of Qatar in June last year.") == {2018: 1}


def test_a_span_after_a_spell_ended_counts_from_its_end():
    text = "Bahraini jets flew beside Qatari ones, three years after the Gulf states lifted their blockade of Doha."
    assert span_ends(text, 2000, 2030) == {2024}


def test_a_spell_the_news_is_set_at_bounds_the_year_from_above():
    assert running_until("The minister inspected the Saudi pavilion at Expo 2020 on Monday.") == "2022-03-31"
    assert running_until("The old grounds of Expo 2020, which closed years ago, now host a fair.") is None


def test_a_yearless_dateline_set_at_a_running_expo_takes_the_year_it_ran():
    body = ("Egypt signed a contract for two corvettes with a French yard on Sunday at the French pavilion of Expo 2020 "
            "Dubai, where the two presidents met. The navy bought its first Gowind in 2014.")
    # 16 January: a Sunday in 2022; the weekday alone fits 2021 (the day after) as well
    assert year_and_step("0000-01-17", body)[0] == "2022-01-17"


def test_a_catalogued_event_told_by_its_first_month_alone_votes_the_year_since():
    from graph.text.year_evidence import month_votes

    text = "It was the heaviest shelling since Russia's invasion of Ukraine began in February."
    assert month_votes(text, 6) == {2022: 1}  # a June dateline: that February
    assert month_votes(text, 1) == {2023: 1}  # a January one: the February before it
    assert month_votes("Shelling went on after the invasion of Ukraine began in February last year.", 6) == {}
    assert month_votes("The Israel-Hamas war began in March.", 6) == {}  # not its month


def test_a_year_that_bounds_a_period_is_no_year_told_as_past():
    from graph.text.metadata import _year_bounds

    assert _year_bounds("Parliament set extra money for defence over 2027 and 2028.", 2030)[0] == 0
    assert _year_bounds("Troops must leave the base before 2029, the treaty says.", 2030)[0] == 0
    assert _year_bounds("Deliveries run until 2028.", 2030)[0] == 0
    assert _year_bounds("The navy retired the frigate in 2019.", 2030)[0] == 2019


def test_a_year_the_own_clause_tells_as_past_bounds_even_after_a_word_of_the_future():
    from graph.text.metadata import _year_bounds

    assert _year_bounds("The coast guard will get ten cutters, the first of which arrived in 2021.", 2030)[0] == 2021
    assert _year_bounds("The coast guard will get ten cutters, the first in 2027.", 2030)[0] == 0


def test_a_thing_done_by_a_year_or_a_plan_undone_is_no_deadline():
    from graph.text.metadata import _year_bounds

    assert _year_bounds("Local content had risen to 21.5 per cent by the end of 2023, the agency said.", 2030)[1] == 2030
    assert _year_bounds("The handover, first scheduled for 2022, was postponed twice.", 2030)[1] == 2030
    assert _year_bounds("The yard is to deliver the last hull by 2028.", 2030)[1] == 2028


def test_a_holder_named_as_former_was_out_of_that_office_at_the_writing():
    from graph.text.metadata import _in_office

    body = "Indonesia's former President Joko Widodo opened the ammunition plant near Malang on Tuesday."
    held = _in_office(body, 10, 29)
    assert held(2019) == -1 and held(2024) == 0  # his term ran to 20 October 2024
    # 29 October is a Tuesday in 2019 and in 2024: only the later fits a former president
    assert year_and_step("0000-10-29", body)[0] == "2024-10-29"


def test_at_the_end_of_a_year_is_a_time_told_not_a_deadline():
    from graph.text.metadata import _year_bounds

    assert _year_bounds("The jets came under a contract signed at the end of 2022.", 2030)[:2] == (2022, 2030)
    assert _year_bounds("The plant is to open by the end of 2027.", 2030)[1] == 2027


def test_a_spell_under_way_is_read_in_its_own_part_of_the_sentence():
    body = "The frigate deal was signed at Expo 2020 Dubai on Sunday, and the fair will stay open until March."
    assert begun_by(body) == "2021-10-01" and running_until(body) == "2022-03-31"
