"""The compiled attribute rules (graph/mentions/attributes.py) give the model's attribute_ruler's
tags, parts of speech, morphology, lemmas and labels, token for token."""
from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

from graph.mentions import MODEL
from graph.mentions.attributes import NAME, AttributeRules, Unsupported, replace_attribute_ruler

COLUMNS = [TAG, POS, MORPH, LEMMA, DEP]
# invented sentences touching the tag map, the morph rules, the two-word lemma rules (index 0 and 1),
# the dependency rules (expletive "there", auxiliaries, "that" as a pronoun) and space tokens
TEXTS = [
    "Chile isn't buying the frigates, but Peru has ordered two and is gonna get more.",
    "There were  drills near Tromsø.\n\nLet's see: y'all ain't got the C-390s yet, officials said.",
    "I told you that it was what we had.  The Navy got it; that is all.",
    "",
    "\n",
]


@pytest.fixture(scope="module")
def models():
    stock = spacy.load(MODEL)
    fast = spacy.load(MODEL)
    assert replace_attribute_ruler(fast)
    return stock, fast


def test_same_attributes_as_the_model_ruler(models):
    stock, fast = models
    assert NAME in fast.pipe_names and "attribute_ruler" not in fast.pipe_names
    for a, b in zip(stock.pipe(TEXTS), fast.pipe(TEXTS), strict=True):
        assert a.to_array(COLUMNS).tolist() == b.to_array(COLUMNS).tolist(), a.text
    doc = fast("Let's go; she isn't gonna wait.")
    assert [t.lemma_ for t in doc][:2] == ["let", "us"]  # a two-word rule setting its second word
    assert [t.pos_ for t in doc][5:7] == ["AUX", "PART"]


def test_a_rule_it_cannot_compile_keeps_the_model_ruler():
    nlp = spacy.load(MODEL)
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "drone", "OP": "+"}]], {"LEMMA": "drone"})
    with pytest.raises(Unsupported):
        AttributeRules(nlp.get_pipe("attribute_ruler"))
    assert not replace_attribute_ruler(nlp)
    assert "attribute_ruler" in nlp.pipe_names and NAME not in nlp.pipe_names
