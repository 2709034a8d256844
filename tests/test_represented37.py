"""A state's people named as standing in for it (issue 10): "X was represented by its envoy, Y", the gapped
"...; Z by Foreign Minister W", "X's delegation was led by Y"; not the people after "not"/"rather than", not a
person whose own title names a body, and not the first state's for the gapped clause's minister. Invented
sentences about other countries."""
from __future__ import annotations

from functools import partial

import pytest

from tests.extracted import text_edges

edges = partial(text_edges, published="2024-05-02")


@pytest.mark.parametrize("text,expected,absent", [
    ("Fiji was represented by its high commissioner in Canberra, John Peters.",
     {("John Peters", "AFFILIATED_WITH", "Fiji")}, set()),
    ("Chile was represented by Pedro Rojas, a senior official in Santiago, not by its president.",
     {("Pedro Rojas", "AFFILIATED_WITH", "Chile")}, set()),
    # the gapped clauses: each minister is his own state's, not the first state's
    ("Chile was represented by its foreign minister, Ana Soto; Peru by Foreign Minister Luis Vega; and Bolivia "
     "by its interior minister, Juan Paz.",
     {("Ana Soto", "AFFILIATED_WITH", "Chile"), ("Luis Vega", "AFFILIATED_WITH", "Peru"),
      ("Juan Paz", "AFFILIATED_WITH", "Bolivia")},
     {("Luis Vega", "AFFILIATED_WITH", "Chile"), ("Juan Paz", "AFFILIATED_WITH", "Chile")}),
    # a delegation led by the state's people (the agent's conjuncts too)
    ("Chile's delegation was led by Deputy Defence Minister Pedro Rojas, accompanied by two generals.",
     {("Pedro Rojas", "AFFILIATED_WITH", "Chile")}, set()),
    ("A Chilean delegation led by Deputy Defence Minister Pedro Rojas toured the stands of the show.",
     {("Pedro Rojas", "AFFILIATED_WITH", "Chile")}, set()),
    ("The Peruvian delegation was led by the army's chief, Luis Vega, and the ambassador in Lima, Ana Soto.",
     {("Ana Soto", "AFFILIATED_WITH", "Peru")}, {("Luis Vega", "AFFILIATED_WITH", "Peru")}),
    # not the people after "rather than", nor those in a clause of their own
    ("Chile was represented by its foreign minister, Ana Soto, rather than President Luis Vega.",
     {("Ana Soto", "AFFILIATED_WITH", "Chile")}, {("Luis Vega", "AFFILIATED_WITH", "Chile")}),
    ("Chile was represented by Pedro Rojas, who has run the ministry since Ana Soto died.",
     {("Pedro Rojas", "AFFILIATED_WITH", "Chile")}, {("Ana Soto", "AFFILIATED_WITH", "Chile")}),
    # a service represented is no state
    ("The Chilean Navy was represented by its vice chief, Pedro Rojas.", set(),
     {("Pedro Rojas", "AFFILIATED_WITH", "Chile")}),
])
def test_represented_states(pipeline, text, expected, absent):
    got = edges(pipeline, text)
    assert expected <= got
    assert not (absent & got)
