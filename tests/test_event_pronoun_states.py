"""A state that launches or opens "it", the article's gathering, named in an earlier sentence: the
pronoun stands for the gathering (an entity key, not a mention), and the state takes part.
Invented sentences through the real pipeline."""
from __future__ import annotations

from functools import partial

from tests.extracted import text_edges

edges = partial(text_edges, published="2024-06-04")


def test_a_state_that_launched_it_took_part_in_the_gathering_named_before(pipeline):
    text = ("The Amber Shield exercise began in Latvia on Monday. Estonian troops joined the drills. "
            "Poland opened it with a parachute jump.")
    found = edges(pipeline, text)  # raised AttributeError before (the key taken for a mention)
    assert any(s == "Poland" and t == "PARTICIPATED_IN" and "Amber Shield" in o for s, t, o in found), found
