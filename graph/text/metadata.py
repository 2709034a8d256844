"""Document metadata: publication date, title, outlet and address, from wherever the article
carries them. Sources, strongest first: the command line (``cli``), a sidecar file beside the
article (``NAME.meta.json`` / ``NAME.meta.yaml``: ``sidecar``), HTML meta tags, JSON-LD and
``<time>`` (``meta``), Markdown front matter (``front_matter``), a dateline or byline in the
text (``dateline``), and last a date written in the text's opening lines (``text``).

>>> m = from_text("Kazakhstan Buys Drones\\nASTANA, March 4, 2024 (Steppe Wire) - Kazakhstan said ...")
>>> m.published, m.source, m.date_source, m.title
('2024-03-04', 'Steppe Wire', 'dateline', 'Kazakhstan Buys Drones')
"""
from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import yaml
from selectolax.lexbor import LexborHTMLParser

from ..dates import MONTH_ABBREVIATIONS, WEEKDAYS
from ..errors import InputError
from .numbers import alternation
from .weekday_evidence import (
    coming_day,
    dated_weekdays,
    dated_years,
    days_ahead,
    days_before,
    weekday_on_told_day,
)
from .year_evidence import (
    agreed_year,
    anniversary_counts,
    begun_by,
    horizon,
    running_until,
    span_ends,
    term_begun,
)

FIELDS = ("published", "title", "url", "source", "date_source")

_MONTHS = ("jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|"
           "august|september|october|november|december")
_DAY_MONTH = rf"(?:\d{{1,2}}\s+(?i:{_MONTHS})\.?|(?i:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)"
_DATE_WORDS = rf"(?:{_DAY_MONTH}(?:,?\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}})"
# "MINSK, Nov. 23 (Reuters) -", "ISLAMABAD/WASHINGTON, May 8, 2025 (Agency) --", "ALMATY (Steppe Wire) -",
# "SACHEON, South Korea, June 4, 2025 /PRNewswire/ --", "Bogota, 15 November 2025."
DATELINE = re.compile(
    rf"^[*_]{{0,2}}(?P<place>[A-Z][A-Za-z\u00C0-\u017F .'\-/]{{1,40}}?)(?:,\s*[A-Z][A-Za-z\u00C0-\u017F.' ]{{1,30}}?){{0,2}}"
    rf"(?:(?:,|\s+[-\u2013\u2014]+)\s*(?P<date>{_DATE_WORDS}))?[*_]{{0,2}}\s*"
    rf"(?:\((?P<source>[^()\n]{{2,60}})\)|/(?P<wire>[^/\n]{{2,60}})/)?[*_]{{0,2}}"
    rf"\s*(?:--|[-\u2013\u2014:]|(?<=\d)\.|(?(date)(?<=[a-z]\.)|(?!))|(?(source),(?=\s*{_DATE_WORDS}\s*[-\u2013\u2014])|(?!)))"
    rf"(?:\s+|(?<=[\u2013\u2014])(?=[A-Z\"\u201c])|(?(date)$|(?!)))",  # "Baku, 3 December. The ...", "**LIMA, May 3
    # (Wire)** -", "LIMA (Wire), May 3 -", "TOKYO, May 3 (Wire)\u2014The ..." (an em dash set close)
)
# a date with its year anywhere in a header line ("By A. Writer | Outlet | 24 June 2025")
FULL_DATE = re.compile(rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?i:{_MONTHS})\.?,?\s+\d{{4}}(?![\dA-Za-z])"
                       rf"|(?i:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}(?![\dA-Za-z])"
                       rf"|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?=T|\b)|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}}(?![\dA-Za-z])"
                       rf"|\b\d{{1,2}}-\d{{1,2}}-\d{{4}}(?![\dA-Za-z])"
                       rf"|\b\d{{1,2}}-(?i:{_MONTHS})-(?:\d{{4}}|\d\d)(?![\dA-Za-z])"  # "04-Sep-2024", "04-SEP-24"
                       rf"|\b\d{{1,2}}\.\s+(?i:{_MONTHS})\s+\d{{4}}(?![\dA-Za-z]))")  # "4. September 2024"
# a dateline's date written after the outlet: "OSLO (Fjord Wire) -- Sept. 3, 2024 -- Norway ..."
_DATE_AFTER = re.compile(rf"(?P<date>{_DATE_WORDS})\s*(?:--|[-\u2013\u2014])\s+")
# a line that labels the publication date, anywhere in the text ("Published on 3 May 2024", "Posted: 2024-05-03")
_LABELLED = re.compile(r"^[\W_]*(?:first\s+)?(?:published|posted|publication\s+date|date\s+published)\b(?:\s+on)?"
                       r"[\W_]*(?P<date>[^\n]{6,60}?)[\W_]*$", re.I | re.M)
# the label opening a header line that ends with a full stop ("Published on 3 May 2024.", "By A. Roe, 3 May 2024.")
_HEADER_LABEL = re.compile(r"^[\W_]*(?:by|published|updated|posted|first\s+published|last\s+updated|dated?|filed|"
                           r"issued|released|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)
_WEEKDAY_WORD = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
# a header line's label for a date that is not the publication ("Updated 13 March 2024")
_UPDATED = re.compile(r"\b(?:updated|modified|edited|revised|last\s+changed)\b(?:\s+(?:on|at))?\W*$", re.I)
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


@dataclass(frozen=True)
class Metadata:
    """What is known of a document besides its text (all optional)."""

    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    date_source: str | None = None

    def merged(self, weaker: Metadata) -> Metadata:
        """Fields of ``self``, falling back to ``weaker``'s where unset."""
        values = {k: getattr(self, k) or getattr(weaker, k) for k in FIELDS}
        if not self.published and weaker.published:
            values["date_source"] = weaker.date_source
        return replace(self, **values)

    def as_props(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if v}


def iso_date(value: Any, base: date | None = None) -> str | None:
    """An ISO date (at the precision given) of a date-like value, or None.

    >>> iso_date("2024-03-04T10:00:00+05:00"), iso_date("March 2024"), iso_date("4 March 2024")
    ('2024-03-04', '2024-03', '2024-03-04')
    """
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip()
    match = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$", text) \
        or re.match(r"^((?:19|20)\d\d)(0[1-9]|1[0-2])([0-3]\d)(?:T.*|\d{4}(?:\d\d)?)?$", text)  # 20241203, 202412031015
    if match:
        return "-".join(g for g in match.groups() if g)
    epoch = re.fullmatch(r"(\d{10})(\d{3})?", text)  # Unix seconds (or milliseconds): 1709805600
    if epoch:
        return datetime.fromtimestamp(int(epoch.group(1)), tz=UTC).strftime("%Y-%m-%d")
    numeric = _numeric(text)
    if numeric:
        return numeric
    plain = _plain(text)
    if plain:
        return plain
    parsed = _parse(text, base)
    if parsed is None:
        return None
    has_day = bool(re.search(r"\b\d{1,2}(st|nd|rd|th)?\b(?!\d)", re.sub(r"\d{4}", "", text)))
    return parsed.strftime("%Y-%m-%d" if has_day else "%Y-%m")


def _numeric(text: str) -> str | None:
    """``2024/03/12``, ``2024.03.12``, ``12/03/2024``, ``12.03.2024`` (day first unless the day
    cannot be first: ``03/25/2024``), at the start of ``text``; None for anything else."""
    m = re.match(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b", text)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = re.match(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b", text) or re.match(r"^(\d{1,2})-(\d{1,2})-(\d{4})\b", text)
        if not m:
            return None
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if mo > 12 >= d:
            d, mo = mo, d
    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        return None


_MONTH_NUMBER = {name: n for n, name in enumerate(("January", "February", "March", "April", "May", "June", "July",
                                                    "August", "September", "October", "November", "December"), 1)}
_MONTH_NAMES = "|".join(_MONTH_NUMBER)
_PLAIN = re.compile(rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)? (?P<m1>{_MONTH_NAMES})|(?P<m2>{_MONTH_NAMES})"
                    rf"(?: (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?)?) (?P<y>(?:1[89]|20)\d\d)")


def _plain(text: str) -> str | None:
    """What :func:`_parse` and the day test give the commonest written dates, without asking dateparser
    (loading it and compiling its patterns is the dearest step of reading a document's metadata): "4 March
    2024", "March 4, 2024", "March 4th 2024", "March 2024"; None for anything else, or a day no calendar has
    (dateparser answers those). ``tests/test_metadata_plain.py`` holds the two to the same answers."""
    m = _PLAIN.fullmatch(text)
    if m is None:
        return None
    month, day = _MONTH_NUMBER[m.group("m1") or m.group("m2")], m.group("d1") or m.group("d2")
    if day is None:
        return f"{m.group('y')}-{month:02d}"
    try:
        return date(int(m.group("y")), month, int(day)).isoformat()
    except ValueError:
        return None


def warm_dates() -> None:
    """Load dateparser and build its tables now (its modules, the English locale, the time-zone patterns: a
    third of a second of CPU, once per process), as the pipeline loads: not in the first documents that
    name a date it reads, and once before ingest workers fork, not in each worker."""
    _parse("Monday, 4 June 2025 10:00 PST", None)
    _parse("two weeks ago", date(2025, 6, 4))


def _parse(text: str, base: date | None) -> datetime | None:
    import dateparser

    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False, "DATE_ORDER": "DMY"}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
        settings["PREFER_DATES_FROM"] = "past"
    return dateparser.parse(text, languages=["en"], settings=settings)


