"""The session-31 review's four mends, each on sentences of our own:

* a popular name is the word that ends a platform's written name: "Fighting" of "F-16 Fighting Falcon" is an
  ordinary word elsewhere (graph/entities/platform_words.py);
* "X, which the navy scrapped in 2019" still marks X out of service: a relative pronoun as the object is the ship
  itself, not another ship it sank (families/stage.py: lost);
* a stopped trade is no standing trade: "cancelled / suspended its purchases of American equipment"
  (families/standing_trade.py: standing_purchases; cue stage.standing_trade.stop_words);
* the commander an exercise is held under takes part also in the passive ("was held under the command of").
"""
from __future__ import annotations

import spacy

from graph.entities.platform_words import _popular_names
from graph.mentions import MODEL, Mention
from graph.relations.families.stage import lost
from graph.text.metadata import Metadata
from graph.text.sources import Document
from tests.extracted import stage_of, text_edges

_DAY = "2025-03-03"
_AT = "TUNIS, March 3 (Defence Wire) - "


def _platform(text: str) -> Mention:
    return Mention(0, len(text.split()), 0, len(text), text, "Platform", "reference", ref_id="p1")


def test_popular_name_ends_the_written_name():
    assert _popular_names([_platform("F-4 Phantom IIs")]) == {"Phantom": {"p1"}}
    assert _popular_names([_platform("Boeing P-8A Poseidon")]) == {"Poseidon": {"p1"}}
    # the first word of a two-word popular name is no name of its own
    assert _popular_names([_platform("F-16 Fighting Falcon")]) == {}
    assert _popular_names([_platform("RQ-4 Global Hawk")]) == {}


def test_relative_object_of_scrapping_is_the_ship_itself():
    nlp = spacy.load(MODEL)
    doc = nlp("HMS Glory, which the navy scrapped in 2019, lay at Portsmouth.")
    verb = next(t for t in doc if t.lemma_ == "scrap")
    assert lost(verb)
    doc = nlp("HMS Turbulent sank the cruiser General Belgrano in 1982.")
    verb = next(t for t in doc if t.lemma_ == "sink")
    assert not lost(verb)


def test_stopped_purchases_are_no_standing_trade(pipeline):
    kept = _AT + ("The attaché pointed to Tunisia's purchases of American equipment such as UH-60 Black Hawk "
                  "helicopters as a sign of close ties.")
    assert stage_of(pipeline, kept, "Tunisia", "OPERATES", "Black Hawk", _DAY) == "in_service"
    for text in ("Tunisia cancelled its purchases of American equipment such as UH-60 Black Hawk helicopters.",
                 "Tunisia suspended purchases of American equipment such as UH-60 Black Hawk helicopters.",
                 "Tunisia's cancelled purchases of American equipment such as UH-60 Black Hawk helicopters hurt "
                 "the firm."):
        g = pipeline.process(Document.from_text(_AT + text, "test.txt", meta=Metadata(published=_DAY, date_source="cli")))
        stages = {d.get("stage") for u, v, d in g.edges(data=True) if d["type"] == "OPERATES"
                  and "Black Hawk" in g.nodes[v]["name"]}
        assert "in_service" not in stages, (text, stages)


def test_commander_of_an_exercise_held_under_him_takes_part(pipeline):
    text = ("Allied Troops Start Northern Shield 2025 In Estonia\n\n"
            "TALLINN, June 9, 2025 - The multinational exercise Northern Shield 2025 opened on Monday in Estonia "
            "with about 9,000 troops. The exercise was held under the command of General Martin Herem.")
    found = text_edges(pipeline, text, published="2025-06-10")
    assert ("Martin Herem", "PARTICIPATED_IN", "Northern Shield 2025") in found
