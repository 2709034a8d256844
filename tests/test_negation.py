"""Negation scope (graph/relations/negation.py): an absence verb ("skipped", "boycotted") denies its own
clause, not a positive verb conjoined to it; a negation particle still spreads over conjoined verbs.
Invented sentences about other countries."""
from __future__ import annotations

import pytest

from graph.text import Document
from graph.text.metadata import Metadata


def participants(pipeline, text: str) -> set[str]:
    """Who takes part in an event, by the graph the pipeline builds from ``text`` (each text has one event)."""
    doc = Document.from_text(text, meta=Metadata(published="2024-10-10", date_source="cli"))
    g = pipeline.process(doc)
    return {g.nodes[s]["name"] for s, _, d in g.edges(data=True)
            if d.get("type") == "PARTICIPATED_IN" and d.get("provenance") == "text"}


@pytest.mark.parametrize("text,present,absent", [
    # the deputy sent in the leader's place took part; the leader who skipped did not
    ("The ASEAN summit opened in Vientiane on Tuesday. President Ferdinand Marcos skipped the summit and sent "
     "Vice President Sara Duterte in his place.",
     {"Sara Duterte"}, {"Ferdinand Marcos"}),
    ("The African Union summit opened in Addis Ababa on Sunday. President Cyril Ramaphosa boycotted the summit "
     "and sent Foreign Minister Naledi Pandor instead.",
     {"Naledi Pandor"}, {"Cyril Ramaphosa"}),
    # a negation particle spreads over the conjoined verb: nobody was sent
    ("The CSTO summit opened in Minsk on Thursday. Armenia boycotted the summit and did not send a delegation.",
     set(), {"Armenia"}),
    ("The ASEAN summit opened in Vientiane on Tuesday. President Ferdinand Marcos did not attend the summit or "
     "send Vice President Sara Duterte.",
     set(), {"Sara Duterte", "Ferdinand Marcos"}),
])
def test_absence_verb_scope(pipeline, text, present, absent):
    found = participants(pipeline, text)
    assert present <= found, found
    assert not (absent & found), found
