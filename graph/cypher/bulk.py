"""The Arrow tables of the embedded engine's bulk load: one per label, one per (relationship type,
source label, target label), with the cells :func:`graph.cypher.tables.node_row` and
:func:`~graph.cypher.tables.rel_row` give.

Built column by column: the store's rows are read in one pass each (nodes, edges, evidence), each
date is read once per distinct text, and ``props`` is what is left of a row's properties once the
columns are taken out. The relationships are grouped by table once; each table is built when asked
for, so that the next is built while the engine copies the last.

>>> nodes = [{"id": "c:a", "label": "Country", "name": "A"}, {"id": "c:b", "label": "Country", "name": "B"}]
>>> edge = {"type": "COOPERATES_WITH", "valid_from": "2019", "domain": "defense"}
>>> [(t, s, d, make().num_rows) for t, s, d, make in rel_tables(nodes, ["c:a"], ["c:b"], [edge], [[]])]
[('COOPERATES_WITH', 'Country', 'Country', 1)]
"""
from __future__ import annotations

import gc
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import partial
from typing import Any

import numpy as np
import orjson
import pyarrow as pa
import pyarrow.compute as pc

from ..dates import DATE_PROPERTIES, REL_DATES, day
from .tables import NODE_COLUMNS, REL_COLUMNS, REL_PROPERTY_TYPES, _props, date_cell, evidence_item

ARROW = {"STRING": pa.string(), "STRING[]": pa.list_(pa.string()), "DOUBLE": pa.float64(),
         "INT64": pa.int64(), "DATE": pa.date32()}
# the keys of an edge that are columns (not ``props``): all but the dates, which ``props`` keeps as given
_REL_TAKEN = tuple(c for c in REL_COLUMNS if c not in DATE_PROPERTIES) + ("source", "target", "evidence_json")


