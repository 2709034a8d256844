"""Precision by rule (session 31): a bloc named only through its members or leaders, or holding a summit of
its own, does not itself take part (its members do); invented sentences."""
from __future__ import annotations

from functools import partial

from tests.extracted import text_edges

edges_of = partial(text_edges, published="2025-03-14", date_source=None)


def takers(edges) -> set[str]:
    return {s for s, t, _ in edges if t == "PARTICIPATED_IN"}


def test_heads_of_state_of_a_bloc_take_part_not_the_bloc(pipeline):
    text = ("The heads of state of the Organization of American States met in Lima on Monday for the bloc's "
            "annual summit, where Chile and Peru signed a border accord.")
    edges = edges_of(pipeline, text)
    assert "Organization of American States" not in takers(edges)
    assert any(t == "HELD_IN" and o == "Lima" for _, t, o in edges)  # the summit itself is read


def test_bloc_leaders_closing_their_summit_are_not_the_bloc(pipeline):
    text = ("African Union leaders closed their two-day summit in Addis Ababa on Sunday. Kenya and Ghana pledged "
            "troops at the summit.")
    edges = edges_of(pipeline, text)
    assert "African Union" not in takers(edges)
    assert {"Kenya", "Ghana"} <= takers(edges)


def test_bloc_closing_its_own_summit_holds_it(pipeline):
    text = ("The African Union closed its largest summit to date in Addis Ababa on Sunday, with Kenya and Ghana "
            "pledging troops for a new force.")
    assert "African Union" not in takers(edges_of(pipeline, text))


def test_bloc_meeting_others_at_a_summit_takes_part(pipeline):
    text = ("The European Union and the five Central Asian republics raised their ties to a strategic partnership "
            "on Friday at their first summit, held in Samarkand.")
    assert "European Union" in takers(edges_of(pipeline, text))


def test_state_invaded_takes_no_part_in_the_invasion_its_invader_does(pipeline):
    text = ("Poland has ordered 250 tanks from the United States since Russia's full-scale invasion of Ukraine, "
            "and Warsaw wants Ukraine to win.")
    edges = edges_of(pipeline, text)
    parts = {(s, o) for s, t, o in edges if t == "PARTICIPATED_IN"}
    assert ("Russia", "Russian invasion of Ukraine") in parts
    assert ("Ukraine", "Russian invasion of Ukraine") not in parts
    assert any(t == "IN_CONFLICT_WITH" and {s, o} == {"Russia", "Ukraine"} for s, t, o in edges)


def test_both_sides_of_a_war_take_part(pipeline):
    text = "Argentina and the United Kingdom fought the Falklands War in 1982 over the islands."
    parts = {(s, o) for s, t, o in edges_of(pipeline, text) if t == "PARTICIPATED_IN"}
    assert {("Argentina", "Falklands War"), ("United Kingdom", "Falklands War")} <= parts


def test_state_whose_coup_it_was_takes_no_part_in_it(pipeline):
    text = ("Guinea-Bissau's second coup in two years ended on Sunday when the soldiers who seized the palace "
            "handed power to a transitional council.")
    assert "Guinea-Bissau" not in takers(edges_of(pipeline, text))


def test_state_whose_exercise_it_is_takes_part(pipeline):
    text = "Norway's largest exercise in decades, Exercise Arctic Shield 2025, began on Monday near Bodø."
    assert "Norway" in takers(edges_of(pipeline, text))
