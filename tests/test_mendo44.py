"""Session 44 (mendo44): a maker state's own armed service is read as the user of a catalogued type only where
the type is in its home use: not a type the maker builds for export only (``export_only.csv``: MEKO and Type 209
for Germany, Gowind and Scorpene for France, JF-17 for China, Su-30MKI for Russia), and not where a possessive
names another state's holder ("Pakistan's JF-17 jets"). Invented sentences."""
from __future__ import annotations

import pytest

from graph.relations.families.catalogued_users import home_span
from tests.extracted import text_edges

DAY = "2024-05-14"


def _operates(edges, a: str, b: str) -> bool:
    return any(t == "OPERATES" and s == a and o == b for s, t, o in edges)


def test_home_span():
    assert home_span("Eurofighter Typhoon", "United Kingdom", 2024) == (2024, 9999)
    assert home_span("MEKO frigate", "Germany", 2024) is None
    assert home_span("JF-17", "China", 2024) is None
    assert home_span("JF-17", "Pakistan", 2024) == (2024, 9999)


@pytest.mark.parametrize("text,a,b", [
    # export-only types: the maker's own service trains, hosts or escorts others' crews
    ("The German Navy welcomed Colombian sailors who serve aboard Type 209 submarines.", "German Navy",
     "Type 209 submarine"),
    ("The German Navy welcomed Algerian officers who command MEKO A-200 frigates.", "German Navy",
     "MEKO frigate"),
    ("The French Navy held a joint drill with the Malaysian crews of two Gowind corvettes off Toulon.",
     "French Navy", "Gowind corvette"),
    ("Russian Aerospace Forces instructors visited an Indian base where the Su-30MKI is kept.",
     "Russian Aerospace Forces", "Su-30MKI"),
    # a possessive names another state's holder
    ("Italian Air Force pilots flew beside Britain's Typhoon jets during the drill.", "Italian Air Force",
     "Eurofighter Typhoon"),
    ("Spanish Air Force crews flew beside Germany's Eurofighter jets over the Baltic on Friday.",
     "Spanish Air and Space Force", "Eurofighter Typhoon"),
])
def test_no_own_service_user(pipeline, text, a, b):
    edges = text_edges(pipeline, text, DAY)
    assert not _operates(edges, a, b), edges


@pytest.mark.parametrize("text,a,b", [
    # home types stay read
    ("Three years on, the Royal Air Force and the Eurofighter Typhoon remain a fixture of regional air shows.",
     "Royal Air Force", "Eurofighter Typhoon"),
    ("A Royal Air Force Typhoon escorted a Russian patrol aircraft over the North Sea on Tuesday.",
     "Royal Air Force", "Eurofighter Typhoon"),
])
def test_own_service_user(pipeline, text, a, b):
    edges = text_edges(pipeline, text, DAY)
    assert _operates(edges, a, b), edges