@contextmanager
def no_gc() -> Iterator[None]:
    """The cyclic garbage collector paused: a load makes millions of small dicts and lists with no
    cycles among them, and each collection would walk them all again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def node_table(nodes: list[dict[str, Any]]) -> pa.Table:
    """The rows of one label."""
    cols = {}
    for c, t in NODE_COLUMNS.items():
        if c == "props":
            values = [_props(n, NODE_COLUMNS) for n in nodes]
        elif t.endswith("[]"):
            values = [n.get(c) or [] for n in nodes]
        elif t == "DATE":
            values = [date_cell(n, c) for n in nodes]
        else:
            values = [n.get(c) for n in nodes]
        cols[c] = pa.array(values, type=ARROW[t])
    return pa.table(cols)


def node_tables(nodes: list[dict[str, Any]]) -> Iterator[tuple[str, pa.Table]]:
    """``(label, table)`` for every label with nodes."""
    by_label: dict[str, list[dict]] = {}
    for node in nodes:
        by_label.setdefault(node["label"], []).append(node)
    for label, rows in by_label.items():
        yield label, node_table(rows)


def _days(values: list[Any], end: bool, known: dict[tuple[Any, bool], date | None]) -> pa.Array:
    """The DATE cells of a column (:func:`graph.dates.day`), each distinct text read once (``known``)."""
    try:
        encoded = pa.array(values, pa.string()).dictionary_encode()
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # not all text: one by one
        return pa.array([day(v, end=end) for v in values], pa.date32())
    distinct = []
    for v in encoded.dictionary.to_pylist():
        if (v, end) not in known:
            known[v, end] = day(v, end=end)
        distinct.append(known[v, end])
    return pa.array(distinct, pa.date32()).take(encoded.indices)


def _rest(attrs: dict[str, Any]) -> str | None:
    """``props`` of an edge (as :func:`graph.cypher.tables._props`); takes the columns out of ``attrs``."""
    for k in _REL_TAKEN:
        attrs.pop(k, None)
    if None in attrs.values():
        attrs = {k: v for k, v in attrs.items() if v is not None}
    return orjson.dumps(attrs, option=orjson.OPT_SORT_KEYS).decode() if attrs else None


def rel_tables(nodes: list[dict[str, Any]], sources: list[str], targets: list[str], attrs: list[dict[str, Any]],
               evidence: list[list[str]]) -> Iterator[tuple[str, str, str, Callable[[], pa.Table]]]:
    """``(type, source label, target label, make)`` in sorted order for the edges given column-wise:
    their ends, their properties (dicts, emptied of their columns by ``make``) and their evidence
    items as JSON text; ``make()`` builds the table (the caller may build the next while the engine
    copies the last)."""
    labels = {n["id"]: n["label"] for n in nodes}
    groups: dict[tuple[str, str, str], list[int]] = {}
    for i, (a, s, t) in enumerate(zip(attrs, sources, targets, strict=True)):
        groups.setdefault((a["type"], labels[s], labels[t]), []).append(i)
    days: dict[tuple[Any, bool], date | None] = {}  # shared by the tables: a date is read once
    for key in sorted(groups):
        rows = groups.pop(key)
        yield *key, partial(rel_table, key[0], [sources[i] for i in rows], [targets[i] for i in rows],
                            [attrs[i] for i in rows], [evidence[i] for i in rows], days)


def rel_table(type_: str, sources: list[str], targets: list[str], attrs: list[dict[str, Any]],
              evidence: list[list[str]], days: dict[tuple[Any, bool], date | None] | None = None) -> pa.Table:
    """The rows of one (type, source label, target label); empties ``attrs`` of their columns.
    ``days``: dates already read (text, end) -> day, shared by the tables of one load."""
    n = len(attrs)
    days = {} if days is None else days
    cols: dict[str, pa.Array] = {"from": pa.array(sources, pa.string()), "to": pa.array(targets, pa.string())}
    for c, t in REL_COLUMNS.items():
        if c == "type":
            cols[c] = pc.fill_null(pa.nulls(n, pa.string()), type_)
        elif c == "evidence":
            cols[c] = pa.array(evidence, ARROW[t])
        elif c == "provenance":
            cols[c] = pa.array([a.get("provenance") or ("text" if ev else None)
                                for a, ev in zip(attrs, evidence, strict=True)], pa.string())
        elif c == "props":  # last: takes the columns out of the dicts
            cols[c] = pa.array([_rest(a) for a in attrs], pa.string())
        elif c in REL_PROPERTY_TYPES and type_ not in REL_PROPERTY_TYPES[c]:  # not a property of this type
            cols[c] = pa.nulls(n, ARROW[t])
        elif t == "DATE":
            cols[c] = _days([a.get(c) for a in attrs], REL_DATES[c], days)
        else:
            cols[c] = pa.array([a.get(c) for a in attrs], ARROW[t])
    return pa.table(cols)


Tables = tuple[list[tuple[str, pa.Table]], Iterator[tuple[str, str, str, Callable[[], pa.Table]]]]


def from_data(data: dict[str, Any]) -> Tables:
    """The tables of node-link data (edges may carry ``evidence_json``: items already as JSON text)."""
    edges = data["edges"]
    evidence = [e["evidence_json"] if "evidence_json" in e else [evidence_item(x) for x in e.get("evidence") or ()]
                for e in edges]
    return (list(node_tables(data["nodes"])),
            rel_tables(data["nodes"], [e["source"] for e in edges], [e["target"] for e in edges],
                       [dict(e) for e in edges], evidence))


def from_store(conn: sqlite3.Connection) -> Tables:
    """The tables of the store's log of record (read in the caller's transaction): evidence items
    in (doc, start) order, as the store keeps them. The relationships are read when first asked for
    (the engine may copy the nodes meanwhile)."""
    nodes = list(map(orjson.loads, (a for (a,) in conn.execute("SELECT attrs FROM nodes"))))
    return list(node_tables(nodes)), _store_rels(conn, nodes)


def _store_rels(conn: sqlite3.Connection, nodes: list[dict[str, Any]]) -> Iterator[tuple[str, str, str, Callable[[], pa.Table]]]:
    rows = conn.execute("SELECT eid, source, target, attrs FROM edges ORDER BY eid").fetchall()
    if not rows:
        return
    eids, sources, targets, raw = zip(*rows, strict=True)
    del rows
    items = conn.execute("SELECT eid, item FROM evidence ORDER BY eid, doc, start").fetchall()
    owner = np.fromiter((i[0] for i in items), np.int64, len(items))
    edge_ids = np.asarray(eids, np.int64)
    first = np.searchsorted(owner, edge_ids, "left").tolist()
    last = np.searchsorted(owner, edge_ids, "right").tolist()
    texts = [i[1] for i in items]
    del items
    evidence = [texts[a:b] for a, b in zip(first, last, strict=True)]
    yield from rel_tables(nodes, list(sources), list(targets), list(map(orjson.loads, raw)), evidence)
