"""Event relations of session 13: an event named once in passing is not what a sentence without an
event's name attends or takes part in; "the Kazakh city of Aktobe" is the venue, not the state;
platforms "lined up" at a parade are on show; where an event is announced is no venue; "forces from
A and from B" take part; a state holding "its own parades" hosts no other parade; the people around
a summit's table (and those they face) took part, and so did those acting "on the margins" of it."""
from __future__ import annotations

from tests.extracted import graph_maker
from tests.extracted import relations_in as edges_of

graph_of = graph_maker("2023-11-23")


def _types(g, typ):
    return {(s, t) for s, ty, t in edges_of(g) if ty == typ}


def test_passing_summit_is_not_what_others_take_part_in(pipeline):
    text = ("A cargo plane of Mongolian Airlines crashed near Ulaanbaatar on Monday, killing nine people. "
            "An inquiry has begun, and Mongolia, China and France are taking part. The airline grounded its "
            "other jets. President Ukhnaagiin Khurelsukh was on his way to a summit of the Shanghai Cooperation "
            "Organisation when he heard of the crash.")
    g = graph_of(pipeline, text, "2026-02-03")
    part = _types(g, "PARTICIPATED_IN")
    assert not {s for s, _ in part} & {"Mongolia", "China", "France"}, part


def test_article_about_a_summit_keeps_implicit_attendance(pipeline):
    text = ("Leaders of the Nordic states met for a summit in Tromso on Tuesday. The summit adopted a statement "
            "on Arctic shipping. Prime Minister Jonas Gahr Store attended, and Finland and Iceland took part.")
    g = graph_of(pipeline, text, "2026-02-03")
    part = _types(g, "PARTICIPATED_IN")
    assert {"Finland", "Iceland"} <= {s for s, _ in part}, part


def test_city_of_a_name_is_the_venue_not_the_state(pipeline):
    text = ("The defence ministers of the region met on Friday at their annual forum, held in the Kazakh city "
            "of Aktobe, and agreed on joint air patrols.")
    g = graph_of(pipeline, text, "2026-02-03")
    held = _types(g, "HELD_IN")
    assert any(t == "Aktobe" for _, t in held), held
    assert not any(t == "Kazakhstan" for _, t in held), held


def test_platforms_lined_up_at_a_parade_are_on_show(pipeline):
    text = ("Poland held its Armed Forces Day parade in Warsaw on Tuesday. Thousands watched the parade. "
            "K2 tanks and K9 howitzers were lined up beside the stand. The parade ended at noon.")
    g = graph_of(pipeline, text, "2026-08-18")
    shown = {s for s, _ in _types(g, "DISPLAYED_AT")}
    assert {"K2 Black Panther", "K9 Thunder"} & shown, shown


def test_where_an_exercise_is_announced_is_no_venue(pipeline):
    text = ("The alliance announced Iron Harbour 2026 on Monday in Oslo. The exercise will run until June in "
            "northern Finland and will involve forces from all member states and from Ireland.")
    g = graph_of(pipeline, text, "2026-02-03")
    held = {t for _, t in _types(g, "HELD_IN")}
    assert "Oslo" not in held, held
    assert "Ireland" in {s for s, _ in _types(g, "PARTICIPATED_IN")}, edges_of(g)


def test_a_state_holding_its_own_parades_hosts_no_other(pipeline):
    text = ("Poland held its Armed Forces Day parade in Warsaw on Tuesday. Thousands watched the parade. "
            "Belarus, which held its own parades in July, did not comment.")
    g = graph_of(pipeline, text, "2026-08-18")
    hosts = {t for _, t in _types(g, "HOSTED_BY")}
    assert "Poland" in hosts and "Belarus" not in hosts, hosts


def test_people_around_a_summit_table_took_part(pipeline):
    text = ("Leaders of the Nordic states met for a summit in Tromso on Tuesday. Around the table sat President "
            "Alexander Stubb and Prime Minister Ulf Kristersson, facing Prime Minister Jonas Gahr Store.")
    g = graph_of(pipeline, text, "2026-02-03")
    part = {s for s, _ in _types(g, "PARTICIPATED_IN")}
    assert {"Alexander Stubb", "Ulf Kristersson", "Jonas Gahr Støre"} <= part, part


def test_ministers_on_the_margins_of_a_forum_took_part(pipeline):
    text = ("The defence ministers, Richard Marles and Gilberto Teodoro, signed the pact on the margins of the "
            "Shangri-La Dialogue in Singapore on Saturday.")
    g = graph_of(pipeline, text, "2026-06-01")
    part = {s for s, _ in _types(g, "PARTICIPATED_IN")}
    assert {"Richard Marles", "Gilberto Teodoro"} <= part, part


def test_kept_at_the_margins_is_no_attendance(pipeline):
    text = ("Leaders met at the Atlantic Forum in Lisbon on Monday. The forum adopted a statement on trade. "
            "Moldova was kept at the margins.")
    g = graph_of(pipeline, text, "2026-06-01")
    assert "Moldova" not in {s for s, _ in _types(g, "PARTICIPATED_IN")}, edges_of(g)
