"""Kinds of `when` the dev halves missed in the twelfth session, with invented sentences through the
real spaCy model: a date in a clause describing a listed object ("K-8 trainers that Beijing sold in
2019") tells that object's past, not the fact of the sentence about the object, unless one of the
fact's own mentions is in that clause."""
from __future__ import annotations

from datetime import date
from functools import partial

from graph.relations.time import deal_when, evidence_when, lead_when, relation_when
from graph.text import Document
from graph.text.metadata import Metadata
from tests.extracted import clause_when, parsed

BASE = date(2024, 9, 11)  # a Wednesday
_doc = partial(parsed, published=BASE)
_when = partial(clause_when, published=BASE)


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


def test_the_leads_news_day_is_never_a_schedule(pipeline):
    # the lead's first own date is a delivery due after publication: the news is Monday's announcement
    text = ("Chile picks Dutch corvettes\n\n"
            "SANTIAGO, Sept. 11 (Andes Wire) - Chile has chosen the Netherlands to build its next corvettes. "
            "President Gabriel Boric announced the choice on Monday. The navy is to receive four of the ships, "
            "with the first due in 2031.")
    doc = _doc(pipeline, text)
    assert lead_when(doc, BASE) == "2024-09-09"
    assert evidence_when(list(doc.sents)[0], BASE) == "2024-09-09"  # the headline reports the lead's news


def test_a_deal_is_dated_when_reported_not_when_its_goods_are_due(pipeline):
    text = ("Chile picks Dutch corvettes\n\n"
            "SANTIAGO, Sept. 11 (Andes Wire) - Chile has chosen the Netherlands to build its next corvettes. "
            "President Gabriel Boric announced the choice on Monday. The navy is to receive four of the ships, "
            "with the first due in 2031.")
    doc = _doc(pipeline, text)
    sent = next(s for s in doc.sents if "2031" in s.text)
    navy = next(t for t in sent if t.text == "navy")
    assert relation_when(sent, [navy], BASE) == "2031"  # the sentence's own date, as any fact would take it
    assert deal_when(sent, BASE, "2031") == "2024-09-09"  # the order stands as the lead reports it
    assert deal_when(sent, BASE, "2023-05") == "2023-05"  # a past date stays


def test_a_deal_sentence_with_a_due_year_through_the_pipeline(pipeline):
    text = ("Ghana orders howitzers\n\n"
            "ACCRA, Sept. 11 (Coast Wire) - Ghana signed a contract with South Korea on Tuesday for 24 K9 Thunder "
            "howitzers.\n\nThe Ghanaian Army will start receiving the K9 Thunder howitzers in 2027, the ministry said.")
    g = pipeline.process(Document.from_text(text, meta=Metadata(published=BASE.isoformat())))
    whens = [i.get("when") for _, _, d in g.edges(data=True) if d["type"] in {"SUPPLIES", "OPERATES"}
             for i in d.get("evidence") or []]
    # the army's order is the one signed on Tuesday, not the year its guns are due
    assert "2024-09-10" in whens and "2027" not in whens
