"""mendp48 (relations/passes/gapped.py): a gapped clause's rest that sends nothing gives its party no part in the
first clause's event. Invented sentences (review48 pg07-pg10, pg13, pg15 are the review's own): a negative rest
("and B none", "and B no ships"), a rest that places its forces elsewhere ("at home", "on its own side"), a rest
of another kind than what the first verb sent ("a sharp rebuke", "a warning"), a rest with a purpose clause of
its own ("a corvette to shadow them"), and a first clause that is a condition or a modal."""
from __future__ import annotations

import pytest

from tests.extracted import graph_of, relations_in

_D = "2025-11-17"


def _partakers(pipeline, text: str, event: str) -> set[str]:
    edges = relations_in(graph_of(pipeline, text, _D, name="t.txt"))
    return {s for (s, t, o) in edges if t == "PARTICIPATED_IN" and event.lower() in o.lower()}


@pytest.mark.parametrize("text,event,party", [
    # a negative rest
    ("Exercise BALTOPS 2025 opened in the Baltic Sea on Monday. At BALTOPS 2025, Germany sent two frigates, "
     "and Austria no ships.", "BALTOPS", "Austria"),
    ("Exercise Cobra Gold 2025 opened in Thailand on Tuesday. At Cobra Gold 2025, Singapore sent 400 troops, "
     "while Laos no soldiers at all.", "Cobra Gold", "Laos"),
    # a rest placing its forces elsewhere
    ("Exercise Sea Breeze 2023 began off Odesa on Monday. At Sea Breeze 2023, Ukraine fielded 1,500 troops, and "
     "Moldova 300 at home.", "Sea Breeze", "Moldova"),
    ("Exercise Zapad 2021 began in Belarus on Friday. At Zapad 2021, Russia fielded 200,000 troops, and Lithuania "
     "a brigade across the border.", "Zapad", "Lithuania"),
    # a rest of another kind than what the verb sent
    ("Exercise RIMPAC 2024 opened off Hawaii on Monday. At RIMPAC 2024, Japan sent two destroyers, while China a "
     "sharp rebuke of the drills.", "RIMPAC", "China"),
    ("Exercise Cobra Gold 2025 opened in Thailand on Tuesday. At Cobra Gold 2025, Singapore sent 400 troops, "
     "and Cambodia a statement against the drills.", "Cobra Gold", "Cambodia"),
    # ... after an apposition of the party ("and B, a neighbour, ..."): the apposition is passed over, the rest read
    ("Exercise Cobra Gold 2025 opened in Thailand on Tuesday. At Cobra Gold 2025, Singapore sent 400 troops, "
     "and Myanmar, a neighbour, a letter of protest.", "Cobra Gold", "Myanmar"),
    # a rest with a purpose clause of its own
    ("Exercise BALTOPS 2025 opened in the Baltic Sea on Monday. At BALTOPS 2025, Poland sent three "
     "minehunters, and Russia a corvette to shadow them.", "BALTOPS", "Russia"),
    # a first clause that is a condition or a modal
    ("UNITAS 2025 opened off Brazil on Monday. If Chile had sent ships to UNITAS 2025, Peru would have sent a "
     "frigate, and Colombia a corvette.", "UNITAS", "Colombia"),
])
def test_a_gapped_rest_that_sends_nothing_gives_no_part(pipeline, text, event, party):
    assert party not in _partakers(pipeline, text, event)
