"""Who operates a platform (issue 10, session 15): a service named as operator, not its state as well; a state
named on its own keeps its relation; the actor of a gapped clause ("and the navy with its ...") owns "its"
platform; an infinitive with no subject takes the possessor of the noun it qualifies.
Invented sentences through the real pipeline."""
from __future__ import annotations

import pytest

from graph.entities import Entity
from graph.relations.relation import Relation
from graph.relations.service_twins import drop_state_twins, service
from tests.test_supply_fleet_kinds import _edges, _has


@pytest.mark.parametrize("text, body, platform, state", [
    ("Chile is modernising its forces. The Chilean Air Force flies F-16 fighters from Antofagasta.",
     "Chilean Air Force", "F-16", "Chile"),
    ("Greece wants more jets. The Hellenic Air Force is also upgrading its F-16 fleet to the Viper standard.",
     "Hellenic Air Force", "F-16", "Greece"),
])
def test_a_service_named_as_operator_is_the_operator_not_its_state(pipeline, text, body, platform, state):
    edges = _edges(pipeline, text)
    assert _has(edges, body, "OPERATES", platform, "in_service")
    assert not any(s == state and t == "OPERATES" for s, t, _, _ in edges)


def test_a_state_named_on_its_own_keeps_its_relation(pipeline):
    edges = _edges(pipeline, "The Indian Navy already flies two MQ-9B drones leased since 2020, and India is in talks "
                             "to buy 31 more MQ-9Bs.")
    assert _has(edges, "Indian Navy", "OPERATES", "MQ-9")
    assert any(s == "India" and t == "OPERATES" and "MQ-9" in o for s, t, o, _ in edges)


def test_the_actor_of_a_gapped_clause_owns_its_platform(pipeline):
    edges = _edges(pipeline, "The Chilean Air Force is flying displays with the F-16 and the C-130, and the Chilean "
                             "Navy with its P-3 Orion.")
    assert _has(edges, "Chilean Navy", "OPERATES", "P-3")
    assert not _has(edges, "Chilean Air Force", "OPERATES", "P-3")


def test_an_infinitive_takes_the_possessor_of_its_noun(pipeline):
    edges = _edges(pipeline, "The Royal Danish Navy's decision to keep its Harpoon missiles surprised analysts.")
    assert _has(edges, "Royal Danish Navy", "OPERATES", "Harpoon", "in_service")


def _entities() -> dict[str, Entity]:
    return {"c": Entity("c", "Country", "Ruritania"),
            "af": Entity("af", "GovernmentBody", "Ruritanian Air Force", country="c"),
            "sq": Entity("sq", "GovernmentBody", "No. 4 Squadron", country="c"),
            "p": Entity("p", "Platform", "Norland Hawk")}


def _operates(source: str, at: int, stage: str = "in_service") -> Relation:
    return Relation(source, "OPERATES", "p", {"start": 0}, 0.7, "test", {"stage": stage}, at=at)


def test_a_unit_below_a_service_is_no_service():
    ents = _entities()
    assert service(ents["af"]) and not service(ents["sq"]) and not service(ents["c"])


@pytest.mark.parametrize("body, state_at, stage, kept", [
    ("af", 3, "in_service", False),  # the state standing in for its air force's mention
    ("af", 9, "in_service", True),   # the state named on its own
    ("af", 3, "ordered", True),      # another stage: another fact
    ("sq", 3, "in_service", True),   # a squadron does not make the state's relation optional
])
def test_which_state_twins_are_dropped(body, state_at, stage, kept):
    ents = _entities()
    out = drop_state_twins([_operates(body, 3), _operates("c", state_at, stage)], ents)
    assert any(r.source == "c" for r in out) is kept
    assert any(r.source == body for r in out)
