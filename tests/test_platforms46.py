"""Platforms the text names that got no node or a cut one (session 46, platforms46): a ship's name running on over a
hyphen before a capitalised word ("the frigate Aegean-Star") or ending in a number ("the survey ship Hai Yang 9"), a
maker's designation printed before the type's own name ("Sikorsky S-70M Black Hawk": one form of the type), and
catalogue rows for types the catalogue lacked (KC-130 tankers, Brazilian service designations of the EC725, the Falcon
20). Sentences are invented."""
from __future__ import annotations

import spacy

from graph.mentions.ships import _name_end, name_tail_end
from graph.text import Document
from graph.text.metadata import from_text

_BLANK = spacy.blank("en")


def _nodes(pipeline, text: str) -> dict[str, tuple[str, set[str]]]:
    g = pipeline.process(Document.from_text(text, meta=from_text(text)))
    return {d["name"]: (d["label"], set(d.get("aliases") or ())) for _, d in g.nodes(data=True)
            if d.get("label") != "Document"}


def _name(nlp, text: str, start: int) -> str:
    doc = nlp(text)
    return doc[start:_name_end(doc, start, {"HMS", "KRI"})].text


def test_ship_name_runs_over_a_hyphen_before_a_capitalised_word():
    doc = _BLANK("the frigate Aegean-Star sailed and the corvette Al-Marjan arrived")
    assert doc[2:name_tail_end(doc, 3)].text == "Aegean-Star"
    assert doc[9:name_tail_end(doc, 10)].text == "Al-Marjan"
    doc = _BLANK("led by ROKS Gang Gam-chan today")
    assert doc[2:name_tail_end(doc, 5)].text == "ROKS Gang Gam-chan"  # the lower-case syllable as before


def test_ship_name_ends_in_a_number_not_a_count_or_measure(pipeline):
    assert _name(pipeline.nlp, "The survey ship Hai Yang 9 docked at the port.", 3) == "Hai Yang 9"
    assert _name(pipeline.nlp, "The frigate Hamburg sailed 12 miles off the coast.", 2) == "Hamburg"
    assert _name(pipeline.nlp, "They saw the frigate Hamburg 12 miles off the coast.", 4) == "Hamburg"


def test_named_ship_with_a_number_is_one_node(pipeline):
    nodes = _nodes(pipeline, "The Chinese survey ship Hai Yang 9 docked at Colombo on Monday.")
    assert nodes.get("Hai Yang 9", ("",))[0] == "Platform"
    assert "Hai Yang" not in nodes


def test_named_ship_with_a_hyphenated_name_is_one_node(pipeline):
    nodes = _nodes(pipeline, "The Royal Navy's corvette Al-Marjan arrived in Portsmouth.")
    assert nodes.get("Al-Marjan", ("",))[0] == "Platform"
    assert "Al" not in nodes


def test_maker_designation_and_own_name_are_one_form(pipeline):
    nodes = _nodes(pipeline, "Peru has ordered six Sikorsky S-70M Black Hawk helicopters for its army.")
    label, aliases = nodes["Black Hawk"]
    assert label == "Platform" and "Sikorsky S-70M Black Hawk" in aliases


def test_catalogue_rows_for_types_the_catalogue_lacked(pipeline):
    nodes = _nodes(pipeline, "The air force flew two KC-130H Hercules tankers, H-36 Caracal helicopters and an old "
                             "Dassault Falcon 20 from the base.")
    assert nodes["KC-130"][0] == "Platform" and "KC-130H Hercules" in nodes["KC-130"][1]
    assert nodes["H225M"][0] == "Platform" and "H-36 Caracal" in nodes["H225M"][1]
    assert nodes["Dassault Falcon 20"][0] == "Platform"
    assert "C-130" not in nodes and "Caracal" not in nodes
