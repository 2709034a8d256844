"""A backing cue ties a catalogued patron and group only where it is about them on the parse (session 40 mend of
``catalogued_proxies``): a cue whose object is something else ("support a ceasefire", "support for the government",
"hired the Africa Corps"), a participle describing another group ("The Houthis, financed by Iran, ..."), and a state
that expels the group or mediates with it give no tie. Invented sentences."""
from __future__ import annotations

import pytest

from tests.extracted import text_edges


def _coop(edges, a: str, b: str) -> bool:
    return any(t == "COOPERATES_WITH" and {s, o} == {a, b} for s, t, o in edges)


@pytest.mark.parametrize("text,a,b", [
    # the cue verb's object is a ceasefire, not the group
    ("Qatar said on Sunday that it would support a ceasefire, and Hamas said it was studying the proposal.",
     "Qatar", "Hamas"),
    ("Turkey backs a political settlement in Syria, and the Syrian National Army has joined the talks.", "Turkey",
     "Syrian National Army"),
    # the cue noun's "for" object is another party
    ("Iran voiced support for the Lebanese government after Hezbollah fighters clashed with soldiers in Beirut.",
     "Iran", "Hezbollah"),
    # the participle describes the Houthis, not Hezbollah
    ("The Houthis, financed by Iran, launched drones at tankers as Hezbollah massed fighters near the border.",
     "Iran", "Hezbollah"),
    # "hired" governs the Africa Corps; the Wagner Group left
    ("Mali hired the Africa Corps in June after the Wagner Group announced its withdrawal from the country.",
     "Mali", "Wagner Group"),
    # a state expelling the group
    ("The Central African Republic expelled Wagner Group guards who had been hired to protect the president.",
     "Central African Republic", "Wagner Group"),
    # a state mediating between the group and another side
    ("Iran, which mediated between Hamas and Fatah, said weapons were not discussed.", "Iran", "Hamas"),
])
def test_no_tie_from_a_cue_about_something_else(pipeline, text, a, b):
    edges = text_edges(pipeline, text, "2025-07-14")
    assert not _coop(edges, a, b), edges
