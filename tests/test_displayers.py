"""Who showed the platforms on display at a show took part in it (``families/displayers.py``): the
sentence need not name the show when the article is about it."""
from __future__ import annotations

from tests.extracted import graph_maker
from tests.extracted import relations_in as edges_of

graph_of = graph_maker("2023-11-23")

SHOW = "The Zhuhai airshow opened on Tuesday with 600 exhibitors. "


def _took_part(g) -> set[str]:
    return {s for s, t, o in edges_of(g) if t == "PARTICIPATED_IN" and "Airshow" in o}


def test_those_that_brought_or_flew_platforms_at_the_show_took_part(pipeline):
    g = graph_of(pipeline, SHOW + "Leonardo brought its M-346 trainer, and Airbus also showed the A400M on the "
                                  "static park. The Pakistan Air Force flew the JF-17 in the afternoon display.")
    shown = {s for s, t, o in edges_of(g) if t == "DISPLAYED_AT"}
    assert {"M-346", "A400M"} <= shown, shown
    assert {"Leonardo", "Airbus", "Pakistan Air Force"} <= _took_part(g), edges_of(g)


def test_a_denied_display_makes_no_participant(pipeline):
    g = graph_of(pipeline, SHOW + "Airbus did not show the A400M, and Saab never flew the Gripen E there.")
    assert not {"Saab", "Airbus"} & _took_part(g), edges_of(g)


def test_the_maker_of_a_platform_someone_else_flies_is_no_participant(pipeline):
    g = graph_of(pipeline, SHOW + "The Pakistan Air Force flew the JF-17, which Chengdu Aircraft Corporation builds.")
    took = _took_part(g)
    assert "Pakistan Air Force" in took, edges_of(g)
    assert "Chengdu Aircraft Corporation" not in took, edges_of(g)


def test_a_fleet_statement_in_a_show_article_is_no_participation(pipeline):
    g = graph_of(pipeline, SHOW + "The Royal Thai Air Force currently flies 11 Gripen fighters. The Hellenic Air "
                                  "Force has flown the Mirage 2000 since 1988.")
    assert not {"Royal Thai Air Force", "Hellenic Air Force"} & _took_part(g), edges_of(g)
