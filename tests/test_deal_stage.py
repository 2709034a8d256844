"""A deal's stage over the whole article (``deal_stage``): a later sentence that says the first of
a type arrived, or that the rest are still to come, makes the order one being delivered; invented
articles through the real pipeline."""
from __future__ import annotations

from functools import partial

import pytest

from graph.text.metadata import Metadata
from graph.text.sources import Document
from tests.extracted import stage_of

_stage = partial(stage_of, published="2025-03-10")


@pytest.mark.parametrize("text,source,type_,target,stage", [
    # the first of the batch came, in a sentence that does not name the buyer
    ("Chile signed a contract with Saab for 12 Gripen fighters in 2022. The first two Gripen jets touched down "
     "at Santiago on Sunday.", "Chile", "OPERATES", "Gripen", "delivering"),
    ("Peru ordered 20 FA-50 fighters from Korea Aerospace Industries. The first FA-50 was handed over "
     "in January.", "Peru", "OPERATES", "FA-50", "delivering"),
    # the rest still to come, said of the type named a sentence before
    ("Vietnam operates the Embraer C-390 transport. Four C-390 aircraft reached Hanoi last week. "
     "The remaining two are due by the end of the year.", "Vietnam", "OPERATES", "C-390", "delivering"),
    # the supply of the deal moves with the holding, though the arrival names neither
    ("Peru ordered 20 FA-50 fighters. Korea Aerospace Industries signed a contract to supply FA-50 jets to Peru. "
     "The first FA-50 was handed over in January.", "Korea Aerospace", "SUPPLIES", "Peru", "delivering"),
    # no arrival: the order stays an order
    ("Chile signed a contract with Saab for 12 Gripen fighters. The first Gripen jets will arrive in 2027.",
     "Chile", "OPERATES", "Gripen", "ordered"),
    ("Chile signed a contract with Saab for 12 Gripen fighters. The Gripen first flew in 2008.",
     "Chile", "OPERATES", "Gripen", "ordered"),
    # "first" of no goods
    ("Chile signed a contract with Saab for 12 Gripen fighters. The first round of Gripen talks reached a deal "
     "in March.", "Chile", "OPERATES", "Gripen", "ordered"),
    # the first of several counted as one of a number of goods: more are to come
    # (where the article says it was handed over: not "the pair are the first of 24 jets it is buying" alone)
    ("The Royal Norwegian Navy commissioned its new frigate on Monday. The ship is the first of five Type 26 "
     "frigates that Norway has ordered from BAE Systems.", "Norway", "OPERATES", "Type 26", "delivering"),
    ("The Royal Norwegian Navy commissioned its new frigate on Monday. The ship is the first of five Type 26 "
     "frigates that Norway has ordered from BAE Systems.", "BAE Systems", "SUPPLIES", "Norway", "delivering"),
    ("Norway ordered Type 26 frigates from BAE Systems in 2023. The new ship is the first of five Type 26 frigates "
     "that Norway has ordered from BAE Systems.", "Norway", "OPERATES", "Type 26", "ordered"),
    ("Peru ordered FA-50 fighters from Korea Aerospace Industries. The jet will be the first of 12 FA-50 fighters "
     "that Peru has ordered.", "Peru", "OPERATES", "FA-50", "ordered"),
    # a named ship is handed over whole (commissioned: in service), the order of her class being delivered
    ("Pakistan commissioned the frigate PNS Saif on Monday. The ship is the first of four Type 054A frigates that "
     "Pakistan has ordered from China.", "Pakistan", "OPERATES", "Type 054A", "delivering"),
    ("Pakistan commissioned the frigate PNS Saif on Monday. The ship is the first of four Type 054A frigates that "
     "Pakistan has ordered from China.", "Pakistan", "OPERATES", "PNS Saif", "in_service"),
    # the first ones taken on strength, or flagged off (the parser's "off" a preposition)
    ("Azerbaijan signed a contract with Pakistan for JF-17 fighters last year. Azerbaijan's air force has "
     "formally taken its first JF-17 fighters on strength.", "Azerbaijan", "OPERATES", "JF-17", "delivering"),
    ("The Indian Navy ordered Hermes 900 drones from Adani. The navy chief on Tuesday flagged off the first "
     "Hermes 900 drone built for the Indian Navy by Adani.", "Indian Navy", "OPERATES", "Hermes 900", "delivering"),
    # an arrival decades ago says nothing of a new order
    ("Ghana ordered six more Embraer Super Tucano aircraft. The first Super Tucano aircraft were handed over "
     "in 1998.", "Ghana", "OPERATES", "Super Tucano", "ordered"),
])
def test_deal_stage(pipeline, text, source, type_, target, stage):
    assert _stage(pipeline, text, source, type_, target) == stage


def test_another_buyer_of_the_type_is_not_moved(pipeline):
    """Two states hold the type; the arrival names one of them, so the other's order stays an order."""
    text = ("Romania ordered 32 F-16 fighters from Norway, and Bulgaria ordered eight F-16 jets from the United "
            "States. The first Bulgarian F-16 landed at Graf Ignatievo in March.")
    assert _stage(pipeline, text, "Romania", "OPERATES", "F-16") == "ordered"
    assert _stage(pipeline, text, "Bulgaria", "OPERATES", "F-16") == "delivering"


def test_evidence_keeps_its_own_sentence_stage(pipeline):
    """The edge carries the article's stage; each evidence item what its own sentence said."""
    text = "Chile signed a contract with Saab for 12 Gripen fighters. The first two Gripen jets touched down on Sunday."
    doc = Document.from_text(text, "test.txt", meta=Metadata(published="2025-03-10", date_source="cli"))
    g = pipeline.process(doc)
    edge = next(d for u, v, d in g.edges(data=True) if d["type"] == "OPERATES" and "Chile" in g.nodes[u]["name"])
    assert edge["stage"] == "delivering"
    assert [i.get("stage") for i in edge["evidence"]] == ["ordered"]


@pytest.mark.parametrize("text,stage", [
    # a headline tells the first arrival in the present (and the parser may read "land" as a noun)
    ("Peru's first two FA-50 jets land at Lima after ferry flight\n\nPeru signed a contract with Korea Aerospace "
     "Industries for 12 FA-50 fighters in 2023. The ministry gave no date for the rest.", "delivering"),
    ("Peru receives first three FA-50 fighters\n\nPeru signed a contract with Korea Aerospace Industries for 12 "
     "FA-50 fighters in 2023.", "delivering"),
    # a visit, not a delivery
    ("FA-50 jets land in Peru for the first time as air show opens\n\nPeru signed a contract with Korea Aerospace "
     "Industries for 12 FA-50 fighters in 2023.", "ordered"),
    # the body's present tense is no headline: a timetable
    ("Peru signs for FA-50 fighters\n\nPeru signed a contract with Korea Aerospace Industries for 12 FA-50 fighters "
     "in 2023. Under the plan the first FA-50 jets land at Lima in 2027.", "ordered"),
])
def test_headline_arrival(pipeline, text, stage):
    assert _stage(pipeline, text, "Peru", "OPERATES", "FA-50") == stage
