"""A state's OPERATES carried to the one armed service of that state the article names for the platform's
branch (issue 10, session 21: the state found where the annotators list its named service, pooled over
the development halves). Invented sentences through the real pipeline."""
from __future__ import annotations

import pytest

from graph.entities import Entity
from graph.relations.passes.state_services import branch
from tests.extracted import has_staged as _has
from tests.extracted import staged_edges as _edges


def test_a_states_fleet_in_use_is_its_named_air_forces_too(pipeline):
    edges = _edges(pipeline, "The Peruvian Air Force marked its centenary on Monday.\n\n"
                             "Peru still flies about a dozen Mirage 2000 fighters.")
    assert _has(edges, "Peru", "OPERATES", "Mirage 2000", "in_service")
    assert _has(edges, "Peruvian Air Force", "OPERATES", "Mirage 2000", "in_service")


def test_a_retired_ship_goes_to_the_named_navy_not_the_air_force(pipeline):
    edges = _edges(pipeline, "The Chilean Navy and the Chilean Air Force held a joint drill.\n\n"
                             "Chile retired its last Type 209 submarine in 2020.")
    assert _has(edges, "Chilean Navy", "OPERATES", "Type 209", "retired")
    assert not _has(edges, "Chilean Air Force", "OPERATES", "Type 209")


def test_a_purchase_in_the_lead_is_the_named_services(pipeline):
    edges = _edges(pipeline, "Colombia signs for 17 Gripen fighters\n\n"
                             "Colombia signed a contract for 17 Gripen fighters on Monday. The Colombian Aerospace "
                             "Force will base them at Palanquero.")
    assert _has(edges, "Colombian Aerospace Force", "OPERATES", "Gripen", "ordered")


def test_an_older_purchase_deep_in_the_article_stays_the_states(pipeline):
    edges = _edges(pipeline, "The Colombian Aerospace Force held its annual review on Monday.\n\n"
                             "Officers spoke of training and of the budget.\n\n"
                             "Separately, Colombia ordered two C295 transports in 2019.")
    assert _has(edges, "Colombia", "OPERATES", "C295", "ordered")
    assert not _has(edges, "Colombian Aerospace Force", "OPERATES", "C295")


def test_a_helicopter_belongs_to_no_one_branch(pipeline):
    edges = _edges(pipeline, "The Peruvian Army paraded on Monday.\n\nPeru flies the Mi-17 helicopter.")
    assert not _has(edges, "Peruvian Army", "OPERATES", "Mi-17")


def test_a_plan_stays_the_states(pipeline):
    edges = _edges(pipeline, "The Peruvian Air Force marked its centenary on Monday.\n\n"
                             "Peru plans to buy 24 new fighters, and officials favour the Gripen.")
    assert not _has(edges, "Peruvian Air Force", "OPERATES", "Gripen")


@pytest.mark.parametrize("name, kind", [
    ("Royal Thai Air Force", "air"), ("Belgian Air Component", "air"), ("Russian Aerospace Forces", "air"),
    ("Colombian Aerospace Force", "air"),
    ("Japan Air Self-Defense Force", "air"), ("Indian Navy", "sea"), ("Japan Maritime Self-Defense Force", "sea"), ("Lithuanian Land Forces", "land"),
    ("Australian Army", "land"), ("Philippine Coast Guard", None), ("Bundeswehr", None),
])
def test_a_services_branch_is_read_from_its_name(name, kind):
    assert branch(Entity("b", "GovernmentBody", name)) == kind
