"""A verb's tense as the relation rules read it (``graph/relations/tense.py``): told as done, put ahead or in
doubt, a passive going on, the simple present, and the years written in its clause.

The sentences are our own."""
from __future__ import annotations

import pytest

from graph.relations.tense import being_done, future_or_modal, past_done, put_ahead, simple_present, years_in


def _verb(pipeline, text: str, word: str):
    return next(t for t in pipeline.nlp(text) if t.text == word)


@pytest.mark.parametrize("text,word,ahead", [
    ("The navy will receive the corvettes in 2027.", "receive", True),
    ("The navy would receive the corvettes early.", "receive", True),
    ("The navy is to receive the corvettes next year.", "receive", True),
    ("The corvettes shall be handed over in spring.", "handed", True),
    ("The navy received the corvettes in 2021.", "received", False),
    ("The corvettes have been handed over.", "handed", False),
])
def test_put_ahead(pipeline, text, word, ahead):
    assert put_ahead(_verb(pipeline, text, word)) is ahead


@pytest.mark.parametrize("text,word,future", [
    ("The air force will fly the jets from Monday.", "fly", True),
    ("The air force could fly the jets from Monday.", "fly", True),
    # the "to" of an infinitive is put ahead, but it is no modal nor "will"
    ("The air force plans to fly the jets from Monday.", "fly", False),
    ("The air force flies the jets from a northern base.", "flies", False),
])
def test_future_or_modal(pipeline, text, word, future):
    assert future_or_modal(_verb(pipeline, text, word)) is future


@pytest.mark.parametrize("text,word,done", [
    ("The army received four howitzers last month.", "received", True),
    ("The army has received four howitzers.", "received", True),
    ("Four howitzers were delivered to the army.", "delivered", True),
    ("The army did receive four howitzers.", "receive", False),
    ("The army receives four howitzers every year.", "receives", False),
])
def test_past_done(pipeline, text, word, done):
    assert past_done(_verb(pipeline, text, word)) is done


def test_being_done(pipeline):
    assert being_done(_verb(pipeline, "The frigates are being delivered to the navy.", "delivered"))
    assert not being_done(_verb(pipeline, "The frigates were delivered to the navy.", "delivered"))


def test_simple_present(pipeline):
    verb = _verb(pipeline, "Latvia and Estonia buy the radars and receive them within a year.", "receive")
    assert simple_present(verb)  # a bare form joined to a present shares its tense
    assert not simple_present(_verb(pipeline, "Latvia bought the radars.", "bought"))


def test_years_in(pipeline):
    verb = _verb(pipeline, "The last two ships were delivered in 2019 under a deal signed in 2014.", "delivered")
    assert sorted(years_in(verb)) == [2014, 2019]
    assert years_in(_verb(pipeline, "The ships were delivered on time.", "delivered")) == []
