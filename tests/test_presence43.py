"""Being there, told by who sat or stood in the room of the article's summit, ceremony, parade or fair, in a
sentence naming no event (``families/gathering_verbs.py``, ``cues.yaml`` ``gathering_verbs.presence_acts``): the
people seated or standing and those they sat or stood beside took part; not "stood ready", "stood down",
"sits on the committee", "stood for the party", a denied sitting, nor a thing that stands."""
from __future__ import annotations

import pytest


def _participants(pipeline, text: str) -> set[str]:
    from graph.text.metadata import Metadata
    from graph.text.sources import Document
    g = pipeline.process(Document.from_text(text, "t.txt", meta=Metadata(published="2025-03-10", date_source="cli")))
    return {g.nodes[u]["name"] for u, v, d in g.edges(data=True) if d["type"] == "PARTICIPATED_IN"}


_SUMMIT = ("Central Asian leaders gather in Astana for regional summit\n\nASTANA, March 9 - The annual Central Asian "
           "summit opened in Astana on Sunday, hosted by Kazakh President Kassym-Jomart Tokayev.\nThe summit focused "
           "on water and trade.\n")


@pytest.mark.parametrize("sentence,present", [
    ("Around the table sat Uzbek President Shavkat Mirziyoyev and Tajik President Emomali Rahmon.",
     {"Shavkat Mirziyoyev", "Emomali Rahmon"}),
    ("Shavkat Mirziyoyev stood in the front row beside Emomali Rahmon.", {"Shavkat Mirziyoyev", "Emomali Rahmon"}),
])
def test_people_sat_or_stood_at_the_summit_took_part(pipeline, sentence, present):
    """Those seated or standing in the summit's room, and those beside them, took part."""
    assert present <= _participants(pipeline, _SUMMIT + sentence)


@pytest.mark.parametrize("sentence,name", [
    ("Shavkat Mirziyoyev said Uzbekistan stood ready to help.", "Shavkat Mirziyoyev"),
    ("Shavkat Mirziyoyev stood down as prime minister in 2016.", "Shavkat Mirziyoyev"),
    ("Shavkat Mirziyoyev sits on the security council.", "Shavkat Mirziyoyev"),
    ("Shavkat Mirziyoyev did not sit at the table.", "Shavkat Mirziyoyev"),
])
def test_standing_ready_resigning_membership_and_denied_are_not(pipeline, sentence, name):
    """A readiness, a resignation, a seat on a body or a denied sitting give no taking part."""
    assert name not in _participants(pipeline, _SUMMIT + sentence)
