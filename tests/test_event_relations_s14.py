"""Event relations of session 14: the states a colon sets out after "N states sent troops:" or "N navies
took part:" took part; an attendance or a showing only hedged ("are expected to take part", "may be
shown") is none, a plain plan ("will send") is kept; the heads of state "from A, B and C" who "were
also in" the gathering's city attended it; "addressed the leaders" at a summit is being there."""
from __future__ import annotations

from tests.extracted import graph_maker
from tests.extracted import relations_in as edges_of

graph_of = graph_maker("2023-11-23")


def _types(g, typ):
    return {(s, t) for s, ty, t in edges_of(g) if ty == typ}


def test_states_listed_after_a_colon_sent_troops(pipeline):
    text = ("The Cobra Gold 2026 exercise opened on Monday in Thailand. Nine foreign states sent troops or "
            "observers: Poland, Canada, Norway, Japan and Spain. The exercise ends on Friday.")
    part = {s for s, _ in _types(graph_of(pipeline, text, "2026-03-10"), "PARTICIPATED_IN")}
    assert {"Poland", "Canada", "Norway", "Japan", "Spain"} <= part, part


def test_navies_listed_after_a_colon_took_part(pipeline):
    text = ("The Cobra Gold 2026 exercise opened on Monday in Thailand. Five navies took part: Oman, Qatar, "
            "Kuwait and Jordan.")
    part = {s for s, _ in _types(graph_of(pipeline, text, "2026-03-10"), "PARTICIPATED_IN")}
    assert {"Oman", "Qatar", "Kuwait", "Jordan"} <= part, part


def test_colon_list_after_a_named_subject_is_not_the_subjects(pipeline):
    text = ("The Cobra Gold 2026 exercise opened on Monday in Thailand. Japan sent troops: its concerns were "
            "shared by Canada and Spain.")
    part = {s for s, _ in _types(graph_of(pipeline, text, "2026-03-10"), "PARTICIPATED_IN")}
    assert not {"Canada", "Spain"} & part, part


def test_hedged_attendance_is_none_a_plain_plan_is_kept(pipeline):
    text = ("Norway will host Cold Response 2026 in March. Sweden and Finland are expected to take part, and "
            "Denmark may send observers. Germany will send 3,000 troops.")
    part = {s for s, _ in _types(graph_of(pipeline, text, "2026-01-10"), "PARTICIPATED_IN")}
    assert not {"Sweden", "Finland", "Denmark"} & part, part
    assert "Germany" in part, part


def test_a_showing_that_may_happen_is_no_display(pipeline):
    text = "The K2 tank may be shown at Eurosatory 2026 in Paris next month."
    shown = {s for s, _ in _types(graph_of(pipeline, text, "2026-05-10"), "DISPLAYED_AT")}
    assert "K2 Black Panther" not in shown, shown


def test_heads_of_state_in_the_summit_city_attended(pipeline):
    text = ("Kenya's President William Ruto welcomed leaders to Nairobi for the East African Community summit "
            "on Friday. Heads of state from Uganda, Rwanda and Burundi were also in Nairobi.")
    part = {s for s, _ in _types(graph_of(pipeline, text, "2026-03-10"), "PARTICIPATED_IN")}
    assert {"Uganda", "Rwanda", "Burundi"} <= part, part


def test_being_in_another_city_is_no_attendance(pipeline):
    text = ("Kenya's President William Ruto welcomed leaders to Nairobi for the East African Community summit "
            "on Friday. Heads of state from Uganda and Rwanda were in Kampala.")
    part = {s for s, _ in _types(graph_of(pipeline, text, "2026-03-10"), "PARTICIPATED_IN")}
    assert not {"Uganda", "Rwanda"} & part, part


def test_addressing_the_leaders_is_attending(pipeline):
    text = ("Kenya's President William Ruto welcomed leaders to Nairobi for the East African Community summit "
            "on Friday. The bloc's secretary-general, Peter Mathuki, addressed the leaders.")
    part = {s for s, _ in _types(graph_of(pipeline, text, "2026-03-10"), "PARTICIPATED_IN")}
    assert any("Mathuki" in s for s in part), part


def test_an_exercise_running_since_a_weekday_began_that_day(pipeline):
    text = ("President Alexander Lukashenko flew to Borisov on Monday to watch Zapad-2025, the strategic exercise "
            "that Russia and Belarus have been running since Friday across Belarus and western Russia. The "
            "exercise ends on Tuesday.")
    g = graph_of(pipeline, text, "2025-09-16")
    dates = {a["name"]: a.get("date") for _, a in g.nodes(data=True) if a.get("label") == "Event"}
    assert dates.get("Zapad 2025") == "2025-09-12/2025-09-16", dates


def test_a_series_running_since_a_year_keeps_the_edition_date(pipeline):
    text = "Zapad-2025 ends on Tuesday. The exercise series has been running since 2009."
    g = graph_of(pipeline, text, "2025-09-16")
    dates = {a["name"]: a.get("date") for _, a in g.nodes(data=True) if a.get("label") == "Event"}
    assert dates.get("Zapad 2025") == "2025-09-16", dates


def _held(pipeline, text):
    return {t for _, t in _types(graph_of(pipeline, text, "2026-03-10"), "HELD_IN")}


def test_where_a_phase_of_the_exercise_runs_is_a_venue(pipeline):
    text = ("Cobra Gold 2026 opened in Thailand on Monday. The opening phase runs until 14 March; the second "
            "phase at Korat starts at the end of March.")
    assert "Korat" in _held(pipeline, text)


def test_an_earlier_editions_phase_gives_no_venue(pipeline):
    text = "Cobra Gold 2026 opened in Thailand on Monday. Last year's final phase in Sattahip was cancelled."
    assert "Sattahip" not in _held(pipeline, text)
