"""Platforms put to use in the article's exercise, in a sentence that names no event
(``families/events.py`` ``_used_in_drill``): fielded, sailed, fired or flown there, they are DISPLAYED_AT it;
never one only owned, bought or flown since another year, nor one still to come."""
from __future__ import annotations

import pytest


def _shown(pipeline, text: str) -> set[str]:
    from graph.text.metadata import Metadata
    from graph.text.sources import Document
    g = pipeline.process(Document.from_text(text, "t.txt", meta=Metadata(published="2025-03-10", date_source="cli")))
    return {g.nodes[u]["name"] for u, v, d in g.edges(data=True) if d["type"] == "DISPLAYED_AT"}


_DRILL = ("Navies gather for Coral Lantern 2025 exercise\n\nSUVA, March 9 - Warships from six nations began the "
          "Coral Lantern 2025 naval exercise off Viti Levu on Sunday, the Fijian navy said.\n"
          "The exercise runs for ten days.\n")


@pytest.mark.parametrize("sentence,shown", [
    ("Brazil fielded F-16 fighters and C-130 Hercules transports.", {"F-16", "C-130"}),
    ("The frigate INS Talwar sailed with the destroyer USS Dewey.", {"INS Talwar", "USS Dewey"}),
])
def test_used_in_the_exercise_is_shown(pipeline, sentence, shown):
    """Fielded or sailed in an exercise's article: shown at the exercise."""
    assert shown <= _shown(pipeline, _DRILL + sentence + "\n")


@pytest.mark.parametrize("sentence,name", [
    ("India has flown the F-16 since 2010.", "F-16"),
    ("Brazil bought its C-130 Hercules transports in 1990.", "C-130"),
    ("Brazil will send its C-130 Hercules transports next year.", "C-130"),
    ("Brazil did not send its C-130 Hercules transports.", "C-130"),
])
def test_owned_or_later_is_not_shown(pipeline, sentence, name):
    """A fleet flown since another year, a purchase, a sending still to come or denied: not at the exercise."""
    assert name not in _shown(pipeline, _DRILL + sentence + "\n")


def test_no_exercise_no_drill_use(pipeline):
    """The same verbs in an article whose event is no exercise give nothing."""
    text = ("Leaders meet at Coral Summit 2025\n\nSUVA, March 9 - Leaders of six nations opened the Coral Summit "
            "2025 in Suva on Sunday.\nThe summit runs for two days.\nBrazil fielded F-16 fighters.\n")
    assert "F-16" not in _shown(pipeline, text)
