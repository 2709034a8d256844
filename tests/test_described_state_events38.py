"""A catalogued event of one party told by its generic noun alone (session 38, resolve.py
``_described_state_events``; lexicon ``described_state_event_nouns``):

* "during the unrest of January 2022 in Almaty" in a report of 2023 that names Kazakhstan: the catalogued "2022
  Kazakh unrest" (its names hold "unrest"; its dates hold the phrase's; menda38: an undated "unrest" a year later
  is none of it, tests/test_menda38.py);
* "the mutiny of June 2023" beside the Wagner Group, in a report of an exercise: the catalogued rebellion, its
  written phrase a name of it; where the mutiny is the article's own unnamed event, the noun is that event's;
* a noun whose date falls outside the catalogued event's ("the protests of May 2019"), a noun no name of the
  catalogued event holds ("the riots"), and an article that names no party of it, are none of it.
Sentences written for these tests.
"""
from __future__ import annotations

from tests.extracted import events_in, graph_maker

graph_of = graph_maker("2023-09-14")

_ALMATY = ("Kazakhstan buys transport helicopters\n\n"
           "ASTANA, Sept. 14, 2023 (Wire) - Kazakhstan signed for twelve transport helicopters on Thursday. "
           "The army had lacked airlift during the unrest of January 2022 in Almaty, officials said.")

_WAGNER = ("Wagner fighters leave Belarus camp\n\n"
           "MINSK, Sept. 14, 2023 (Wire) - Belarus and Russia opened a joint exercise near Brest on Thursday. Several "
           "hundred Wagner Group fighters who had trained Belarusian troops left a camp in Belarus the same day. "
           "They had moved there after the mutiny of June 2023, a local official said.")


def test_a_bare_noun_names_the_one_catalogued_event_of_the_articles_state(pipeline):
    events = events_in(graph_of(pipeline, _ALMATY))
    assert "2022 Kazakh unrest" in events, events


def test_the_phrase_is_a_name_of_the_catalogued_event(pipeline):
    events = events_in(graph_of(pipeline, _WAGNER))
    assert "Wagner Group rebellion" in events, events


def test_a_date_outside_the_catalogued_event_is_another_one(pipeline):
    text = _ALMATY.replace("during the unrest of January 2022 in Almaty", "during the protests of May 2019")
    events = events_in(graph_of(pipeline, text))
    assert "2022 Kazakh unrest" not in events, events


def test_a_noun_none_of_its_names_hold_is_no_catalogued_event(pipeline):
    text = _ALMATY.replace("during the unrest of January 2022 in Almaty", "during the riots of January 2022 in Almaty")
    events = events_in(graph_of(pipeline, text))
    assert "2022 Kazakh unrest" not in events, events


def test_an_article_naming_no_party_of_it_is_none_of_it(pipeline):
    text = ("Airline buys transport helicopters\n\nLONDON, Sept. 14, 2023 (Wire) - An airline signed for twelve "
            "helicopters on Thursday. Its pilots had lacked work during the unrest, officials said.")
    events = events_in(graph_of(pipeline, text))
    assert "2022 Kazakh unrest" not in events, events


def test_the_noun_of_the_articles_own_unnamed_event_is_its_own(pipeline):
    text = ("Mutiny ends near the capital\n\nMINSK, June 24, 2023 (Wire) - The mutiny ended on Saturday when Wagner "
            "Group columns halted outside the capital, officials said. The revolt had begun a day earlier.")
    events = events_in(graph_maker("2023-06-24")(pipeline, text))
    assert "Wagner Group rebellion" not in events or not any(n.startswith("mutiny") for n in events), events
