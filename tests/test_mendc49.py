"""A part of a sent contingent that its own phrase makes observers gives its body no part in the drill
(graph/relations/families/events.py ``_drawn_from``, ``_sent_as``): "two officers of the X Air Force as
observers", "10 from the X Air Force as observers", while the other parts' bodies still take part. An "as" of the
part itself or of its "from"/"of" with a word of ``participation.list_no_part``. Invented sentences (review49 pd12)."""
from __future__ import annotations

from functools import partial

import pytest

from tests.extracted import text_edges

edges = partial(text_edges, published="2025-06-10")

EXERCISE = ("Allied Troops Start Northern Shield 2025 In Estonia\n\n"
            "TALLINN, June 9, 2025 - The multinational exercise Northern Shield 2025 opened on Monday in Estonia "
            "with about 9,000 troops. The drills run until June 20. ")
EVENT = "Northern Shield 2025"


def _partakers(found, event=EVENT) -> set[str]:
    return {s for s, t, o in found if t == "PARTICIPATED_IN" and o == event}


@pytest.mark.parametrize("sentence", [
    "India sent 60 soldiers, all of them from the Indian Army, and two officers of the Indian Air Force as observers.",
    "India sent 60 soldiers, all of them from the Indian Army, and two officers of the Indian Air Force as an "
    "observer team.",
    "India has sent 60 personnel: 50 from the Indian Army and 10 from the Indian Air Force as observers.",
    "India has sent 60 personnel: 50 from the Indian Army and 10 from the Indian Air Force as military observers.",
])
def test_a_part_sent_as_observers_gives_its_body_no_part(pipeline, sentence):
    found = _partakers(edges(pipeline, EXERCISE + sentence))
    assert "Indian Army" in found and "Indian Air Force" not in found, found
