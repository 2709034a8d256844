"""``geopol_lemmas`` (graph/mentions/lemmas.py) gives the model lemmatizer's lemmas, token for token."""
from __future__ import annotations

import spacy

from graph.mentions import MODEL
from graph.mentions.lemmas import replace_lemmatizer

TEXTS = [
    "The frigates were sailing to ports that the navies had built, and the ports were busier than ever.",
    "She isn't convinced: the drones flew higher, the tanks rolled in, and nobody's sure what's left.",
    "Oslo's ministers met; the minister met them again. Meetings, meeting, met, meets.",
    "  \n Two  spaces, a tab\tand 3,000 shells; they'd ordered 12 more on 3 May 2031.",
]


def test_same_lemmas_as_the_model():
    stock, ours = spacy.load(MODEL), spacy.load(MODEL)
    assert replace_lemmatizer(ours)
    assert "lemmatizer" not in ours.pipe_names and "geopol_lemmas" in ours.pipe_names
    for _ in range(2):  # the second time from the memo
        for a, b in zip(stock.pipe(TEXTS), ours.pipe(TEXTS), strict=True):
            assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
    assert ours.get_pipe("geopol_lemmas").memo


def test_a_pipeline_without_a_rule_lemmatizer_is_left_alone():
    nlp = spacy.blank("en")
    assert not replace_lemmatizer(nlp)
    assert nlp.pipe_names == []


def test_the_index_is_looked_up_in_sets_with_the_same_lemmas():
    """Rare words whose candidate forms the index must confirm or refuse (plural nouns, verb forms,
    comparatives): the same lemmas as the stock lemmatizer, whose index stays lists."""
    stock, ours = spacy.load(MODEL), spacy.load(MODEL)
    assert replace_lemmatizer(ours)
    texts = ["The corvettes' sonars pinged; minesweepers were refitted and the oilers refuelled faster.",
             "Quartermasters requisitioned howitzers, bivouacked, and the likeliest outcomes were costlier.",
             "Xyloplanes glorped the fnords; the wugs were blicking."]
    for a, b in zip(stock.pipe(texts), ours.pipe(texts), strict=True):
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
    index = ours.get_pipe("geopol_lemmas").lemmatizer.lookups.get_table("lemma_index")
    assert index and all(isinstance(words, frozenset) for words in index.values())
    assert all(isinstance(words, list) for words in stock.get_pipe("lemmatizer").lookups.get_table("lemma_index").values())
