"""Publication dates in shapes real outlets use that no dev article has: meta names in other spellings
(``published_at``, ``article:published_at``, ``ptime``), ``<meta name="date">``, ``itemprop``,
``DC.date``, ``<time pubdate>``, ``data-published`` attributes, Unix and compact timestamps, dated
addresses, and text header lines ("Published 3 March 2024", "Updated: ...", "Posted on", ``pubDate:``)."""
from __future__ import annotations

import pytest

from graph.text import read_document
from graph.text.metadata import from_html, iso_date

BODY = "<p>TBILISI (Kura Wire) - Georgia signed an accord on coastguard training with Greece on Thursday.</p>"
TEXT = "Georgia signed an accord on coastguard training with Greece on Thursday.\n\nThe two navies will train together."


@pytest.mark.parametrize("head", [
    '<meta name="date" content="2024-03-07">',
    '<meta itemprop="datePublished" content="2024-03-07T09:00:00+04:00">',
    '<meta name="DC.Date" content="2024-03-07">',
    '<meta name="DCTERMS.created" content="2024-03-07">',
    '<meta name="published_at" content="2024-03-07T09:00:00Z">',
    '<meta property="article:published_at" content="2024-03-07">',
    '<meta name="Publish-Date" content="2024-03-07">',
    '<meta name="ptime" content="20240307091500">',
    '<meta name="pubdate" content="Thu, 07 Mar 2024 09:00:00 GMT">',
])
def test_page_heads(head):
    assert from_html(f"<html><head>{head}</head><body><article>{BODY}</article></body></html>").published \
        == "2024-03-07"


@pytest.mark.parametrize("head", [
    '<link rel="canonical" href="https://kura.example/news/2024-03-07/georgia-greece-coastguard">',
    '<meta property="og:url" content="https://kura.example/20240307/georgia-greece.html">',
    '<meta property="og:url" content="https://kura.example/2024/03/07/georgia-greece">',
])
def test_dated_addresses(tmp_path, head):
    path = tmp_path / "a.html"
    path.write_text(f"<html><head>{head}</head><body><article>{BODY}</article></body></html>", encoding="utf-8")
    assert read_document(path).published == "2024-03-07"


@pytest.mark.parametrize("body", [
    '<time pubdate>7 March 2024</time>',
    '<time pubdate datetime="2024-03-07">Thursday</time>',
    '<div class="meta" data-published="2024-03-07T09:00">Posted</div>',
    '<span data-publish-date="2024-03-07">yesterday</span>',
])
def test_marked_up_times_in_the_body(body):
    page = f"<html><body><article><h1>Georgia and Greece</h1>{body}{BODY}</article></body></html>"
    assert from_html(page).published == "2024-03-07"


def test_a_pages_later_change_does_not_hide_its_publication():
    page = ('<html><head><meta property="article:modified_time" content="2024-03-09">'
            '<meta name="published_at" content="2024-03-07"></head><body>' + BODY + "</body></html>")
    assert from_html(page).published == "2024-03-07"


@pytest.mark.parametrize("value,want", [
    ("1709802000", "2024-03-07"),  # Unix seconds
    ("1709802000000", "2024-03-07"),  # milliseconds
    ("202403070915", "2024-03-07"),
    ("20240307", "2024-03-07"),
    ("12345", None),
])
def test_timestamps(value, want):
    assert iso_date(value) == want


@pytest.mark.parametrize("header", [
    "Published 7 March 2024",
    "Updated: 9 March 2024, 10:00 GMT\nPublished: 7 March 2024",
    "Posted on March 7, 2024 by Nino Beridze",
    "Nino Beridze\nThursday, 7th March 2024",
    "Last updated 9 March 2024 | First published 7 March 2024",
    "Kura Wire | March 7, 2024",
    "https://kura.example/2024/03/07/georgia-greece",
])
def test_header_lines_under_the_headline(tmp_path, header):
    path = tmp_path / "a.txt"
    path.write_text(f"Georgia and Greece agree coastguard training\n{header}\n\n{TEXT}\n", encoding="utf-8")
    assert read_document(path).published == "2024-03-07"


@pytest.mark.parametrize("lines", ["pubDate: 2024-03-07\nTitle: Georgia and Greece",
                                   "Published at: 2024-03-07\nTitle: Georgia and Greece\nSource: Kura Wire",
                                   "Date: Thu, 07 Mar 2024 09:00:00 +0000\nTitle: Georgia and Greece"])
def test_key_lines_opening_a_text(tmp_path, lines):
    path = tmp_path / "a.txt"
    path.write_text(f"{lines}\n\n{TEXT}\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.published == "2024-03-07"
    assert not doc.title.lower().startswith(("pubdate", "published at", "date:"))


def test_a_line_after_the_text_that_says_when_it_was_first_published(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"Georgia and Greece agree coastguard training\n\n{TEXT}\n\nThis article was first published "
                    "on 7 March 2024.\n", encoding="utf-8")
    assert read_document(path).published == "2024-03-07"
