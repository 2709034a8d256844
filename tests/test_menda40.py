"""menda40: false readings of the recurring-events catalogue (review40 ec04, ec11-ec14, ec16, ec23), on
sentences written for these tests: a catalogued exercise's plain alias ("a town", "King X", "X drones") is no
exercise unless the text calls it one; a city's edition of a show is a series of its own; a series set a span
of time from the sentence's date takes no year from it; a kind noun narrowed by a relative clause is another
event, not the series' edition."""
from __future__ import annotations

import pytest

from tests.extracted import events_in, graph_maker, relations_in

_make = graph_maker("2025-06-10")


def _events(pipeline, text: str) -> dict:
    return events_in(_make(pipeline, text))


@pytest.mark.parametrize("text,word", [
    ("Kazakh engineers built a water plant near Dustlik, a village on the Syr Darya, last spring.", "Dustlik"),
    ("Pupils laid flowers at the monument to King Namejs in Jelgava on Sunday.", "Namejs"),
    ("Investors backed the Red Sands resort on the coast near Jeddah, the company said.", "Red Sands"),
    ("The army bought forty Falcon Strike loitering drones from a firm in Ankara.", "Falcon Strike"),
])
def test_a_plain_alias_of_an_exercise_is_no_exercise(pipeline, text, word):
    assert not any(word in name for name in _events(pipeline, text)), _events(pipeline, text)


@pytest.mark.parametrize("text,city_show", [
    ("Milipol Asia-Pacific opened in Singapore on Tuesday with 300 exhibitors.", "Milipol Asia-Pacific"),
    ("Milipol Qatar drew 200 firms to Doha on Tuesday.", "Milipol Qatar"),
])
def test_a_city_edition_of_a_show_is_its_own_series(pipeline, text, city_show):
    events = _events(pipeline, text)
    assert any(name.startswith(city_show) for name in events), events
    assert not any(name.startswith("Milipol 20") for name in events), events


def test_a_series_a_year_before_the_sentence_takes_no_year_from_it(pipeline):
    events = _events(pipeline, "Russian bombers flew over the Baltic on Monday, two years after Zapad.")
    assert not any(name.startswith("Zapad") and "2025" in name for name in events), events


@pytest.mark.parametrize("text,wrong", [
    ("Exercise Cobra Warrior 2025 opened at RAF Waddington. The first exercise the RAF ran with Indian jets "
     "took place in 2018, officials said.", "2018"),
    ("Exercise Northern Viking 2025 began in Iceland. The first exercise with Danish ships was held in 2011.",
     "2011"),
])
def test_a_kind_noun_narrowed_to_another_exercise_is_no_edition(pipeline, text, wrong):
    events = _events(pipeline, text)
    assert not any(wrong in name for name in events), events


def test_a_town_named_like_an_exercise_stays_a_place(pipeline):
    relations = relations_in(_make(pipeline, "Tashkent built a cotton mill in Dustlik, a town in the Jizzakh region, "
                                            "last year."))
    assert ("Dustlik", "LOCATED_IN", "Jizzakh Region") in relations, list(relations)  # a catalogued region since session 42


@pytest.mark.parametrize("text,event", [
    ("Portugal also hosts exercises such as Northern Viking every other year.", "Exercise Northern Viking"),
    ("In March its navy flew its first exercise with Chile, Veer Guardian, off Valparaiso.", "Exercise Veer Guardian"),
    ("The last comparable drill was Reforger, which brought tens of thousands of troops to Europe.",
     "Exercise Reforger"),
])
def test_a_bare_exercise_name_after_an_event_noun_stays(pipeline, text, event):
    assert any(name.startswith(event) for name in _events(pipeline, text)), _events(pipeline, text)
