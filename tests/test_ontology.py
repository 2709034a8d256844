from __future__ import annotations

import pytest

from graph.errors import OntologyError
from graph.ontology import LABELS, PLATFORM_CATEGORIES, RELATIONS, allowed, validate_edge, validate_node

EVIDENCE = [{"doc": "doc:1", "sentence": "s", "start": 0, "end": 1}]


def test_ontology_names_match_the_contract():
    assert len(LABELS) == 10 and "GovernmentBody" in LABELS
    assert "unmanned_surface_vessel" in PLATFORM_CATEGORIES
    assert {"MEMBER_OF", "DISPLAYED_AT", "MENTIONED_IN", "JOINT_VENTURE_OF"} <= set(RELATIONS)


@pytest.mark.parametrize("src,typ,dst,ok", [
    ("Country", "MEMBER_OF", "Alliance", True),
    ("Platform", "MEMBER_OF", "Alliance", False),
    ("Person", "LEADS", "Country", True),
    ("Country", "LEADS", "Person", False),
    ("Platform", "DISPLAYED_AT", "Event", True),
    ("Company", "SUPPLIES", "Place", False),
])
def test_endpoint_rules(src, typ, dst, ok):
    assert allowed(src, typ, dst) is ok


def test_validate_node_rejects_bad_nodes():
    validate_node({"id": "country:chad", "label": "Country", "name": "Chad", "aliases": []})
    with pytest.raises(OntologyError):
        validate_node({"id": "x", "label": "Weapon", "name": "X", "aliases": []})
    with pytest.raises(OntologyError):
        validate_node({"id": "p", "label": "Platform", "name": "P", "aliases": [], "category": "spaceship"})
    with pytest.raises(OntologyError):
        validate_node({"id": "p", "label": "Country", "name": "", "aliases": []})


def test_validate_edge_needs_provenance():
    validate_edge("Country", "COOPERATES_WITH", "Country", {"evidence": EVIDENCE, "confidence": 0.5})
    validate_edge("Company", "MANUFACTURES", "Platform", {"provenance": "reference"})
    with pytest.raises(OntologyError):
        validate_edge("Country", "COOPERATES_WITH", "Country", {"evidence": [], "confidence": 0.5})
    with pytest.raises(OntologyError):
        validate_edge("Company", "MANUFACTURES", "Platform", {"provenance": "reference", "evidence": EVIDENCE})
    with pytest.raises(OntologyError):
        validate_edge("Country", "OPERATES", "Platform", {"evidence": EVIDENCE, "confidence": 0.5, "stage": "lost"})
