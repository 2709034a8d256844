"""Writing into the log of record, inside the caller's transaction: merge a document's fragment,
take a document out, replace everything. Each costs what it touches (indexed lookups), never a
scan of the store.

Merge rules (as in memory): a node keeps its properties and gains new ones, aliases are unioned;
an edge keeps one row per (source, type, target), its evidence is unioned by (doc, start), its
confidence is the maximum, and text evidence turns a reference relation into a text one.
"""
from __future__ import annotations

import sqlite3
from typing import Any

import networkx as nx
import orjson

from ..dates import close_new
from .edges import merge_edge

_OPTS = orjson.OPT_SORT_KEYS


def dumps(value: Any) -> str:
    return orjson.dumps(value, option=_OPTS).decode()


def _item(item: dict[str, Any]) -> str:
    """An evidence item as stored: its keys in their own order (as the engine and exports show them)."""
    return orjson.dumps(item).decode()


def merge_node(known: dict[str, Any], attrs: dict[str, Any]) -> dict[str, Any]:
    """``known`` with the aliases of ``attrs`` added and its missing properties filled in."""
    out = dict(known)
    aliases = set(known.get("aliases", [])) | set(attrs.get("aliases", []))
    aliases.discard(known.get("name"))
    out["aliases"] = sorted(aliases)
    for k, v in attrs.items():
        out.setdefault(k, v)
    return out


def upsert_node(conn: sqlite3.Connection, attrs: dict[str, Any], seq: int) -> None:
    row = conn.execute("SELECT attrs FROM nodes WHERE id = ?", (attrs["id"],)).fetchone()
    if row is None:
        conn.execute("INSERT INTO nodes(id, label, attrs, seq) VALUES (?, ?, ?, ?)",
                     (attrs["id"], attrs["label"], dumps(attrs), seq))
        return
    known = orjson.loads(row[0])
    merged = merge_node(known, attrs)
    if merged != known:
        conn.execute("UPDATE nodes SET attrs = ?, seq = ? WHERE id = ?", (dumps(merged), seq, attrs["id"]))


def upsert_edge(conn: sqlite3.Connection, source: str, type_: str, target: str, attrs: dict[str, Any],
                seq: int) -> None:
    attrs = {**attrs, "type": type_}
    row = conn.execute("SELECT eid, attrs FROM edges WHERE source = ? AND type = ? AND target = ?",
                       (source, type_, target)).fetchone()
    props = {k: v for k, v in attrs.items() if k != "evidence"}
    changed = False
    if row is None:
        closed = dict(attrs)
        close_new(closed)  # a fact that states its own end (cancelled, retired, former) is closed
        if closed.get("valid_to"):
            props["valid_to"] = closed["valid_to"]
        eid = conn.execute("INSERT INTO edges(source, type, target, attrs, seq) VALUES (?, ?, ?, ?, ?)",
                           (source, type_, target, dumps(props), seq)).lastrowid
    else:
        eid, known = row[0], orjson.loads(row[1])
        merged = merge_edge(known, attrs)
        if merged != known:
            conn.execute("UPDATE edges SET attrs = ? WHERE eid = ?", (dumps(merged), eid))
            changed = True
    for item in attrs.get("evidence") or ():
        cur = conn.execute("INSERT OR IGNORE INTO evidence(eid, doc, start, item) VALUES (?, ?, ?, ?)",
                           (eid, item["doc"], item["start"], _item(item)))
        changed = changed or cur.rowcount > 0
    if changed:
        conn.execute("UPDATE edges SET seq = ? WHERE eid = ?", (seq, eid))


def add_fragment(conn: sqlite3.Connection, part: nx.MultiDiGraph, seq: int) -> None:
    """Merge one validated fragment (a document's graph)."""
    for _, attrs in part.nodes(data=True):
        upsert_node(conn, attrs, seq)
    for u, v, key, attrs in part.edges(keys=True, data=True):
        upsert_edge(conn, u, attrs.get("type", key), v, attrs, seq)


def _labels(conn: sqlite3.Connection, ids: set[str]) -> dict[str, str]:
    out = {}
    for node_id in ids:
        row = conn.execute("SELECT label FROM nodes WHERE id = ?", (node_id,)).fetchone()
        if row:
            out[node_id] = row[0]
    return out


def delete_edge(conn: sqlite3.Connection, eid: int, source: str, type_: str, target: str,
                labels: dict[str, str], seq: int) -> None:
    conn.execute("DELETE FROM evidence WHERE eid = ?", (eid,))
    conn.execute("DELETE FROM edges WHERE eid = ?", (eid,))
    conn.execute("INSERT INTO deleted_edges VALUES (?, ?, ?, ?, ?, ?)",
                 (source, type_, target, labels.get(source, ""), labels.get(target, ""), seq))


