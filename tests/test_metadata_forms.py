"""More of the ways real pages and texts state their publication date: camelCase and nested front
matter keys, JSON-LD value objects and upload dates, canonical links, JSON inside a meta tag,
"Last updated on" lines, hoped-for years and a headline's named edition for a yearless dateline."""
from __future__ import annotations

import json

import pytest

from graph.text import read_document
from graph.text.metadata import _edition_year, _year_bounds, from_html, from_text

BODY = "Mongolia signed a contract for three C-130J aircraft with Lockheed Martin on Tuesday."


@pytest.mark.parametrize("front", [
    "publishedAt: '2023-10-10'",
    "published_time: 2023-10-10",
    "firstPublished: 2023-10-10",
    "released: 2023-10-10",
    "meta:\n  published: 2023-10-10",
    "dates:\n  published: 2023-10-10\n  updated: 2023-10-12",
    "date:\n  published: 2023-10-10",
])
def test_front_matter_key_spellings(tmp_path, front):
    md = tmp_path / "a.md"
    md.write_text(f"---\ntitle: Ulaanbaatar Buys Airlifters\n{front}\n---\n{BODY}\n", encoding="utf-8")
    assert read_document(md).published == "2023-10-10"


def test_front_matter_prefers_publication_to_last_change(tmp_path):
    md = tmp_path / "a.md"
    md.write_text(f"---\ntitle: T\nupdatedAt: 2023-10-12\npublishDate: 2023-10-10\n---\n{BODY}\n", encoding="utf-8")
    assert read_document(md).published == "2023-10-10"


def test_json_ld_value_objects_and_upload_date():
    ld = {"@type": "NewsArticle", "datePublished": {"@value": "2023-10-10T08:00:00Z"}}
    page = f'<script type="application/ld+json">{json.dumps(ld)}</script><p>{BODY}</p>'
    assert from_html(page).published == "2023-10-10"
    video = {"@type": "VideoObject", "uploadDate": "2023-10-09", "dateModified": "2023-10-11"}
    page = f'<script type="application/ld+json">{json.dumps(video)}</script><p>{BODY}</p>'
    assert from_html(page).published == "2023-10-09"


def test_json_ld_modified_only_is_a_fallback(tmp_path):
    ld = {"@type": "NewsArticle", "dateModified": "2023-10-11"}
    page = tmp_path / "a.html"
    page.write_text(f'<html><head><script type="application/ld+json">{json.dumps(ld)}</script></head>'
                    f'<body><p>{BODY}</p></body></html>', encoding="utf-8")
    assert read_document(page).published == "2023-10-11"
    page.write_text(f'<html><head><script type="application/ld+json">{json.dumps(ld)}</script></head><body>'
                    f'<h1>Airlifters</h1><p class="byline">By T. Bat | 10 October 2023</p><p>{BODY}</p></body></html>',
                    encoding="utf-8")
    assert read_document(page).published == "2023-10-10"  # the byline the article prints beats the last change


def test_canonical_link_carries_the_date(tmp_path):
    page = tmp_path / "a.html"
    page.write_text('<html><head><link rel="canonical" href="https://news.example/2023/10/10/mongolia-c130">'
                    f'</head><body><h1>Airlifters</h1><p>{BODY}</p></body></html>', encoding="utf-8")
    doc = read_document(page)
    assert (doc.published, doc.meta.url) == ("2023-10-10", "https://news.example/2023/10/10/mongolia-c130")


def test_json_object_in_a_meta_tag():
    page = ('<meta name="parsely-page" content=\'{"title": "Airlifters", "pub_date": "2023-10-10T08:00:00Z"}\'>'
            f'<p>{BODY}</p>')
    assert from_html(page).published == "2023-10-10"
    assert from_html(f'<meta name="x" content="{{not json">{BODY}').published is None


def test_last_updated_on_is_not_the_publication():
    text = f"Ulaanbaatar Buys Airlifters\n\nLast updated on 12 Oct 2023\nFirst published on 10 Oct 2023\n\n{BODY}"
    assert from_text(text).published == "2023-10-10"


def test_a_hoped_for_year_is_no_past():
    body = "Officials hope to sign the contract before the price offer lapses in March 2031. The base opened in 2019."
    low, _, told = _year_bounds(body, 2035)
    assert low == 2019 and 2031 not in told


@pytest.mark.parametrize("headline,year", [
    ("Tanks roll at Steppe-2031 as Mongolia hosts its neighbours", 2031),
    ("ADEX 2029: three contracts on the first morning", 2029),
    ("Mongolia Takes Delivery Under 2027 Lockheed Contract", None),  # a preposition, title case
    ("Ulaanbaatar's 2027 Airlifter Order Starts to Arrive", None),   # a capitalised noun follows
    ("Planners look to Vision 2040 for the air force", None),
    ("Deliveries due in 2030", None),
    ("Steppe-2029 and ADEX 2031 in one week", None),                 # two editions: no single year
])
def test_edition_year_of_a_headline(headline, year):
    assert _edition_year(headline) == year


def test_named_edition_dates_a_yearless_dateline():
    """A dateline of 18 September and a lead whose weekday (Monday) is the day before in 2018 but the same
    day in 2017: the headline's edition year decides between the two."""
    lead = ("ULAANBAATAR, Sept. 18 (Steppe Wire) - Troops from four countries ended the Steppe Eagle-2018 drills on "
            "Monday with a live-fire day at the Five Hills range. The previous drills, in 2016, were smaller.")
    assert from_text("Mongolia closes Steppe Eagle-2018 drills with live fire\n\n" + lead).published == "2018-09-18"
    # no edition in the headline: the weekday of the lead alone, the same day as before
    assert from_text("Mongolia closes its drills with live fire\n\n" + lead).published == "2017-09-18"
    # the edition decides even two days after the weekday: the lead's first weekday may be an earlier
    # day of the drills (a headline's edition named the story's year in all 21 dev articles that had one)
    assert from_text("Mongolia closes Steppe Eagle-2019 drills\n\n" + lead.replace("Eagle-2018", "Eagle-2019")
                     ).published == "2019-09-18"


def test_a_label_and_value_pair_of_meta_tags_names_the_date():
    page = ('<html><head><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="A. Roe">'
            '<meta name="twitter:label2" content="Published"><meta name="twitter:data2" content="14 March 2024">'
            f'</head><body><p>{BODY}</p></body></html>')
    assert from_html(page).published == "2024-03-14"


def test_a_label_of_the_last_change_or_a_value_that_is_no_date_names_nothing():
    page = ('<html><head><meta name="twitter:label1" content="Updated"><meta name="twitter:data1" content="15 March 2024">'
            '<meta name="twitter:label2" content="Date"><meta name="twitter:data2" content="5 min read">'
            f'</head><body><p>{BODY}</p></body></html>')
    assert from_html(page).published is None
