"""Another edition of the article's named recurring event told without its name ("last year's edition", "the
previous Coral Shield, held in 2022", "the ninth edition was held in 2023"): an event of its own, the series'
edition of that year (graph/entities/other_editions.py, resolve ``_other_editions``). Invented sentences."""
from __future__ import annotations

from graph.entities.other_editions import other_editions
from tests.extracted import graph_maker

graph_of = graph_maker("2024-09-20")


def _events(g) -> dict[str, set[str]]:
    return {a["name"]: set(a.get("aliases") or ()) for _, a in g.nodes(data=True) if a["label"] == "Event"}


def _refs(pipeline, text: str, own: int = 2024) -> list[tuple[str, int]]:
    doc = pipeline.nlp(text)
    return [(r.written, r.year) for r in other_editions(doc, own, {"exercise", "drill"}, set())]


def test_year_word_and_last_years(pipeline):
    assert _refs(pipeline, "The 2022 edition drew six navies.") == [("2022 edition", 2022)]
    assert _refs(pipeline, "Last year's edition drew nine navies.") == [("Last year's edition", 2023)]


def test_a_counted_edition_dated_in_its_clause(pipeline):
    assert _refs(pipeline, "The fourth edition was held in March 2022 off Mombasa.") == [("fourth edition", 2022)]
    assert _refs(pipeline, "The previous exercise, in 2021, was smaller.") == [("previous exercise", 2021)]


def test_a_counted_edition_dated_by_last_year(pipeline):
    assert _refs(pipeline, "Seven air forces flew in the sixth edition last year.") == [("sixth edition", 2023)]


def test_no_year_no_edition(pipeline):
    assert _refs(pipeline, "The previous edition drew fewer ships.") == []
    # "first" is dated only by a year of its own clause, never by "last year"
    assert _refs(pipeline, "Trade has grown since the first edition and rose again last year.") == []


def test_not_the_series_start_nor_a_relative_clause(pipeline):
    assert _refs(pipeline, "This is the tenth edition of the drill, run since 2012.") == []
    assert _refs(pipeline, "It is the 12th edition of the drill, which the navy started in 1998.") == []


def test_only_an_edition_the_text_tells_something_of(pipeline):
    assert _refs(pipeline, "Four ships sailed in the 2022 edition.") == [("2022 edition", 2022)]
    assert _refs(pipeline, "The drill builds on the 2022 edition.") == []  # compared with, nothing told of it
    assert _refs(pipeline, "The 2021 edition was cancelled.") == []  # not held


def test_not_this_edition_nor_a_later_one(pipeline):
    assert _refs(pipeline, "This year's edition is the largest.") == []
    assert _refs(pipeline, "The 2026 edition will move to Lamu.") == []
    assert _refs(pipeline, "The 2024 edition opened on Monday.") == []


def test_the_older_edition_is_its_own_event(pipeline):
    g = graph_of(pipeline, "Kenya and Tanzania opened Exercise Coral Shield 2024 off Mombasa on Monday. "
                           "The exercise runs for ten days. The previous Coral Shield, held in October 2022, "
                           "was staged off Zanzibar.")
    events = _events(g)
    old = [n for n, aliases in events.items() if "previous Coral Shield" in aliases]
    assert old and "2022" in old[0], events
    assert all("previous Coral Shield" not in aliases for n, aliases in events.items() if "2024" in n)


def test_the_articles_numbered_occasion_keeps_its_day(pipeline):
    g = graph_of(pipeline, "Thousands watched the 40th Harbour Day parade in Mombasa on Sunday. The parade lasted three "
                           "hours. The founder was guest of honour at the inaugural Harbour Day parade in 1985.")
    events = _events(g)
    own = [n for n in events if n.startswith("40th Harbour Day parade")]
    assert own and "1985" not in own[0], events
