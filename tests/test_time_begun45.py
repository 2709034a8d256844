"""Time, session 45 (evdate45): an event dated by its last day or its report's day takes the first day
another sentence tells: "the latest round began on ...", "X opened the four-day event on ...", "Exercise
Y ran from ...", a visit's guest "landed ... on ...". Invented sentences."""
from __future__ import annotations

from datetime import date

from graph.relations.time import _begun_earlier

PUB = date(2024, 5, 3)  # a Friday


def _begun(pipeline, text: str, name: str, found: str) -> str | None:
    doc = pipeline.nlp(text)
    return _begun_earlier(name, list(doc.sents)[:1], PUB, found)


def test_the_latest_round_began_dates_the_fighting(pipeline):
    text = ("Border guards of the two states traded fire again on Friday, officials said. "
            "The latest round began on Tuesday, when a patrol crossed the disputed line.")
    assert _begun(pipeline, text, "fighting", "2024-05-03") == "2024-04-30/2024-05-03"


def test_opening_the_event_as_an_object_dates_its_first_day(pipeline):
    text = ("The Lagos Air Show closed on Friday with a flypast. "
            "The trade minister opened the three-day event on Wednesday in front of forty delegations.")
    assert _begun(pipeline, text, "Lagos Air Show 2024", "2024-05-03") == "2024-05-01/2024-05-03"


def test_an_exercise_that_ran_from_a_day_begins_that_day(pipeline):
    text = ("The navies of Chile and Peru ended their first joint drill on Friday. "
            "Exercise Pacific Lantern 2024 ran from April 22 in the waters off Arica.")
    assert _begun(pipeline, text, "Exercise Pacific Lantern 2024", "2024-05-03") == "2024-04-22/2024-05-03"


def test_a_guest_landing_the_day_before_begins_the_visit(pipeline):
    text = ("The two presidents signed a defence pact in Hanoi on Thursday at the end of the visit. "
            "The Chilean president landed in the Vietnamese capital late on Wednesday.")
    assert _begun(pipeline, text, "visit", "2024-05-02") == "2024-05-01/2024-05-02"


def test_starts_of_other_things_do_not_date_the_event(pipeline):
    # an object of opening that is no noun of the event's
    text = ("The Lagos Air Show closed on Friday with a flypast. "
            "The trade minister opened a new terminal on Wednesday.")
    assert _begun(pipeline, text, "Lagos Air Show 2024", "2024-05-03") == "2024-05-03"
    # another exercise's run
    text = ("The navies of Chile and Peru ended their first joint drill on Friday. "
            "Exercise Southern Star ran from April 22 in the waters off Arica.")
    assert _begun(pipeline, text, "Exercise Pacific Lantern 2024", "2024-05-03") == "2024-05-03"
    # a landing long before the visit, and a landing at no visit
    text = ("The two presidents signed a defence pact in Hanoi on Thursday at the end of the visit. "
            "The Chilean president had first landed in the Vietnamese capital in March.")
    assert _begun(pipeline, text, "visit", "2024-05-02") == "2024-05-02"
    text = ("The two navies signed a maintenance deal in Hanoi on Thursday at the Vietnam Defence Expo. "
            "The Chilean minister landed in the Vietnamese capital late on Wednesday.")
    assert _begun(pipeline, text, "Vietnam Defence Expo", "2024-05-02") == "2024-05-02"


def test_a_day_on_no_verb_is_not_put_ahead_by_a_future_clause_on_a_noun(pipeline):
    # the tagger may read the sentence's verb as an adjective; the future belongs to the drills' clause only
    from graph.relations.time import resolved_dates

    doc = pipeline.nlp("Frigates from across the region and beyond steamed in line off Lombok on Wednesday as the "
                       "navy opened the third Sea Lantern exercise, a week of drills that will run until Tuesday.")
    found = {span.text: value for s in doc.sents for span, value in resolved_dates(s, PUB)}
    assert found.get("on Wednesday") == "2024-05-01", found
    doc = pipeline.nlp("The ships will sail off Lombok on Wednesday.")
    found = {span.text: value for s in doc.sents for span, value in resolved_dates(s, PUB)}
    assert found.get("on Wednesday") == "2024-05-08", found
