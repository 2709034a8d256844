"""Session 11 time kinds: publication dates in more of the shapes outlets print them, and the stage
and date of facts the article's own statements settle. Every text here is written for the test."""
from __future__ import annotations

from pathlib import Path

import pytest

from graph.text import read_document
from graph.text.metadata import url_date

BODY = ("Latvia signed a contract for eight coastal radars with Saab, the ministry said. Deliveries are due "
        "in 2027.\n\nThe radars will replace older sets along the Gulf of Riga.\n")


def _published(tmp_path: Path, name: str, text: str) -> str | None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path).meta.published


@pytest.mark.parametrize("url, day", [
    ("https://news.example.org/world/2023/mar/07/latvia-radars", "2023-03-07"),  # a month's name in the path
    ("https://news.example.org/defence/latvia-radars-2023-03-07", "2023-03-07"),  # the date ends the slug
    ("https://news.example.org/story?id=88&date=2023-03-07", "2023-03-07"),  # a query parameter
    ("https://news.example.org/p/2023-4411-7", None),  # a number, no date
])
def test_url_date_shapes(url, day):
    assert url_date(url) == day


@pytest.mark.parametrize("name, text", [
    ("posted.md", "---\ntitle: Radars\nposted: 2023-03-07\n---\n\n" + BODY),
    ("created_on.md", "---\ntitle: Radars\ncreated_on: 2023-03-07\n---\n\n" + BODY),
    ("first_published_at.md", "---\ntitle: Radars\nfirst_published_at: 2023-03-07T08:00:00Z\n---\n\n" + BODY),
    ("datetime.md", "---\ntitle: Radars\ndatetime: 2023-03-07 08:00\n---\n\n" + BODY),
    ("timestamp.md", "---\ntitle: Radars\ntimestamp: 1678176000\n---\n\n" + BODY),
    ("dates_list.md", "---\ntitle: Radars\ndates: [2023-03-07, 2023-03-09]\n---\n\n" + BODY),
    ("dash_month.txt", "Latvia buys radars\n07-Mar-2023\n\n" + BODY),
    ("dash_month_short.txt", "Latvia buys radars\nPublished: 07-MAR-23\n\n" + BODY),
    ("dotted_day.txt", "Latvia buys radars\n7. March 2023\n\n" + BODY),
    ("footer.html", f"<html><body><h1>Latvia buys radars</h1><p>{BODY}</p><footer>Published 7 March 2023</footer>"
                    "</body></html>"),
    ("classed.html", "<html><body><header><span class='article-date'>7 March 2023</span></header>"
                     f"<h1>Latvia buys radars</h1><p>{BODY}</p></body></html>"),
    ("data_ts.html", "<html><body><article><h1>Latvia buys radars</h1><span data-timestamp='1678176000'>2 hours ago"
                     f"</span><p>{BODY}</p></article></body></html>"),
    ("titled.html", "<html><head><title>Latvia buys radars - 07 Mar 2023 - Baltic Post</title></head><body>"
                    f"<h1>Latvia buys radars</h1><p>{BODY}</p></body></html>"),
    ("guardian_url.html", "<html><head><link rel='canonical' href='https://news.example.org/world/2023/mar/07/radars'>"
                          f"</head><body><h1>Latvia buys radars</h1><p>{BODY}</p></body></html>"),
])
def test_published_shapes(tmp_path, name, text):
    assert _published(tmp_path, name, text) == "2023-03-07"


def test_front_matter_clock_time_is_no_date(tmp_path):
    """A bare clock time under a date-like key ("time: 10:15") dates nothing; the front matter's date does."""
    text = "---\ntitle: Radars\ntime: '10:15'\ndate: 2023-03-07\n---\n\n" + BODY
    assert _published(tmp_path, "clock.md", text) == "2023-03-07"


def test_dateline_beats_a_classed_sidebar_date(tmp_path):
    """A date a page marks by class is weaker than the article's own dateline (a sidebar of other stories)."""
    html = ("<html><body><div class='related-date'>1 January 2020</div><article><h1>Latvia buys radars</h1>"
            "<p>RIGA, March 7, 2023 (Baltic Post) - Latvia signed a contract for eight radars.</p></article></body></html>")
    assert _published(tmp_path, "sidebar.html", html) == "2023-03-07"