# meta tags naming the publication date, then the last change (a fallback only)
_PUBLISHED_META = ("article:published_time", "og:published_time", "og:article:published_time", "article:published",
                   "article.published", "datePublished", "date", "pubdate", "pub_date", "publishdate",
                   "publish-date", "publish_date", "published_time", "published-date", "publication_date",
                   "parsely-pub-date", "sailthru.date", "DC.date.issued", "dc.date", "DC.date", "dc.date.created",
                   "dcterms.issued", "dcterms.date", "dcterms.created", "citation_publication_date", "citation_date",
                   "originalpublicationdate", "article_date_original", "displaydate", "dateCreated", "created",
                   "publication-date", "publicationdate", "pubDate", "pub-date", "date.published", "date_published",
                   "article:published_date", "article_date", "og:pubdate", "release_date", "publish_time",
                   "dc.date.created", "dcterms.available", "eprints.date", "prism.publicationDate",
                   "rnews:datePublished", "bt:pubDate", "cXenseParse:recs:publishtime", "published_at",
                   "article:published_at", "publishedAt", "publish-time", "pubtime", "ptime",
                   "article:publication_date", "firstpublisheddate", "first_published")
_MODIFIED_META = ("article:modified_time", "og:updated_time", "dateModified", "last-modified", "dcterms.modified")
# front matter keys of the publication date, compared without case and punctuation ("publishedAt",
# "pub_date", "dc.date"), strongest first; the last change only after every other
_FRONT_DATES = ("published", "date", "datepublished", "publishedat", "publishedon", "publisheddate", "publishdate",
                "publishedtime", "publicationdate", "pubdate", "firstpublished", "firstpublishedat", "firstpublishedon",
                "pub", "publishtime", "posted", "postedat", "postedon", "postdate", "issued", "dcdate", "released",
                "releasedate", "releasedat", "datetime", "dates", "time", "timestamp", "created", "createdat",
                "createdon", "datecreated", "updated", "modified", "lastmod", "datemodified", "updatedat")
# nested blocks of front matter that may hold those keys ("dates:", "meta:")
_FRONT_BLOCKS = ("dates", "date", "meta", "metadata", "article", "params", "extra")


# -- sources --------------------------------------------------------------------------------------
def from_html(html: str) -> Metadata:
    """``article:published_time``, Open Graph, JSON-LD ``datePublished`` and ``<time datetime>``;
    failing those, the date of the last change."""
    meta, modified = html_metadata(html)
    modified = printed_date(html) or modified
    return meta if meta.published or not modified else replace(meta, published=modified, date_source="meta")


def html_metadata(html: str) -> tuple[Metadata, str | None]:
    """``(metadata, date of the last change)`` of a page: the last change is kept apart, weaker
    than a date the article's own text prints (a byline, a dateline)."""
    tree = LexborHTMLParser(html)

    tags: dict[str, str] = {}
    for node in tree.css("meta[content]"):
        content = (node.attributes.get("content") or "").strip()
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = (node.attributes.get(attr) or "").strip().lower()
            if key and content:
                tags.setdefault(key, content)

    loose: dict[str, str] = {}
    for key, content in tags.items():
        loose.setdefault(_key(key), content)

    def meta(*names: str) -> str | None:
        """The first of ``names`` the page has; then, in the same order, one spelt with other case and
        punctuation ("published_at" for "publishedAt", "article:published-time")."""
        return next((tags[n.lower()] for n in names if n.lower() in tags), None) \
            or next((loose[_key(n)] for n in names if _key(n) in loose), None)

    ld = _json_ld(tree)
    publisher = ld.get("publisher")
    publisher = publisher.get("name") if isinstance(publisher, dict) else publisher
    published = meta(*_PUBLISHED_META) or _first(ld.get("datePublished")) or _first(ld.get("dateCreated")) \
        or _first(ld.get("uploadDate")) or _json_meta_date(tags) or _labelled_meta_date(tags)
    if not published:  # microdata on any element, then a marked-up publication time, then any <time>
        for selector, attr in (('[itemprop="datePublished"]', "datetime"), ('[itemprop="datePublished"]', "content"),
                               ("time[pubdate]", "datetime"), ("abbr.published", "title"), ("time.published", "datetime"),
                               ("[data-published]", "data-published"), ("[data-publish-date]", "data-publish-date"),
                               ("[data-published-at]", "data-published-at"), ("[data-date-published]", "data-date-published"),
                               ("[data-pubdate]", "data-pubdate"),
                               ("article time[datetime]", "datetime"), ("main time[datetime]", "datetime"),
                               ("time[datetime]", "datetime")):  # the article's own before a page header's
            node = tree.css_first(selector)
            published = node.attributes.get(attr) if node is not None else None
            if published:
                break
    if not published:  # <time>3 December 2024</time>
        node = tree.css_first("article time") or tree.css_first("time")
        text = node.text(strip=True) if node is not None else ""
        published = text if FULL_DATE.fullmatch(text) or _numeric(text) else None
    if not published:  # the article's header: <header><h1>...</h1><p>Friday 3 May 2024</p></header>
        heads = [h for h in tree.css("header") if h.css_first("h1") is not None or h.parent is not None
                 and h.parent.tag in {"article", "main"}]
        published = next((d for h in heads if (d := _header_date(h.text(separator="\n")))), None)
    modified = iso_date(_first(meta(*_MODIFIED_META) or ld.get("dateModified")))
    title_node = tree.css_first("title")
    published = iso_date(_first(published))
    return Metadata(published=published, date_source="meta" if published else None,
                    title=meta("og:title", "twitter:title") or ld.get("headline")
                    or (title_node.text(strip=True) if title_node else None),
                    url=meta("og:url") or _first(ld.get("url")) or _canonical(tree),
                    source=meta("og:site_name", "application-name") or (publisher if isinstance(publisher, str) else None)), \
        modified


# class names and ids of the element that prints a page's date ("article-date", "pubdate", "byline")
_DATE_CLASS = re.compile(r"date|time|publish|posted|byline|dateline|meta", re.I)
_DATA_DATES = ("data-timestamp", "data-time", "data-date", "data-datetime", "data-published-time", "data-created")


def printed_date(html: str) -> str | None:
    """A page's date that no meta tag gives and the article's text may not carry, weaker than a dateline:
    one marked by class or data attribute (:func:`_marked_date`), a labelled line anywhere on the page,
    its footer too ("Published 4 September 2024"), or a full date in its ``<title>``."""
    tree = LexborHTMLParser(html)
    found = _marked_date(tree)
    if not found:
        labelled = _LABELLED.finditer((tree.body or tree.root).text(separator="\n"))
        found = next((f.group(0) for m in labelled if (f := FULL_DATE.search(m.group("date")))), None)
    title = tree.css_first("title")
    if not found and title is not None:  # "<title>Radar deal - 04 Sep 2024 - Outlet</title>"
        date_in = FULL_DATE.search(title.text(strip=True))
        found = date_in.group(0) if date_in else None
    return iso_date(found) if found else None


def _marked_date(tree: LexborHTMLParser) -> str | None:
    """A date an element carries in a data attribute (``data-timestamp="1725444900"``), else the full
    date printed by the first element whose class or id names a date or byline (``<span
    class="article-date">``, ``<div id="byline">``), outside the article too (a page header or
    footer): an update's date only where no other is printed."""
    for attr in _DATA_DATES:
        node = tree.css_first(f"[{attr}]")
        value = (node.attributes.get(attr) or "").strip() if node is not None else ""
        if value and (re.fullmatch(r"\d{10}(\d{3})?", value) or re.match(r"(?:19|20)\d\d-\d\d-\d\d", value)):
            return value
    for node in tree.css("[class], [id]"):
        if node.tag in {"html", "body", "article", "main", "section", "script", "style"}:
            continue
        names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if not _DATE_CLASS.search(names) or len(node.text(strip=True)) > 200:
            continue
        found = _header_date(node.text(separator="\n"))
        if found:
            return found
    return None


# JSON-LD types of an article, preferred over other nodes of a page's graph (a WebPage, a breadcrumb list)
_ARTICLE_TYPES = {"newsarticle", "article", "reportage", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
                  "backgroundnewsarticle", "opinionnewsarticle", "report"}


def _json_ld(tree: LexborHTMLParser) -> dict[str, Any]:
    """The article node of a page's JSON-LD: lists, ``@graph`` arrays and nested nodes
    (``mainEntity``, ``mainEntityOfPage``) searched; a node with ``datePublished`` of an article type
    first, then any node with ``datePublished``, then one with a ``headline``."""
    nodes: list[dict] = []

    def walk(value: Any, depth: int = 0) -> None:
        if depth > 6:
            return
        if isinstance(value, list):
            for v in value:
                walk(v, depth + 1)
        elif isinstance(value, dict):
            nodes.append(value)
            for k, v in value.items():
                if k in {"@graph", "mainEntity", "mainEntityOfPage", "hasPart", "itemListElement", "item"}:
                    walk(v, depth + 1)

    for node in tree.css('script[type="application/ld+json"]'):
        raw = node.text() or "null"
        try:
            walk(json.loads(raw))
        except ValueError:
            try:  # CDATA or comment wrappers, trailing commas
                walk(json.loads(_LD_TRAILING.sub(r"\1", _LD_WRAPPERS.sub("", raw))))
            except ValueError:
                continue

    def kind(n: dict) -> set[str]:
        t = n.get("@type")
        return {str(x).lower() for x in (t if isinstance(t, list) else [t]) if x}

    dated = [n for n in nodes if n.get("datePublished") or n.get("dateCreated")]
    changed = [n for n in nodes if n.get("uploadDate") or n.get("dateModified")]  # a date of the last change only
    return next((n for n in dated if kind(n) & _ARTICLE_TYPES), None) or next(iter(dated), None) \
        or next((n for n in changed if kind(n) & _ARTICLE_TYPES), None) or next(iter(changed), None) \
        or next((n for n in nodes if n.get("headline")), {})


