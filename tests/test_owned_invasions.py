"""An undated invasion named by its owner ("Russia's full-scale invasion", "Russia launched its invasion")
is the one catalogued invasion whose sides the document names; an invasion no catalogue entry fits
("China's invasion of Taiwan", feared, not waged) makes no catalogued event."""
from __future__ import annotations

from tests.extracted import events_in as events_of
from tests.extracted import graph_maker

graph_of = graph_maker("2024-05-10")

ORDERS = """Artillery maker doubles its output

A Czech ammunition plant near Brno has doubled its shell output since Russia launched its full-scale \
invasion last year, its director said on Thursday. Most of the shells go to Ukraine.
"""

FEARED = """Taipei drills for a landing

Taiwan's army rehearsed the defence of its beaches on Monday. Planners in Taipei say China's invasion of \
the island would begin with missile strikes on its airfields.
"""


def test_an_owned_invasion_is_the_catalogued_one(pipeline):
    events = events_of(graph_of(pipeline, ORDERS))
    assert "Russian invasion of Ukraine" in events, events


def test_an_invasion_no_catalogue_entry_fits_is_not_catalogued(pipeline):
    events = events_of(graph_of(pipeline, FEARED))
    assert "Russian invasion of Ukraine" not in events, events
    assert not any("China" in n or "Chinese" in n for n in events), events


GRAIN = """Odesa port reopens a berth

Ukraine reopened a grain berth at Odesa on Tuesday. In the first weeks of the invasion the port was shut, \
and Russian warships patrolled off the coast.
"""

ISLAND = """Sweden rehearses on Gotland

Swedish troops rehearsed the defence of Gotland on Monday; the drill simulated the invasion of Gotland by \
an unnamed enemy. Ukraine sent observers, and Russia protested.
"""


def test_the_invasion_is_the_catalogued_one_whose_sides_the_text_names(pipeline):
    events = events_of(graph_of(pipeline, GRAIN))
    assert "Russian invasion of Ukraine" in events, events


def test_the_invasion_of_another_place_is_not_the_catalogued_one(pipeline):
    events = events_of(graph_of(pipeline, ISLAND))
    assert "Russian invasion of Ukraine" not in events, events
