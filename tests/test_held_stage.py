"""A transfer takes no stage of use (``held_stage``): SUPPLIES is never ``in_service`` or ``retired``."""
from __future__ import annotations

import pytest

from graph.relations.passes import held_stage
from graph.relations.relation import Relation


def _rel(type_: str, stage: str) -> Relation:
    return Relation("country:norway", type_, "country:chile", {"start": 0, "sentence": "x"}, 0.8, "test",
                    {"stage": stage})


@pytest.mark.parametrize("stage,after", [("in_service", "delivered"), ("retired", "delivered"),
                                         ("ordered", "ordered"), ("delivering", "delivering"),
                                         ("cancelled", "cancelled")])
def test_supplies_take_no_stage_of_use(stage, after):
    r = _rel("SUPPLIES", stage)
    held_stage.apply([r])
    assert r.props["stage"] == after
    assert r.said == (stage if after != stage else None)  # the sentence's own word stays on its evidence


@pytest.mark.parametrize("stage", ["in_service", "retired", "delivered"])
def test_holdings_keep_their_stage(stage):
    r = _rel("OPERATES", stage)
    held_stage.apply([r])
    assert r.props["stage"] == stage


def test_supplier_of_a_fleet_in_use_is_delivered(pipeline):
    """Through the pipeline: the supply of jets the buyer flies is a completed transfer."""
    from graph.text.metadata import Metadata
    from graph.text.sources import Document
    text = "Chile flies F-16 jets it bought from Norway, and the air force relies on them for air policing."
    g = pipeline.process(Document.from_text(text, "t.txt", meta=Metadata(published="2025-03-10", date_source="cli")))
    stages = {(g.nodes[u]["name"], d["type"], g.nodes[v]["name"]): d.get("stage") for u, v, d in g.edges(data=True)}
    assert stages[("Norway", "SUPPLIES", "Chile")] == "delivered"
    assert stages[("Chile", "OPERATES", "F-16")] == "in_service"