_LD_WRAPPERS = re.compile(r"(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>|<!--|-->")
_LD_TRAILING = re.compile(r",\s*([}\]])")


def _first(value: Any) -> Any:
    """A JSON-LD value that may be a list of values or a value object (``{"@value": ...}``): its first."""
    value = value[0] if isinstance(value, list) and value else value
    return value.get("@value") or value.get("@id") if isinstance(value, dict) else value


# keys of a publication date inside a meta tag that holds a JSON object (Parse.ly's ``parsely-page``)
_JSON_META_DATES = ("pub_date", "pubdate", "datePublished", "published", "publish_date", "date")


def _json_meta_date(tags: dict[str, str]) -> str | None:
    """A publication date a meta tag's JSON object names (``<meta name="parsely-page" content='{"pub_date": ...}'>``)."""
    for content in tags.values():
        if not content.startswith("{"):
            continue
        try:
            data = json.loads(content)
        except ValueError:
            continue
        if isinstance(data, dict) and (found := next((data[k] for k in _JSON_META_DATES if data.get(k)), None)):
            return str(found)
    return None


# a label naming the publication date in a label/value pair of meta tags (``twitter:label1`` "Published" with
# ``twitter:data1`` "3 May 2024"), not a label of the last change ("Updated") or of anything else ("Written by")
_DATE_LABEL = re.compile(r"^\W*(?:(?:first\s+)?published(?:\s+on)?|posted(?:\s+on)?|date(?:\s+published)?|publication\s+date)\W*$",
                         re.I)


def _labelled_meta_date(tags: dict[str, str]) -> str | None:
    """The date of a label/value pair of meta tags whose label names the publication (``twitter:label1``
    "Published", ``twitter:data1`` "14 March 2024"), if the value is a full date."""
    for key, label in tags.items():
        m = re.fullmatch(r"(.*)label(\d+)", key)
        value = tags.get(f"{m.group(1)}data{m.group(2)}", "") if m else ""
        if m and _DATE_LABEL.match(label) and (FULL_DATE.search(value) or _numeric(value.strip())):
            return value.strip()
    return None


def _canonical(tree: LexborHTMLParser) -> str | None:
    """The page's own address from ``<link rel="canonical">``, which may carry its date (``/2024/12/03/``)."""
    node = tree.css_first('link[rel="canonical"][href]')
    href = (node.attributes.get("href") or "").strip() if node is not None else ""
    return href or None


_FRONT = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_TOML_FRONT = re.compile(r"\A\ufeff?\+\+\+[ \t]*\n(.*?)\n\+\+\+[ \t]*(?:\n|\Z)", re.S)


def split_front_matter(text: str, path: str | Path = "<string>") -> tuple[Metadata, str]:
    """``(metadata, body)`` of a Markdown text with YAML front matter (``title``, ``date``, ``source``, ``url``)."""
    match = _FRONT.match(text)
    toml = _TOML_FRONT.match(text) if not match else None
    if toml:  # Hugo's "+++" block
        import tomllib
        try:
            data = tomllib.loads(toml.group(1))
        except tomllib.TOMLDecodeError as exc:
            raise InputError(path, f"front matter is not valid TOML ({exc})") from exc
        return (_from_mapping(data, "front_matter") if isinstance(data, dict) else Metadata()), text[toml.end():]
    if not match:
        return Metadata(), text
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        raise InputError(path, f"front matter is not valid YAML ({str(exc).splitlines()[0]})") from exc
    body = text[match.end():]
    return (_from_mapping(data, "front_matter") if isinstance(data, dict) else Metadata()), body


def _key(name: Any) -> str:
    """A mapping key without case and punctuation: ``publishedAt``, ``published_at`` -> ``publishedat``."""
    return re.sub(r"[^a-z0-9]", "", str(name).lower())


def _mapping_date(data: dict) -> str | None:
    """The publication date of a front matter or sidecar mapping: the strongest date key at its top,
    else in a nested block ("dates: {published: ...}", "meta: {date: ...}")."""
    keyed = {_key(k): v for k, v in data.items()}
    for k in _FRONT_DATES:
        value = keyed.get(k)
        value = value[0] if isinstance(value, list) and value else value  # "dates: [2024-09-04]"
        if value and not isinstance(value, bool | dict | list) and (isinstance(value, date) or re.search(r"\d{4}", str(value))) \
                and (d := iso_date(value)):  # a year or an epoch, not a bare clock time ("time: 10:15")
            return d
    for k in _FRONT_BLOCKS:
        if isinstance(keyed.get(k), dict) and (d := _mapping_date(keyed[k])):
            return d
    return None


def _from_mapping(data: dict, date_source: str) -> Metadata:
    lower = {str(k).lower(): v for k, v in data.items()}
    published = _mapping_date(data)
    source = next((lower[k] for k in ("source", "outlet", "publisher", "site", "site_name") if lower.get(k)), None)
    return Metadata(published=published, date_source=date_source if published else None,
                    title=_str(lower.get("title") or lower.get("headline")), url=_str(lower.get("url") or lower.get("link")),
                    source=_str(source))


def _str(value: Any) -> str | None:
    return str(value).strip() if value not in (None, "") else None


def sidecar(path: str | Path) -> Metadata:
    """``NAME.meta.json`` or ``NAME.meta.yaml``/``.yml`` beside the article ``NAME.ext``, if any."""
    path = Path(path)
    for suffix in (".meta.json", ".meta.yaml", ".meta.yml"):
        side = path.with_name(path.stem + suffix)
        if not side.is_file():
            continue
        try:
            raw = side.read_text(encoding="utf-8")
            data = json.loads(raw) if suffix == ".meta.json" else yaml.safe_load(raw)
        except (OSError, ValueError, yaml.YAMLError) as exc:
            raise InputError(side, f"sidecar metadata cannot be read ({str(exc).splitlines()[0]})") from exc
        if not isinstance(data, dict):
            raise InputError(side, "sidecar metadata must be a mapping of field: value")
        return _from_mapping(data, "sidecar")
    return Metadata()


# -- the text itself -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Layout:
    """Character spans of a text's headline and dateline (``None`` where there is none)."""

    headline: tuple[int, int] | None = None
    dateline: tuple[int, int] | None = None
    byline: tuple[int, int] | None = None


def layout(text: str) -> Layout:
    """Find the headline (a first line without final punctuation), a byline line and the dateline
    opening the first paragraph.

    >>> t = "Talks Stall\\nBy A. Writer | 3 May 2024\\nMINSK, May 3 (Wire) - Talks stalled."
    >>> lay = layout(t); t[slice(*lay.headline)], t[slice(*lay.dateline)]
    ('Talks Stall', 'MINSK, May 3 (Wire) - ')
    """
    headline = byline = dateline = None
    pos = 0
    lines = text.split("\n")
    offsets = []
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i < len(lines):
        first = lines[i].strip()
        if len(lines) > i + 1 and first and len(first) <= 200 \
                and (not first.endswith((".", "?", "!", ":", '"')) or _dateline_follows(lines, i)) \
                and not DATELINE.match(first) and not _only_date(first) \
                and not (re.match(r"^(?i:by)\s+[A-Z]", first) and FULL_DATE.search(first)):
            start = offsets[i] + lines[i].index(first)
            headline = (start, start + len(first))
            i += 1
    first_header = last_header = None
    for _ in range(6):  # short header lines after the headline: outlet, byline, date, deck
        while i < len(lines) and not lines[i].strip():
            i += 1
        if i >= len(lines):
            break
        found = DATELINE.match(lines[i])
        if found and _looks_like_dateline(found) and not _caps_header(lines[i], found):
            break
        line = lines[i].strip()
        if len(line) > 160 or (line.endswith(".") and (not FULL_DATE.search(line) or len(line.split()) > 10
                                                       or not (_HEADER_LABEL.match(line) or _only_date(line[:-1])))):
            break  # a short first sentence with a date ("Chile ordered six jets on 3 May 2024.") is prose
        if FULL_DATE.search(line) or re.match(r"^by\s+[A-Z]", line) or "|" in line or found and _caps_header(lines[i], found):
            start = offsets[i] + lines[i].index(line)
            first_header = first_header if first_header is not None else start
            last_header = start + len(line)
        i += 1
    if first_header is not None:
        byline = (first_header, last_header)
    while i < len(lines) and not lines[i].strip():
        i += 1
    match = DATELINE.match(lines[i]) if i < len(lines) else None
    if match is None and first_header is None:  # no header lines: the body starts after the headline
        i = (headline and text[:headline[1]].count("\n") + 1) or 0
        while i < len(lines) and not lines[i].strip():
            i += 1
        match = DATELINE.match(lines[i]) if i < len(lines) else None
    if not (match and _looks_like_dateline(match)) and i < len(lines) and len(lines[i]) <= 300:
        j = i + 1  # a standfirst between the headline and the dateline ("The deal is the navy's largest.")
        while j < len(lines) and not lines[j].strip():
            j += 1
        deck = DATELINE.match(lines[j]) if j < len(lines) else None
        if deck and deck.group("date") and _looks_like_dateline(deck) and (deck.group("source") or deck.group("wire")
                                                                          or deck.group("place").isupper()):
            i, match = j, deck
    if match and _looks_like_dateline(match):
        after = None if match.group("date") else _DATE_AFTER.match(lines[i], match.end())
        dateline = (offsets[i], offsets[i] + (after.end() if after else match.end()))
    return Layout(headline, dateline, byline)


