"""A display's platforms flown by the one armed service the sentences just before name (issue 10, session
21: parade and flypast lists with no operator of their own, pooled over the development halves).
Invented sentences through the real pipeline."""
from __future__ import annotations

import pytest

from graph.entities import Entity
from graph.relations.passes.service_twins import branch
from tests.extracted import has_staged as _has
from tests.extracted import staged_edges as _edges


def test_a_parades_list_is_flown_by_the_service_just_named(pipeline):
    edges = _edges(pipeline, "Brazil marked its national day on Sunday. Overhead, the Brazilian Air Force put up "
                             "thirty aircraft. Gripen fighters, KC-390 transports and Super Tucano trainers then "
                             "crossed the esplanade.")
    for platform in ("Gripen", "C-390", "Super Tucano"):
        assert _has(edges, "Brazilian Air Force", "OPERATES", platform, "in_service")


def test_a_formation_of_platforms_is_the_services(pipeline):
    edges = _edges(pipeline, "The Hellenic Air Force held a ceremony at Tanagra on Friday. A formation of Rafale "
                             "and Mirage 2000 jets then flew over the base.")
    assert _has(edges, "Hellenic Air Force", "OPERATES", "Mirage 2000", "in_service")


def test_the_articles_one_air_force_flies_a_flypast_named_later(pipeline):
    edges = _edges(pipeline, "The Brazilian Air Force held a ceremony on Friday.\n\n"
                             "Gripen fighters then flew over the base.")
    assert _has(edges, "Brazilian Air Force", "OPERATES", "Gripen", "in_service")


def test_two_air_forces_leave_the_list_alone(pipeline):
    edges = _edges(pipeline, "The Brazilian Air Force and the Chilean Air Force held a joint ceremony on Friday.\n\n"
                             "Gripen fighters then flew over the base.")
    assert not any(t == "OPERATES" and o.startswith("Gripen") for _, t, o, _ in edges)


def test_a_sentence_with_its_own_state_is_left_to_the_other_rules(pipeline):
    edges = _edges(pipeline, "The Brazilian Air Force held a ceremony on Friday. Swedish Gripen fighters "
                             "then flew over the base.")
    assert not _has(edges, "Brazilian Air Force", "OPERATES", "Gripen")


def test_a_ship_sailing_by_is_not_the_articles_one_navy(pipeline):
    edges = _edges(pipeline, "The Chilean Navy hosted the exercise this week.\n\n"
                             "The frigate HMAS Anzac then sailed past the harbour.")
    assert not _has(edges, "Chilean Navy", "OPERATES", "Anzac")


@pytest.mark.parametrize("name, kind", [
    ("Royal Thai Air Force", "air"), ("Belgian Air Component", "air"), ("Russian Aerospace Forces", "air"),
    ("Colombian Aerospace Force", "air"),
    ("Japan Air Self-Defense Force", "air"), ("Indian Navy", "sea"), ("Japan Maritime Self-Defense Force", "sea"), ("Lithuanian Land Forces", "land"),
    ("Australian Army", "land"), ("Philippine Coast Guard", None), ("Bundeswehr", None),
])
def test_a_services_branch_is_read_from_its_name(name, kind):
    assert branch(Entity("b", "GovernmentBody", name)) == kind


def test_a_description_as_subject_is_not_carried(pipeline):
    edges = _edges(pipeline, "The Royal Air Force retired its Puma helicopters on Monday.\n\nLeonardo proposes to "
                             "build the AW149 at Yeovil as their replacement, but no contract has been signed.\n\n"
                             "Fifteen RAF Pumas were lost in accidents over the years. The helicopters also flew "
                             "relief missions after the floods.")
    assert not _has(edges, "Royal Air Force", "OPERATES", "AW149")
