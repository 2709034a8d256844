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


def test_keyed_words_hold_every_list():
    from graph.relations.families.confirmed_membership import _KEYED_LISTS, _UNKEYED_RULES, _keyed_words

    lex = cues()["membership"]
    found = _keyed_words(lex)
    assert all(set(lex[k]) <= found for k in _KEYED_LISTS) and "be" in found
    assert [r[0] for r in _UNKEYED_RULES] == ["membership-within"]


@pytest.mark.parametrize("text,member,bloc", [
    # a verb of no cue list, read only for its "within" phrase
    ("Within NATO, Portugal has argued for a larger fisheries patrol.", "Portugal", "North Atlantic"),
    # a cue word read by its form ("fellow")
    ("Lithuania will host the drills next spring, and several fellow NATO members have offered aircraft.",
     "Lithuania", "North Atlantic"),
])
def test_membership_frames_still_read(pipeline, text, member, bloc):
    from tests.extracted import has_member, members

    found = members(pipeline, text)
    assert has_member(found, member, bloc), found
