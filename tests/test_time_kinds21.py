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


def _tie_whens(pipeline, text: str, a: str, b: str) -> list:
    g = graph_of(pipeline, text, PUB)
    return [i.get("when") for u, v, d in g.edges(data=True) if d["type"] == "COOPERATES_WITH"
            and {g.nodes[u]["name"], g.nodes[v]["name"]} == {a, b} for i in d.get("evidence", [])]


def test_a_standing_tie_under_a_dated_deal_takes_its_year(pipeline):
    """A tie told in the present that rests on a dated deal holds from the deal, whichever mention of
    the parties comes first ("American troops ... which hosts US forces under a 2021 agreement")."""
    text = ("Roughly 2,000 American troops are stationed in Ghana, which hosts US forces under a 2018 defence "
            "cooperation agreement.")
    assert "2018" in _tie_whens(pipeline, text, "Ghana", "United States")


def test_a_tie_with_its_own_date_keeps_it(pipeline):
    """Drills on a day of their own under an older deal: the drills' day, not the deal's year."""
    text = "Ghana and the United States held joint drills on Tuesday under a 2018 defence agreement."
    whens = _tie_whens(pipeline, text, "Ghana", "United States")
    assert whens and "2018" not in whens
