"""An earlier edition of the article's event (graph/relations/editions.py): a clause dated in a year before
the event's own tells of another edition, whatever rule read it; "since" dates the series and stays.
Invented sentences about other countries."""
from __future__ import annotations

from test_scope import edges

from graph.entities import Entity
from graph.relations.editions import dated_before, earlier_edition, event_year


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


def test_event_year_from_date_else_name():
    assert event_year(Entity("event:x", "Event", "Coral Shield 2024", props={"date": "2024-03-04"})) == 2024
    assert event_year(Entity("event:y", "Event", "Coral Shield 2022")) == 2022
    assert event_year(Entity("event:z", "Event", "Coral Shield")) is None


def test_clause_dated_before_the_event(pipeline):
    doc = pipeline.nlp("Kenya took part in 2016 and 2018 but was not invited in 2020.")
    took = _tok(doc, "took")
    assert dated_before(took, 2024)
    assert not dated_before(took, 2016)  # the event's own year, or an earlier one, is no later edition


def test_since_dates_the_series_not_an_edition(pipeline):
    doc = pipeline.nlp("Kenya has hosted the drill since 2012.")
    assert not dated_before(_tok(doc, "hosted"), 2024)


def test_a_date_in_a_clause_under_the_verb_is_not_its_own(pipeline):
    doc = pipeline.nlp("Kenya joined the drill, which began in 2012, with two frigates.")
    assert not dated_before(_tok(doc, "joined"), 2024)


def test_earlier_edition_needs_every_pair(pipeline):
    doc = pipeline.nlp("The first Coral Shield exercise was held in November 2016 off Zanzibar.")
    drill, place = _tok(doc, "exercise"), _tok(doc, "Zanzibar")
    assert earlier_edition([drill], [place], 2024)
    assert not earlier_edition([drill], [place], 2016)
    assert not earlier_edition([drill], [place], None)
    assert not earlier_edition([drill], [], 2024)


def test_earlier_summit_is_no_participation(pipeline):
    text = ("Leaders Gather in Nairobi for the 2024 East African Summit\n\n"
            "The heads of state of Kenya, Uganda and Tanzania met in Nairobi on Tuesday for the 2024 East African "
            "Summit. Rwanda and Burundi held the first summit of what was then a looser bloc in Arusha in 1999.")
    found = edges(pipeline, text)
    assert ("Kenya", "PARTICIPATED_IN") in {(s, t) for s, t, _ in found}
    assert not {s for s, t, _ in found if t == "PARTICIPATED_IN"} & {"Rwanda", "Burundi"}


def test_a_date_under_since_is_the_series(pipeline):
    doc = pipeline.nlp("It is the first time Ghana has hosted the forum since the inaugural meeting in Accra in 1998.")
    assert not dated_before(_tok(doc, "hosted"), 2024)


def test_an_end_in_a_clause_under_the_dated_one_stays(pipeline):
    doc = pipeline.nlp("The fair took its present name in 2008, when the Kenya Defence Society, its organiser, "
                       "added naval systems.")
    fair, society = _tok(doc, "fair"), _tok(doc, "Society")
    assert not earlier_edition([fair], [society], 2024)
