"""Mends of session 38's review (menda38, its event part), on sentences written for these tests; each case
read wrong before. (Its membership part was not merged: it cost the held-out halves what statepair38 found.)

* A bare "protests", "unrest" or "coup" is a catalogued one-party event (resolve.py ``_described_state_events``)
  only with a date its dates hold, or in a report of its own days, or (a coup, not protests) with the party in the
  noun's own phrase; never another state's ("farmers in Kyrgyzstan staged protests").
"""
from __future__ import annotations

import pytest

from tests.extracted import events_in, graph_maker


@pytest.mark.parametrize("published,text,event", [
    # an undated recurring noun in a report long after the catalogued event
    ("2024-09-01", "Kazakhstan's interior ministry said the protests by oil workers in Zhanaozen had ended.",
     "2022 Kazakh unrest"),
    ("2023-05-01", "Kazakhstan's parliament debated the unrest again.", "2022 Kazakh unrest"),
    # another state's protests, though the catalogued event's state is named and the date fits
    ("2022-03-01", "Farmers in Kyrgyzstan staged protests in January 2022, and Kazakhstan raised fuel prices.",
     "2022 Kazakh unrest"),
])
def test_a_bare_noun_of_another_occurrence_is_not_the_catalogued_event(pipeline, published, text, event):
    events = events_in(graph_maker(published)(pipeline, text))
    assert event not in events, events
