"""Time, session 21: a named war, battle or operation told of as background keeps the year written beside
its name ("during the 2017 battle of Marawi", "Operation X, Kenya's 2011 incursion into Somalia"), not
the article's day. Invented sentences."""
from __future__ import annotations

import pytest

from tests.extracted import graph_of

PUB = "2024-05-03"


def _event_dates(pipeline, text: str) -> dict[str, str | None]:
    g = graph_of(pipeline, text, PUB)
    return {d["name"]: d.get("date") for _, d in g.nodes(data=True) if d.get("label") == "Event"}


@pytest.mark.parametrize("text,name,year", [
    ("The ministry chose the jet on Thursday. Its pilots saw combat during the 2016 battle of Sirte, a record "
     "the maker has used in its marketing.", "Battle of Sirte", "2016"),
    ("He commanded the brigade during Operation Serval, France's 2013 intervention in northern Mali.",
     "Operation Serval", "2013"),
])
def test_a_background_war_keeps_its_year(pipeline, text, name, year):
    dates = _event_dates(pipeline, text)
    assert name in dates and str(dates[name]).startswith(year), dates


def test_an_event_of_the_news_keeps_the_news_day(pipeline):
    dates = _event_dates(pipeline, "Troops from six nations opened Exercise Sea Breeze off Odesa on Monday.")
    assert any(str(v).startswith("2024-04-29") for v in dates.values()), dates
