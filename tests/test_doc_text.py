"""``doc_text``: the text ``make_doc`` was given, kept on the doc (graph/mentions/layout.py)."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from graph.mentions.layout import doc_text, keep_text


def test_make_doc_keeps_the_text_it_was_given():
    nlp = spacy.blank("en")
    keep_text(nlp)
    text = "ASTANA, 3 May -  Kazakhstan\u00a0signed\n\n a deal.  "
    for doc in [nlp(text), next(nlp.pipe([text])), nlp.make_doc(text)]:
        assert doc.user_data["text"] == text == doc.text
        assert doc_text(doc) is doc.user_data["text"]


def test_a_doc_made_otherwise_still_gets_its_text():
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=["Oslo", "hosted", "talks", "."], spaces=[True, True, False, False])
    assert doc_text(doc) == "Oslo hosted talks."
    doc.user_data["text"] = "stale text from another document"
    assert doc_text(doc) == "Oslo hosted talks."
