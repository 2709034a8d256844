"""Reading the log of record: the whole graph or a neighbourhood as networkx, counts, and the
node-link interchange data, straight from SQLite."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

import networkx as nx
import orjson


def _evidence(conn: sqlite3.Connection) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {}
    for eid, item in conn.execute("SELECT eid, item FROM evidence ORDER BY eid, doc, start"):
        out.setdefault(eid, []).append(orjson.loads(item))
    return out


def edge_attrs(attrs_json: str, evidence: list[dict[str, Any]] | None) -> dict[str, Any]:
    attrs = orjson.loads(attrs_json)
    if evidence:
        attrs["evidence"] = evidence
    return attrs


def load_graph(conn: sqlite3.Connection) -> nx.MultiDiGraph:
    """The whole store as a MultiDiGraph (edges keyed by type), read in one snapshot."""
    g = nx.MultiDiGraph()
    conn.execute("BEGIN")
    try:
        for node_id, attrs in conn.execute("SELECT id, attrs FROM nodes"):
            g.add_node(node_id, **orjson.loads(attrs))
        evidence = _evidence(conn)
        for eid, u, type_, v, attrs in conn.execute("SELECT eid, source, type, target, attrs FROM edges"):
            g.add_edge(u, v, key=type_, **edge_attrs(attrs, evidence.get(eid)))
    finally:
        conn.execute("COMMIT")
    return g


def _edges_of(conn: sqlite3.Connection, node_ids: Iterable[str]) -> Iterator[tuple]:
    for node_id in node_ids:
        yield from conn.execute("SELECT eid, source, type, target, attrs FROM edges WHERE source = ?", (node_id,))
        yield from conn.execute("SELECT eid, source, type, target, attrs FROM edges WHERE target = ?", (node_id,))


def load_neighbourhood(conn: sqlite3.Connection, centre: str, depth: int = 1) -> nx.MultiDiGraph:
    """The nodes within ``depth`` hops of ``centre`` (any direction) and the edges among them."""
    g = nx.MultiDiGraph()
    frontier, seen = {centre}, {centre}
    edges: dict[int, tuple] = {}
    for _ in range(depth):
        nxt = set()
        for eid, u, type_, v, attrs in _edges_of(conn, frontier):
            edges[eid] = (u, type_, v, attrs)
            nxt.update((u, v))
        frontier = nxt - seen
        seen |= nxt
    for node_id in seen:
        row = conn.execute("SELECT attrs FROM nodes WHERE id = ?", (node_id,)).fetchone()
        if row:
            g.add_node(node_id, **orjson.loads(row[0]))
    for eid, (u, type_, v, attrs) in edges.items():
        if u in g and v in g:
            items = [orjson.loads(r[0]) for r in conn.execute(
                "SELECT item FROM evidence WHERE eid = ? ORDER BY doc, start", (eid,))]
            g.add_edge(u, v, key=type_, **edge_attrs(attrs, items))
    return g


def counts(conn: sqlite3.Connection) -> tuple[dict[str, int], dict[str, int]]:
    """(nodes per label, edges per type), from the counts the triggers keep (no scan)."""
    labels, types = {}, {}
    for kind, key, n in conn.execute("SELECT kind, key, n FROM counts WHERE n > 0"):
        (labels if kind == "label" else types)[key] = n
    return labels, types


def node_link(conn: sqlite3.Connection) -> dict[str, Any]:
    """The interchange data (``graph.json``) in canonical order, without building a networkx graph."""
    conn.execute("BEGIN")
    try:
        nodes = []
        for (attrs,) in conn.execute("SELECT attrs FROM nodes ORDER BY id"):
            node = orjson.loads(attrs)
            node.setdefault("aliases", [])
            nodes.append(node)
        evidence = _evidence(conn)
        edges = []
        for eid, u, v, attrs in conn.execute("SELECT eid, source, target, attrs FROM edges "
                                             "ORDER BY source, type, target"):
            edge = {"source": u, "target": v, **edge_attrs(attrs, None)}
            if eid in evidence:
                edge["evidence"] = sorted(evidence[eid], key=lambda e: (e["doc"], e["start"], e["end"]))
            edges.append(edge)
    finally:
        conn.execute("COMMIT")
    return {"directed": True, "multigraph": True, "graph": {}, "nodes": nodes, "edges": edges}
