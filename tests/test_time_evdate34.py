"""Time, session 34: a span of days on a verb of putting on an event ("hosted", "held", "staged") whose
object is the event is the event's own days, over the report's day a weekday in the lead gives.
Invented sentences."""
from __future__ import annotations


def _events(pipeline, text: str, published: str) -> dict:
    from tests.extracted import graph_of

    g = graph_of(pipeline, text, published)
    return {d["name"]: d.get("date") for _, d in g.nodes(data=True) if d.get("label") == "Event"}


def test_a_host_holding_the_summit_between_two_days_dates_it(pipeline):
    text = ("Leaders gather in Accra\n\nACCRA, May 5, 2023 - The presidents of Ghana and Togo met at the Sahel "
            "Defence Summit on Thursday.\n\nGhana hosted the Sahel Defence Summit between May 3 and "
            "6. Its foreign minister presided.\n")
    assert _events(pipeline, text, "2023-05-05").get("Sahel Defence Summit") == "2023-05-03/2023-05-06"


def test_a_navy_staging_the_exercise_from_one_day_to_another_dates_it(pipeline):
    text = ("Chilean ships sail\n\nVALPARAISO, October 12, 2022 - Chilean frigates fired their guns off Valparaiso "
            "on Tuesday during Exercise Southern Reach 2022.\n\nThe Chilean Navy staged Exercise Southern Reach 2022 "
            "from October 3 to October 14 with ships from Peru.\n")
    assert _events(pipeline, text, "2022-10-12").get("Exercise Southern Reach 2022") == "2022-10-03/2022-10-14"


def test_talks_held_over_days_are_not_the_summit_they_were_held_beside(pipeline):
    from datetime import date

    from graph.relations.time import _event_object, resolved_dates, verb_of
    from tests.extracted import parsed

    sent = next(parsed(pipeline, "The two ministers held talks between November 19 and 22.",
                       date(2024, 11, 25)).sents)
    (span, value), = resolved_dates(sent, date(2024, 11, 25))
    assert value == "2024-11-19/2024-11-22"
    assert not _event_object(verb_of(span), "Sahel Defence Summit")
    assert _event_object(verb_of(span), "Sahel Defence Talks")
