"""Time, session 44: an event's date told in its own noun phrase. A day written as a modifier of the event's
noun ("the March 3 rocket strike"), a date written right after the event's phrase ("the Harbourex naval show
in May 2025") before the sentence's other dates, a clause set off right after a name that ends in a number
("Operation 4410, launched on 14 November last year"). Invented sentences."""
from __future__ import annotations

from datetime import date

from tests.extracted import event_date_of


def test_a_day_written_before_the_event_noun_is_its_day(pipeline):
    text = ("The ministry promised a measured answer to the March 3 rocket strike that damaged a fuel depot "
            "outside the port.")
    assert event_date_of(pipeline, text, "rocket strike", date(2026, 3, 20)) == "2026-03-03"


def test_a_possessive_day_before_the_event_noun_is_its_day(pipeline):
    text = "Analysts traced the shift to the rebels' October 12 drone attack on the northern airfield."
    assert event_date_of(pipeline, text, "drone attack", date(2026, 10, 30)) == "2026-10-12"


def test_a_year_alone_before_the_event_noun_is_no_day(pipeline):
    from graph.relations.time import _noun_days, _own_phrase
    from tests.extracted import parsed

    published = date(2026, 3, 20)
    for text in ("The minister recalled the 2019 rocket strike at the opening of the new shelter.",
                 "The minister recalled the March rocket strike at the opening of the new shelter."):
        sent = next(iter(parsed(pipeline, text, published).sents))
        assert _noun_days(sent, _own_phrase(sent, "rocket strike"), published) == []


def test_the_date_written_after_the_events_own_phrase_wins_over_the_first(pipeline):
    text = ("Organisers kept two shipyards out of the Coastline land fair in March 2025 and out of the "
            "Harbourex naval show in May 2025.")
    assert event_date_of(pipeline, text, "Harbourex", date(2026, 1, 10)) == "2025-05"


def test_the_first_date_still_dates_an_event_with_no_date_of_its_own(pipeline):
    text = ("Organisers kept two shipyards out of the Coastline land fair in March 2025 and out of the "
            "Harbourex naval show.")
    assert event_date_of(pipeline, text, "Coastline", date(2026, 1, 10)) == "2025-03"


def test_a_clause_set_off_after_a_numbered_name_is_its_own(pipeline):
    text = ("The assault is the third stage of Operation 4410, launched on 14 November last year by the "
            "northern alliance.")
    assert event_date_of(pipeline, text, "Operation 4410", date(2026, 5, 2)) == "2025-11-14"


def test_two_editions_in_one_sentence_each_take_their_own_month(pipeline):
    text = ("The navy held two large drills off the cape last year, Coral Shield-2025A in April and "
            "Coral Shield-2025B in September.")
    published = date(2026, 2, 4)
    assert event_date_of(pipeline, text, "Coral Shield-2025A", published) == "2025-04"
    assert event_date_of(pipeline, text, "Coral Shield-2025B", published) == "2025-09"


def test_a_month_written_right_after_the_events_phrase_is_its_own_whatever_the_verb(pipeline):
    text = "The exercise follows the allies' Iron Gate command-post drills in June."
    assert event_date_of(pipeline, text, "Iron Gate", date(2026, 7, 10)) == "2026-06"
