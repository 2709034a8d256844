"""Every event the extractor finds (catalogued or not: "Exercise Copper Falcon" is not in the catalogue) takes the date its text gives, intervals included ("from 3 to 14
March", "held on 3-14 March", "opened on Monday and runs until ..."), and a past "ran until Friday" its
last day; an older edition of a catalogued series keeps only its dated name (the series' bare names are
the article's own edition's)."""
from __future__ import annotations

from datetime import date

from graph.relations.time import resolve_expression
from tests.extracted import events_in, graph_maker

graph_of = graph_maker("2025-03-20")  # a Thursday
graph_later = graph_maker("2025-04-02")


def _date(text: str, pipeline, name: str = "Exercise Copper Falcon", later: bool = False) -> str | None:
    events = events_in((graph_later if later else graph_of)(pipeline, text))
    assert name in events, events
    return events[name].get("date")


def test_interval_from_day_to_day(pipeline):
    text = "British and Italian jets took part in Exercise Copper Falcon, which ran from 3 to 14 March."
    assert _date(text, pipeline) == "2025-03-03/2025-03-14"


def test_interval_written_with_a_dash(pipeline):
    text = "Exercise Copper Falcon was held on 3-14 March with jets from Britain and Italy."
    assert _date(text, pipeline) == "2025-03-03/2025-03-14"


def test_opened_and_runs_until(pipeline):
    text = "Exercise Copper Falcon opened on Monday and runs until March 28, with jets from Britain and Italy."
    assert _date(text, pipeline) == "2025-03-17/2025-03-28"


def test_ended_earlier_this_month(pipeline):
    text = "Britain and Italy flew in Exercise Copper Falcon, which ended earlier this month."
    assert _date(text, pipeline) == "2025-03"


def test_ran_until_a_weekday_is_its_last_day(pipeline):
    text = "Britain and Italy flew in Exercise Copper Falcon, which ran until Friday."
    assert _date(text, pipeline) == "2025-03-14"


def test_continued_until_a_day(pipeline):
    text = "Britain and Italy flew in Exercise Copper Falcon, which continued until 14 March."
    assert _date(text, pipeline) == "2025-03-14"


def test_present_runs_until_is_no_end_told(pipeline):
    text = "Britain and Italy fly in Exercise Copper Falcon, which runs until Friday."
    events = events_in(graph_of(pipeline, text))
    assert not any((e.get("date") or "").endswith("-03-21") and "/" not in e.get("date", "") for e in events.values()), events


def test_older_edition_keeps_only_its_dated_name(pipeline):
    text = ("Japan and India joined RIMPAC 2024 off Hawaii in July. "
            "At RIMPAC 2022 Japan sent two destroyers.")
    events = events_in(graph_of(pipeline, text))
    assert "RIMPAC" in events["RIMPAC 2024"]["aliases"], events
    assert "RIMPAC" not in events["RIMPAC 2022"].get("aliases", []), events


def test_days_with_a_dash_and_no_preposition(pipeline):
    text = "Poland signed a deal for Korean tanks. The tanks were shown at Exercise Copper Falcon, held 3-14 March."
    assert _date(text, pipeline, later=True) == "2025-03-03/2025-03-14"


def test_month_before_days_with_a_dash(pipeline):
    text = "Poland signed a deal for Korean tanks. Polish jets joined the March 3-14 Exercise Copper Falcon."
    assert _date(text, pipeline, later=True) == "2025-03-03/2025-03-14"


def test_set_off_clause_after_an_event_in_passing(pipeline):
    text = ("Poland signed a deal for Korean tanks. The tanks were shown at Exercise Copper Falcon, "
            "which ran from 3 to 14 March.")
    assert _date(text, pipeline, later=True) == "2025-03-03/2025-03-14"


def test_scheduled_occasion_takes_its_own_clause_date(pipeline):
    text = ("Japan named a new defence minister on Tuesday. "
            "Early next month he is expected at the ASEAN Defence Ministers' Meeting-Plus in Kuala Lumpur.")
    events = events_in(graph_later(pipeline, text))
    dated = [e.get("date") for n, e in events.items() if n.startswith("ASEAN Defence")]
    assert dated == ["2025-05"], events


def test_date_set_beside_an_occasion(pipeline):
    text = ("Two firms turned their pact into a joint venture. It turns into a binding deal the memorandum the "
            "firms announced in February, during Eurosatory in Paris and a state visit the same week.")
    events = events_in(graph_later(pipeline, text))
    dated = [e.get("date") for n, e in events.items() if n.startswith("Eurosatory")]
    assert dated == ["2025-02"], events


def test_a_score_before_a_date_is_no_span_of_days(pipeline):
    """Two numbers joined by a dash before a month are a span of days only when the second is later: "won
    3-1 on 14 March" holds a score ("3-1") and one day."""
    base = date(2025, 3, 20)
    assert resolve_expression("3-1 March", base) is None
    assert resolve_expression("March 14-2", base) is None
    assert resolve_expression("3-14 March", base) == "2025-03-03/2025-03-14"
    text = "Exercise Copper Falcon, which the British team won 3-1 March 14 in a gunnery contest, drew jets from Italy."
    assert "/" not in (_date(text, pipeline) or "")
