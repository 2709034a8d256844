"""People who come to an event with someone who takes part in it (``relations/passes/companions.py``):
"He was flanked by A and B", "was accompanied by C", "led by D, alongside E"; never a companion still to
come, one of a sentence naming another event, nor one of a person who takes part in nothing."""
from __future__ import annotations

import unicodedata

import pytest

_LEAD = ("Vietnam marks National Day with a parade in Hanoi\n\n"
         "HANOI, Sept 2 - Vietnam staged a military parade in Hanoi on Tuesday to mark 80 years of independence.\n"
         "Party leader To Lam watched the parade from the reviewing stand.\n")


def _plain(name: str) -> str:
    """The name without its diacritics ("Phạm Minh Chính": "Pham Minh Chinh"), as the tests spell it."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _participants(pipeline, text: str) -> set[str]:
    """The people taking part in the parade (the article's event) by the graph of ``text``."""
    from graph.text.metadata import Metadata
    from graph.text.sources import Document
    g = pipeline.process(Document.from_text(text, "t.txt", meta=Metadata(published="2025-09-02", date_source="cli")))
    return {_plain(g.nodes[u]["name"]) for u, v, d in g.edges(data=True)
            if d["type"] == "PARTICIPATED_IN" and "parade" in g.nodes[v]["name"].lower()}  # the article's event


@pytest.mark.parametrize("sentence,companions", [
    ("He was flanked by President Luong Cuong and by Prime Minister Pham Minh Chinh.",
     {"Luong Cuong", "Pham Minh Chinh"}),
    ("He was accompanied by General Phan Van Giang, the defence minister, and General Nguyen Tan Cuong.",
     {"Phan Van Giang", "Nguyen Tan Cuong"}),
])
def test_companions_of_a_participant_take_part(pipeline, sentence, companions):
    assert companions <= _participants(pipeline, _LEAD + sentence)


@pytest.mark.parametrize("sentence,name", [
    ("He will be accompanied by Prime Minister Pham Minh Chinh at the APEC summit in November.", "Pham Minh Chinh"),
    ("He was not accompanied by Prime Minister Pham Minh Chinh.", "Pham Minh Chinh"),
    ("In 2019 he was accompanied by Prime Minister Pham Minh Chinh at the ASEAN summit in Bangkok.", "Pham Minh Chinh"),
])
def test_no_companion_of_another_time_or_event(pipeline, sentence, name):
    assert name not in _participants(pipeline, _LEAD + sentence)


def test_no_companion_of_someone_taking_part_in_nothing(pipeline):
    text = ("Vietnam names a new envoy\n\nHANOI, Sept 2 - Vietnam named a new ambassador to Japan on Tuesday.\n"
            "Foreign Minister Bui Thanh Son was accompanied by Deputy Minister Nguyen Minh Vu.\n")
    assert "Nguyen Minh Vu" not in _participants(pipeline, text)


def test_he_of_the_sentence_before(pipeline):
    """A "he" the resolver leaves alone stands for the one person the subject of the sentence before names."""
    text = ("Vietnam marks National Day with a parade in Hanoi\n\nHANOI, Sept 2 - Vietnam staged a military parade "
            "in Hanoi on Tuesday.\nParty leader To Lam, wearing a white uniform, watched the parade from Ba Dinh Square, where "
            "Ho Chi Minh read the declaration of independence in 1945. He was flanked by President Luong Cuong and "
            "by Prime Minister Pham Minh Chinh.\n")
    assert {"Luong Cuong", "Pham Minh Chinh"} <= _participants(pipeline, text)
