"""An undated catalogued series event (a row of events_recurring.csv without a date) that an article names is dated
by the text: the one date its sentences tell, else the report's month (``date_source: reported``); two dates in its
sentences leave it undated (graph/entities/series_dates.py)."""
from __future__ import annotations

import pytest


def _events(pipeline, text: str) -> dict[str, tuple[str | None, str | None]]:
    from graph.text.metadata import Metadata
    from graph.text.sources import Document
    g = pipeline.process(Document.from_text(text, "t.txt", meta=Metadata(published="2025-03-10", date_source="cli")))
    return {d["name"]: (d.get("date"), d.get("date_source")) for _, d in g.nodes(data=True) if d.get("label") == "Event"}


_LEAD = "Chile weighs a new jet trainer\n\nChile's air force is studying offers for twelve jet trainers, officials said.\n"


@pytest.mark.parametrize("sentence,name,date", [
    ("The Brazilian bid was first shown to Chilean officers at the Dubai Airshow last November.", "Dubai Airshow",
     "2024-11"),
])
def test_series_event_takes_the_one_date_its_sentence_tells(pipeline, sentence, name, date):
    """The one date of the sentence naming an undated series event is that edition's date."""
    assert _events(pipeline, _LEAD + sentence)[name] == (date, "text")


def test_series_event_told_without_a_date_is_the_reports_news(pipeline):
    """No sentence naming it tells a date: the report's month, marked as a guess from the report."""
    sentence = "Chile's defence minister met the Saudi deputy minister while visiting the Dubai Airshow."
    assert _events(pipeline, _LEAD + sentence)["Dubai Airshow"] == ("2025-03", "reported")


def test_series_event_with_two_dates_in_its_sentences_stays_undated(pipeline):
    """Two different dates in the sentences naming it: which is the edition's is not known."""
    sentence = "The trainer was shown at the Dubai Airshow in 2021 and again in November 2023, its maker said."
    assert _events(pipeline, _LEAD + sentence).get("Dubai Airshow", (None, None)) == (None, None)
