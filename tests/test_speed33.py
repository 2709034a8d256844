"""Speed-ups that must not change an answer (issue 10, session 33): the date-phrase search that asks first
for a word's start finds what the plain alternation finds, and a token's conjuncts read once per document
come back the same, each call with a list of its own."""
from __future__ import annotations

import re

import pytest

from graph.relations import time as timing
from graph.relations.coordination import _conjuncts, conjuncts

_OPENER = r"\b(?=\w)(?:"


def _plain() -> re.Pattern:
    assert timing._PHRASES.pattern.startswith(_OPENER)
    return re.compile(timing._PHRASES.pattern[len(_OPENER):-1], re.I)


@pytest.mark.parametrize("text", [
    "Troops from Ghana and Togo arrived on Tuesday morning, two days before the summit in Accra.",
    "The drills ran from Monday to Thursday; a week later the navy said it would return next month.",
    "The exercise was held 3-14 March 2023 near Lviv, and again between Sept. 12 and 16.",
    "Officials met on 20 October and 12 November 2024, within hours of the Hanoi announcement.",
    "Drones crossed the border overnight; the same visit had ended the day before, earlier this week.",
    "--Friday's parade (Sunday) and 'yesterday': 1st-3rd May, from 3 until 15 November.",
    "",
])
def test_the_date_phrases_are_those_of_the_plain_search(text):
    plain = _plain()
    for start in range(len(text) + 1):  # every suffix too: a sentence is searched from any offset
        found = [(m.span(), m.group(0)) for m in timing._PHRASES.finditer(text[start:])]
        assert found == [(m.span(), m.group(0)) for m in plain.finditer(text[start:])]


def test_conjuncts_read_once_give_the_same_list_each_time(pipeline):
    doc = pipeline.nlp("Norway, the Netherlands, Italy and Denmark fly the F-35, and Chile buys it.")
    for tok in doc:
        first = conjuncts(tok)
        again = conjuncts(tok)
        assert [t.i for t in first] == [t.i for t in again] == [t.i for t in _conjuncts(tok)]
        first.append(tok)  # a caller's own list: the next caller never sees it
        assert [t.i for t in conjuncts(tok)] == [t.i for t in again]
    norway = next(t for t in doc if t.text == "Norway")
    assert {t.text for t in conjuncts(norway)} >= {"Netherlands", "Italy", "Denmark"}
