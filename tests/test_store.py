"""The store: merging, idempotent ingest, evidence from several documents, atomic writes."""
from __future__ import annotations

import json

import pytest

from graph.cypher import open_embedded
from graph.errors import OntologyError, StoreError
from graph.pipeline import ingest
from graph.store import Store

A = "Poland is a member of NATO. Poland signed a defense cooperation agreement with South Korea."
B = "Lithuania is a member of NATO. Poland signed a defense cooperation agreement with South Korea last year."


def _write(folder, name, text):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _edges(store, type_):
    return [(u, v, d) for u, v, d in store.graph.edges(data=True) if d["type"] == type_]


def test_ingesting_twice_changes_nothing(tmp_path, pipeline):
    doc = _write(tmp_path / "in", "a.txt", A)
    store = Store(tmp_path / "s")
    first = ingest([doc], store, pipeline)
    before = (Store(tmp_path / "s").node_link(), Store(tmp_path / "s").seq())
    second = ingest([doc], Store(tmp_path / "s"), pipeline)
    assert first.added and not second.added and second.skipped
    assert (Store(tmp_path / "s").node_link(), Store(tmp_path / "s").seq()) == before  # not even a write


def test_same_fact_in_two_documents_is_one_edge_with_both_evidence(tmp_path, pipeline):
    store = Store(tmp_path / "s")
    ingest([_write(tmp_path / "in", "a.txt", A)], store, pipeline)
    nodes_before = set(store.graph.nodes)
    ingest([_write(tmp_path / "in2", "b.txt", B)], store, pipeline)
    coop = [d for u, v, d in _edges(store, "COOPERATES_WITH") if {u, v} == {"country:poland", "country:south-korea"}]
    assert len(coop) == 1
    assert len({e["doc"] for e in coop[0]["evidence"]}) == 2
    members = {u for u, v, d in _edges(store, "MEMBER_OF") if v.endswith("north-atlantic-treaty-organization")}
    assert members == {"country:poland", "country:lithuania"}
    # the second document adds only its own facts: Lithuania and a Document node
    assert set(store.graph.nodes) - nodes_before == {"country:lithuania", *[d for d in store.documents() if d not in nodes_before]}
    assert sum(1 for n in store.graph if n == "country:poland") == 1


def test_graph_json_is_node_link_with_edges(tmp_path, pipeline):
    ingest([_write(tmp_path / "in", "a.txt", A)], Store(tmp_path / "s"), pipeline)
    Store(tmp_path / "s").export_json(tmp_path / "graph.json")
    data = json.loads((tmp_path / "graph.json").read_text())
    assert {"nodes", "edges"} <= set(data)
    assert all({"id", "label", "name", "aliases"} <= set(n) for n in data["nodes"])
    assert all({"source", "target", "type"} <= set(e) for e in data["edges"])
    text_edges = [e for e in data["edges"] if e["type"] != "MENTIONED_IN" and e.get("provenance") != "reference"]
    assert text_edges and all(e["evidence"] and 0 <= e["confidence"] <= 1 for e in text_edges)
    ev = text_edges[0]["evidence"][0]
    assert A[ev["start"]:ev["end"]] == ev["sentence"]


def test_invalid_write_leaves_store_untouched(tmp_path, pipeline):
    store = Store(tmp_path / "s")
    ingest([_write(tmp_path / "in", "a.txt", A)], store, pipeline)
    before = (store.node_link(), store.seq())
    store.graph.add_node("bad", id="bad", label="Weapon", name="x", aliases=[])
    with pytest.raises(OntologyError):
        store.save()
    assert (Store(store.dir).node_link(), Store(store.dir).seq()) == before


def test_corrupt_store_is_a_clear_error(tmp_path):
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "graph.json").write_text("{not json")  # an older store: imported on first use
    with pytest.raises(StoreError, match="graph.json"):
        Store(tmp_path / "s")
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "store.sqlite").write_bytes(b"not a database, but long enough to be read as one" * 40)
    with pytest.raises(StoreError, match="store.sqlite"):
        Store(tmp_path / "t").documents()


def test_an_older_store_is_imported_whole(tmp_path, pipeline):
    ingest([_write(tmp_path / "in", "a.txt", A)], Store(tmp_path / "s"), pipeline)
    Store(tmp_path / "s").export_json(tmp_path / "old" / "graph.json")
    imported = Store(tmp_path / "old")
    assert imported.node_link() == Store(tmp_path / "s").node_link()
    with open_embedded(tmp_path / "old") as db:
        assert db.run("MATCH (n) RETURN count(*) AS c")["c"][0] == len(imported.node_link()["nodes"])


def test_enrichment_is_reference_only_and_can_be_switched_off(tmp_path):
    from graph.pipeline import Pipeline
    from graph.text import Document

    doc = Document.from_text("Poland ordered more Patriot air defense systems.")
    on = Pipeline().process(doc)
    off = Pipeline(enrich=False).process(doc)
    ref_edges = [d for _, _, d in on.edges(data=True) if d.get("provenance") == "reference"]
    assert ref_edges and all(not d.get("evidence") for d in ref_edges)
    assert not [d for _, _, d in off.edges(data=True) if d.get("provenance") == "reference"]


def test_force_reingest_replaces_a_documents_facts(tmp_path, pipeline):
    store = Store(tmp_path / "s")
    a = _write(tmp_path / "in", "a.txt", A)
    b = _write(tmp_path / "in2", "b.txt", B)
    ingest([a, b], store, pipeline)
    before = store.node_link()
    ingest([a], store, pipeline, force=True)
    after = store.node_link()
    assert after == before  # same text, same extraction: the same graph again
    store.remove_document(next(d for d in store.documents() if store.graph.nodes[d]["path"] == str(b)))
    assert "country:lithuania" not in store.graph
    coop = [d for u, v, d in _edges(store, "COOPERATES_WITH") if {u, v} == {"country:poland", "country:south-korea"}]
    assert len(coop) == 1 and len(coop[0]["evidence"]) == 1
