"""Precision by rule (session 30): hosts of a jointly run drill, hosts of an exercise named in passing, and
an officer beside a service named as someone's command; invented sentences."""
from __future__ import annotations

from functools import partial

from tests.extracted import text_edges

edges_of = partial(text_edges, published="2025-03-14", date_source=None)


def typed(edges, kind):
    return {(s, o) for s, t, o in edges if t == kind}


def test_drill_two_states_run_together_has_no_host(pipeline):
    text = ("Exercise Southern Harbour 2025, which Chile and Peru run together every two years, opened on Monday "
            "with 3,000 sailors at sea.")
    edges = edges_of(pipeline, text)
    assert not {o for _, o in typed(edges, "HOSTED_BY")} & {"Chile", "Peru"}
    assert {s for s, _ in typed(edges, "PARTICIPATED_IN")} >= {"Chile", "Peru"}


def test_drill_one_state_hosts_has_its_host(pipeline):
    text = "Exercise Southern Harbour 2025, which Chile hosts every two years, opened on Monday with 3,000 sailors at sea."
    assert ("Exercise Southern Harbour 2025", "Chile") in typed(edges_of(pipeline, text), "HOSTED_BY") or \
        any(o == "Chile" for _, o in typed(edges_of(pipeline, text), "HOSTED_BY"))


def test_drill_that_runs_for_days_is_run_by_nobody(pipeline):
    text = ("Chilean and Peruvian sailors on Monday began Exercise Southern Harbour 2025, their yearly drill, "
            "which runs for ten days.")
    assert not typed(edges_of(pipeline, text), "HOSTED_BY")


def test_exercise_named_in_passing_gets_no_host_from_its_venue(pipeline):
    text = ("Exercise Southern Harbour 2025 opened in Chile on Monday. Exercise Southern Harbour 2025 brings "
            "together 3,000 sailors. Last year, Exercise Coastal Shield 2024 in Ecuador drew 900 troops.")
    hosts = typed(edges_of(pipeline, text), "HOSTED_BY")
    assert not any(o == "Ecuador" for _, o in hosts)


def test_officer_beside_a_service_named_as_another_ones_command(pipeline):
    text = ("Colonel Ana Ruiz spoke after General Luis Ortega, the head of the Chilean Army, opened the ceremony "
            "in Santiago.")
    assert not any(s == "Ana Ruiz" for s, _ in typed(edges_of(pipeline, text), "AFFILIATED_WITH"))


def test_officer_of_the_one_service_the_sentence_names(pipeline):
    text = "The Chilean Army said the pilot, Lieutenant Colonel Ana Ruiz, had landed safely."
    assert ("Ana Ruiz", "Chilean Army") in typed(edges_of(pipeline, text), "AFFILIATED_WITH")


def test_onlooker_of_a_signing_is_no_participant_of_the_articles_summit(pipeline):
    text = ("Leaders of Chile and Peru opened the Lima summit on Monday. The Lima summit will close on Tuesday. "
            "Two defence ministers signed a maintenance agreement at the palace, while Colombian President "
            "Gustavo Petro looked on.")
    assert not any(s == "Gustavo Petro" for s, _ in typed(edges_of(pipeline, text), "PARTICIPATED_IN"))


def test_onlooker_at_the_event_the_sentence_names(pipeline):
    text = ("At the Lima summit on Monday, two defence ministers signed a maintenance agreement while Colombian "
            "President Gustavo Petro looked on.")
    assert any(s == "Gustavo Petro" for s, _ in typed(edges_of(pipeline, text), "PARTICIPATED_IN"))


def test_exercises_agreed_on_are_not_the_exercise_held(pipeline):
    text = "Chile and Peru agreed on Monday to hold annual joint exercises. The exercise opened in Valparaíso on Monday."
    assert not {s for s, _ in typed(edges_of(pipeline, text), "PARTICIPATED_IN")} & {"Chile", "Peru"}


def test_event_at_a_base_is_not_held_in_the_region_around_it(pipeline):
    text = "At a final parade at Hohn Air Base in Schleswig-Holstein on Wednesday, the air force chief thanked the crews."
    held = typed(edges_of(pipeline, text), "HELD_IN")
    assert not any(o == "Schleswig-Holstein" for _, o in held) and any(o == "Hohn Air Base" for _, o in held)


def test_event_at_a_base_is_held_in_its_town(pipeline):
    text = "At a final parade at Hohn Air Base in Rendsburg on Wednesday, the air force chief thanked the crews."
    assert any(o == "Rendsburg" for _, o in typed(edges_of(pipeline, text), "HELD_IN"))