def _dateline_follows(lines: list[str], i: int) -> bool:
    """Whether the line after line ``i`` (past blank lines) is a dated dateline ("KANO, July 22 (Wire) -"):
    then line ``i`` is the headline, whatever it ends with ("... ferry flight from U.S.", "Talks end.")."""
    j = i + 1
    while j < len(lines) and not lines[j].strip():
        j += 1
    found = DATELINE.match(lines[j]) if j < len(lines) and len(lines[i].split()) > 2 else None
    return bool(found and found.group("date") and _looks_like_dateline(found))


def _dateline_date(text: str, lay: Layout) -> tuple[re.Match | None, str | None]:
    """The dateline's match and the date it writes, before the outlet or after it."""
    match = DATELINE.match(text[lay.dateline[0]:]) if lay.dateline else None
    if match is None:
        return None, None
    after = None if match.group("date") else _DATE_AFTER.match(text, lay.dateline[0] + match.end())
    return match, match.group("date") or (after.group("date") if after else None) or _bracketed_date(match)


def _bracketed_date(match: re.Match) -> str | None:
    """A full date written in the dateline's brackets ("LIMA, Peru (March 3, 2024) -"), not an outlet."""
    inside = (match.group("source") or "").strip()
    return inside if inside and FULL_DATE.fullmatch(inside) else None


def _only_date(line: str) -> bool:
    """A line that is a date and nothing else ("Tuesday, 3 December 2024", "2024-12-03 09:15")."""
    found = FULL_DATE.search(line)
    rest = (line[:found.start()] + line[found.end():]) if found else line
    return bool(found) and not re.sub(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2}[:.]\d{2}|"
                                      r"\b(?:GMT|UTC|[AP]M)\b|[\s,|\-\u2013\u2014]", "", rest)


def _caps_header(line: str, match: re.Match) -> bool:
    """A capitalised header line shaped like a dateline ("PRESS RELEASE - MINISTRY OF DEFENCE"):
    nothing after the dash is written in lower case, and no date is given."""
    rest = line[match.end():].strip()
    return bool(rest) and not match.group("date") and not any(c.islower() for c in rest)


def _looks_like_dateline(match: re.Match) -> bool:
    place = match.group("place").strip()
    letters = [c for c in place if c.isalpha()]
    return bool(letters) and (all(c.isupper() for c in letters) or bool(match.group("date"))
                              or bool(match.group("source") or match.group("wire")) and match.group(0).rstrip()[-1] in "-:\u2013\u2014")


_KEY_LINE = re.compile(r"^\s*(?P<key>title|headline|date|dated|published|publication date|date published|pub\s?date|"
                       r"published[ _]?(?:at|on|date)|publish[ _]date|source|outlet|publisher|url|link)\s*:\s*"
                       r"(?P<value>\S.{0,200}?)\s*$", re.I | re.M)


def _key_lines(text: str) -> Metadata:
    """A block of ``Key: value`` lines opening the text ("Date: 2024-12-03", "Source: Steppe Wire")."""
    found: dict[str, str] = {}
    for line in text.lstrip().split("\n")[:8]:
        m = _KEY_LINE.match(line)
        if not m:
            if line.strip():
                break
            continue
        key = m.group("key").lower()
        key = "published" if key not in {"date", "dated"} and re.match(r"pub|date published|publication", key) else key
        found.setdefault({"dated": "date"}.get(key, key), m.group("value"))
    if not found:
        return Metadata()
    return _from_mapping(found, "text")


def from_text(text: str) -> Metadata:
    """Title, date and outlet read from the text: ``Key: value`` header lines, the headline, a dated
    header line, the dateline."""
    keyed, found = _key_lines(text), _from_layout(text)
    if not keyed.published:
        return found
    if found.title and _KEY_LINE.match(found.title):  # "Date: 2024-12-03" is no headline
        found = replace(found, title=None)
    return keyed.merged(found)


def _from_layout(text: str) -> Metadata:
    lay = layout(text)
    title = text[slice(*lay.headline)] if lay.headline else None
    if lay.byline:
        published = _header_date(text[slice(*lay.byline)])
        if published:
            return Metadata(published=published, title=title, date_source="dateline")
    tail = re.search(r"\s(?:(?:\||[-\u2013\u2014]{1,2})\s*(?P<date>[^|\u2013\u2014]+)|\((?P<bracketed>[^()]+)\))$", title or "")
    when = tail and (tail.group("date") or tail.group("bracketed"))
    if when and _only_date(when):  # "Radar deal | 03 Dec 2024": the date is not the title's
        title = title[:tail.start()].strip()
        published = _header_date(when)
        if published:
            return Metadata(published=published, title=title, date_source="dateline")
    if lay.dateline:
        match, raw = _dateline_date(text, lay)
        published = iso_date(raw) if raw else None
        if published and not re.search(r"\d{4}", raw):
            weekday = _WEEKDAY_WORD.search(text[slice(*lay.dateline)])  # "LIMA, Friday, May 3 (Wire) -"
            published = _with_year(published, text[lay.dateline[1]:], title or "",
                                   WEEKDAYS.index(weekday.group(0).lower()) if weekday else None)
        source = match.group("source") or match.group("wire") if match and not _bracketed_date(match) else None
        if published:
            return Metadata(published=published, title=title, source=source.strip() if source else None,
                            date_source="dateline")
        weekday = _WEEKDAY_WORD.search(text[slice(*lay.dateline)])
        return Metadata(title=title, source=source.strip() if source else None).merged(
            _lead_date(text, lay, WEEKDAYS.index(weekday.group(0).lower()) if weekday else None))
    placeless = _placeless_dateline(text, lay)
    if placeless:
        return replace(placeless, title=title)
    return Metadata(title=title).merged(_lead_date(text, lay))


# a dateline that gives the day and the outlet but no place: "March 4 (Reuters) -", "4 March 2024 (Wire) --"
_PLACELESS = re.compile(rf"^[*_]{{0,2}}(?P<date>{_DATE_WORDS})[*_]{{0,2}}\s*\((?P<source>[^()\n]{{2,60}})\)[*_]{{0,2}}"
                        r"\s*(?:--|[-\u2013\u2014:])\s*(?=[A-Z\"\u201c])")


def _placeless_dateline(text: str, lay: Layout) -> Metadata | None:
    """The date and outlet of a dateline that names no place, opening the body's first line."""
    start = max(x[1] for x in (lay.headline, lay.byline, (0, 0)) if x)
    body = text[start:].lstrip()
    m = _PLACELESS.match(body)
    published = iso_date(m.group("date")) if m else None
    if not published:
        return None
    if not re.search(r"\d{4}", m.group("date")):
        if len(published) < 10:
            return None
        published = _with_year(published, body[m.end():], text[slice(*lay.headline)] if lay.headline else "")
    return Metadata(published=published, source=m.group("source").strip(), date_source="dateline") if published else None


def _lead_date(text: str, lay: Layout, weekday: int | None = None) -> Metadata:
    """When the head gives no full date: a line anywhere that labels one as the publication's
    ("Published on 3 May 2024"); a full date anywhere on the weekday a dateline names ("KYIV,
    Tuesday -"); else a full date in the opening lines of the body, unless it falls on another day
    than the dateline's weekday."""
    for m in _LABELLED.finditer(text):
        labelled = FULL_DATE.search(m.group("date"))
        published = iso_date(labelled.group(0)) if labelled else None
        if published and len(published) == 10:
            return Metadata(published=published, date_source="dateline")
    if weekday is not None:
        for m in FULL_DATE.finditer(text):
            published = iso_date(m.group(0))
            if published and len(published) == 10 and date.fromisoformat(published).weekday() == weekday:
                return Metadata(published=published, date_source="dateline")
    start = max(x[1] for x in (lay.headline, lay.byline, lay.dateline, (0, 0)) if x)
    found = FULL_DATE.search(text[start:start + 300])
    published = iso_date(found.group(0)) if found else None
    if published and weekday is not None and len(published) == 10 \
            and date.fromisoformat(published).weekday() != weekday:
        published = None
    return Metadata(published=published, date_source="text" if published else None)


def _header_date(header: str) -> str | None:
    """The publication date of the header lines: the first date not labelled as an update
    ("Published 12 March 2024 | Updated 13 March 2024"), else the update's."""
    found = sorted(FULL_DATE.finditer(header), key=lambda m: bool(_UPDATED.search(header[max(0, m.start() - 24):m.start()])))
    for m in found:
        published = iso_date(m.group(0))
        if published:
            return published
    return None


_NOT_NOW = re.compile(r"\b(?:by|until|till|through|to|from|before|after|since|end of|-|\u2013)\s*$", re.I)


_AHEAD = re.compile(r"\b(?:by|due(?:\s+(?:in|by))?|end\s+of|expected\s+in|scheduled\s+for|planned\s+for)\s*$", re.I)
# words that put a year ahead of its sentence: a plan, a schedule, a hope, a possibility ("hoped to sign before
# the offers lapse in March 2022", "deliveries could begin in 2025" tell of no past year)
_FUTURE_WORDS = re.compile(r"\b(?:will|would|could|might|(?-i:may)|shall|due|expected|plans?|planned|scheduled?|intends?|aims?|next|calls?\s+for|"
                           r"targets?|to\s+be|(?:is|are)\s+to|coming|hop(?:e|es|ed|ing)|wants?|seeks?|seeking|should|expects?|expecting|"
                           r"anticipates?)\b", re.I)
# a year that bounds a span or names a period ahead: "from 2019", "2022-", "between 2022 and 2026", "targets for 2025",
# "over 2026 and 2027", "until 2030", "withdraw before 2014"
_SPAN_WORDS = re.compile(r"\b(?:to|from|for|over|until|till|through|before|beyond|into)\s*$|[-\u2013]\s*$"
                         r"|\bbetween\s+(?:19|20)\d\d\s+and\s+$|\b(?:over|for)\s+(?:19|20)\d\d\s+and\s+$", re.I)


