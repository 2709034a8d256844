"""Joint activities whose parties are named together rather than as doer and "with" partner: "joint
drills between A and B", "joint exercises of A and B", "drills by A and B", "A and B's bombers flew a
joint patrol"; invented sentences."""
from __future__ import annotations

from functools import partial

from tests.extracted import text_edges

edges_of = partial(text_edges, published="2024-05-10", date_source=None)


def ties(edges):
    return {frozenset((s, o)) for s, t, o in edges if t == "COOPERATES_WITH"}


def test_joint_patrols_between_two_states(pipeline):
    text = "Joint patrols between Indonesia and the Philippines resumed in March."
    assert frozenset({"Indonesia", "Philippines"}) in ties(edges_of(pipeline, text))


def test_joint_exercises_of_two_states(pipeline):
    text = "The joint exercises of India and the United States began in Auli."
    assert frozenset({"India", "United States"}) in ties(edges_of(pipeline, text))


def test_joint_drills_by_two_states(pipeline):
    text = "The joint naval drills by China and Russia ended on Friday."
    assert frozenset({"China", "Russia"}) in ties(edges_of(pipeline, text))


def test_joint_patrol_flown_by_two_states_bombers(pipeline):
    text = "Chinese and Russian bombers flew a joint patrol near Japan."
    assert frozenset({"China", "Russia"}) in ties(edges_of(pipeline, text))


def test_a_third_state_named_elsewhere_in_the_sentence_is_no_party(pipeline):
    text = ("A senior US diplomat told reporters that joint training between India and the United States "
            "was no business of China's.")
    found = ties(edges_of(pipeline, text))
    assert frozenset({"India", "United States"}) in found
    assert not any("China" in pair for pair in found)


def test_drills_without_the_word_joint_are_no_tie(pipeline):
    text = "The naval drills by China and Russia ended on Friday."
    assert frozenset({"China", "Russia"}) not in ties(edges_of(pipeline, text))


def test_a_combined_exercise_of_one_states_services_is_no_tie(pipeline):
    text = "The jets took part in a combined live-fire exercise of the Republic of Korea Air Force and the Republic of Korea Army."
    found = ties(edges_of(pipeline, text))
    assert frozenset({"Republic of Korea Air Force", "Republic of Korea Army"}) not in found
