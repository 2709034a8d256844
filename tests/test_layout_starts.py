"""``geopol_layout`` sets sentence starts from the document's arrays: the same starts as asking every
token (a line's first word starts a sentence, so does the word after a dateline; no sentence starts
inside the headline, byline or dateline)."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from graph.mentions.layout import doc_text, mark_layout
from graph.text.metadata import layout

TEXTS = [
    "Navy Orders Four Corvettes\nBy Ana Lima, Lisbon\nLISBON, May 3 (Wire) - Portugal ordered four corvettes.\n\n"
    "The first ship arrives in 2028.\nA second line follows.",
    "No layout at all. Just two sentences.",
    "Short headline\n\n\nText after blank lines.\n",
    "",
]


def _asked_per_token(doc: Doc) -> list[bool | None]:
    """The starts a token-by-token walk gives (the component's rule, spelt out)."""
    lay = layout(doc_text(doc))
    starts = {v[1] for v in (lay.dateline,) if v}
    whole = [v for v in (lay.headline, lay.byline, lay.dateline) if v]
    out: list[bool | None] = []
    prev_newline = True
    for tok in doc:
        if tok.i == 0 or prev_newline or tok.idx in starts:
            out.append(True)
        elif any(s < tok.idx < e for s, e in whole):
            out.append(False)
        else:
            out.append(None)
        prev_newline = "\n" in tok.text or "\n" in tok.whitespace_
    return out


def test_starts_are_those_of_a_token_by_token_walk():
    nlp = spacy.blank("en")
    for text in TEXTS:
        doc = mark_layout(nlp.make_doc(text))
        assert [t.is_sent_start for t in doc] == _asked_per_token(nlp.make_doc(text)), text
    doc = mark_layout(nlp.make_doc(TEXTS[0]))
    assert [t.is_sent_start for t in doc[:4]] == [True, False, False, False]  # inside the headline
    assert doc[[t.text for t in doc].index("Portugal")].is_sent_start  # after the dateline
