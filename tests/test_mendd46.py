"""mendd46: an undated catalogued series event takes the report's month only where its sentence may tell the
article's own edition (graph/entities/series_dates.py ``_reported_edition``): not a habit, a comparison, a past
feat, nor a time preposition of another past event. Invented sentences."""
from __future__ import annotations

import pytest

from tests.extracted import events_in, graph_of

_PUBLISHED = "2025-03-10"


@pytest.mark.parametrize("text,kind", [
    ("The KAAN fighter first flew abroad at the Paris Air Show, where it drew large crowds.", "Paris Air Show"),
    ("Unlike Balikatan, the Cobra Gold exercise is held every year in Thailand.", "Balikatan"),
    ("Unlike Balikatan, the Cobra Gold exercise is held every year in Thailand.", "Cobra Gold"),
    ("The RIMPAC exercise is usually hosted by the US Navy off Hawaii.", "RIMPAC"),
    ("The ministers met in Singapore on the eve of the Shangri-La Dialogue, officials said.", "Shangri-La"),
])
def test_a_series_mention_that_is_no_news_takes_no_report_month(pipeline, text, kind):
    dates = {a.get("date") for name, a in events_in(graph_of(pipeline, text, _PUBLISHED, name="t.txt")).items()
             if kind.lower() in name.lower()}
    assert dates and not any(str(d or "").startswith("2025-03") for d in dates), dates
