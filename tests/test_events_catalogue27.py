"""Catalogued recurring events of session 27 (graph/reference/data/events*.csv, each row with a public source):
summit editions since 2015 give the article's summit their names and date; named missions, exercises and
exhibitions are events wherever a text names them. Sentences written for these tests.
"""
from __future__ import annotations

import csv

from graph.reference.loader import DATA_DIR
from tests.extracted import events_in, graph_maker

_TEXT = ("Turkic leaders meet in Bishkek\n\n"
         "BISHKEK, Nov. 6, 2024 (Wire) - Leaders of the Organization of Turkic States met in Bishkek on Wednesday "
         "for the OTS summit. Azerbaijani President Ilham Aliyev and Turkish President Recep Tayyip Erdogan attended "
         "the summit. Turkish troops served in Afghanistan under Resolute Support until 2021. Baykar showed its "
         "drones at Teknofest in August.")


def _named(events: dict, name: str) -> dict | None:
    return next((e for n, e in events.items() if name == n or name in (e.get("aliases") or [])), None)


def test_the_articles_summit_takes_the_catalogued_editions_names(pipeline):
    events = events_in(graph_maker("2024-11-06")(pipeline, _TEXT))
    summit = _named(events, "11th OTS summit")
    assert summit is not None and summit.get("date") == "2024-11-06", events


def test_a_named_mission_and_a_festival_are_events(pipeline):
    events = events_in(graph_maker("2024-11-06")(pipeline, _TEXT))
    assert _named(events, "Resolute Support Mission") is not None, events
    assert any(n.startswith("Teknofest") for n in events), events


def test_every_session27_row_has_a_public_address_and_a_year_in_each_edition_alias():
    for name in ("events_summits.csv", "events_recurring.csv", "events.csv"):
        with (DATA_DIR / name).open(encoding="utf-8") as f:
            rows = [r for r in csv.DictReader(f) if r["source"].startswith("http")]
        assert rows, name
        for row in rows:
            if name == "events_summits.csv" and row["name"][:4].isdigit():
                for alias in row["aliases"].split("|"):  # an edition's alias is no bare series name ("G7 summit")
                    words = [w for w in alias.split() if w.lower() not in {"summit", "leaders'", "meeting"}]
                    assert any(c.isdigit() for c in alias) or len(words) >= 2 or alias.split()[0].lower() in \
                        {"first", "second", "sixth", "first-ever"}, (row["name"], alias)