def delete_node(conn: sqlite3.Connection, node_id: str, seq: int) -> set[str]:
    """Delete a node and its edges; return its neighbours."""
    row = conn.execute("SELECT label FROM nodes WHERE id = ?", (node_id,)).fetchone()
    if row is None:
        return set()
    edges = conn.execute("SELECT eid, source, type, target FROM edges WHERE source = ? UNION ALL "
                         "SELECT eid, source, type, target FROM edges WHERE target = ?", (node_id, node_id)).fetchall()
    others = {s for _, s, _, _ in edges} | {t for _, _, _, t in edges}
    labels = _labels(conn, others | {node_id})
    for eid, s, t, d in edges:
        delete_edge(conn, eid, s, t, d, labels, seq)
    conn.execute("DELETE FROM nodes WHERE id = ?", (node_id,))
    conn.execute("INSERT INTO deleted_nodes VALUES (?, ?, ?)", (node_id, row[0], seq))
    others.discard(node_id)
    return others


def _mentioned(conn: sqlite3.Connection, node_id: str) -> bool:
    return conn.execute("SELECT 1 FROM edges WHERE source = ? AND type = 'MENTIONED_IN' LIMIT 1",
                        (node_id,)).fetchone() is not None


def _degree(conn: sqlite3.Connection, node_id: str) -> int:
    a = conn.execute("SELECT 1 FROM edges WHERE source = ? LIMIT 1", (node_id,)).fetchone()
    b = conn.execute("SELECT 1 FROM edges WHERE target = ? LIMIT 1", (node_id,)).fetchone()
    return int(a is not None) + int(b is not None)


def remove_document(conn: sqlite3.Connection, doc_id: str, seq: int) -> bool:
    """Take one document's contribution out: its evidence, the relations only it supported, the
    nodes only it mentioned (and their reference facts), reference-only nodes left without any
    edge, and its node. Costs what the document touched."""
    row = conn.execute("SELECT label FROM nodes WHERE id = ?", (doc_id,)).fetchone()
    if row is None or row[0] != "Document":
        return False
    mentioned = [r[0] for r in conn.execute(
        "SELECT source FROM edges WHERE target = ? AND type = 'MENTIONED_IN'", (doc_id,))]
    touched = [r[0] for r in conn.execute("SELECT DISTINCT eid FROM evidence WHERE doc = ?", (doc_id,))]
    conn.execute("DELETE FROM evidence WHERE doc = ?", (doc_id,))
    candidates: set[str] = set()
    for eid in touched:
        edge = conn.execute("SELECT source, type, target FROM edges WHERE eid = ?", (eid,)).fetchone()
        if edge is None:
            continue
        if conn.execute("SELECT 1 FROM evidence WHERE eid = ? LIMIT 1", (eid,)).fetchone() is None:
            delete_edge(conn, eid, *edge, _labels(conn, {edge[0], edge[2]}), seq)
            candidates.update((edge[0], edge[2]))
        else:
            conn.execute("UPDATE edges SET seq = ? WHERE eid = ?", (seq, eid))
    delete_node(conn, doc_id, seq)
    for node_id in mentioned:
        if not _mentioned(conn, node_id):
            candidates |= delete_node(conn, node_id, seq)
            candidates.discard(node_id)
    for node_id in candidates:  # reference-only nodes (a platform's maker) left without any edge
        if conn.execute("SELECT 1 FROM nodes WHERE id = ?", (node_id,)).fetchone() \
                and not _mentioned(conn, node_id) and _degree(conn, node_id) == 0:
            delete_node(conn, node_id, seq)
    return True


def replace_all(conn: sqlite3.Connection, g: nx.MultiDiGraph, seq: int) -> None:
    """Make the store hold exactly ``g`` (a validated graph); the index is rebuilt from it."""
    for table in ("evidence", "edges", "nodes", "deleted_nodes", "deleted_edges"):
        conn.execute(f"DELETE FROM {table}")  # noqa: S608  (fixed table names)
    conn.executemany("INSERT INTO nodes(id, label, attrs, seq) VALUES (?, ?, ?, ?)",
                     ((n, a["label"], dumps(a), seq) for n, a in g.nodes(data=True)))
    for u, v, key, attrs in g.edges(keys=True, data=True):
        type_ = attrs.get("type", key)
        props = {k: x for k, x in attrs.items() if k != "evidence"}
        props["type"] = type_
        eid = conn.execute("INSERT INTO edges(source, type, target, attrs, seq) VALUES (?, ?, ?, ?, ?)",
                           (u, type_, v, dumps(props), seq)).lastrowid
        conn.executemany("INSERT OR IGNORE INTO evidence(eid, doc, start, item) VALUES (?, ?, ?, ?)",
                         ((eid, e["doc"], e["start"], _item(e)) for e in attrs.get("evidence") or ()))
