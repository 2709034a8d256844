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
from .fold import fold_clipped
from .same_names import fold_same_names

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


def _first(attrs: dict[str, Any]) -> dict[str, Any]:
    """The properties (evidence apart) of an edge first reported with ``attrs``: a fact that states
    its own end (cancelled, retired, former) is closed."""
    props = {k: v for k, v in attrs.items() if k != "evidence"}
    closed = dict(attrs)
    close_new(closed)
    if closed.get("valid_to"):
        props["valid_to"] = closed["valid_to"]
    return props


def _report_doc(attrs: dict[str, Any], doc: str | None) -> str | None:
    """Whose report ``attrs`` is: the one document of its evidence, '' for a reference fact (no
    evidence), None when it cannot be told (evidence of several documents, as in an import)."""
    docs = {item["doc"] for item in attrs.get("evidence") or ()}
    if len(docs) > 1:
        return None
    return docs.pop() if docs else ("" if doc is None or attrs.get("provenance") == "reference" else doc)


def upsert_edge(conn: sqlite3.Connection, source: str, type_: str, target: str, attrs: dict[str, Any],
                seq: int, doc: str | None = None) -> None:
    """Merge one edge; ``doc``, the document whose fragment it comes from (None: not a document's
    report, e.g. a Cypher write), keeps its report for recomputing the edge when a document goes."""
    attrs = {**attrs, "type": type_}
    row = conn.execute("SELECT eid, attrs FROM edges WHERE source = ? AND type = ? AND target = ?",
                       (source, type_, target)).fetchone()
    changed = False
    if row is None:
        eid = conn.execute("INSERT INTO edges(source, type, target, attrs, seq) VALUES (?, ?, ?, ?, ?)",
                           (source, type_, target, dumps(_first(attrs)), seq)).lastrowid
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
    by = _report_doc(attrs, doc) if doc is not None and type_ != "MENTIONED_IN" else None
    if by is not None:  # MENTIONED_IN goes with its document: nothing to recompute
        conn.execute("INSERT INTO reports(eid, doc, attrs) VALUES (?, ?, ?) "
                     "ON CONFLICT (eid, doc) DO UPDATE SET attrs = excluded.attrs",
                     (eid, by, dumps({k: v for k, v in attrs.items() if k not in ("evidence", "type")})))
    if changed:
        conn.execute("UPDATE edges SET seq = ? WHERE eid = ?", (seq, eid))


def recomputed(conn: sqlite3.Connection, eid: int, type_: str) -> dict[str, Any] | None:
    """The properties of edge ``eid`` merged afresh from the reports it still has, in the order they
    came (as if the documents taken out had never been ingested); None when some of its evidence
    has no report (an edge imported whole, or rewritten by a Cypher write): it is left as it is."""
    reports = conn.execute("SELECT doc, attrs FROM reports WHERE eid = ? ORDER BY rowid", (eid,)).fetchall()
    items: dict[str, list[dict[str, Any]]] = {}
    for doc, item in conn.execute("SELECT doc, item FROM evidence WHERE eid = ? ORDER BY doc, start", (eid,)):
        items.setdefault(doc, []).append(orjson.loads(item))
    if not reports or not items.keys() <= {doc for doc, _ in reports}:
        return None
    known: dict[str, Any] | None = None
    for doc, text in reports:
        attrs = {**orjson.loads(text), "type": type_}
        if items.get(doc):
            attrs["evidence"] = items[doc]
        known = _first(attrs) if known is None else merge_edge(known, attrs)
    return known


def add_fragment(conn: sqlite3.Connection, part: nx.MultiDiGraph, seq: int, doc: str | None = None) -> None:
    """Merge one validated fragment (the graph of document ``doc``, or of several when None); a
    document's nodes of one name under two labels are folded into one (:mod:`graph.store.same_names`) and
    its clipped names into the nodes they clip (:mod:`graph.store.fold`) first."""
    if doc:
        part = fold_clipped(fold_same_names(part))
    for _, attrs in part.nodes(data=True):
        upsert_node(conn, attrs, seq)
    for u, v, key, attrs in part.edges(keys=True, data=True):
        upsert_edge(conn, u, attrs.get("type", key), v, attrs, seq, doc="" if doc is None else doc)


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
    conn.execute("DELETE FROM reports WHERE eid = ?", (eid,))
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


def is_document(conn: sqlite3.Connection, doc_id: str) -> bool:
    row = conn.execute("SELECT label FROM nodes WHERE id = ?", (doc_id,)).fetchone()
    return row is not None and row[0] == "Document"


