"""menda39: a rivalry word or conflict cue sets two catalogued rivals against each other only where it is between them
(graph/relations/families/rival_sides.py). Invented sentences; the readings that must stay (pressure "on" a rival,
deterrence "against" one) are review39's plain tests (tests/test_review39_probes.py)."""
from __future__ import annotations

import pytest

from tests.extracted import graph_of, relations_in

_D = "2025-04-14"


def _conflict(pipeline, text: str, a: str, b: str) -> bool:
    edges = relations_in(graph_of(pipeline, text, _D, name="t.txt"))
    return any(t == "IN_CONFLICT_WITH" and {a, b} == {s, o} for (s, t, o) in edges)


@pytest.mark.parametrize("text,a,b", [
    # the two rivals named as one group that does or suffers something together
    ("Greece and Turkey took part in a NATO exercise off Crete last week.", "Greece", "Turkey"),
    ("Japan and Russia fear a severe winter for their fishing fleets.", "Japan", "Russia"),
    ("China and the Philippines face a growing threat from typhoons, the report said.", "China", "Philippines"),
    ("Algeria and Morocco agreed in Tunis to lower the threat of locust swarms.", "Algeria", "Morocco"),
    # a cooperation frame: a joint thing, a signing, an avoided provocation
    ("China and Vietnam held joint naval drills to fight piracy in the gulf.", "China", "Vietnam"),
    ("Serbia and Kosovo signed a rail accord despite pressure from opposition parties.", "Kosovo", "Serbia"),
    ("Greece and Turkey signed a fisheries pact in Izmir, promising to avoid provocations at sea.", "Greece",
     "Turkey"),
    # figurative "exercise"
    ("Eritrea and Ethiopia both opened their borders to refugees, an exercise in goodwill.", "Eritrea", "Ethiopia"),
])
def test_rivals_named_as_one_group_are_not_in_conflict(pipeline, text, a, b):
    assert not _conflict(pipeline, text, a, b)

