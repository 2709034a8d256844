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


# -- the stage of a supply or a holding -------------------------------------------------------------
def _edges(pipeline, text: str, published: str = "2025-03-10") -> list[tuple[str, str, str, dict]]:
    from graph.text.metadata import Metadata
    from graph.text.sources import Document

    doc = Document.from_text(text, "test.txt", meta=Metadata(published=published, date_source="cli"))
    g = pipeline.process(doc)
    return [(g.nodes[u]["name"], d["type"], g.nodes[v]["name"], d) for u, v, d in g.edges(data=True)
            if d.get("provenance") == "text"]


def _stage(pipeline, text: str, source: str, type_: str, target: str) -> str | None:
    found = [d for s, t, o, d in _edges(pipeline, text) if t == type_ and source.lower() in s.lower()
             and target.lower() in o.lower()]
    assert found, f"no {source} -{type_}-> {target} in {text!r}"
    return found[0].get("stage")


@pytest.mark.parametrize("text, source, type_, target, stage", [
    # a plan noun the parser passed over between the verb and its infinitive
    ("Morocco announced plans early this year to acquire the Embraer C-390 transport.",
     "Morocco", "OPERATES", "C-390", "planned"),
    ("Morocco unveiled plans on Monday to buy the Embraer C-390 transport.", "Morocco", "OPERATES", "C-390", "planned"),
    # a batch after others: the deliveries go on
    ("Romania has received another batch of F-16 fighters from Norway.", "Norway", "SUPPLIES", "Romania", "delivering"),
    ("Romania has received a batch of F-16 fighters from Norway.", "Norway", "SUPPLIES", "Romania", "delivered"),
    # an intention to buy, and a possibility of sending, are no commitment
    ("Vietnam will buy C-390 transports from Embraer.", "Vietnam", "OPERATES", "C-390", "planned"),
    ("Greece relaxed its export rules so that it could send Leopard 2 tanks to Ukraine.",
     "Greece", "SUPPLIES", "Ukraine", "planned"),
    ("Greece sent Leopard 2 tanks to Ukraine.", "Greece", "SUPPLIES", "Ukraine", "delivered"),
])
def test_stage_kinds(pipeline, text, source, type_, target, stage):
    assert _stage(pipeline, text, source, type_, target) == stage


def test_final_mission_retires_the_state_holding_told_as_history(pipeline):
    """The service's final mission retires the state's holding an older sentence told as a delivery."""
    text = ("The Royal Norwegian Air Force's P-3 Orions have flown their final mission. Norway took delivery of "
            "four P-3 Orion aircraft from the United States in 1969.")
    edges = [(s, d) for s, t, o, d in _edges(pipeline, text) if t == "OPERATES" and "Orion" in o]
    assert edges and all(d.get("stage") == "retired" for _, d in edges)


def test_farewell_tour_retires_the_type(pipeline):
    """A farewell tour of a type that one state holds retires the holding the article tells of (not one
    "a week before the type leaves service": test_stage_article.py)."""
    text = ("The Royal Danish Air Force took delivery of its first C-130J Hercules in 2004. Two Danish C-130J "
            "Hercules flew a farewell tour over Jutland on Wednesday, when the type left service.")
    edges = [d for s, t, o, d in _edges(pipeline, text) if t == "OPERATES" and "C-130" in o]
    assert edges and all(d.get("stage") == "retired" for d in edges)


def test_no_farewell_keeps_the_holding(pipeline):
    text = ("The Royal Danish Air Force took delivery of its first C-130J Hercules in 2004. Two Danish C-130J "
            "Hercules flew a training sortie over Jutland on Wednesday.")
    edges = [d for s, t, o, d in _edges(pipeline, text) if t == "OPERATES" and "C-130" in o]
    assert edges and not any(d.get("stage") == "retired" for d in edges)


def test_another_state_keeps_its_fleet(pipeline):
    """A type one state retires stays in service with another the article names."""
    text = ("The Royal Norwegian Air Force's P-3 Orions have flown their final mission. Germany still operates "
            "eight P-3 Orion aircraft.")
    edges = {s: d for s, t, o, d in _edges(pipeline, text) if t == "OPERATES" and "Orion" in o}
    assert edges.get("Germany", {}).get("stage") == "in_service"


