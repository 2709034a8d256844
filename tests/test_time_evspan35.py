"""Time, session 35: a span of days on a verb of running ("ran", "running", "took place") in a clause set on the
event's own noun ("the show, which ran from March 18 to 21"; "the fourth edition of the exhibition, running from
June 11 to 14") is the event's own days, over the day of a signing its lead reports; a journey begun the day before
(a state visit "that began on Wednesday") does not date the summit it framed. Invented sentences."""
from __future__ import annotations


def _events(pipeline, text: str, published: str) -> dict:
    from tests.extracted import graph_of

    g = graph_of(pipeline, text, published)
    return {d["name"]: d.get("date") for _, d in g.nodes(data=True) if d.get("label") == "Event"}


def test_a_relative_clause_on_the_show_dates_the_show(pipeline):
    text = ("Gulf buyers sign\n\nDOHA, March 20, 2024 - Qatar bought six patrol boats at DIMDEX 2024 on Tuesday. "
            "The show, which ran from March 18 to 21, drew 200 exhibitors.\n")
    assert _events(pipeline, text, "2024-03-20").get("DIMDEX 2024") == "2024-03-18/2024-03-21"


def test_an_edition_of_the_exhibition_running_over_days_dates_the_expo(pipeline):
    text = ("Tallinn fair closes\n\nTALLINN, June 14, 2024 - Estonia signed three contracts on Thursday at Baltic "
            "Land Expo 2024.\n\nThe fourth edition of the exhibition, running from June 11 to 14 in the capital, "
            "drew 400 firms.\n")
    assert _events(pipeline, text, "2024-06-14").get("Baltic Land Expo 2024") == "2024-06-11/2024-06-14"


def test_talks_running_beside_a_summit_do_not_date_it(pipeline):
    from datetime import date

    from graph.relations.time import _event_noun_span, resolved_dates, verb_of
    from tests.extracted import parsed

    sent = next(parsed(pipeline, "The ministers opened talks, which ran from November 19 to 22, in Dakar.",
                       date(2024, 11, 25)).sents)
    (span, value), = resolved_dates(sent, date(2024, 11, 25))
    assert value == "2024-11-19/2024-11-22"
    assert not _event_noun_span(verb_of(span), "Sahel Defence Summit")
    assert not _event_noun_span(verb_of(span), "Lagos Arms Fair 2024")


def test_another_named_drill_running_over_days_does_not_date_the_exercise(pipeline):
    from datetime import date

    from graph.relations.time import _event_noun_span, resolved_dates, verb_of
    from tests.extracted import parsed

    sent = next(parsed(pipeline, "Last year Peru sent ships to the CSTO manoeuvres, which ran from May 2 to 9.",
                       date(2024, 11, 25)).sents)
    found = [(s, v) for s, v in resolved_dates(sent, date(2024, 11, 25)) if "/" in v]
    assert found and not _event_noun_span(verb_of(found[0][0]), "Exercise Andean Shield 2024")


def test_a_state_visit_begun_the_day_before_does_not_date_the_summit_it_framed(pipeline):
    text = ("Lula courts Andean leaders\n\nQUITO, May 10, 2024 - The first Andean Security Summit met on Thursday at "
            "the Carondelet Palace in Quito, with Ecuador's president in the chair.\n\nThe meeting was the "
            "centrepiece of a three-day state visit by Lula to Ecuador that began on Wednesday with talks in "
            "Guayaquil.\n")
    assert _events(pipeline, text, "2024-05-10").get("Andean Security Summit 2024") == "2024-05-09"
