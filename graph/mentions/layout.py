"""The ``geopol_layout`` spaCy component: the article's headline, byline and dateline are kept
apart from its sentences. It runs before the parser: every line starts a sentence, and so does
the first word after a dateline ("MINSK, Nov. 23 (Wire) - "). The spans go to
``doc.user_data["layout"]`` so that later components can treat them as what they are.

>>> import spacy
>>> nlp = spacy.blank("en"); _ = nlp.add_pipe("geopol_layout")
>>> doc = nlp("Talks Stall In Minsk\\nMINSK, May 3 (Wire) - Belarus hosted the talks.")
>>> [t.text for t in doc if t.is_sent_start]
['Talks', 'MINSK', 'Belarus']
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..text.metadata import layout


@Language.component("geopol_layout")
def mark_layout(doc: Doc) -> Doc:
    lay = layout(doc.text)
    doc.user_data["layout"] = {k: v for k, v in vars(lay).items() if v}
    starts = {v[1] for v in (lay.dateline,) if v}
    whole = [v for v in (lay.headline, lay.byline, lay.dateline) if v]  # never split inside these
    prev_newline = True
    for tok in doc:
        if tok.i == 0 or prev_newline or tok.idx in starts:
            tok.is_sent_start = True
        elif any(s < tok.idx < e for s, e in whole):
            tok.is_sent_start = False
        prev_newline = "\n" in tok.text or "\n" in tok.whitespace_
    return doc


def outside_text(doc: Doc, start_char: int, end_char: int) -> bool:
    """Whether a span lies in the dateline or byline (not part of the article's prose)."""
    lay = doc.user_data.get("layout") or {}
    return any(s <= start_char < e for key in ("dateline", "byline") if (span := lay.get(key)) for s, e in [span])


def in_headline(doc: Doc, start_char: int) -> bool:
    span = (doc.user_data.get("layout") or {}).get("headline")
    return bool(span) and span[0] <= start_char < span[1]
