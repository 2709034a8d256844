"""Time, session 34 (whenb34): a fact at an edition whose name carries its year ("Zapad-2021", "Bright Star
2023") falls in that year when the only date of its sentence is another clause's ("..., and its troops are
training there this week"). Invented sentences through the real spaCy model."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from graph.relations.time import relation_when
from tests.extracted import parsed

BASE = date(2024, 9, 11)
_doc = partial(parsed, published=BASE)


def _when(pipeline, text: str, anchors: tuple[str, ...]) -> str | None:
    doc = _doc(pipeline, "Drills Go On\n\nThe drills went on. " + text)
    sent = [s for s in doc.sents if anchors[0] in s.text][-1]
    toks = [next(t for t in sent if t.text == a) for a in anchors]
    return relation_when(sent, toks, BASE)


@pytest.mark.parametrize("text,anchors,want", [
    ("The Indian Army sent a battalion to Zapad-2021, and its soldiers are training beside Russian units this week.",
     ("Army", "Zapad-2021"), "2021"),
    ("The Egyptian Navy joined Bright Star 2021, and its ships are again exercising with the US fleet this week.",
     ("Navy", "Bright"), "2021"),
    ("The Kazakh Air Force flew to Cope Thunder 2019 and Red Flag 2022, and its pilots are back in Alaska this month.",
     ("Force", "Cope"), "2019"),
    ("The Mongolian Army sent a company to Selenge-2019 and Khaan-2021, and its officers are again working beside "
     "Russian staff this month.", ("Army", "Selenge-2019"), "2019"),
])
def test_an_editions_year_beats_another_clauses_date(pipeline, text, anchors, want):
    assert _when(pipeline, text, anchors) == want


@pytest.mark.parametrize("text,anchors,want", [
    # the fact's own clause dates it: the edition's year does not override it
    ("The Indian Army sent a battalion to Zapad-2021 in September 2021.", ("Army", "Zapad-2021"), "2021-09"),
    # a name for a year ahead is a plan, no edition
    ("Oman signed up to Vision 2040, and its ministers are meeting in Muscat this week.", ("Oman", "Vision"), None),
])
def test_no_edition_year_where_the_clause_or_a_plan_says_otherwise(pipeline, text, anchors, want):
    got = _when(pipeline, text, anchors)
    if want is None:
        assert got != "2040"
    else:
        assert got == want
