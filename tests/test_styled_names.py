"""A person's name with the style the text writes before it (graph/entities/resolve.py ``titled_aliases``,
``name_styles`` in lexicon.yaml): "Prince X", "Lord X", "Admiral Sir X", "Sheikh X" are their names too
(invented sentences)."""
from __future__ import annotations

import pytest

from graph.text import Document


def aliases(pipeline, text: str) -> dict[str, set[str]]:
    g = pipeline.process(Document.from_text(text))
    return {d["name"]: set(d.get("aliases") or []) for _, d in g.nodes(data=True) if d.get("label") == "Person"}


@pytest.mark.parametrize(("text", "name", "alias"), [
    ("The ship was welcomed by the First Sea Lord, Admiral Sir Alan Whitcombe, at Portsmouth.",
     "Alan Whitcombe", "Admiral Sir Alan Whitcombe"),
    ("The jets were received by Brigadier General Prince Frederik at the base in Jutland.",
     "Frederik", "Prince Frederik"),
    ("The committee, chaired by Lord Penhallow, reported in May.", "Penhallow", "Lord Penhallow"),
    ("The deal was signed by the UAE's Minister Sheikh Saeed bin Rashid in Abu Dhabi.",
     "Saeed bin Rashid", "Sheikh Saeed bin Rashid"),
])
def test_styled_name_is_an_alias(pipeline, text, name, alias):
    assert alias in aliases(pipeline, text)[name]


def test_plain_rank_on_one_word_gives_no_alias(pipeline):
    found = aliases(pipeline, "General Whitcombe said the drills would go on.")
    assert not any(a.startswith("General") and len(a.split()) == 2 for v in found.values() for a in v)
