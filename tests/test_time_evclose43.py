"""Time, session 43: an event the article dates by its last day takes its first where the text tells it. A verb of
ending whose object is a count of the event's days or a part of it ("wrapped up two days of talks on Thursday",
"wrapped up the final phase of its exercise on Friday, closing ten days of drills"), "came to an end", a day counted
of the event ("on the third day of their annual summit"), an event named by an acronym the tagger reads as a noun
("opened TRIDEX 2024 on Monday"), a span "between April 22 and May 8 this year". Invented sentences."""
from __future__ import annotations

from datetime import date

from tests.extracted import event_date_of


def _events(pipeline, text: str, published: str) -> dict:
    from tests.extracted import graph_of

    g = graph_of(pipeline, text, published)
    return {d["name"]: d.get("date") for _, d in g.nodes(data=True) if d.get("label") == "Event"}


def test_two_days_of_talks_wrapped_up_on_thursday_began_the_day_before(pipeline):
    text = ("Gulf leaders wrapped up two days of talks in the Omani capital on Thursday having agreed to a joint "
            "air-defence cell.")
    assert event_date_of(pipeline, text, "Muscat summit", date(2026, 3, 13)) == "2026-03-11/2026-03-12"


def test_a_phase_closed_with_ten_days_of_drills_counts_back_ten_days(pipeline):
    text = ("The navy wrapped up the final phase of its Coral Shield exercise on Friday, closing ten days of "
            "drills off the southern coast.")
    assert event_date_of(pipeline, text, "Coral Shield", date(2026, 6, 13)) == "2026-06-03/2026-06-12"


def test_came_to_an_end_is_the_last_day(pipeline):
    text = ("Exercise Sand Falcon came to an end on Friday at the desert range. "
            "Crews from six air forces flew there for five days.")
    assert event_date_of(pipeline, text, "Exercise Sand Falcon", date(2026, 4, 18)) == "2026-04-13/2026-04-17"


def test_the_third_day_of_the_summit_dates_its_first_day(pipeline):
    text = ("Island leaders on Wednesday endorsed a regional coastguard plan on the third day of their annual "
            "summit in Apia.")
    assert event_date_of(pipeline, text, "summit, Apia", date(2026, 9, 10)) == "2026-09-07"


def test_a_day_not_of_the_event_dates_nothing_back(pipeline):
    text = ("Island leaders on Wednesday endorsed a regional coastguard plan on the third day of the strike "
            "by dock workers, at their annual summit in Apia.")
    assert event_date_of(pipeline, text, "summit, Apia", date(2026, 9, 10)) == "2026-09-09"


def test_an_acronym_the_tagger_reads_as_a_noun_is_the_event(pipeline):
    from spacy.tokens import Doc

    from graph.relations.time import _the_event

    doc = Doc(pipeline.nlp.vocab, words=["opened", "TRIDEX", "2024", "on", "Monday"],
              pos=["VERB", "NOUN", "NUM", "ADP", "PROPN"])
    assert _the_event(doc[1], "TRIDEX 2024")
    assert not _the_event(doc[1], "Coral Shield 2024")


def test_a_span_between_two_days_of_this_year_is_one_phrase():
    from graph.relations.time import _PHRASES

    text = "was run from the northern base between April 22 and May 8 this year, with two warships"
    assert _PHRASES.search(text).group(0) == "between April 22 and May 8 this year"


def test_a_day_of_a_visit_does_not_count_back_a_ceremony_held_in_it(pipeline):
    text = ("The two presidents launched the frigate at the naval yard on Wednesday, turning the second day of the "
            "president's three-day visit into a celebration.")
    assert event_date_of(pipeline, text, "ceremony, Itajai", date(2026, 3, 28)) == "2026-03-25"
