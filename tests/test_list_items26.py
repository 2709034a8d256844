"""List items printed one per line under a heading line that ends with a colon (``mentions/list_items.py``):
a noun-phrase item stays in the heading's sentence, so the heading's verb reaches it; an item with a verb
of its own is a sentence of its own and ends the list."""
from __future__ import annotations

_TRIAD = ("Indian Army shows its missile force on Republic Day\n\n"
          "NEW DELHI, Jan 26 - India staged its Republic Day parade in New Delhi on Sunday.\n"
          "For the first time, the Indian Army presented its missile force as one group:\n\n"
          "the Pralay tactical ballistic missile;\n"
          "the BrahMos supersonic cruise missile.\n\n"
          "Officials said every system on display was already in service.\n")

_CHANGES = ("Nigeria names new service chiefs\n\n"
            "ABUJA, June 19 - The president announced the changes on Monday evening:\n"
            "- Major General Taoreed Lagbaja becomes Chief of Army Staff;\n"
            "- Rear Admiral Emmanuel Ogalla succeeds Vice Admiral Awwal Gambo as Chief of the Naval Staff.\n")


def _sentences(pipeline, text: str) -> list[str]:
    return [s.text.strip() for s in pipeline.nlp(text).sents]


def test_noun_phrase_items_join_the_heading(pipeline):
    """The items "the Pralay ...;" and "the BrahMos ..." are read in the heading's sentence."""
    sents = _sentences(pipeline, _TRIAD)
    joined = next(s for s in sents if s.startswith("For the first time"))
    assert "Pralay" in joined and "BrahMos" in joined
    assert any(s.startswith("Officials said") for s in sents)  # the list ends at its full stop


def test_heading_verb_reaches_the_items(pipeline):
    """What the heading says of the list ("the army presented its missile force:") holds for each item."""
    from graph.text.metadata import Metadata
    from graph.text.sources import Document
    g = pipeline.process(Document.from_text(_TRIAD, "t.txt", meta=Metadata(published="2025-01-26", date_source="cli")))
    operated = {g.nodes[v]["name"] for u, v, d in g.edges(data=True)
                if d["type"] == "OPERATES" and g.nodes[u]["name"] == "Indian Army"}
    assert "BrahMos" in operated  # (the parser reads "the Pralay tactical ballistic missile" as a modifier)


def test_items_with_their_own_verb_stay_sentences(pipeline):
    """"General X becomes chief": a sentence, not an item of the heading's list."""
    sents = _sentences(pipeline, _CHANGES)
    assert any(s.startswith("- Major General Taoreed Lagbaja") or s.startswith("Major General Taoreed Lagbaja")
               for s in sents)
    assert not any("announced the changes" in s and "Lagbaja" in s for s in sents)


def test_items_with_a_clause_of_their_own_stay_sentences(pipeline):
    """"the J-15T carrier fighter, shown for the first time;" says more than a name: joined, its facts would
    pair across the items, so the list is left as it is printed."""
    text = ("China opens its airshow\n\nZHUHAI, Nov 12 - The static line-up this year includes:\n"
            "the J-15T carrier fighter, shown at Zhuhai for the first time;\n"
            "the HQ-19 interceptor, which the army fields against ballistic missiles.\n")
    sents = _sentences(pipeline, text)
    heading = next(s for s in sents if s.startswith("The static line-up"))
    assert "J-15T" not in heading and "HQ-19" not in heading
