"""The review of session 32's stage and date rules, mended (each case failed on int32c). Invented sentences.

* goods that are a target (the object of "at"/"against", or of a combat verb whose subject is another state) show
  no use by their holder (passes/use_stage.py: _user_of);
* a not-negated, not-modal order verb anywhere in a framework agreement's sentence is a firm order under it; the
  firm phrases match as words, not substrings (families/stage.py: framework_only);
* a framework deal that is the subject of its verb ("the framework contract covers up to 12 jets") is planned;
* an "until" on a place or base, or an end clause that is no change of hands or retirement, does not end a holding,
  and "remain in service" outweighs it (families/stage.py: held_until);
* a yearless dateline: the past verb of a yearless month's clause may stand before the year (text/metadata.py);
* a span of days is a date: the month is a word of its own, and a span with neither "from"/"between" nor a
  preposition or event verb before it names a month on both ends (relations/time.py)."""
from __future__ import annotations

import pytest

from graph.text.metadata import _stepwise_year
from tests.extracted import stage_of

_DAY = "2025-03-03"
_GENEVA = "GENEVA, March 3 (Defence Wire) - "


# --- 5: a target is no use ---
@pytest.mark.parametrize("text,source,target,stage", [
    ("Ukraine received its first F-16 jets in August. On Sunday Russia fired missiles at F-16 jets parked at an "
     "air base in western Ukraine.", "Ukraine", "F-16", "delivering"),
    ("Taiwan took delivery of its first Harpoon missiles last year. On Monday China practised firing missiles at "
     "Harpoon batteries in Taiwan.", "Taiwan", "Harpoon", "delivering"),
    # (a regression guard: passes on int32c as well) goods struck by another party
    ("Ukraine received its first F-16 jets in August. On Sunday Russian drones struck F-16 jets at an air base in "
     "Ukraine.", "Ukraine", "F-16", "delivering"),
    # the holder's own use still counts (test_stage_kinds32.test_in_use_elsewhere), a clause of use on the goods too
    ("Kenya received its first C-27J aircraft in May. On Friday C-27J aircraft, which have flown with Kenya since "
     "June, fired flares over Mogadishu.", "Kenya", "C-27J", "in_service"),
    ("Britain began supplying Storm Shadow missiles to Ukraine in May. On Sunday Ukraine fired Storm Shadow "
     "missiles at the port of Sevastopol.", "Ukraine", "Storm Shadow", "in_service"),
])
def test_a_target_is_no_use(pipeline, text, source, target, stage):
    assert stage_of(pipeline, _GENEVA + text, source, "OPERATES", target, _DAY) == stage


# --- 6 and 10: a framework agreement with a firm order beside it; a framework deal as subject ---
@pytest.mark.parametrize("sentence,target,stage", [
    ("Poland signed a framework agreement with Hanwha for 180 K9 howitzers and ordered the first 60 on Tuesday.",
     "K9", "ordered"),
    ("A framework agreement for 96 Black Hawk helicopters was signed by Poland, and the first 32 were ordered on "
     "Tuesday.", "Black Hawk", "ordered"),
    ("Poland signed a framework agreement with Hanwha for 180 K9 howitzers in 2022 and placed two executive orders "
     "since then.", "K9", "ordered"),
    # an order still to come, or denied, is no firm order
    ("Poland signed a framework agreement with Hanwha for 180 K9 howitzers and will order the first 60 next year.",
     "K9", "planned"),
    ("Poland signed a framework agreement with Hanwha for 180 K9 howitzers but has not ordered any yet.", "K9",
     "planned"),
])
def test_a_firm_order_beside_a_framework(pipeline, sentence, target, stage):
    assert stage_of(pipeline, _GENEVA + sentence, "Poland", "OPERATES", target, _DAY) == stage


def test_a_framework_deal_as_subject_is_planned(pipeline):
    text = _GENEVA + "Slovakia's framework contract with Saab covers up to 12 Gripen jets."
    assert stage_of(pipeline, text, "Slovakia", "OPERATES", "Gripen", _DAY) == "planned"
    text = _GENEVA + "Slovakia's contract with Saab covers 12 Gripen jets."
    assert stage_of(pipeline, text, "Slovakia", "OPERATES", "Gripen", _DAY) == "ordered"


# --- 8: an "until" that ends no holding ---
@pytest.mark.parametrize("sentence,source,stage", [
    ("The Peruvian Air Force flew its Mirage 2000 jets from La Joya until 2019, when the squadron moved to "
     "Arequipa.", "Peruvian Air Force", "in_service"),
    ("Peru flew Mirage 2000 jets until 2024 when it upgraded them; they remain in service.", "Peru", "in_service"),
    # the holding that did end stays retired (test_stage_kinds32.test_holding_ended)
    ("The Peruvian Air Force flew its Mirage 5 jets until 2019, when it sold them to Ecuador.", "Peruvian Air Force",
     "retired"),
])
def test_an_until_that_ends_no_holding(pipeline, sentence, source, stage):
    target = "Mirage 5" if "Mirage 5 " in sentence else "Mirage 2000"
    assert stage_of(pipeline, _GENEVA + sentence, source, "OPERATES", target, _DAY) == stage


# --- 9: the past verb before the named edition's year ---
def test_a_past_verb_before_the_year_dates_its_yearless_month():
    body = "Uganda and Kenya held Exercise Lion Strike 2024 near Gulu in November."
    assert _stepwise_year("0000-01-18", body) == "2025-01-18"
    body = "Uganda and Kenya will hold Exercise Lion Strike 2024 near Gulu in November."
    assert _stepwise_year("0000-01-18", body) != "2025-01-18"


# --- 12: a span of days is a date ---
def _dates_of(pipeline, sentence: str, published: str) -> list[str]:
    from datetime import date

    from graph.relations.time import resolved_dates

    doc = pipeline.nlp(sentence)
    return [v for s in doc.sents for _, v in resolved_dates(s, date.fromisoformat(published))]


@pytest.mark.parametrize("sentence", [
    "The fleet grew from 3 to 15 November-class corvettes.",
    "About 10 to 12 May flights were cancelled.",
])
def test_counts_before_a_month_word_are_no_span(pipeline, sentence):
    assert not any("/" in v for v in _dates_of(pipeline, sentence, "2024-11-20"))


def test_a_span_after_an_event_verb_is_still_a_span(pipeline):
    assert _dates_of(pipeline, "The drill was held 10 to 12 May near the coast.", "2024-11-20") == \
        ["2024-05-10/2024-05-12"]