def test_headline_present_arrival_is_no_service(pipeline):
    """A headline's present ("Rafales land at Tanagra") reports an arrival; with the first delivery of
    the body the holding is being delivered, not in service."""
    text = ("Greek Air Force's Rafales land at Tanagra\n\nThe Hellenic Air Force took delivery of its first "
            "Rafale fighters on Monday, when six of the jets arrived at Tanagra air base.")
    assert _stage(pipeline, text, "Hellenic Air Force", "OPERATES", "Rafale") == "delivering"


def test_supply_follows_the_recipients_first_delivery(pipeline):
    """An order's sentence names the type the recipient is taking delivery of: the supply is being delivered."""
    text = ("The Hellenic Air Force took delivery of its first Rafale fighters on Monday. The six jets are half of "
            "an order for 12 Rafale fighters that Greece signed with Dassault Aviation in January 2021.")
    assert _stage(pipeline, text, "Dassault", "SUPPLIES", "Greece") == "delivering"


# -- when a sentence places a fact --------------------------------------------------------------------
def _whens(pipeline, text: str, source: str, type_: str, target: str, published: str) -> list[str | None]:
    found = [d for s, t, o, d in _edges(pipeline, text, published) if t == type_ and source.lower() in s.lower()
             and target.lower() in o.lower()]
    assert found, f"no {source} -{type_}-> {target} in {text!r}"
    return [e.get("when") for e in found[0].get("evidence") or []]


def test_counted_from_an_undated_main_clause(pipeline):
    """ "The statement came two days after X": X two days before the main clause's own (undated) time."""
    text = ("Bulgaria closed its airspace to Russian aircraft.\n\nThe statement came two days after Russian drones "
            "crossed into Bulgarian airspace.")
    assert "2024-10-08" in _whens(pipeline, text, "Bulgaria", "IN_CONFLICT_WITH", "Russia", "2024-10-10") \
        or "2024-10-08" in _whens(pipeline, text, "Russia", "IN_CONFLICT_WITH", "Bulgaria", "2024-10-10")


# -- event dates ------------------------------------------------------------------------------------------
def _events(pipeline, text: str, published: str) -> dict[str, dict]:
    from graph.text.metadata import Metadata
    from graph.text.sources import Document

    g = pipeline.process(Document.from_text(text, "test.txt", meta=Metadata(published=published, date_source="cli")))
    return {d["name"]: d for _, d in g.nodes(data=True) if d.get("label") == "Event"}


def test_undated_event_is_dated_by_its_report(pipeline):
    """An event of the text that the article gives no date is its news: the report's month, marked as such."""
    events = _events(pipeline, "Kenya and Ethiopia discussed border security at a summit in Mombasa. The "
                               "leaders agreed to meet again.", "2024-05-17")
    summit = next(d for n, d in events.items() if "summit" in n.lower())
    assert summit.get("date") == "2024-05" and summit.get("date_source") == "reported"


def test_lasting_event_is_not_dated_by_its_report(pipeline):
    events = _events(pipeline, "Kenya recalled the Shifta War at the summit.", "2024-05-17")
    war = next(d for n, d in events.items() if "war" in n.lower())
    assert war.get("date_source") != "reported" and war.get("date") != "2024-05"


@pytest.mark.parametrize("body, day", [
    # a text that writes its dates month first is American: "09/04/2024" is September 4
    ("Latvia signed the contract on September 2, and the first radar is due by March 15, 2026.", "2024-09-04"),
    # day first where the text writes "2 September"
    ("Latvia signed the contract on 2 September, and the first radar is due by 15 March 2026.", "2024-04-09"),
])
def test_numeric_date_order_follows_the_text(tmp_path, body, day):
    assert _published(tmp_path, "numeric.txt", f"Latvia buys radars\n09/04/2024\n\n{body}\n") == day
