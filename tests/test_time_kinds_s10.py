"""Kinds of `when` and event date the dev halves missed in the tenth session, with invented sentences
through the real spaCy model: a day modifying a noun ("the June 4 raid"), a date on a noun under a
present verb, a count on a clause's mark, a thing a clause points back to ("under that deal"), a change
verb in the news present, "N weeks ago", paragraphs of a page's text, an event's interval on its own
verb and an edition dated near publication rather than by its series' founding."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from graph.relations.time import event_date, evidence_when, relation_when, resolve_expression
from tests.extracted import clause_when, parsed

BASE = date(2024, 9, 11)  # a Wednesday
_doc = partial(parsed, published=BASE)
_when = partial(clause_when, published=BASE)


def test_a_day_modifying_the_facts_noun(pipeline):
    text = "Analysts trace the pact to Chad's June 4 raid on rebels in Sudan, which shook the region."
    assert _when(pipeline, text, "Chad", "Sudan") == "2024-06-04"


def test_a_month_on_a_noun_under_a_present_verb_is_past(pipeline):
    # "follows" is present, but "in May" dates the conflict, not a schedule: May of this year, not next
    text = "For Ghana the accord also follows its four-day conflict with Togo in May, in which both sides lost men."
    assert _when(pipeline, text, "Ghana", "Togo") == "2024-05"
    text = "The accord also follows Ghana's brief border war with Togo in May."
    assert _when(pipeline, text, "Ghana", "Togo") == "2024-05"
    # a schedule in the present tense is ahead: "the talks open in May", written in September
    text = "Ghana and Togo open their border talks in May."
    assert _when(pipeline, text, "Ghana", "Togo") == "2025-05"


def test_a_count_on_the_clauses_mark(pipeline):
    text = ("Two Peruvian jets crashed near Arequipa on Monday during a drill held three days before Peru and "
            "Chile begin their joint exercise, Pacific Shield.")
    assert _when(pipeline, text, "Chile", "exercise") == "2024-09-12"


def test_a_thing_the_clause_points_back_to(pipeline):
    text = ("The decision builds on an emergency package agreed in March, when the cabinet moved fast. "
            "Under that package Latvia is renting a radar from Sweden.")
    assert _when(pipeline, text, "Latvia", "Sweden", sentence=1) == "2024-03"
    # a deal the paragraph dates nowhere: the publication day, as for any present tense
    text = "The decision was long awaited. Under that package Latvia is renting a radar from Sweden."
    assert _when(pipeline, text, "Latvia", "Sweden", sentence=1) == "2024-09-11"


def test_a_change_verb_in_the_news_present_is_the_news_day(pipeline):
    text = ("Kenya Reshuffles Its Generals\n\nThe president has replaced the heads of the armed forces. The "
            "changes were announced on Monday in a statement.\n\nGeneral Amina Odera becomes Chief of the "
            "Defence Forces in place of General Otieno.")
    doc = _doc(pipeline, text)
    sent = list(doc.sents)[-1]
    toks = [next(t for t in sent if t.text == "Odera"), next(t for t in sent if t.text == "Forces")]
    assert relation_when(sent, toks, BASE) == "2024-09-09"
    # a state verb in the present holds on the day of publication
    text = ("Kenya Reshuffles Its Generals\n\nThe president has replaced the heads of the armed forces. The "
            "changes were announced on Monday in a statement.\n\nKenya operates the Bayraktar drones from Wajir.")
    doc = _doc(pipeline, text)
    sent = list(doc.sents)[-1]
    toks = [next(t for t in sent if t.text == "Kenya"), next(t for t in sent if t.text == "Bayraktar")]
    assert relation_when(sent, toks, BASE) == "2024-09-11"


@pytest.mark.parametrize("text,want", [("seven weeks ago", "2024-07"), ("three days ago", "2024-09-08")])
def test_weeks_ago_is_a_month(text, want):
    assert resolve_expression(text, BASE) == want


def test_a_page_text_without_blank_lines_has_a_paragraph_per_line(pipeline):
    # a page reduced to text puts each paragraph on a line: the 2019 of the line before is not this one's
    text = ("Egypt Opens Arms Fair\nEgypt opened its arms fair on Monday.\nThe frigate, unlike in 2019 when it "
            "sailed past, stayed in port.\nNeither jet is on order. The minister told delegates that Egypt wanted "
            "more jets.")
    doc = _doc(pipeline, text)
    sent = list(doc.sents)[-1]
    assert evidence_when(sent, BASE) == "2024-09-09"


def test_an_events_interval_on_its_own_verb(pipeline):
    text = ("A training jet crashed on Thursday during a drill ahead of Ocean Guard. The annual "
            "exercise runs from Monday, September 16, to September 26 off the coast.")
    doc = _doc(pipeline, text)
    assert event_date("Ocean Guard", list(doc.sents), BASE) == "2024-09-16/2024-09-26"


def test_an_edition_is_dated_near_publication_not_by_its_series(pipeline):
    text = ("The 40th edition of Coral Shield, the naval exercise that the two navies launched more than four "
            "decades ago, got under way off Durban on Monday.")
    doc = _doc(pipeline, text)
    assert event_date("Coral Shield", list(doc.sents), BASE) == "2024-09-09"
    # a name with its own year keeps it
    doc = _doc(pipeline, "Coral Shield 1984 was first held off Durban in 1984.")
    assert event_date("Coral Shield 1984", list(doc.sents), BASE) == "1984"


def test_a_nouns_past_in_a_relative_clause_is_no_time_of_the_paragraph(pipeline):
    text = ("Malawi Names New Chiefs\n\nThe president named new service chiefs on Monday.\n\nHe also retired the "
            "police chief, Peter Banda, who had held the post since 2016. Grace Phiri was appointed head of the "
            "coastguard.")
    doc = _doc(pipeline, text)
    assert evidence_when(list(doc.sents)[-1], BASE) == "2024-09-09"
    # a date the paragraph's story is at still carries over
    text = ("Malawi Names New Chiefs\n\nThe president named new service chiefs on Monday.\n\nIn 2016 he retired "
            "the police chief, Peter Banda. Grace Phiri was appointed head of the coastguard.")
    doc = _doc(pipeline, text)
    assert evidence_when(list(doc.sents)[-1], BASE) == "2016"


@pytest.mark.parametrize("last,anchors,want", [
    # "will succeed" announced as news, and a present perfect of an act: the news day
    ("Sara Okoye, a former envoy, will succeed Bello at the Foreign Ministry.", ("Okoye", "Ministry"), "2024-09-09"),
    ("Abuja has bought four patrol boats from Turkey, officials said.", ("Abuja", "boats"), "2024-09-09"),
    # a state in the present perfect holds up to publication
    ("Abuja has operated patrol boats from Turkey for years.", ("Abuja", "boats"), "2024-09-11"),
])
def test_news_day_of_a_future_change_and_a_present_perfect_act(pipeline, last, anchors, want):
    text = ("Nigeria Reshuffles Cabinet\n\nThe president reshuffled his cabinet on Monday, naming Bello to the "
            f"interior post. The move surprised many in Lagos. Few had expected it.\n\n{last}")
    doc = _doc(pipeline, text)
    sent = list(doc.sents)[-1]
    toks = [next(t for t in sent if t.text == a) for a in anchors]
    assert relation_when(sent, toks, BASE) == want
