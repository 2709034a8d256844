"""Event relations of session 13: an event named once in passing is not what a sentence without an
event's name attends or takes part in; "the Kazakh city of Aktobe" is the venue, not the state; a
lead's venue written with its town stays beside other rules' places; platforms "lined up" at a parade
are on show."""
from __future__ import annotations

from test_events import edges_of, graph_of


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


def test_lead_site_with_its_town_stays_beside_another_place(pipeline):
    text = ("Chile showed its new rocket launcher on Friday at a parade at Cerrillos Air Base in Maipu, "
            "marking the anniversary of its army. In the afternoon the column joined a street parade in "
            "central Santiago.")
    g = graph_of(pipeline, text, "2026-09-19")
    held = {t for _, t in _types(g, "HELD_IN")}
    assert {"Cerrillos Air Base", "Maipu"} <= held, held


def test_platforms_lined_up_at_a_parade_are_on_show(pipeline):
    text = ("Poland held its Armed Forces Day parade in Warsaw on Tuesday. Thousands watched the parade. "
            "K2 tanks and K9 howitzers were lined up beside the stand. The parade ended at noon.")
    g = graph_of(pipeline, text, "2026-08-18")
    shown = {s for s, _ in _types(g, "DISPLAYED_AT")}
    assert {"K2 Black Panther", "K9 Thunder"} & shown, shown
