"""Whole personal names (graph/mentions/names.py): a name the NER or a one-word catalogue form cut short
is one person under the whole name, and no piece of it is a person of its own (invented sentences)."""
from __future__ import annotations

import pytest

from graph.text import Document


def people(pipeline, text: str) -> set[str]:
    g = pipeline.process(Document.from_text(text))
    return {d["name"] for _, d in g.nodes(data=True) if d.get("label") == "Person"}


@pytest.mark.parametrize(("text", "whole"), [
    # the given name opening the sentence
    ("The ship will not sail before spring.\n\nLucia Ferreira Lopes, an analyst at the Porto Institute for "
     "Maritime Studies, said the frigate was late.", "Lucia Ferreira Lopes"),
    # an initial before a name a one-word catalogue form ("Austin") opens
    ("The two armies met in Kampala in March. R. Austin Hollings, the lead planner for the exercise, said the "
     "drills went well.", "R. Austin Hollings"),
    # a hyphenated part after the name
    ("Witnesses included the South Korean ambassador, Pak Jong-chol, and the navy chief.", "Pak Jong-chol"),
    # a particle glued to the last part
    ("A sergeant of the border guard, Fahad Nasser Saleh al-Harbi, was wounded in the attack.",
     "Fahad Nasser Saleh al-Harbi"),
])
def test_cut_names_made_whole(pipeline, text, whole):
    found = people(pipeline, text)
    assert whole in found
    assert not any(p != whole and p in whole for p in found)


def test_title_not_taken_into_the_name(pipeline):
    found = people(pipeline, "Poland's defence minister, Tomasz Wrobel, said the tanks would arrive in May.")
    assert "Tomasz Wrobel" in found
    assert not any("minister" in p.lower() or "Poland" in p for p in found)


def test_number_word_not_taken_into_the_name(pipeline):
    found = people(pipeline, "The anchor was found by divers. Warrant Officer Class One Daniel Hebbert, the "
                             "ship's coxswain, said the search took two days.")
    assert not any("One" in p.split() or "Class" in p.split() for p in found)
