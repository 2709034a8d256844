"""The document-wide lists the rules read instead of making a ``Token`` per pass: the same values
as spaCy's attributes, made once per document."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from graph.mentions.words import lemma_lowers, lowers, phrase_at, pos_tags, texts, title_phrase, tokens


def _doc() -> Doc:
    nlp = spacy.blank("en")
    return Doc(nlp.vocab, words=["The", "Navy", "ordered", "Two", "FRIGATES", "."],
               pos=["DET", "PROPN", "VERB", "NUM", "NOUN", "PUNCT"],
               lemmas=["the", "Navy", "order", "two", "Frigate", "."])


def test_lists_equal_the_token_attributes():
    doc = _doc()
    assert texts(doc) == [t.text for t in doc]
    assert lowers(doc) == [t.lower_ for t in doc]
    assert lemma_lowers(doc) == [t.lemma_.lower() for t in doc] == ["the", "navy", "order", "two", "frigate", "."]
    assert pos_tags(doc) == [t.pos_ for t in doc]


def test_tokens_are_made_once_per_document_and_never_shared_between_documents():
    a, b = _doc(), _doc()
    first = tokens(a)
    assert [t.i for t in first] == list(range(len(a))) and all(t.doc is a for t in first)
    assert tokens(a) is first  # the same objects for every pass
    other = tokens(b)
    assert other is not first and all(t.doc is b for t in other)
    for _ in range(8):  # other documents come and go: a's tokens are made again, still a's
        tokens(_doc())
    again = tokens(a)
    assert [t.text for t in again] == texts(a) and all(t.doc is a for t in again)


def test_an_empty_document():
    doc = spacy.blank("en")("")
    assert tokens(doc) == [] and lowers(doc) == [] and pos_tags(doc) == [] and lemma_lowers(doc) == []


def test_phrase_at_is_the_title_phrase_of_the_span():
    nlp = spacy.blank("en")
    doc = nlp("The vice-president of the Chief of Defence Staff's office - and its head - spoke.")
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            assert phrase_at(doc, start, end) == title_phrase(doc[start:end])
