"""National subsidiaries the text names that got no node (session 47, catalogue47): a firm named by its parent, one or
two name words and a country ("Boeing Defence Australia", "Saab FFVO India") is one firm, not the parent and a state,
and stays apart from its parent. Sentences are invented."""
from __future__ import annotations

from graph.text import Document
from graph.text.metadata import from_text


def _nodes(pipeline, text: str) -> dict[str, str]:
    g = pipeline.process(Document.from_text(text, meta=from_text(text)))
    return {d["name"]: d["label"] for _, d in g.nodes(data=True) if d.get("label") != "Document"}


def _mentions(pipeline, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in pipeline.nlp(text)._.mentions]


def test_subsidiary_with_name_words_before_the_country_is_one_firm(pipeline):
    assert ("Boeing Defence Australia", "Company") in _mentions(
        pipeline, "The upgrade went to Boeing Defence Australia, which maintains the jets.")
    assert ("Saab FFVO India", "Company") in _mentions(
        pipeline, "The launchers will be built by Saab FFVO India at a new plant.")


def test_subsidiary_stays_apart_from_its_parent(pipeline):
    nodes = _nodes(pipeline, "Saab said on Monday that Saab FFVO India would build the launchers near Delhi.")
    assert nodes.get("Saab FFVO India") == "Company"
    assert nodes.get("Saab") == "Company"


def test_firm_then_verb_or_title_then_country_stays_two_names(pipeline):
    found = _mentions(pipeline, "Airbus CEO Guillaume Faury visited India in May.")
    assert ("Airbus", "Company") in found and ("India", "Country") in found
    found = _mentions(pipeline, "Talks between Saab and India went on for a year.")
    assert ("Saab", "Company") in found and ("India", "Country") in found


def test_title_case_heading_word_is_no_name_word(pipeline):
    found = _mentions(pipeline, "Saab Wins India Deal For Launcher Plant\n\nThe deal was signed on Monday.")
    assert not any(t.startswith("Saab Wins") for t, _ in found)
