"""A person named in a sentence only by "he"/"she" takes part in the event that sentence names only where the
pronoun's clause states it as done (graph/relations/pronoun_attendance.py), on invented sentences."""
from __future__ import annotations

from functools import partial

from tests.extracted import text_edges

edges = partial(text_edges, published="2025-03-01")

_BEFORE = "Defence Minister Ana Ruiz arrived in Vilnius on Monday. "


def _attended(pipeline, text: str) -> list:
    return [e for e in edges(pipeline, _BEFORE + text) if e[0] == "Ana Ruiz" and e[1] == "PARTICIPATED_IN"]


def test_he_or_she_takes_part_in_an_event_told_as_done(pipeline):
    assert _attended(pipeline, "She attended the 2023 Vilnius summit on Tuesday.")


def test_a_taking_part_told_back_from_before_is_no_attendance(pipeline):
    assert not _attended(pipeline, "She had attended the 2023 Vilnius summit as a colonel.")


def test_an_expected_or_possible_taking_part_is_no_attendance(pipeline):
    assert not _attended(pipeline, "She is expected to attend the 2023 Vilnius summit on Tuesday.")
    assert not _attended(pipeline, "She may attend the 2023 Vilnius summit on Tuesday.")


def test_whoever_a_person_sends_goes_in_their_place(pipeline):
    assert not _attended(pipeline, "She sent her deputy to the 2023 Vilnius summit on Tuesday.")
