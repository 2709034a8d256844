"""``geopol cypher --write``: a Cypher write that changes the store for good.

Under the writer lock, the statement runs on a private copy of the latest generation of the
embedded database; the copy is then read back whole, validated against the ontology, and its
differences from the log of record are written to ``store.sqlite`` in one transaction, after which
the copy is published as the generation of that transaction. A statement that leaves anything
the ontology does not allow changes nothing. This costs a read of the whole database (a Cypher
statement may touch anything); ingests stay incremental.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import networkx as nx
import orjson
import pandas as pd

from ..errors import CypherError, OntologyError
from ..ontology import LABELS, RELATIONS
from ..store import Store, validate
from ..store import write as sw
from ..store.lock import writer_lock
from .embedded import EmbeddedGraph
from .index import GEN_DIR, publish, published, sync
from .tables import NODE_COLUMNS, REL_COLUMNS, node_attrs, node_row, rel_attrs, rel_row


def write_cypher(store_dir: str | os.PathLike, query: str, params: dict[str, Any] | None = None) -> pd.DataFrame:
    """Run a write statement on the store; return its result rows."""
    store_dir = Path(store_dir)
    with writer_lock(store_dir):
        sync(store_dir, wait=True)
        current = published(store_dir)
        tmp = store_dir / GEN_DIR / f".write.{os.getpid()}.tmp"
        shutil.copyfile(current[0], tmp)
        try:
            with EmbeddedGraph(tmp, read_only=False) as db:
                frame = db.run(query, params or {}, write=True)
                g = _read_back(db)
            try:
                validate(g)
            except OntologyError as exc:
                raise CypherError(f"the write was refused: {exc}") from exc
            store = Store(store_dir)
            try:
                with store._transaction() as (conn, seq):
                    _apply_diff(conn, g, seq)
                publish(store_dir, tmp, seq, current)
            finally:
                store.close()
        finally:
            tmp.unlink(missing_ok=True)
    return frame


def _read_back(db: EmbeddedGraph) -> nx.MultiDiGraph:
    """The whole database as a store-shaped graph (the table names are the labels and types)."""
    g = nx.MultiDiGraph()
    ncols = ", ".join(f"n.{c} AS {c}" for c in NODE_COLUMNS)
    for label in LABELS:
        for row in db.run(f"MATCH (n:{label}) RETURN {ncols}").to_dict("records"):
            attrs = node_attrs(_clean(row))
            attrs["label"] = label
            g.add_node(attrs["id"], **attrs)
    rcols = ", ".join(f"r.{c} AS {c}" for c in REL_COLUMNS)
    for type_ in RELATIONS:
        for row in db.run(f"MATCH (a)-[r:{type_}]->(b) RETURN a.id AS _from, b.id AS _to, {rcols}").to_dict("records"):
            row = _clean(row)
            u, v = row.pop("_from"), row.pop("_to")
            attrs = rel_attrs(row)
            attrs["type"] = type_
            g.add_edge(u, v, key=type_, **attrs)
    return g


def _clean(row: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in row.items():
        if hasattr(v, "tolist"):
            v = v.tolist()
        if isinstance(v, float) and v != v:
            v = None
        out[k] = v
    return out


def _apply_diff(conn, g: nx.MultiDiGraph, seq: int) -> None:
    """Make the log of record hold ``g``, touching only the rows that differ."""
    stored = {node_id: orjson.loads(a) for node_id, a in conn.execute("SELECT id, attrs FROM nodes")}
    for node_id in stored.keys() - set(g.nodes):
        sw.delete_node(conn, node_id, seq)
    for node_id, attrs in g.nodes(data=True):
        old = stored.get(node_id)
        if old is None:
            conn.execute("INSERT INTO nodes(id, label, attrs, seq) VALUES (?, ?, ?, ?)",
                         (node_id, attrs["label"], sw.dumps(attrs), seq))
        elif node_row(old) != node_row(attrs):
            conn.execute("UPDATE nodes SET label = ?, attrs = ?, seq = ? WHERE id = ?",
                         (attrs["label"], sw.dumps(attrs), seq, node_id))
    evidence: dict[int, list[dict]] = {}
    for eid, item in conn.execute("SELECT eid, item FROM evidence ORDER BY eid, doc, start"):
        evidence.setdefault(eid, []).append(orjson.loads(item))
    edges = {}
    for eid, u, t, v, a in conn.execute("SELECT eid, source, type, target, attrs FROM edges"):
        attrs = orjson.loads(a)
        if eid in evidence:
            attrs["evidence"] = evidence[eid]
        edges[(u, t, v)] = (eid, attrs)
    labels = dict(g.nodes(data="label"))
    wanted = {(u, k, v): d for u, v, k, d in g.edges(keys=True, data=True)}
    for key in edges.keys() - wanted.keys():
        sw.delete_edge(conn, edges[key][0], *key, {**{n: labels.get(n, "") for n in (key[0], key[2])}}, seq)
    for (u, t, v), attrs in wanted.items():
        old = edges.get((u, t, v))
        if old is not None and _same_edge(old[1], attrs):
            continue
        if old is not None:
            conn.execute("DELETE FROM evidence WHERE eid = ?", (old[0],))
            conn.execute("DELETE FROM edges WHERE eid = ?", (old[0],))
        sw.upsert_edge(conn, u, t, v, attrs, seq)


def _same_edge(a: dict[str, Any], b: dict[str, Any]) -> bool:
    ra, rb = rel_row(a), rel_row(b)
    ra["evidence"], rb["evidence"] = sorted(ra["evidence"]), sorted(rb["evidence"])
    return ra == rb
