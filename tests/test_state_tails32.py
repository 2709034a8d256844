"""A body named with its state and again without it is one node; a tail two bodies share, or a tail
of generic words, stays apart."""
from __future__ import annotations

from graph.entities.entity import Entity
from graph.entities.state_tails import state_tails
from tests.extracted import graph_maker

graph_of = graph_maker("2025-07-08")
STATES = {"Japan", "Japanese", "Chile", "Chilean", "Peru"}
GENERIC = {"armed", "forces", "navy", "ministry", "of", "defence"}


def _bodies(*names: str, catalogued: str | None = None) -> dict[str, Entity]:
    out = {}
    for name in names:
        e = Entity(f"GovernmentBody:{name}", "GovernmentBody", name, ref_id="ref" if name == catalogued else None)
        out[e.id] = e
    return out


def test_tail_of_one_state_named_body_merges():
    for full in ("Chilean Coastal Survey Service", "Coastal Survey Service of Chile"):
        entities = _bodies(full, "Coastal Survey Service", catalogued=full)
        state_tails(entities, STATES.__contains__, GENERIC)
        assert [(e.name, e.aliases) for e in entities.values()] == [(full, {"Coastal Survey Service"})]


def test_tail_of_two_bodies_or_generic_tail_stays():
    entities = _bodies("Chilean Coastal Survey Service", "Peru Coastal Survey Service", "Coastal Survey Service")
    state_tails(entities, STATES.__contains__, GENERIC)
    assert len(entities) == 3
    entities = _bodies("Chilean Armed Forces", "Armed Forces")
    state_tails(entities, STATES.__contains__, GENERIC)
    assert len(entities) == 2
    entities = _bodies("Naval Coastal Survey Service", "Coastal Survey Service")  # no state before the tail
    state_tails(entities, STATES.__contains__, GENERIC)
    assert len(entities) == 2


def test_force_named_with_and_without_its_state(pipeline):
    text = ("Japan and Philippines hold first joint drill under new pact\n\n"
            "MANILA, July 8, 2025 - The Japan Self-Defense Forces and the Armed Forces of the Philippines held "
            "their first exercise under the Reciprocal Access Agreement on Monday. About 200 members of the "
            "Self-Defense Forces flew in on C-130 transports, officials said.")
    g = graph_of(pipeline, text)
    names = [d["name"] for _, d in g.nodes(data=True) if "Self-Defense" in d.get("name", "")]
    assert names == ["Japan Self-Defense Forces"], names