def remove_document(conn: sqlite3.Connection, doc_id: str, seq: int) -> bool:
    """Take one document's contribution out: its evidence, the relations only it supported, the
    nodes only it mentioned (and their reference facts), reference-only nodes left without any
    edge, and its node. Costs what the document touched."""
    if not is_document(conn, doc_id):
        return False
    mentioned = [r[0] for r in conn.execute(
        "SELECT source FROM edges WHERE target = ? AND type = 'MENTIONED_IN'", (doc_id,))]
    cited = {r[0] for r in conn.execute("SELECT DISTINCT eid FROM evidence WHERE doc = ?", (doc_id,))}
    reported = {r[0] for r in conn.execute("SELECT eid FROM reports WHERE doc = ?", (doc_id,))}
    conn.execute("DELETE FROM evidence WHERE doc = ?", (doc_id,))
    conn.execute("DELETE FROM reports WHERE doc = ?", (doc_id,))
    candidates: set[str] = set()
    for eid in sorted(cited | reported):
        edge = conn.execute("SELECT source, type, target, attrs FROM edges WHERE eid = ?", (eid,)).fetchone()
        if edge is None:
            continue
        if eid in cited and conn.execute("SELECT 1 FROM evidence WHERE eid = ? LIMIT 1", (eid,)).fetchone() is None:
            delete_edge(conn, eid, *edge[:3], _labels(conn, {edge[0], edge[2]}), seq)
            candidates.update((edge[0], edge[2]))
            continue
        props = recomputed(conn, eid, edge[1])  # e.g. a fact the document closed is open again
        if props is not None and props != orjson.loads(edge[3]):
            conn.execute("UPDATE edges SET attrs = ?, seq = ? WHERE eid = ?", (dumps(props), seq, eid))
        elif eid in cited:
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


def replace_document(conn: sqlite3.Connection, doc_id: str, part: nx.MultiDiGraph, seq: int) -> None:
    """``ingest --force`` of one document: take its contribution out, merge ``part`` in. The rows
    that come back exactly as they were keep the sequence number they had (and lose the tombstones
    of their removal), so the index and Neo4j targets rewrite only what really changed. Which rows
    the two steps touch is found by running them once inside a savepoint that is rolled back."""
    conn.execute("SAVEPOINT probe")
    try:
        remove_document(conn, doc_id, seq)
        add_fragment(conn, part, seq, doc_id)
        nodes = {r[0] for r in conn.execute("SELECT id FROM nodes WHERE seq = ? UNION "
                                            "SELECT id FROM deleted_nodes WHERE seq = ?", (seq, seq))}
        edges = set(conn.execute("SELECT source, type, target FROM edges WHERE seq = ? UNION "
                                 "SELECT source, type, target FROM deleted_edges WHERE seq = ?", (seq, seq)))
    finally:
        conn.execute("ROLLBACK TO probe")
        conn.execute("RELEASE probe")
    before_nodes = {n: _node_state(conn, n) for n in nodes}
    before_edges = {e: _edge_state(conn, *e) for e in edges}
    remove_document(conn, doc_id, seq)
    add_fragment(conn, part, seq, doc_id)
    for node_id, before in before_nodes.items():
        if before and before[1] < seq and _node_state(conn, node_id) == (before[0], seq):
            conn.execute("UPDATE nodes SET seq = ? WHERE id = ?", (before[1], node_id))
            conn.execute("DELETE FROM deleted_nodes WHERE id = ? AND seq = ?", (node_id, seq))
    for key, before in before_edges.items():
        if before and before[1] < seq and _edge_state(conn, *key) == (before[0], seq):
            conn.execute("UPDATE edges SET seq = ? WHERE source = ? AND type = ? AND target = ?", (before[1], *key))
            conn.execute("DELETE FROM deleted_edges WHERE source = ? AND type = ? AND target = ? AND seq = ?",
                         (*key, seq))


def _node_state(conn: sqlite3.Connection, node_id: str) -> tuple[tuple, int] | None:
    row = conn.execute("SELECT label, attrs, seq FROM nodes WHERE id = ?", (node_id,)).fetchone()
    return ((row[0], row[1]), row[2]) if row else None


def _edge_state(conn: sqlite3.Connection, source: str, type_: str, target: str) -> tuple[tuple, int] | None:
    """What the index shows of an edge (its end labels, properties and evidence) and its seq."""
    row = conn.execute("SELECT e.eid, e.attrs, e.seq, a.label, b.label FROM edges e JOIN nodes a ON a.id = e.source "
                       "JOIN nodes b ON b.id = e.target WHERE e.source = ? AND e.type = ? AND e.target = ?",
                       (source, type_, target)).fetchone()
    if row is None:
        return None
    items = tuple(r[0] for r in conn.execute("SELECT item FROM evidence WHERE eid = ? ORDER BY doc, start", (row[0],)))
    return (row[3], row[4], row[1], items), row[2]


def replace_all(conn: sqlite3.Connection, g: nx.MultiDiGraph, seq: int) -> None:
    """Make the store hold exactly ``g`` (a validated graph); the index is rebuilt from it."""
    for table in ("evidence", "reports", "edges", "nodes", "deleted_nodes", "deleted_edges"):
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
