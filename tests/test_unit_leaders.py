"""Leaders named by a unit's or a school's possessive description ("the squadron's commanding officer",
"the academy's superintendent", "the wing's commander": entities/descriptions.py resolves the unit
word, families/people.py reads the title), and the service-chief spellings "naval chief", "air chief"
(office_titles.csv), on invented sentences."""
from __future__ import annotations

import pytest

from graph.text import Document
from graph.text.metadata import Metadata


def leads(pipeline, text: str) -> set[tuple[str, str]]:
    doc = Document.from_text(text, meta=Metadata(published="2024-05-02", date_source="cli"))
    g = pipeline.process(doc)
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {(name[s], name[t]) for s, t, d in g.edges(data=True) if d["type"] == "LEADS"}


@pytest.mark.parametrize("text,person,body", [
    ("No. 6 Squadron flew the Typhoons home for the Royal Air Force. Wing Commander Tom Smith, the squadron's "
     "commanding officer, led the formation.", "Tom Smith", "No. 6 Squadron"),
    ("The ministers met at the United States Military Academy. The academy's superintendent, Lieutenant General "
     "Steven Gilland, welcomed them.", "Steven Gilland", "United States Military Academy"),
    ("The C-160s of Air Transport Wing 62 landed at Wunstorf. The wing's commander, Colonel Daniel Draken, was at "
     "the controls.", "Daniel Draken", "Air Transport Wing 62"),
    ("Norway's navy and the Royal Norwegian Air Force took part. The naval chief, Admiral Rune Andersen, attended "
     "the ceremony in Oslo.", "Rune Andersen", "Royal Norwegian Navy"),
])
def test_unit_leader(pipeline, text, person, body):
    found = leads(pipeline, text)
    assert (person, body) in found, found


def test_unit_word_needs_a_body_of_its_kind(pipeline):
    found = leads(pipeline, "The Royal Air Force flew home. The squadron's commanding officer, Wing Commander "
                            "Tom Smith, led the formation.")
    assert ("Tom Smith", "Royal Air Force") not in found, found


def test_school_word_needs_a_school(pipeline):
    found = leads(pipeline, "The talks were held in Annapolis, the first AUSMIN there. The academy's superintendent, "
                            "Vice Admiral Yvette Davids, welcomed the delegations.")
    assert not any(p == "Yvette Davids" for p, _ in found), found
