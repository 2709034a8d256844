"""A catalogued recurring event no sentence dates, named as the occasion of the article's news, takes
the month of that news; "next month" without "the" counts from the report."""
from __future__ import annotations

from datetime import date

import pytest

from graph.relations.time import occasion_date, resolved_dates
from tests.extracted import events_in, graph_of, parsed


def test_next_month_without_the_counts_from_the_report(pipeline):
    doc = parsed(pipeline, "The navy ordered two frigates in March 2019. Early next month the minister is "
                           "expected in Hanoi for talks.", date(2025, 10, 22))
    values = [v for _, v in resolved_dates(list(doc.sents)[1], date(2025, 10, 22))]
    assert values == ["2025-11"]


def test_the_next_month_still_counts_from_the_time_named_before(pipeline):
    doc = parsed(pipeline, "The strikes began in March 2019. The next month the rebels withdrew.",
                 date(2025, 10, 22))
    values = [v for _, v in resolved_dates(list(doc.sents)[1], date(2025, 10, 22))]
    assert values == ["2019-04"]


def _occasion(pipeline, text: str, name: str, published: date) -> str | None:
    doc = parsed(pipeline, text, published)
    start = doc.text.index(name)
    return occasion_date(doc.char_span(start, start + len(name)), published)


@pytest.mark.parametrize("text,want", [
    # the news of the lead, on the sidelines of the show
    ("Norway on Monday ordered twelve howitzers from Hanwha. The deal was announced on the sidelines of "
     "the Eurosatory exhibition in Paris.", "2024-06"),
    # the occasion's own clause gives its date
    ("Analysts expect more orders. The firm had unveiled the drone in April, at the Eurosatory exhibition.",
     "2024-04"),
    # a date expression's own "earlier" is no earlier edition
    ("Norway on Monday ordered twelve howitzers. A week earlier, at the Eurosatory exhibition, its minister "
     "had praised the gun.", "2024-06"),
    # "first showed ... at": an earlier edition
    ("Norway on Monday ordered twelve howitzers. The maker first showed the gun at the Eurosatory exhibition.",
     None),
    # a future occasion is a schedule: no date
    ("Norway on Monday ordered twelve howitzers. Its minister will speak at the Eurosatory exhibition.", None),
    # no occasion: named, not the place of a happening
    ("Norway on Monday ordered twelve howitzers. The Eurosatory exhibition draws buyers from Asia.", None),
])
def test_occasion_date(pipeline, text, want):
    assert _occasion(pipeline, text, "Eurosatory", date(2024, 6, 19)) == want


def test_a_catalogued_show_named_as_the_news_occasion_is_dated(pipeline):
    text = ("PARIS, June 19 - Poland on Tuesday ordered 40 more tracked howitzers from a South Korean "
            "maker.\n\nThe contract was signed on the sidelines of Eurosatory by the two defence ministers.")
    events = events_in(graph_of(pipeline, text, "2024-06-19"))
    dated = [a.get("date") for n, a in events.items() if n.startswith("Eurosatory")]
    assert dated and dated[0] == "2024-06"


def test_an_undated_show_of_no_occasion_keeps_no_date(pipeline):
    text = ("PARIS, June 19 - Poland on Tuesday ordered 40 more tracked howitzers from a South Korean "
            "maker.\n\nThe maker first showed the gun at Eurosatory, years before the war.")
    events = events_in(graph_of(pipeline, text, "2024-06-19"))
    dated = [a.get("date") for n, a in events.items() if n.startswith("Eurosatory")]
    assert not dated or dated[0] is None
