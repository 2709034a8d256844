"""A post changing hands in one clause (session 47, relations/passes/successions.py): the one who gives it up
led the body before, the one handed a named body leads it; invented sentences about invented people."""
from __future__ import annotations

from functools import partial

import pytest

from tests.extracted import graph_of, relations_in, text_edges

edges = partial(text_edges, published="2024-05-02")


@pytest.mark.parametrize("text,expected", [
    # "took over B from Y"
    ("Rear Admiral Tomas Berg took over the Norwegian Navy on Monday from Vice Admiral Olav Lund.",
     {("Olav Lund", "LEADS", "Royal Norwegian Navy"), ("Tomas Berg", "LEADS", "Royal Norwegian Navy")}),
    # "took command of B from Y"
    ("Lieutenant General Jonas Vik took command of the Norwegian Army last week from General Erik Dahl.",
     {("Erik Dahl", "LEADS", "Norwegian Army"), ("Jonas Vik", "LEADS", "Norwegian Army")}),
    # "replaced Y at the head of B"
    ("General Sami Laine replaced General Kari Virta at the head of the Finnish Defence Forces on Tuesday.",
     {("Kari Virta", "LEADS", "Finnish Defence Forces"), ("Sami Laine", "LEADS", "Finnish Defence Forces")}),
    # "Y handed B to X"
    ("Admiral Juan Perez handed the Chilean Navy to Admiral Luis Soto at a ceremony in Valparaiso.",
     {("Juan Perez", "LEADS", "Chilean Navy"), ("Luis Soto", "LEADS", "Chilean Navy")}),
    # the successor's post told in another sentence: "X succeeds Y"
    ("Vice Admiral Mark Reid will take over as Chief of Navy of the Royal New Zealand Navy in June. "
     "Reid succeeds Rear Admiral Paul Tane, who retires after three years.",
     {("Paul Tane", "LEADS", "Royal New Zealand Navy")}),
    # "begins a term at the head of B, succeeding Y": the body on the verb "succeeding" hangs on
    ("Air Marshal Ian Ward begins a three-year term at the head of the New Zealand Defence Force, succeeding Air "
     "Marshal Bruce Hale, who steps down after six years.", {("Bruce Hale", "LEADS", "New Zealand Defence Force")}),
    # "X, who had taken over from Y": the one the relative clause tells of takes over
    ("General Agus Wirawan, who had taken over from General Budi Santoso in May, now commands the Indonesian "
     "National Armed Forces. Wirawan visited Bali.", {("Budi Santoso", "LEADS", "Indonesian National Armed Forces")}),
])
def test_the_outgoing_holder_led_the_body(pipeline, text, expected):
    assert expected <= edges(pipeline, text)


def test_outgoing_holder_gets_the_end_of_the_term(pipeline):
    g = graph_of(pipeline, "Rear Admiral Tomas Berg took over the Norwegian Navy on Monday from Vice Admiral "
                           "Olav Lund.", "2024-05-02")
    fact = relations_in(g)[("Olav Lund", "LEADS", "Royal Norwegian Navy")]
    assert fact.get("role", "").startswith("former")
    assert str(fact.get("valid_to", "")).startswith("2024-04")


@pytest.mark.parametrize("text,absent", [
    # a successor with two posts in the article: which one changed hands is not told
    ("General Pedro Alves, the army chief of Brazil's Brazilian Army, was sworn in as defence minister of "
     "Brazil on Monday. Alves replaces Rui Campos, who left to run for the senate.",
     {("Rui Campos", "LEADS", "Brazilian Army")}),
    # no change of hands: "did not replace"
    ("General Sami Laine did not replace General Kari Virta at the head of the Finnish Defence Forces.",
     {("Kari Virta", "LEADS", "Finnish Defence Forces")}),
    # goods handed over are no post
    ("Colonel Ana Lima handed the keys of the new hangar to Major Rui Sousa of the Portuguese Air Force.",
     {("Rui Sousa", "LEADS", "Portuguese Air Force"), ("Ana Lima", "LEADS", "Portuguese Air Force")}),
])
def test_no_post_changing_hands(pipeline, text, absent):
    assert not absent & edges(pipeline, text)
