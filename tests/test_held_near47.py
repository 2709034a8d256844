"""An exercise or a clash "near" or "around" a place is not held in it; "off" a coast town still places a
drill at sea (session 47, precision: pooled over the 44 dev halves "near"/"around" gave HELD_IN 0 true,
3 optional, 5 false in 5 halves). Invented sentences through the real pipeline."""
from __future__ import annotations

from tests.extracted import text_edges


def _held(pipeline, text: str) -> set[tuple[str, str, str]]:
    return {e for e in text_edges(pipeline, text, "2024-07-22") if e[1] == "HELD_IN"}


def test_an_exercise_near_a_city_is_not_held_in_it(pipeline):
    held = _held(pipeline, "Kazakhstan and the United States began the Steppe Eagle 2024 exercise near Almaty "
                           "on Monday.")
    assert ("Steppe Eagle 2024", "HELD_IN", "Almaty") not in held


def test_an_exercise_around_a_city_is_not_held_in_it(pipeline):
    held = _held(pipeline, "Russia and China began the Joint Sea 2024 exercise around Zhanjiang on Sunday.")
    assert ("Joint Sea 2024", "HELD_IN", "Zhanjiang") not in held


def test_an_exercise_off_a_port_is_held_there(pipeline):
    held = _held(pipeline, "Russia and China began the Joint Sea 2024 exercise off Zhanjiang on Sunday.")
    assert ("Joint Sea 2024", "HELD_IN", "Zhanjiang") in held
