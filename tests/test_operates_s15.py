"""Who operates a platform (issue 10, session 15): a service named as operator, not its state as well (in that
sentence, at that stage); the actor of a gapped clause ("and the navy with its ...") owns "its"
platform; an infinitive with no subject takes the possessor of the noun it qualifies.
Invented sentences through the real pipeline."""
from __future__ import annotations

import pytest

from graph.entities import Entity
from graph.relations.passes.service_twins import drop_state_twins, service
from graph.relations.relation import Relation
from tests.extracted import find_relation, text_relations


@pytest.mark.parametrize("text, body, platform, state", [
    ("Chile is modernising its forces. The Chilean Air Force flies F-16 fighters from Antofagasta.",
     "Chilean Air Force", "F-16", "Chile"),
    ("Greece wants more jets. The Hellenic Air Force is also upgrading its F-16 fleet to the Viper standard.",
     "Hellenic Air Force", "F-16", "Greece"),
])
def test_a_service_named_as_operator_is_the_operator_not_its_state(pipeline, text, body, platform, state):
    edges = text_relations(pipeline, text)
    assert find_relation(edges, body, "OPERATES", platform, stage="in_service")
    assert not any(s == state and t == "OPERATES" for s, t, _ in edges)


def test_the_actor_of_a_gapped_clause_owns_its_platform(pipeline):
    edges = text_relations(pipeline, "The Chilean Air Force is flying displays with the F-16 and the C-130, and the Chilean "
                             "Navy with its P-3 Orion.")
    assert find_relation(edges, "Chilean Navy", "OPERATES", "P-3")
    assert not find_relation(edges, "Chilean Air Force", "OPERATES", "P-3")


def test_an_infinitive_takes_the_possessor_of_its_noun(pipeline):
    edges = text_relations(pipeline, "The Royal Danish Navy's decision to keep its Harpoon missiles surprised analysts.")
    assert find_relation(edges, "Royal Danish Navy", "OPERATES", "Harpoon", stage="in_service")


def _entities() -> dict[str, Entity]:
    return {"c": Entity("c", "Country", "Ruritania"),
            "af": Entity("af", "GovernmentBody", "Ruritanian Air Force", country="c"),
            "sq": Entity("sq", "GovernmentBody", "No. 4 Squadron", country="c"),
            "p": Entity("p", "Platform", "Norland Hawk")}


def _operates(source: str, sentence: int = 0, stage: str = "in_service") -> Relation:
    return Relation(source, "OPERATES", "p", {"start": sentence}, 0.7, "test", {"stage": stage})


def test_a_unit_below_a_service_is_no_service():
    ents = _entities()
    assert service(ents["af"]) and not service(ents["sq"]) and not service(ents["c"])


@pytest.mark.parametrize("body, sentence, stage, kept", [
    ("af", 0, "in_service", False),  # the state beside its air force in the same sentence
    ("af", 120, "in_service", True),  # the state's own sentence
    ("af", 0, "ordered", True),      # another stage: another fact
    ("sq", 0, "in_service", True),   # a squadron does not make the state's relation optional
])
def test_which_state_twins_are_dropped(body, sentence, stage, kept):
    ents = _entities()
    out = drop_state_twins([_operates(body), _operates("c", sentence, stage)], ents)
    assert any(r.source == "c" for r in out) is kept
    assert any(r.source == body for r in out)


def test_goods_a_quantifier_says_one_firm_made(pipeline):
    edges = text_relations(pipeline, "Greece ordered Meteor air-to-air missiles and Storm Shadow cruise missiles, both made by "
                             "MBDA, as well as Exocet anti-ship missiles.")
    assert find_relation(edges, "MBDA", "MANUFACTURES", "Meteor")
    assert find_relation(edges, "MBDA", "MANUFACTURES", "Storm Shadow")


def test_who_heads_a_described_body_leads_the_body_named_beside_it(pipeline):
    edges = text_relations(pipeline, "The session was also addressed by Philippe Lazzarini, who heads the UN agency for "
                             "Palestinian refugees, UNRWA.")
    assert find_relation(edges, "Lazzarini", "LEADS", "UNRWA")
    assert not find_relation(edges, "Lazzarini", "AFFILIATED_WITH", "UNRWA")


def test_who_took_over_at_a_firm_leads_it_and_who_runs_a_task_for_one_works_there(pipeline):
    edges = text_relations(pipeline, "The talks were led by Marie Dubois, who took over at Thales in 2022.")
    assert find_relation(edges, "Marie Dubois", "LEADS", "Thales")
    edges = text_relations(pipeline, "Anna Berg, who runs procurement for Saab, said the order was welcome.")
    assert find_relation(edges, "Anna Berg", "AFFILIATED_WITH", "Saab")
