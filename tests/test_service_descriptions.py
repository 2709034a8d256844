""""the air force", "the navy", "the service" for the armed service named before them
(graph/entities/descriptions.py), on invented sentences: the description becomes a ``coref`` mention and
the relation rules read it like the name."""
from __future__ import annotations

from test_antecedents import corefs
from test_discourse import edges


def test_the_air_force_and_the_service_are_the_service_named_before(pipeline):
    text = ("The Royal Norwegian Air Force will receive six P-8A Poseidon aircraft. The new jets replace the P-3 "
            "Orion, which the air force has flown since 1969.")
    assert ("force", "Royal Norwegian Air Force") in corefs(pipeline, text)
    text = "The Peruvian Air Force hosted the show. The static park included the service's KC-390 tanker."
    assert ("service", "Peruvian Air Force") in corefs(pipeline, text)
    assert any(s == "Peruvian Air Force" and t == "OPERATES" and "390" in o for s, t, o in edges(pipeline, text))


def test_a_service_word_of_another_kind_or_an_office_is_left_alone(pipeline):
    # a task force is no air force; "the service" takes the nearest body whose name says what it is
    text = "The Combined Task Force 151 patrols the Gulf of Aden. The air force sent two aircraft."
    assert not [c for c in corefs(pipeline, text) if c[0] == "force"]
    # a sentence naming another state leaves "the navy" open: whose navy it is, the text does not say
    text = "The Philippine Navy commissioned a frigate in May. The navy now sails with the United States and Japan."
    assert not [c for c in corefs(pipeline, text) if c[0] == "navy"]
    text = "The Federal Security Service detained two men. The service said they had spied for a neighbour."
    assert ("service", "Federal Security Service") in corefs(pipeline, text)
