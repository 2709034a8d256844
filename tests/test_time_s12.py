"""Kinds of `when` the dev halves missed in the twelfth session, with invented sentences through the
real spaCy model: a date in a clause describing a listed object ("K-8 trainers that Beijing sold in
2019") tells that object's past, not the fact of the sentence about the object, unless one of the
fact's own mentions is in that clause."""
from __future__ import annotations

from test_time import _when


def test_a_clause_on_a_listed_object_dates_only_its_own_act(pipeline):
    text = ("Vietnam held its parade on Tuesday.\n\n"
            "The column included Chinese-built J-10 fighters, K-8 trainers that Beijing sold in 2019, and new radars.")
    # the column showed the trainers on the day of the news, whatever year they were sold in
    assert _when(pipeline, text, "K-8", sentence=1) == "2024-09-10"
    # the sale itself (its seller is in the clause) is the 2019 one
    assert _when(pipeline, text, "Beijing", "K-8", sentence=1) == "2019"


def test_a_clause_on_a_noun_between_the_facts_mentions_dates_it(pipeline):
    # "a memorandum signed ... between X and Y": the fact between them is the memorandum's own
    text = ("The plant opened on Monday.\n\nIts story goes back to a framework, a memorandum signed in Lima on "
            "May 3, 2021, between Fabricaciones Andinas and Hanwha.")
    assert _when(pipeline, text, "Andinas", "Hanwha", sentence=1) == "2021-05-03"


def test_a_clause_on_an_apposition_in_a_later_paragraph(pipeline):
    text = ("Peru staged its naval review on Monday in Callao.\n\n"
            "The review featured two frigates, BAP Ferre and BAP Guise, ships that Seoul donated in 2016.")
    assert _when(pipeline, text, "Ferre", sentence=1) == "2024-09-09"
    assert _when(pipeline, text, "Seoul", "Ferre", sentence=1) == "2016"


def test_a_clause_on_the_subject_still_dates_the_sentence(pipeline):
    # (a clause on the subject is what the sentence is about: "The accord, signed on June 3, ...")
    text = "The frigates, which Spain delivered in March, now patrol the Gulf of Guinea for Ghana."
    assert _when(pipeline, text, "Spain", "frigates") == "2024-03"
