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


def test_taking_out_the_document_that_closed_a_fact_reopens_it(tmp_path, pipeline):
    """The fact's properties are merged afresh from the reports left (issue 12): valid_to, the stage
    and the dates come back to what the first document alone gave, in the log and in the index."""
    import pandas as pd

    import queries

    order = _write(tmp_path / "in", "a.md", "---\npublished: 2019-05-14\ntitle: Order\n---\n"
                   "Kazakhstan ordered Su-30SM fighters from Russia.\n")
    cancel = _write(tmp_path / "in", "b.md", "---\npublished: 2023-02-10\ntitle: Cancelled\n---\n"
                    "Kazakhstan cancelled its order for the Su-30SM fighters.\n")
    edge = ("country:kazakhstan", "platform:su-30", "OPERATES")
    store = Store(tmp_path / "s")
    ingest([order], store, pipeline)
    alone = dict(Store(store.dir).graph.edges[edge])
    assert "valid_to" not in alone
    ingest([cancel], Store(store.dir), pipeline)
    closed = Store(store.dir).node_link()
    assert Store(store.dir).graph.edges[edge]["valid_to"] == "2023-02-10"
    for path in (cancel, order):  # taken out and put back: closed again, nothing else changes
        ingest([path], Store(store.dir), pipeline, force=True)
        assert Store(store.dir).node_link() == closed
    store = Store(store.dir)
    store.remove_document(next(d for d in store.documents() if store.graph.nodes[d]["path"] == str(cancel)))
    assert dict(Store(store.dir).graph.edges[edge]) == alone
    with open_embedded(store.dir) as db:
        got = db.run("MATCH (a:Country {id: $a})-[r:OPERATES]->(b:Platform {id: $b}) RETURN r.valid_to AS t, "
                     "r.stage AS s, size(r.evidence) AS n", {"a": edge[0], "b": edge[1]}).to_dict("records")
        assert len(got) == 1 and pd.isna(got[0]["t"]) and got[0]["s"] == alone.get("stage") and got[0]["n"] == 1
        assert "Kazakhstan" in queries.platform_actors(db, "Su-30", as_of="2024-01-01")["actor"].tolist()
