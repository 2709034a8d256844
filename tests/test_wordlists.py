"""The package's word lists keep YAML 1.1's boolean words (on, off, no, yes) as words."""
import pytest

from graph.errors import ReferenceDataError
from graph.mentions.lexicon import LEXICON_FILE
from graph.mentions.nlp import PATTERNS_FILE
from graph.relations.lexicon import CUES_FILE, cues
from graph.wordlists import load_words, load_words_text


def test_boolean_words_stay_words():
    data = load_words_text("preps: [to, on, off, no, yes]", "x.yaml")
    assert data["preps"] == ["to", "on", "off", "no", "yes"]


def test_shipped_cue_lists_keep_on_and_off():
    assert {"on", "off"} <= cues()["deployment"]["place_preps"]
    assert "on" in cues()["ties"]["claim_preps"]
    assert "no" in cues()["share_nouns"]["not_yet"]


@pytest.mark.parametrize("text", ["words: [a, null, b]", "words: [a, true]", "words:\n  - a\n  -\n"])
def test_an_empty_or_boolean_item_names_the_file(text):
    with pytest.raises(ReferenceDataError, match="lists.yaml: /words"):
        load_words_text(text, "lists.yaml")


def test_bad_yaml_names_the_file():
    with pytest.raises(ReferenceDataError, match="bad.yaml: not valid YAML"):
        load_words_text("words: [a, b", "bad.yaml")


@pytest.mark.parametrize("path", [CUES_FILE, LEXICON_FILE, PATTERNS_FILE])
def test_every_shipped_word_list_loads(path):
    assert load_words(path)
