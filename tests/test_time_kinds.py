"""Kinds of date the dev halves missed, with invented sentences through the real spaCy model: a clause
counted from the main clause's date, a relative clause that dates only its noun, "that afternoon", "the
same visit", a span of days the recogniser splits, an event's closing part, and a span elsewhere in
the text that ends on an event's last day."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from graph.relations.time import event_date, resolve_expression
from tests.extracted import clause_when, parsed

BASE = date(2024, 9, 11)  # a Wednesday
_doc = partial(parsed, published=BASE)
_when = partial(clause_when, published=BASE)


@pytest.mark.parametrize("text,anchors,want", [
    # a clause counted from the main clause's date
    ("Oman joined the pact in May 2023, three months after Yemen launched its offensive.", ("Yemen",), "2023-02"),
    ("Chile ordered the jets in 2019, two years before Peru signed its own contract.", ("Peru",), "2021"),
    ("Oman joined the pact in May 2023, three months after Yemen launched its offensive.", ("Oman",), "2023-05"),
    # a relative clause on the subject dates its noun, not the fact
    ("Lena Holm, who had joined the cabinet in March as a minister without portfolio, will take over the Ministry "
     "of Defence.", ("Holm", "Ministry"), "2024-09-11"),
    ("Tunisia, which bought the patrol boats in 2021, is now looking for more.", ("Tunisia", "boats"), "2021"),
    # "that afternoon", "the same visit": the time named before
    ("The minister spoke on Saturday morning. The admiral gave a speech that afternoon, pleading for calm.",
     ("admiral",), "2024-09-07"),
    ("On Saturday morning the minister told delegates that the threat was real. The admiral gave a speech that "
     "afternoon, pleading for calm.", ("admiral",), "2024-09-07"),
    ("The accord was signed in February last year, when the president visited Hanoi; the same visit also sealed "
     "the sale of four patrol boats.", ("boats",), "2023-02"),
])
def test_dates_by_kind(pipeline, text, anchors, want):
    sentence = 1 if text.count(". ") == 1 else 0
    assert _when(pipeline, text, *anchors, sentence=sentence) == want


@pytest.mark.parametrize("text,want", [
    ("between Aug. 3 and 7", "2024-08-03/2024-08-07"),
    ("from March 3 to 7", "2024-03-03/2024-03-07"),
])
def test_a_span_of_days_in_one_month(text, want):
    assert resolve_expression(text, BASE) == want


def test_an_event_dated_by_its_closing_part_and_a_span_elsewhere(pipeline):
    text = ("The president arrived at the range on Tuesday for the closing stage of Steppe Shield, the joint "
            "exercise of the two armies. Commanders had said the troops would train between Sept. 6 and 10 near "
            "the border.")
    doc = _doc(pipeline, text)
    assert event_date("Steppe Shield", [next(iter(doc.sents))], BASE) == "2024-09-06/2024-09-10"
    # the opening part dates the first day
    doc = _doc(pipeline, "Delegates gathered on Monday for the opening session of the Harbour Forum.")
    assert event_date("Harbour Forum", list(doc.sents), BASE) == "2024-09-09"


def test_a_span_ending_another_day_does_not_date_the_event(pipeline):
    text = ("The president arrived at the range on Tuesday for the closing stage of Steppe Shield. Commanders had "
            "said the troops would train between Sept. 2 and 6 near the border.")
    doc = _doc(pipeline, text)
    assert event_date("Steppe Shield", [next(iter(doc.sents))], BASE) == "2024-09-10"
