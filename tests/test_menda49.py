"""Session 49 mend (menda49): wrong readings the session's branches added on invented text.

A direct question states nothing (``relations.scope.questioned``: "Will X buy ...?", "Will he attend ...?", "Will ties
with Y resume?"); "received training from X" is no purchase (``acquire.body_goods_verbs``); a pronoun's person takes
no part told of another clause's subject ("He praised the sailors who joined X") and a "she" after a ship is the ship;
an incident's lead places it only in the striking clause (``events._off_the_strike``)."""
from __future__ import annotations

import pytest


def _graph(pipeline, text: str):
    from graph.text.metadata import Metadata
    from graph.text.sources import Document
    return pipeline.process(Document.from_text(text, "t.txt", meta=Metadata(published="2025-06-10", date_source="cli")))


def _edges(pipeline, text: str, type_: str) -> set[tuple[str, str]]:
    g = _graph(pipeline, text)
    return {(g.nodes[u]["name"], g.nodes[v]["name"]) for u, v, d in g.edges(data=True) if d["type"] == type_}


def _has(edges: set[tuple[str, str]], a: str, b: str) -> bool:
    """Whether an edge joins names containing ``a`` and ``b`` (either way round)."""
    return any(a in s and b in t or b in s and a in t for s, t in edges)


@pytest.mark.parametrize("question", [
    "Will he attend the G20 summit in Johannesburg?",
    "And will he attend the G20 summit in Johannesburg?",
])
def test_a_pronoun_asked_about_takes_no_part(pipeline, question):
    text = "South African President Cyril Ramaphosa spoke in Pretoria on Monday. " + question
    assert not _has(_edges(pipeline, text, "PARTICIPATED_IN"), "Ramaphosa", "G20")


@pytest.mark.parametrize("text", [
    "Will the Peruvian Air Force acquire KAI FA-50 jets from South Korea before 2028?",
    "After the election, will the Peruvian Air Force buy FA-50 jets from South Korea?",
])
def test_a_body_asked_about_buys_nothing(pipeline, text):
    edges = _edges(pipeline, text, "SUPPLIES")
    assert not any("Air Force" in t for _, t in edges)


@pytest.mark.parametrize("text", [
    "Chile bought two used frigates from the Netherlands in 2020. Will cooperation with Peru ever resume?",
    "Chile bought two used frigates from the Netherlands in 2020. Will relations with Peru improve?",
])
def test_a_tie_asked_about_is_no_tie(pipeline, text):
    assert not _has(_edges(pipeline, text, "COOPERATES_WITH"), "Chile", "Peru")


@pytest.mark.parametrize("text", [
    "The Peruvian Air Force received training from South Korea on the FA-50 at Sacheon.",
    "The Peruvian Air Force received advice from South Korea on the FA-50 last year.",
])
def test_a_body_receiving_no_goods_buys_nothing(pipeline, text):
    edges = _edges(pipeline, text, "SUPPLIES")
    assert not any("Air Force" in t for _, t in edges)


@pytest.mark.parametrize("clause", [
    "He thanked the sailors who took part in Exercise Talisman Sabre 2025.",
    "He praised the pilots that took part in Exercise Talisman Sabre 2025.",
])
def test_a_pronoun_takes_no_part_told_of_another_subject(pipeline, clause):
    text = "Australian Defence Minister Richard Marles visited Darwin on Monday. " + clause
    assert not _has(_edges(pipeline, text, "PARTICIPATED_IN"), "Marles", "Talisman Sabre")


@pytest.mark.parametrize("text", [
    "The frigate HMNZS Te Kaha sailed from Auckland on Monday under Commander Anna Brown. She will join RIMPAC 2026 "
    "off Hawaii.",
    "The destroyer HMAS Sydney left Darwin on Friday under Commander Anna Brown. She will take part in Exercise "
    "Pitch Black 2026.",
])
def test_she_after_a_ship_is_the_ship(pipeline, text):
    assert not any("Anna Brown" in s or "Anna Brown" in t for s, t in _edges(pipeline, text, "PARTICIPATED_IN"))


@pytest.mark.parametrize("text, place", [
    ("Rebel rockets hit army depot\n\nRebel rockets hit an army depot on Sunday, the deadliest attack on the base this "
     "year, and officials showed the debris to reporters in Strelsau hours later.\n\nThe attack killed two guards.\n",
     "Strelsau"),
    ("Border guards clash in the hills\n\nRuritanian and Bordurian border guards clashed in the hills on Monday, days "
     "after talks in Strelsau over the frontier.\n\nThe clash left one guard dead.\n", "Strelsau"),
    ("Rebel drones hit fuel depot\n\nA drone strike hit a fuel depot on Sunday, the deadliest attack this month, and "
     "relief workers in Strelsau said they had sent doctors.\n\nThe attack killed nine people.\n", "Strelsau"),
])
def test_a_place_off_the_strike_is_no_incident_site(pipeline, text, place):
    assert not any(p == place for _, p in _edges(pipeline, text, "HELD_IN"))
