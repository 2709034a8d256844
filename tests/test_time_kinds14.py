"""Session 14 time kinds (graph/relations/time.py): an event's date not from a since-clause nor from
another edition when the lead tells of it; a vague time narrowed beside it. Texts written for the test."""
from __future__ import annotations

from datetime import date


def test_an_event_is_not_dated_by_an_earlier_happening_its_sentence_mentions(pipeline):
    from graph.relations.time import event_date

    # "since taking office in 2019" dates the president's term, not the parades
    text = ("The street parade filled the avenue on Tuesday. The president, who has staged large parades since "
            "taking office in 2019, watched from the stand.")
    doc = pipeline.nlp(text)
    doc.user_data["published"] = "2025-02-21"
    sents = list(doc.sents)
    assert event_date("parade", sents[1:], date(2025, 2, 21)) != "2019"
    assert event_date("parade", sents, date(2025, 2, 21)) == "2025-02-18"
    # "since the ministers met in January" is the meeting's time; the drill's is its own verb's
    doc = pipeline.nlp("The drill, the largest since the ministers met in January, began on Monday.")
    doc.user_data["published"] = "2025-02-21"
    assert event_date("drill", list(doc.sents), date(2025, 2, 21)) == "2025-02-17"


def test_a_vague_time_narrowed_beside_it_takes_the_narrower_date(pipeline):
    from graph.relations.time import evidence_when

    base = date(2025, 3, 29)  # a Saturday
    for text, want in [
        ("Earlier in the week, on Wednesday, the ministry signed for 300 guns.", "2025-03-26"),
        ("Earlier this month, on March 3, the ministry signed for radars.", "2025-03-03"),
        ("The ministry signed for trucks on Wednesday, earlier this week.", "2025-03-26"),
        # two times apart are two times: the sentence's first stands
        ("The ministry signed in 2019 and on Wednesday it paid the first instalment.", "2019"),
    ]:
        doc = pipeline.nlp(text)
        doc.user_data["published"] = base.isoformat()
        assert evidence_when(list(doc.sents)[0], base) == want, text


def test_an_event_the_lead_tells_of_undated_is_on_the_news_day(pipeline):
    from graph.relations.time import event_date

    text = ("Lima Gazette\n\nThe navy showed its new corvette on Tuesday. In the afternoon the crews joined a "
            "harbour parade along the bay.\n\nThe 2022 parade had been the first in a decade. The army "
            "held its own parade in January.")
    doc = pipeline.nlp(text)
    doc.user_data["published"] = "2025-02-21"
    sents = [s for s in doc.sents if "parade" in s.text]
    assert event_date("parade", sents, date(2025, 2, 21)) == "2025-02-18"
