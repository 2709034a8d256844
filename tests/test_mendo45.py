"""Session 45 (mendo45): mends of operates45's catalogued users. A state that protests, condemns or criticises
what another does with a type is no holder of it; a service that only acts on a type its state holds elsewhere
("took the K2 tanks into account") is no user; a maker's demonym on the type no longer blocks a state whose own
word names the crews or units ("Serbian crews ... Russian Pantsir-S1 systems"). Invented sentences."""
from __future__ import annotations

import pytest

from tests.extracted import text_edges

DAY = "2024-05-14"


def _operates(edges, a: str, b: str) -> bool:
    return any(t == "OPERATES" and s == a and o == b for s, t, o in edges)


@pytest.mark.parametrize("text,a,b", [
    # a state objecting to another's deal or use of the type
    ("The United States sold new F-16 jets to Greece, and Turkey protested against the sale of the jets.",
     "Turkey", "F-16"),
    ("Turkey used F-16 jets in raids on Monday. Greece condemned the use of the jets.", "Greece", "F-16"),
    ("Israel flew F-35 jets over the border, and Japan criticised the flights in a statement.", "Japan", "F-35"),
    # a service acting on a type its state holds by another rule elsewhere
    ("Poland bought K2 tanks in 2022. The Polish Land Forces studied the K2 tanks closely before the second "
     "contract.", "Polish Land Forces", "K2 Black Panther"),
])
def test_no_user(pipeline, text, a, b):
    edges = text_edges(pipeline, text, DAY)
    assert not _operates(edges, a, b), edges


@pytest.mark.parametrize("text,a,b", [
    # the state's own word on the crews: the maker's word on the type names its origin only
    ("Serbian gunners drilled with Russian Pantsir-S1 systems at a range near Nis.", "Serbia", "Pantsir"),
    ("Hungarian crews trained on Swedish Gripen jets near Kecskemet last week.", "Hungary", "Gripen"),
])
def test_user(pipeline, text, a, b):
    edges = text_edges(pipeline, text, DAY)
    assert _operates(edges, a, b), edges
