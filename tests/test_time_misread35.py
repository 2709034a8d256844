"""Time, session 35: a noun the tagger reads as a present-tense verb ("wrapped up its July Storm exercise on Sunday":
"exercise" tagged VBP as the object of "wrapped") is not the verb a date hangs on: the date hangs on "wrapped" (a
past Sunday), not on a present-tense schedule (the next Sunday). A parse written out by hand, as the tagger gave it."""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab


def _misparsed() -> Doc:
    words = ["The", "Peruvian", "Navy", "wrapped", "up", "its", "Pacific", "Guard", "exercise", "on", "Sunday", "."]
    tags = ["DT", "JJ", "NNP", "VBD", "RP", "PRP$", "NNP", "NNP", "VBP", "IN", "NNP", "."]
    pos = ["DET", "ADJ", "PROPN", "VERB", "ADP", "PRON", "PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"]
    deps = ["det", "amod", "nsubj", "ROOT", "prt", "poss", "compound", "compound", "dobj", "prep", "pobj", "punct"]
    heads = [2, 2, 3, 3, 3, 8, 7, 8, 3, 8, 9, 3]
    return Doc(Vocab(), words=words, tags=tags, pos=pos, deps=deps, heads=heads)


def test_a_date_on_a_misread_noun_hangs_on_the_clause_verb():
    from graph.relations.time import _misread_noun, clause_verb, verb_of

    doc = _misparsed()
    assert _misread_noun(doc[8]) and not _misread_noun(doc[3])
    assert clause_verb(doc[10]).text == "wrapped"
    assert verb_of(doc[9:11]).text == "wrapped"


def test_a_misread_noun_is_no_present_tense_schedule():
    from graph.relations.time import _scheduled

    assert not _scheduled(_misparsed()[9:11])


def test_a_present_tense_verb_with_its_subject_stays_a_verb():
    from graph.relations.time import _misread_noun

    words = ["Officials", "say", "the", "talks", "open", "on", "Monday", "."]
    doc = Doc(Vocab(), words=words, tags=["NNS", "VBP", "DT", "NNS", "VBP", "IN", "NNP", "."],
              pos=["NOUN", "VERB", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
              deps=["nsubj", "ROOT", "det", "nsubj", "ccomp", "prep", "pobj", "punct"], heads=[1, 1, 3, 4, 1, 4, 5, 1])
    assert not _misread_noun(doc[4]) and not _misread_noun(doc[1])