_AT_END = re.compile(r"\b(?:at|in|towards?)\s+the\s+(?:very\s+)?end\s+of\s*$", re.I)
_SAID_ON = re.compile(r"\b(?:said|told|announced|confirmed|reported|stated)\s+(?:\w+\s+)?on\s+(" + "|".join(WEEKDAYS) + r")\b")


def _year_bounds(body: str, this_year: int, day_of: tuple[int, int] | None = None) -> tuple[int, int, dict[int, int]]:
    """The years a yearless dateline can fall in: not before a year the text tells of without a word
    of the future near it ("in 2021 the talks stalled"), nor, for the dateline's (month, day)
    ``day_of``, before the year after one told with a later day of the year (a story dated 15 July
    that tells of "December 2024" as past was written in 2025 or later); not after a deadline it sets
    ("by the end of 2026", "due in 2028"); and how often each year told of is named.

    >>> _year_bounds("Talks stalled in 2021. Deliveries are due in 2028.", 2030)
    (2021, 2028, {2021: 1})
    >>> _year_bounds("The deal was signed in December 2021.", 2030, (7, 15))[0]
    2022
    >>> _year_bounds("The jets were all delivered by 2022.", 2030)[1], _year_bounds("They should all be delivered by 2027.", 2030)[1]
    (2030, 2027)
    """
    low, high, told = 0, this_year, {}
    for m in _YEAR.finditer(body):
        year, before = int(m.group(1)), body[max(0, m.start() - 120):m.start()]
        # (a time, not a deadline: "a contract signed at the end of 2023", "in the end of 2021")
        if _AHEAD.search(before[-20:]) and not _AT_END.search(before[-30:]):
            # a deadline of a plan ("to be delivered by 2028"), not a thing done by then ("all delivered by 2022", "had
            # climbed to 13 per cent by the end of 2022") nor a plan undone ("first planned for 2023, was postponed")
            sentence = re.split(r"[!?\n]|\.(?!\d)", before)[-1]  # (not "13.6 per cent")
            done = _DONE_BY.search(before[-40:]) or re.search(r"\b(?:had|has|have)\s+(?:\w+\s+)?\w+(?:ed|en|t)\b",
                                                             _OWN_CLAUSE.split(sentence)[-1], re.I)
            if (not done or _FUTURE_WORDS.search(sentence)) and not _plan_undone(body[m.end():m.end() + 60]):
                high = min(high, year) if year >= low else high
        elif (_SINCE.search(before[-12:]) or _SINCE_MONTH.search(before[-40:])) and year < this_year:
            low = max(low, year + 1)  # "a member since 2004": a state that has lasted, told a year or more on
        elif year <= this_year and not _ahead_in_sentence(re.split(r"[.!?\n]", before)[-1]) \
                and not _SPAN_WORDS.search(before) and not _told_ahead(body[m.end():m.end() + 160]):
            # "in December 2024" dated July; "Exercise Lion 2024, held near Gulu in November" dated January
            later = day_of is not None and max(_told_day(before) or (0, 0), _month_of_sentence(body, m)) > day_of
            low, told[year] = max(low, year + later), told.get(year, 0) + 1
    return (low, high, told) if low <= high else (0, this_year, told)


# where a year's own clause opens in its sentence: "..., the first of which arrived in 2019", "... and deliveries began in"
_OWN_CLAUSE = re.compile(r",|;|:|\s[\u2014\u2013]\s|\b(?:which|who|whom|whose|when|where|and|but|while|whereas)\b", re.I)


def _ahead_in_sentence(before: str) -> bool:
    """Whether the sentence before a year (``before``) tells it as a time to come: a word of the future in it, unless
    the year's own clause tells the past ("the navy will get six frigates, the first of which arrived in 2019": a
    past year; "will be delivered from 2027" is not).

    >>> _ahead_in_sentence("The navy will get six frigates, the first of which arrived in ")
    False
    >>> _ahead_in_sentence("The navy will get six frigates, the first in "), _ahead_in_sentence("It should arrive in ")
    (True, True)
    """
    if not _FUTURE_WORDS.search(before):
        return False
    own = _OWN_CLAUSE.split(before)[-1]
    return bool(_FUTURE_WORDS.search(own)) or not re.search(r"\b(?:was|were|had|did|\w+ed)\b", own, re.I)


def _plan_undone(after: str) -> bool:
    """Whether the words right after a plan's year undo it (``cues.yaml`` ``time.plan_undone_verbs``).

    >>> _plan_undone(", was postponed after the election."), _plan_undone(" but slipped."), _plan_undone(", the minister said.")
    (True, True, False)
    """
    from ..relations.lexicon import cues

    verbs = "|".join(r"\s+".join(map(re.escape, v.split())) for v in cues()["time"]["plan_undone_verbs"])
    return bool(re.match(rf"\s*,?\s*(?:(?:but|and|then)\s+)?(?:(?:was|were|has|have|had)\s+(?:been\s+)?)?(?:{verbs})\b",
                         after, re.I))


# the first verb after a year that tells its tense: a word of the future ("in 2027 the fleet will grow", "in 2026,
# deliveries are expected") before any of the past ("in 2023 the ministry signed a deal that will ...")
_TENSE_AFTER = re.compile(rf"(?P<future>{_FUTURE_WORDS.pattern})|\b(?:was|were|had|did|\w+ed)\b", re.I)


def _told_ahead(after: str) -> bool:
    """True when the rest of a year's clause tells it as a time to come: its first word of tense is one of
    the future (a year read as told in the past bounds the dateline from below; a plan's year does not).

    >>> _told_ahead(" the navy will take two more."), _told_ahead(", deliveries are expected to begin.")
    (True, True)
    >>> _told_ahead(" the ministry signed a deal that will run to 2030."), _told_ahead(" talks stalled.")
    (False, False)
    >>> _told_ahead(", and the first should be handed over in 2030.")  # another clause's tense
    False
    """
    clause = re.split(r"[.!?;:\n]|,\s*(?:and|but|while|whereas|although|though)\b|,\s*(?=\w+\s+(?:said|says)\b)",
                      after)[0]
    m = _TENSE_AFTER.search(clause)
    return bool(m and m.group("future"))


# a month without a year of its own, told as a time ("held in November", "ended on November 20", "on 3 March")
_YEARLESS_MONTH = re.compile(rf"\b(?:in|on|during|(?:early|late|mid)-?)\s+(?:(?:early|late|mid)-?\s*)?"
                             rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<month>(?-i:{_MONTHS.title()}))\.?"
                             rf"(?:\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?(?!\w|,?\s+\d{{4}}|\s+\d)", re.I)


def _month_of_sentence(body: str, m: re.Match) -> tuple[int, int]:
    """The latest (month, day) the sentence of a year tells as past without a year of its own, after the
    year or before it ("In November the armies held Lion 2024", "Lion Strike 2024, which the armies held in November", "the 2024 drill ended on November 20":
    that year's November; not "... will be held in November" nor "... closes on November 20", a schedule: a verb
    of the past, ``cues.yaml`` ``time.past_forms`` or one in -ed, comes before the month in its clause), else (0, 0).

    >>> text = "Exercise Lion 2024, which the two armies held near Gulu in November, went well. Talks follow."
    >>> _month_of_sentence(text, re.search("2024", text))
    (11, 1)
    >>> text = "Exercise Lion 2024 will be held in November."
    >>> _month_of_sentence(text, re.search("2024", text))
    (0, 0)
    >>> text = "Lion 2024 opened on Monday and closes on November 20."
    >>> _month_of_sentence(text, re.search("2024", text))
    (0, 0)
    >>> text = "Talks went on. In late October, the armies held Lion 2024 near Gulu."
    >>> _month_of_sentence(text, re.search("2024", text))
    (10, 1)
    """
    from ..relations.lexicon import cues

    past = set(cues()["time"]["past_forms"])

    def told_past(clause: str) -> bool:
        return any(w.endswith("ed") or w in past for w in re.findall(r"[a-z]+", clause.lower()))

    def month_day(month: re.Match) -> tuple[int, int]:
        day = int(month.group("d1") or month.group("d2") or 1)
        return MONTH_ABBREVIATIONS.index(month.group("month").lower()[:3]) + 1, day if day <= 31 else 1

    after = re.split(r"[.!?;\n]", body[m.end():m.end() + 200])[0]
    before = re.split(r"[.!?;\n]", body[max(0, m.start() - 200):m.start()])[-1]
    found = (0, 0)
    # the clause the year stands in, from before it: "Uganda and Kenya held Lion 2024 near Gulu in November" tells
    # its past before the year
    opening = re.split(r",|\b(?:but|while|whereas)\b", before)[-1]
    for month in _YEARLESS_MONTH.finditer(after):
        parts = re.split(r",|\b(?:and|but|while|whereas)\b", after[:month.start()])
        told = parts[-1]  # the month's own clause
        if _FUTURE_WORDS.search(after[:month.end()]):
            break
        # (no clause break between the year and the month, and no past after the year: the clause's verb may stand
        # before the year)
        if not told_past(told) and not (len(parts) == 1 and not _FUTURE_WORDS.search(opening)
                                        and told_past(opening)):
            break
        found = max(found, month_day(month))
    # "In November the two armies held Lion 2024": a year in a name only ("announced on August 24 that ... from
    # the first day of 2024" tells two times)
    if re.search(r"\b[A-Z]\w*[\s-]$", before) and not _FUTURE_WORDS.search(before + after):
        for month in _YEARLESS_MONTH.finditer(before):  # (not "in December 2024": the year's own month, read above)
            if told_past(before[month.end():]):
                found = max(found, month_day(month))
    return found


