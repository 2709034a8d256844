"""Sentence gates of the verb-reading rules (session 47, speed): ``verb_ties`` reads a verb's negation and hedges
only where the verb is one of its cue lists or carries a "together with", and ``confirmed_membership``'s "within
a bloc" asks for the bloc before the negation; the relations found stay the same (sentences of our own)."""
from __future__ import annotations

import pytest
from test_ties import COOP, tie, ties

from graph.relations.families.verb_ties import _VERB_LISTS, _verb_cues
from graph.relations.lexicon import cues


def test_verb_cues_hold_every_list():
    lex = cues()["ties"]
    found = _verb_cues(lex)
    assert all(set(lex[k]) <= found for k in _VERB_LISTS)
    assert _verb_cues(lex) is found  # built once


@pytest.mark.parametrize("text,expected", [
    # a verb of no cue list, read only for its "together with"
    ("Kenya landed troops on the coast together with Uganda.", {tie(COOP, "Kenya", "Uganda")}),
    ("Ghana entered the contest together with Togo.", {tie(COOP, "Ghana", "Togo")}),
    ("Norway sent a frigate to the region together with Denmark.", {tie(COOP, "Denmark", "Norway")}),
])
def test_together_with_still_read(pipeline, text, expected):
    assert expected <= ties(pipeline, text)


@pytest.mark.parametrize("text,absent", [
    ("Kenya did not land troops on the coast together with Uganda.", tie(COOP, "Kenya", "Uganda")),
    ("Chile may patrol the border together with Peru next year.", tie(COOP, "Chile", "Peru")),
])
def test_together_with_denied(pipeline, text, absent):
    assert absent not in ties(pipeline, text)
