"""PARTICIPATED_IN from acts at a summit: states and people whose clause happens "at" the summit (the
parser hanging "at" on the verb or on its object's phrase), and subjects that "used" or "told" it."""
from __future__ import annotations

import pytest

from graph.text import Document
from graph.text.metadata import Metadata

PUBLISHED = "2024-05-02"


def participations(pipeline, text: str) -> set[tuple[str, str]]:
    g = pipeline.process(Document.from_text(text, meta=Metadata(published=PUBLISHED)))
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {(name[u], name[v]) for u, v, d in g.edges(data=True) if d["type"] == "PARTICIPATED_IN"}


def took_part(found: set[tuple[str, str]], actor: str, event_word: str) -> bool:
    return any(a == actor and event_word in e.lower() for a, e in found)


@pytest.mark.parametrize("text,actors", [
    ("Kenya and Ghana agreed a maritime pact at the Lamu summit in Mombasa on Tuesday.", ["Kenya", "Ghana"]),
    ("Chile and Peru launched a joint coast guard with other neighbours at the Pacific summit in Lima in March.",
     ["Chile", "Peru"]),
])
def test_states_acting_at_a_summit_took_part(pipeline, text, actors):
    found = participations(pipeline, text)
    for actor in actors:
        assert took_part(found, actor, "summit"), found


def test_state_acting_at_a_fair_is_no_participant(pipeline):
    found = participations(pipeline, "Poland signed a deal with Germany at the Eurosatory exhibition in Paris.")
    assert not took_part(found, "Poland", "eurosatory"), found


@pytest.mark.parametrize("text,actor", [
    ("Poland used the Lamu summit in Mombasa to announce a tank order.", "Poland"),
    ("Peru told the Lima summit that it would buy jets.", "Peru"),
])
def test_used_or_told_the_summit(pipeline, text, actor):
    assert took_part(participations(pipeline, text), actor, "summit")


def test_generic_summit_used_is_the_articles(pipeline):
    text = ("Leaders gathered at the Lamu summit in Mombasa on Tuesday. "
            "Ghana told the summit it would send a frigate.")
    assert took_part(participations(pipeline, text), "Ghana", "lamu summit")


def test_an_earlier_summit_is_not_this_one(pipeline):
    text = ("Leaders gathered at the Lamu summit in Mombasa on Tuesday. "
            "Ghana had used the previous summit to announce a frigate order.")
    found = participations(pipeline, text)
    assert not took_part(found, "Ghana", "summit"), found


def test_state_admitted_at_a_summit_is_no_participant_by_that_clause(pipeline):
    found = participations(pipeline, "Peru and Chile were admitted to the group at the Lima summit in 2019.")
    assert not took_part(found, "Peru", "summit"), found


def test_used_his_speech_at_the_articles_summit(pipeline):
    text = ("Leaders gathered at the Lamu summit in Mombasa on Tuesday. "
            "President Ruto used his speech to press for a navy pact. "
            "Ghana used the occasion to announce a frigate order.")
    found = participations(pipeline, text)
    assert took_part(found, "William Ruto", "lamu summit"), found
    assert took_part(found, "Ghana", "lamu summit"), found


def test_own_farewell_speech_is_not_the_summit(pipeline):
    text = ("Leaders gathered at the Lamu summit in Mombasa on Tuesday. "
            "Togo used its farewell speech to thank the host.")
    assert not took_part(participations(pipeline, text), "Togo", "summit")