_SINCE = re.compile(r"\bsince\s+$", re.I)
# a past participle of delivery or completion right before "by": "all delivered by 2022", "completed by 2019"
_DONE_BY = re.compile(r"\b(?:all|were|was|had\s+been|been|already)\s+(?:\w+\s+)?\w+(?:ed|en|t)\s+by\s+$", re.I)
# "since June 2024", "since 7 October 2023": a state that has lasted from a month, told a year or more on too
_SINCE_MONTH = re.compile(rf"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?i:{_MONTHS})\.?"
                          rf"\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?$", re.I)
# the month (and day) written right before a year: "in December 2024", "on 3 March 2023", "on March 3, 2023"
_MONTH_BEFORE = re.compile(rf"(?:\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?\b(?P<month>(?i:{_MONTHS}))\.?"
                           rf"(?:\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?)?\s+$")


def _told_day(before: str) -> tuple[int, int] | None:
    """(month, day) written right before a year ("in December" -> (12, 1)), or None.

    >>> _told_day("signed in late December "), _told_day("signed on March 3, "), _told_day("in ")
    ((12, 1), (3, 3), None)
    """
    m = _MONTH_BEFORE.search(before[-24:])
    if not m:
        return None
    day = int(m.group("d1") or m.group("d2") or 1)
    return MONTH_ABBREVIATIONS.index(m.group("month").lower()[:3]) + 1, day if day <= 31 else 1
# a year told as a past time of its own ("arrived in 2022", "cleared in September 2023"), not a thing's ("the 2023 summit")
_IN_YEAR = re.compile(rf"\bin\s+(?:(?:early|late|mid-?)\s*)?(?:(?i:{_MONTHS})\.?\s+)?$", re.I)


def _looked_back(body: str, year: int) -> int:
    """1 when the text tells of ``year`` as a time of its own ("arrived in 2022": the story looks back on
    it), 0 when only as a thing's ("the 2023 summit of the bloc": the news's own)."""
    return int(any(_IN_YEAR.search(body[max(0, m.start() - 24):m.start()])
                   for m in re.finditer(rf"\b{year}\b", body)))
# what opens a title set before its holder's name as a current one: an owner or a determiner ("Japan's
# foreign minister, Yoko Kamikawa", "the army chief, Ana Roe"), not a word of its end ("the ousted president, X")
_TITLE_OWNER = re.compile(r"(?:(?:'s|\u2019s)|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w-]*))\s+$")
_HOLDER_BEFORE = re.compile(r"\b(?:former|late|ex|then|future|incoming|outgoing|next)[\s-]*$", re.I)


_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def _surname(name: str) -> str:
    """A person's last name, not a generational suffix ("Ferdinand Marcos Jr." -> "Marcos").

    >>> _surname("Ferdinand Marcos Jr."), _surname("Anthony Albanese")
    ('Marcos', 'Albanese')
    """
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(",") in _SUFFIXES:
        words = words[:-1]
    return words[-1]


def _dated_sentence(body: str, m: re.Match) -> bool:
    """Whether the sentence around a match names a year, not as a span's end ("since 2001"): a title there is the
    one held then ("Chancellor Ana Roe announced the shield in 2022"), which says nothing of the writing.

    >>> _dated_sentence("Talks went on. President Roe came in 2019. He left.", re.search("Roe", "Talks went on. President Roe came in 2019. He left."))
    True
    """
    start = max(body.rfind(c, 0, m.start()) for c in ".!?\n") + 1
    ends = [i for c in ".!?\n" if (i := body.find(c, m.end())) >= 0]
    sentence = body[start:min(ends, default=len(body))]
    return any(not _NOT_NOW.search(sentence[max(0, y.start() - 12):y.start()]) for y in _YEAR.finditer(sentence))


def _in_office(body: str, month: int, day: int):
    """How many of the office holders the text names by title and name ("President Donald Trump",
    "acting President Mohammad Mokhber", either of "Presidents Ana Roe and Ben Doe") held that office on the dateline's day of a candidate year
    (``data/people.csv``), less those it names as former holders ("former President X": out of office at the
    writing) that held it then; a title named with "former" or "then", or in a sentence that names a year
    (:func:`_dated_sentence`), proves nothing, nor one an apposition ranks among the office's holders
    ("Ana Roe, the country's first defence chief")."""
    from ..reference.offices import load_offices

    terms: dict[str, list] = {}
    former: dict[str, list] = {}
    for office in (o for terms_ in load_offices().by_person.values() for o in terms_):
        if not office.title or _surname(office.name) not in body:
            continue
        names = {re.escape(office.name), re.escape(_surname(office.name))}
        title = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", office.title))  # "Secretary General"
        # "President X", or one of two holders a plural title names: "Presidents A and X", "Presidents X and B"
        named = f"(?:{'|'.join(names)})"
        other = r"(?:[A-Z][\w'\u2019.-]*\s+){0,3}?[A-Z][\w'\u2019.-]*"
        for m in re.finditer(rf"\b(?i:{title})(?:\s+{named}(?!\w)|s\s+(?:{other}\s+and\s+)?{named}(?!\w)(?!\s+and\b)"
                             rf"|s\s+{named}\s+and\s+{other}\b)", body):
            if not _HOLDER_BEFORE.search(body[max(0, m.start() - 12):m.start()]) and not _dated_sentence(body, m):
                terms.setdefault(f"{office.title}|{office.name}", []).append(office)
                break
        else:  # the title in an apposition: "Hanno Pevkur, Estonia's defence minister," / "Roe, the army chief"
            appos = re.search(rf"\b{re.escape(office.name)}\s*,\s+(?:the\s+|an?\s+)?(?:{other}(?:'s|\u2019s)\s+)?"
                              rf"(?:(?!former\b|then\b|ex\b|late\b|future\b|incoming\b|outgoing\b|next\b|first\b|previous\b|last\b)"
                              rf"[\w-]+\s+){{0,2}}?"
                              rf"(?i:{title})\b", body)
            # ... or before it: "Japan's foreign minister, Yoko Kamikawa," / "the army chief, Ana Roe"
            ahead = next((m for m in re.finditer(rf"\b(?i:{title}),\s+{re.escape(office.name)}(?!\w)", body)
                          if _TITLE_OWNER.search(body[max(0, m.start() - 24):m.start()])), None)
            if (appos and not _dated_sentence(body, appos)) or (ahead and not _dated_sentence(body, ahead)):
                terms.setdefault(f"{office.title}|{office.name}", []).append(office)
        # "former President X", "ex-premier X": out of that office at the writing
        if re.search(rf"\b(?i:former|ex)[\s-]+(?:[A-Z][\w'\u2019.-]*\s+){{0,2}}?(?i:{title})\s+{named}(?!\w)", body):
            former.setdefault(f"{office.title}|{office.name}", []).append(office)

    def held(year: int) -> int:
        try:
            day_of = date(year, month, day).isoformat()
        except ValueError:
            return 0
        return sum(any(o.holds_on(day_of) for o in offices) for offices in terms.values()) \
            - sum(any(o.holds_on(day_of) for o in offices) for key, offices in former.items() if key not in terms)

    return held


def _day_before(lead: str, start: int, name: str) -> bool:
    """Whether the weekday ``name`` a lead (lower case) first names at ``start`` is the day before its writing: told
    late in that day ("late on Thursday", "Thursday night": ``cues.yaml`` ``time.late_day_words``) or first named
    after the opening sentence (a story that opens on its topic, not on the day's news).

    >>> _day_before("the ship sank late on thursday, officials said.", 22, "thursday")
    True
    >>> _day_before("the ship sank on thursday, officials said.", 17, "thursday")
    False
    >>> _day_before("the navy has a new flagship. it arrived on thursday.", 43, "thursday")
    True
    """
    from ..relations.lexicon import cues

    late = alternation(cues()["time"]["late_day_words"])
    if re.search(rf"\b(?:{late})\b", lead[max(0, start - 25):start + len(name) + 10]):
        return True
    return start >= _opening_end(lead)


# the abbreviations a full stop may close inside a sentence ("U.S. President", "Gen. Roe", "Co. Ltd.")
_ABBREVIATION = re.compile(r"(?:\b[A-Za-z]|\b(?i:mr|mrs|ms|dr|gen|lt|col|maj|capt|adm|brig|sgt|st|no|jr|sr|rep|sen|gov|"
                           r"prof|co|corp|inc|ltd|vs|approx|est))\.$")


def _opening_end(text: str) -> int:
    """Where a text's opening sentence ends: at the first full stop, question or exclamation mark before
    a space that closes no abbreviation ("U.S.", "Gen.").

    >>> _opening_end("a ceasefire announced by u.s. president ana roe held. it broke on tuesday.")
    53
    """
    for m in re.finditer(r"[.!?](?=\s)", text):
        if m.group(0) != "." or not _ABBREVIATION.search(text[max(0, m.start() - 8):m.end()]):
            return m.end()
    return len(text)


def _feature_headline(headline: str) -> bool:
    """Whether a headline labels its piece as one that explains the news after it (``cues.yaml``
    ``time.feature_labels``: "Q&A: ...", "Explainer: ...", "... the summit explained") or asks a question.

    >>> _feature_headline("Q&A: What the new pact means"), _feature_headline("Navy takes its first frigate")
    (True, False)
    """
    from ..relations.lexicon import cues

    labels = alternation(cues()["time"]["feature_labels"])
    return bool(re.search(rf"(?<!\w)(?:{labels})(?!\w)", headline, re.I) or headline.rstrip().endswith("?"))


