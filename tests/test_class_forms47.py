"""Ship classes the text names that got no node (session 47, catalogue47): a catalogued class is found under either
spelling of its class word ("Horizon-class" of a row that gives "Horizon class", "Nilgiri class" of "Nilgiri-class
frigate", "the Tupi and Tikuna classes"). Sentences are invented."""
from __future__ import annotations

from graph.mentions.nlp import class_forms
from graph.text import Document
from graph.text.metadata import from_text


def _nodes(pipeline, text: str) -> dict[str, str]:
    g = pipeline.process(Document.from_text(text, meta=from_text(text)))
    return {d["name"]: d["label"] for _, d in g.nodes(data=True) if d.get("label") != "Document"}


def test_class_forms_give_both_spellings_of_the_class_word():
    assert class_forms(["Horizon-class frigate", "Horizon class"]) == [
        "Horizon-class", "Horizon classes", "Horizon class frigate"]
    assert class_forms(["Type 26 frigate", "City class"]) == ["City-class", "City classes"]
    assert class_forms(["F-16", "Fighting Falcon"]) == []


def test_hyphenated_class_before_other_words_is_the_catalogued_class(pipeline):
    nodes = _nodes(pipeline, "The yard will refit the two Horizon-class air defence destroyers of the Italian Navy.")
    assert nodes.get("Horizon-class frigate") == "Platform"


def test_plural_classes_after_a_coordination_find_the_last_class(pipeline):
    nodes = _nodes(pipeline, "Brazil's older boats belong to the Tupi and Tikuna classes of submarines.")
    assert nodes.get("Tikuna-class submarine") == "Platform"
