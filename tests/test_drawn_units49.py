"""The bodies a sent contingent is drawn from, told in its make-up after the sending verb, take part in the
article's one drill (graph/relations/families/events.py ``_drawn_from``, through ``_sent_units``): "sent 60
personnel: 45 from the X Army, most of them from a battalion of the Y Regiment, and 15 from the Z Air Force",
"built around a battalion of Y, with seven members of Z". Not observers, nor in an article with two drills.
Invented sentences."""
from __future__ import annotations

from functools import partial

from tests.extracted import text_edges

edges = partial(text_edges, published="2025-06-10")

EXERCISE = ("Allied Troops Start Northern Shield 2025 In Estonia\n\n"
            "TALLINN, June 9, 2025 - The multinational exercise Northern Shield 2025 opened on Monday in Estonia "
            "with about 9,000 troops. The drills run until June 20. ")
TWO_DRILLS = ("Allied Troops Start Northern Shield 2025 In Estonia\n\n"
              "TALLINN, June 9, 2025 - The multinational exercise Northern Shield 2025 opened on Monday in Estonia. "
              "The Northern Shield 2025 drills run until June 20. In March, Estonia also took part in Exercise "
              "Cold Response 2024 in Norway. ")
EVENT = "Northern Shield 2025"


def _partakers(found, event=EVENT) -> set[str]:
    return {s for s, t, o in found if t == "PARTICIPATED_IN" and o == event}


def test_the_bodies_of_a_colon_make_up_take_part(pipeline):
    found = edges(pipeline, EXERCISE + "India has sent 60 personnel: 45 from the Indian Army, most of them from a "
                  "battalion of the Sikh Regiment, and 15 from the Indian Air Force.")
    assert {"Indian Army", "Sikh Regiment", "Indian Air Force"} <= _partakers(found)


def test_the_bodies_a_contingent_is_built_around_or_comes_with_take_part(pipeline):
    found = edges(pipeline, EXERCISE + "India's defence ministry said it had sent 65 personnel, built around a "
                  "battalion of the Sikh Regiment, with seven members of the Indian Air Force.")
    assert {"Sikh Regiment", "Indian Air Force"} <= _partakers(found)


def test_a_make_up_the_parser_splits_at_the_colon_is_still_read(pipeline):
    found = edges(pipeline, EXERCISE + "India has sent 120 personnel: 90 soldiers built around a battalion of the "
                  "Sikh Regiment, and a detachment of 30 from the Indian Air Force.")
    assert {"Sikh Regiment", "Indian Air Force"} <= _partakers(found)


def test_observers_drawn_from_a_body_give_it_no_part(pipeline):
    found = edges(pipeline, EXERCISE + "India sent 20 observers, ten of them from the Indian Air Force.")
    assert "Indian Air Force" not in _partakers(found)


def test_the_make_up_is_read_only_where_the_article_has_one_drill(pipeline):
    found = edges(pipeline, TWO_DRILLS + "India has sent 60 personnel: 45 from the Indian Army, most of them from "
                  "a battalion of the Sikh Regiment, and 15 from the Indian Air Force.")
    assert not [e for e in found if e[0] in {"Sikh Regiment", "Indian Air Force"} and e[1] == "PARTICIPATED_IN"]