def _with_year(iso: str, body: str, headline: str = "", weekday: int | None = None) -> str | None:
    """A dateline's month and day ("Nov. 23") with the year it omits (:func:`_stepwise_year`). A
    second opinion scoring every candidate year on all the evidence at once was tried in the eighth
    session and left out: it flipped a held-out article's year (and every relative date with it).
    Session 25 added steps, each a reader's clue, to the stepwise order instead (tools/year_inference.py
    over tune .. fresh20: 237 -> 266 of 352; fresh21 11 -> 13 of 16). Session 26 found the weekday step
    the one that errs (79 of its 301 decisions over tune .. fresh21, 48 of them a year early: the dateline
    put on the weekday itself when the story was written the day after) and ranks the day after first
    for a lead that names its weekday late in the day, after its opening sentence, or under a headline
    that labels an explainer (:func:`_day_before`, :func:`_feature_headline`): 279 -> 293 of 368;
    fresh22 13 -> 15 of 16 (15 scored blind; its one miss is a weekday in the opening sentence, after 0).
    Session 27 reads a weekday written with its date ("Thursday, September 1": those years only) and skips a
    weekday told as a coming day ("will sign on Friday", "runs until Sunday") for the next one told as done
    (:mod:`.weekday_evidence`): 309 -> 313 of 384 over tune .. fresh22. Session 33 reads dated spells of the
    reference data (``dated_spells.csv``: a world expo held a year after the one it is named for, a blockade lifted)
    told under way, ended or as the news's venue, a catalogued event told by its first month alone, holders named
    as former, and tightens the bounds (periods "over/until 2027", "at the end of 2023", a plan undone, a past verb in
    the year's own clause): 402 -> 409 of 496 over tune .. fresh29. Session 41 counts a span ending at the writing
    from any year the text names where the weekday fits it.
    (A second rule, a story whose latest past year lies more than a decade back dated to the latest year its
    weekday fits, mended 12 dev articles but re-dated a blind article a cycle late: not kept.)"""
    return _stepwise_year(iso, body, headline, weekday)


def _days_after(year: int, month: int, day: int, weekday: int) -> int:
    """How many days the month and day of ``year`` fall after the weekday named (7: no such day)."""
    try:
        return (date(year, month, day).weekday() - weekday) % 7
    except ValueError:
        return 7


def _full_dates(body: str) -> list[tuple[int, str]]:
    """(offset, ISO day) of the full dates a text gives, not those after "by", "until", "from" ..."""
    return [(m.start(), d) for m in FULL_DATE.finditer(body)
            if not _NOT_NOW.search(body[max(0, m.start() - 12):m.start()]) and (d := iso_date(m.group(0)))
            and len(d) >= 10]


def _same_day(iso: str, body: str) -> str | None:
    """A full date the text gives on the dateline's month and day ("the 3 September 2024 deal"), not one a term
    began on (:data:`_BEGAN_ON`)."""
    month, day = int(iso[5:7]), int(iso[8:10]) if len(iso) >= 10 else 1
    return next((d for start, d in _full_dates(body) if (int(d[5:7]), int(d[8:10])) == (month, day)
                 and not _BEGAN_ON.search(body[max(0, start - 24):start])), None)


# a full date a term or a span began on, which the dateline's day keeps as its anniversary ("a tenure that began
# on September 30, 2021", dated 30 September three years on)
_BEGAN_ON = re.compile(r"\b(?:began|begun|begins|started|starts|commenced)\s+(?:on\s+)?$", re.I)


# a year that ends a name in a headline: "Zapad-2025", "IDEX 2025:", "Balikatan 2024 closes"; not after a
# preposition ("Under 2021 Airbus Contract", "Since 2019") nor before another capitalised word, which a
# headline in title case makes of any noun ("Morocco's 2019 Helicopter Order")
_EDITION = re.compile(r"\b(?!(?:In|By|Since|Until|Till|From|Before|After|Of|For|To|On|At|And|Or|Through|During|Around|"
                      r"About|Under|Over|Than|Vision|Agenda|Strategy|Plan|Horizon|Target|Goal)\b)[A-Z][\w]*(?:-|\s)"
                      r"((?:19|20)\d\d)\b(?![-\u2013/]\d)(?!\s+[A-Z])")


def _edition_year(headline: str) -> int | None:
    """The year a headline's named edition of an event carries ("Putin visits Zapad-2025 ..."), or None."""
    found = {int(m.group(1)) for m in _EDITION.finditer(headline)}
    return found.pop() if len(found) == 1 else None


def _kept_from(year: int, body: str, month: int) -> int:
    """The year of a story that gives a full date on its own month and day: that date's year, unless
    the story keeps its anniversary ("the 79th anniversary parade ... the founding on October 5,
    1945": 1945 + 79), the one count that lands no later than :func:`~.year_evidence.horizon` (of
    several, the one the other evidence agrees on)."""
    kept = {year + n for n in anniversary_counts(body) if year + n <= horizon()}
    if len(kept) == 1:
        return kept.pop()
    agreed = agreed_year(body, month)
    return agreed if agreed in kept else year


def _stepwise_year(iso: str, body: str, headline: str = "", weekday: int | None = None) -> str | None:
    """The year :func:`year_and_step` infers for a yearless dateline."""
    return year_and_step(iso, body, headline, weekday)[0]


def _step(name: str, iso: str | None) -> tuple[str | None, str]:
    return iso, name


