"""A person who LEADS a body is not also AFFILIATED_WITH it, whichever rule read the tie (session 46: the gold
keeps the LEADS alone; before, only the representation and "X of Y" ties gave way). Invented sentences."""
from __future__ import annotations

from functools import partial

import pytest

from graph.relations.passes.represented_states import drop_led_bodies
from graph.relations.relation import Relation
from tests.extracted import text_edges

edges = partial(text_edges, published="2024-05-02")


@pytest.mark.parametrize("text,expected,absent", [
    # the title's tie and the LEADS of "run"/"led" name one pair: the LEADS stays alone
    ("Defence Minister Karl Berg, who has run the Ministry of Defence of Norway since 2019, visited the base.",
     {("Karl Berg", "LEADS", "Ministry of Defence of Norway")},
     {("Karl Berg", "AFFILIATED_WITH", "Ministry of Defence of Norway")}),
    ("Karl Berg, who has led the Norwegian Ministry of Defence since 2017, is not being dismissed.",
     {("Karl Berg", "LEADS", "Ministry of Defence of Norway")},
     {("Karl Berg", "AFFILIATED_WITH", "Ministry of Defence of Norway")}),
    # another person's tie, or a tie to a body nobody is said to lead, is kept
    ("Anna Lund, who has led the Norwegian Army since 2020, said the Norwegian Ministry of Defence had approved "
     "the plan, and Karl Berg, a spokesman for the ministry, confirmed it.",
     {("Anna Lund", "LEADS", "Norwegian Army"), ("Karl Berg", "AFFILIATED_WITH", "Ministry of Defence of Norway")},
     {("Anna Lund", "AFFILIATED_WITH", "Norwegian Army")}),
])
def test_led_bodies(pipeline, text, expected, absent):
    got = edges(pipeline, text)
    assert expected <= got
    assert not (absent & got)


def _rel(source: str, typ: str, target: str, rule: str) -> Relation:
    return Relation(source=source, type=typ, target=target, evidence={"start": 0, "end": 1}, confidence=0.7, rule=rule)


def test_any_rule_gives_way():
    rels = [_rel("p", "LEADS", "b", "ran-body"), _rel("p", "AFFILIATED_WITH", "b", "title-of-body"),
            _rel("p", "AFFILIATED_WITH", "c", "title-of-body"), _rel("q", "AFFILIATED_WITH", "b", "title-of-body")]
    kept = {(r.source, r.type, r.target) for r in drop_led_bodies(rels)}
    assert kept == {("p", "LEADS", "b"), ("p", "AFFILIATED_WITH", "c"), ("q", "AFFILIATED_WITH", "b")}


def test_a_serving_head_keeps_the_tie():
    rels = [_rel("p", "LEADS", "b", "title-secretary"), _rel("p", "AFFILIATED_WITH", "b", "title-secretary")]
    assert len(drop_led_bodies(rels)) == 2