def year_and_step(iso: str, body: str, headline: str = "", weekday: int | None = None) -> tuple[str | None, str]:
    """A dateline's month and day ("Nov. 23") with the year it omits. A term the reference data begins
    on the dateline's day or a few days before, for a holder the headline or first sentence has take
    office (:func:`~.year_evidence.term_begun`: "Hegseth sworn in"), names its year; then a full date
    the text gives for the dateline's day ("the 3 September 2024 deal"), or the year of its
    anniversary the text keeps ("the 79th anniversary ... founded on October 5, 1945": :func:`_kept_from`);
    then a headline's named edition ("Balikatan 2024 ends ..."); then a year the text
    ties to the writing (:func:`~.year_evidence.agreed_year`: "last year, when ... in May 2025", "the
    80th anniversary of the victory"), unless the weekday named falls more than a day before it or a weekday
    written with its date falls on it in another year. A weekday the lead
    names ("on Wednesday", or the day its first sentence reports the news on: "said on Monday"; not one told as a
    coming day, "will sign on Friday", which puts the dateline one to six days before it; the day after it
    first when the lead tells it late in the day or after its opening sentence, or the headline labels an
    explainer: :func:`_day_before`) ranks the
    years between those the text tells of in the past and the deadlines it sets (:func:`_year_bounds`), no
    earlier than a catalogued event it names began (:func:`~.year_evidence.begun_by`: "since Russia's
    invasion of Ukraine") and after a month it tells of as past later in the year than the dateline
    ("in December 2024" in a story of 31 July: 2025 on), in which a weekday written with its date falls on that
    date ("Thursday, September 1": :func:`~.weekday_evidence.dated_years`), up to the latest year the reference data knows
    (:func:`~.year_evidence.horizon`, never the clock): first by how many of the office holders
    it names by title held office on that day (:func:`_in_office`), then by how many days the
    dateline falls after that weekday (the day itself or the day after: a year a span ending at
    the writing gives, :func:`~.year_evidence.span_ends`: "after 53 years" from "1968", counted from any year
    the text names), then by nearness to the story's usual year. Otherwise a lead
    that speaks of "next year" and names a year is written the year before it; the nearest full
    date of the lead paragraph dates the story (its year, or the next one for a dateline earlier in
    the year); else the year after the latest the text tells of as past ("cleared the money in
    September 2023"), no later than a deadline it sets ("by 2030"); with no such year, the year named
    most often outside ranges and deadlines ("since 2019"); either gives way to the one year a span
    ending at the writing gives ("ending 65 years of presence" from "independence in 1960")."""
    month, day = int(iso[5:7]), int(iso[8:10]) if len(iso) >= 10 else 1
    full = _full_dates(body)
    opening_sentence = re.split(r"(?<=[.!?])\s", body[:700], maxsplit=1)[0]
    begun_term = term_begun(f"{headline}\n{opening_sentence}", month, day)
    if begun_term:  # "Hegseth sworn in", his term begun that day (a predecessor's "1 October 2014" is no clue)
        return _step("term", f"{begun_term}{iso[4:]}")
    same = _same_day(iso, body)
    if same:
        return _step("same_day", f"{_kept_from(int(same[:4]), body, month)}{iso[4:]}")
    edition = _edition_year(headline)  # "Balikatan 2024 ends ...", "Singapore Airshow 2026: ..."
    if edition and edition <= horizon():
        return _step("edition", f"{edition}{iso[4:]}")
    lead = body[:700].lower()
    mentions = sorted((m.start(), i) for i, d in enumerate(WEEKDAYS) for m in re.finditer(rf"\b{d}\b", lead))
    # the first weekday of the lead not told as a coming day ("will meet on Tuesday") is the story's day
    first = next((w for w in mentions if not coming_day(lead, w[0])), None)
    coming = mentions[0][1] if mentions and first is None and weekday is None else None
    named = {first[1]} if first else set()
    named = {weekday} if weekday is not None else named  # ... unless the dateline names the day itself
    told = agreed_year(body, month)  # "last year, when ... in May 2025", "the 80th anniversary of the victory"
    # ... unless a weekday the text writes with its date ("Thursday, September 1") falls on it in another year
    dated_off = told and len(iso) >= 10 and dated_weekdays(body) and not dated_years(body, month, day, range(told, told + 1))
    if told and not dated_off and (not named or len(iso) < 10 or _days_after(told, month, day, min(named)) <= 1):
        return _step("agreed", f"{told}{iso[4:]}")
    paragraph = body.find("\n\n")
    near = [d for start, d in full if start < min(700, paragraph if paragraph > 0 else 700)]
    nearest = None
    if near:
        y, m_d = int(near[0][:4]), (int(near[0][5:7]), int(near[0][8:10]))
        nearest = y if m_d <= (month, day) else y + 1
    counts: dict[int, int] = {}
    for m in _YEAR.finditer(body):
        if not _NOT_NOW.search(body[max(0, m.start() - 12):m.start()]):
            counts[int(m.group(1))] = counts.get(int(m.group(1)), 0) + 1
    mentioned = {int(y) for y in _YEAR.findall(body)} or {int(y) for y in _YEAR.findall(headline)}
    if (named or coming is not None) and len(iso) >= 10:
        this_year = horizon()
        low, high, told = _year_bounds(body, this_year, (month, day))
        # the story is no older than a year before the first it names, unless it names only plans and
        # deadlines ("the first tanks should arrive in 2026"): those may lie years ahead of it
        lo_year = min(mentioned) - 1 if told else min(mentioned, default=this_year) - 10
        usual = nearest or max(told, key=lambda y: (told[y], y), default=None) \
            or max(counts, key=lambda y: (counts[y], y), default=max(mentioned, default=this_year))
        # the lead's first sentence may tell the news's day and, later, the day it was reported ("fired on
        # Friday ..., and both governments said on Monday"): the dateline falls nearest either
        first_sentence = re.split(r"(?<=[.!?])\s", lead, maxsplit=1)[0]
        reported = named | {WEEKDAYS.index(m.group(1)) for m in _SAID_ON.finditer(first_sentence)} \
            if weekday is None and named else named
        fits = []
        # a weekday of the news told late in its day, or first named after the opening sentence, is the day before
        # the writing: the dateline falls on the day after it first, then on the day itself
        later = weekday is None and first is not None and (_day_before(lead, first[0], WEEKDAYS[first[1]])
                                                           or _feature_headline(headline))
        begun = begun_by(body) or ""  # "since Russia's invasion of Ukraine": written after 2022-02-24
        # "signed at the Korea pavilion of Expo 2020 Dubai": written while the spell ran (its last day's year at most)
        until = running_until(body)
        years = range(max(lo_year, low), min(high, this_year, int(until[:4]) if until else this_year) + 1)
        for year in years:
            if coming is not None:  # a coming day ("will sign on Friday") lies one to six days after the writing
                ahead = days_ahead(year, month, day, coming)
                after = 0 if 1 <= ahead <= 6 else 7 if ahead == 0 else 2
            else:
                after = min(_days_after(year, month, day, w) for w in reported)
            if after < 7 and f"{year:04d}-{month:02d}-{day:02d}" >= begun:  # 7: no such day that year (29 February)
                fits.append((after, -abs(year - usual), counts.get(year, 0), year, 1 - after if later and after < 2 else after))
        # "on Thursday, September 1": a weekday written with its date holds in those years only
        dated = dated_years(body, month, day, years)
        fits = [f for f in fits if f[3] in dated] or fits
        if fits:
            held = _in_office(body, month, day)
            edition = _edition_year(headline)  # "Zapad-2025", "IDEX 2025:": a report the day after the weekday fits too
            # "retires the Transall after 53 years" with "1968": a span ending at the writing, counted from a year
            # the text names, decides between the weekday's day and the day after; with several years named, each
            # count the weekday fits ("retired after 55 years" with "1969" among "1983", "2010": 2024 fits the
            # day after the weekday, 2019 its day)
            spans = span_ends(f"{headline}\n{body}", max(lo_year, low), this_year)
            # a day of the month the text writes a few days before the dateline, on which the weekday falls
            # that year ("wrapped up on Sunday ... ran from July 23 to July 27"): the news's day
            # (not a weekday a verb of saying reports on: "said on Wednesday" is the report's, not the deal's day)
            said = first is not None and any(m.end() == first[0] + len(WEEKDAYS[first[1]]) for m in _SAID_ON.finditer(lead))
            told_days = days_before(body, month, day) if first is not None and weekday is None and not said else set()

            def on_told(f: tuple) -> bool:
                return bool(told_days) and f[0] <= 1 and weekday_on_told_day(f[3], first[1], told_days)
            return _step("weekday", f"{min(fits, key=lambda f: (-held(f[3]), not on_told(f), f[0] > 1 or f[3] != edition, f[0] > 1 or f[3] not in spans, f[4], -f[1], -f[2], -f[3]))[3]}"
                         f"{iso[4:]}")
    opening = f"{headline}\n{body[:700]}"
    ahead = [int(y) for y in _YEAR.findall(opening) if int(y) in counts]
    if ahead and re.search(r"\bnext\s+year\b", opening, re.I):
        return _step("next_year", f"{max(ahead) - 1}{iso[4:]}")
    if nearest:
        return _step("nearest", f"{nearest}{iso[4:]}")
    if counts:  # a story most often looks back a year or two: the year after the latest it tells of as past
        low, high, told = _year_bounds(body, horizon(), (month, day))
        year = min(max(max(told) + _looked_back(body, max(told)), low), high) if told \
            else max(max(counts, key=lambda y: (counts[y], y)), low)
        spans = span_ends(f"{headline}\n{body}", low, min(high, horizon()))  # "ending 65 years of presence"
        year = spans.pop() if len(spans) == 1 else year
        begun = begun_by(body)
        if begun and f"{year:04d}{iso[4:]}" < begun:  # no earlier than a catalogued event the text names
            year = int(begun[:4]) + (f"{begun[:4]}{iso[4:]}" < begun)
        return _step("told_past", f"{year}{iso[4:]}")
    titled = _YEAR.findall(headline)  # "IDEX 2025: ..." and a text that names no year
    return _step("headline", f"{titled[0]}{iso[4:]}" if titled else None)


def gather(path: str | Path, raw_html: str | None, front: Metadata, text: str, cli: Metadata | None = None) -> Metadata:
    """All sources of one document combined, strongest first; a page's last change and a date merely
    written in the opening lines come after the article's address."""
    found = cli or Metadata()
    page, modified = html_metadata(raw_html) if raw_html else (Metadata(), None)
    written = from_text(text)
    lead = written.published if written.date_source == "text" and not _key_lines(text).published else None
    for weaker in (sidecar(path), page, front, replace(written, published=None, date_source=None) if lead else written):
        found = found.merged(weaker)
    addressed = url_date(found.url) if found.url else None  # ".../2024/11/13/story", ".../2024-11-13-story"
    if not found.published and not addressed and found.url:  # a yearless dateline and ".../2024/11/story"
        year = re.search(r"/((?:19|20)\d\d)/(?:\d{1,2}/)?", found.url)
        day = _dateline_day(text)
        if year and day:
            found = found.merged(Metadata(published=f"{year.group(1)}{day[4:]}", date_source="dateline"))
    if addressed and not found.published:
        found = found.merged(Metadata(published=addressed, date_source="meta"))
    elif addressed and found.published and found.published[4:] == addressed[4:] and found.published != addressed:
        found = replace(found, published=addressed)  # a dateline's day with a guessed year: the address knows it
    found = _month_first_order(found, text)
    printed = printed_date(raw_html) if raw_html and not found.published else None
    for weaker in (printed, modified, lead):
        if weaker and not found.published:
            found = found.merged(Metadata(published=weaker, date_source="text" if weaker is lead else "meta"))
    return found


_MONTH_DAY = re.compile(rf"\b(?i:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b")  # "September 4", "Sept. 4th"
_DAY_MONTH_WORDS = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?i:{_MONTHS})\b")  # "4 September"


def _month_first_order(found: Metadata, text: str) -> Metadata:
    """A numeric date the text prints in its head ("09/04/2024") is read day first unless it cannot be;
    a text that writes its dates month first ("September 4", "Oct. 2") is American: month first too."""
    day = found.published
    if not day or len(day) != 10 or found.date_source not in {"dateline", "text"}:
        return found
    y, m, d = day.split("-")
    if int(d) > 12 or m == d or not re.search(rf"(?<![\d/.])0?{int(d)}[/.-]0?{int(m)}[/.-]{y}\b", text[:1500]):
        return found
    if len(_MONTH_DAY.findall(text)) > len(_DAY_MONTH_WORDS.findall(text)):
        return replace(found, published=f"{y}-{d}-{m}")
    return found


def _dateline_day(text: str) -> str | None:
    """The month and day of a dateline that gives no year (as ``0000-MM-DD``), or None."""
    lay = layout(text)
    if not lay.dateline:
        return None
    _, raw = _dateline_date(text, lay)
    if not raw or re.search(r"\d{4}", raw):
        return None
    day = iso_date(raw)
    return f"0000{day[4:]}" if day and len(day) == 10 else None


def url_date(url: str) -> str | None:
    """The date an article's address carries (``/2024/11/13/``, ``/2024-11-13-``, ``/20241113/``,
    ``/2024/nov/13/``, ``-2024-11-13``, ``?date=2024-11-13``), or None."""
    m = re.search(r"[/=_-]((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?=[/\-_.&#?]|$)", url) \
        or re.search(r"/((?:19|20)\d\d)(\d\d)(\d\d)(?=[/\-_.]|$)", url)
    named = re.search(rf"/((?:19|20)\d\d)/({_MONTHS})/(\d{{1,2}})(?=[/\-_.]|$)", url, re.I)  # "/2024/sep/04/"
    if not m and not named:
        return None
    try:
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        return date(int(named.group(1)), MONTH_ABBREVIATIONS.index(named.group(2).lower()[:3]) + 1, int(named.group(3))).isoformat()
    except ValueError:
        return None


