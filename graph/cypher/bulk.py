"""The Arrow tables of the embedded engine's bulk load: one per label, one per (relationship type,
source label, target label), with the cells :func:`graph.cypher.tables.node_row` and
:func:`~graph.cypher.tables.rel_row` give.

Built column by column: the store's rows are read in one pass each (nodes, edges, evidence), each
date is read once per distinct text, and ``props`` is what is left of a row's properties once the
columns are taken out. The relationships' cells are built a batch of tables at a time (the
evidence items straight into one Arrow list array, without a Python list per edge), then sliced
per table; the engine copies one batch while the next is built.

>>> nodes = [{"id": "c:a", "label": "Country", "name": "A"}, {"id": "c:b", "label": "Country", "name": "B"}]
>>> edge = {"type": "COOPERATES_WITH", "valid_from": "2019", "domain": "defense"}
>>> [(t, s, d, make().num_rows) for t, s, d, make in rel_tables(nodes, [edge["type"]], ["c:a"], ["c:b"], [edge], [[]])]
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
    """``props`` of an edge (as :func:`graph.cypher.tables._props`): what is left of ``attrs`` once
    the columns are taken out (the dates stay, as given), nulls dropped, as sorted JSON."""
    rest = {k: v for k, v in attrs.items() if k not in _TAKEN and v is not None}
    return orjson.dumps(rest, option=orjson.OPT_SORT_KEYS).decode() if rest else None


_TAKEN = frozenset(_REL_TAKEN)
BATCH_ROWS = 100_000  # rows of tables built at once (rel_tables)


def evidence_lists(evidence: list[list[str]] | pa.Array) -> pa.Array:
    """The ``evidence`` column of all edges: their items as JSON text (lists, or already a list array)."""
    return evidence if isinstance(evidence, pa.Array) else pa.array(evidence, ARROW["STRING[]"])


def _strings(values: list[str] | pa.Array) -> pa.Array:
    return values if isinstance(values, pa.Array) else pa.array(values, pa.string())


def rel_columns(types: list[str] | pa.Array, sources: list[str] | pa.Array, targets: list[str] | pa.Array,
                attrs: list[dict[str, Any]],
                evidence: pa.Array, days: dict[tuple[Any, bool], date | None] | None = None) -> pa.Table:
    """The cells of the edges given column-wise, in :data:`~graph.cypher.tables.REL_COLUMNS` order
    after ``from`` and ``to`` (``evidence``: :func:`evidence_lists`); the optional properties still in
    every row (:func:`rel_tables` nulls them where the type does not carry them). ``days``: dates
    already read, (text, end) -> day."""
    days = {} if days is None else days
    has_evidence = pc.greater(pc.list_value_length(evidence), 0).to_pylist()
    cols: dict[str, pa.Array] = {"from": _strings(sources), "to": _strings(targets)}
    for c, t in REL_COLUMNS.items():
        if c == "type":
            cols[c] = _strings(types)
        elif c == "evidence":
            cols[c] = evidence
        elif c == "provenance":
            cols[c] = pa.array([a.get("provenance") or ("text" if ev else None)
                                for a, ev in zip(attrs, has_evidence, strict=True)], pa.string())
        elif c == "props":
            cols[c] = pa.array([_rest(a) for a in attrs], pa.string())
        elif t == "DATE":
            cols[c] = _days([a.get(c) for a in attrs], REL_DATES[c], days)
        else:
            cols[c] = pa.array([a.get(c) for a in attrs], ARROW[t])
    return pa.table(cols)


def _ranks(values: list[str] | tuple[str, ...] | pa.Array) -> tuple[np.ndarray, list[str]]:
    """Each value's rank among the distinct values (sorted), and the distinct values."""
    encoded = _strings(values).dictionary_encode()
    distinct = encoded.dictionary.to_pylist()
    rank = np.empty(len(distinct), np.int64)
    rank[sorted(range(len(distinct)), key=distinct.__getitem__)] = np.arange(len(distinct))
    return rank[encoded.indices.to_numpy(zero_copy_only=False)], sorted(distinct)


def _end_labels(ids: pa.Array, node_labels: tuple[np.ndarray, list[str]], ends: pa.Array) -> tuple[np.ndarray, list[str]]:
    """The rank of each end's label among the node labels (``node_labels``: each node's rank, in the
    order of ``ids``, and the sorted labels), and those labels: the ends looked up among the node ids
    in Arrow (an end that is no node raises ``KeyError``)."""
    rank, labels = node_labels
    where = pc.index_in(ends, value_set=ids)
    if where.null_count:
        raise KeyError(ends.filter(pc.is_null(where))[0].as_py())
    return rank[where.to_numpy(zero_copy_only=False)], labels


def _grouped(nodes: list[dict[str, Any]], types: list[str] | tuple[str, ...] | pa.Array,
             sources: list[str] | tuple[str, ...] | pa.Array,
             targets: list[str] | tuple[str, ...] | pa.Array) -> tuple[list[tuple[str, str, str]], np.ndarray, list[int]]:
    """The (type, source label, target label) keys in sorted order, the row numbers of the edges
    grouped by key in that order (a key's rows in their given order), and each key's row count."""
    ids = pa.array([n["id"] for n in nodes], pa.string())  # looked up once for both ends
    node_labels = _ranks([n["label"] for n in nodes])
    parts = [_ranks(types), _end_labels(ids, node_labels, _strings(sources)),
             _end_labels(ids, node_labels, _strings(targets))]
    key = np.zeros(len(types), np.int64)
    for rank, distinct in parts:
        key = key * len(distinct) + rank
    order = np.argsort(key, kind="stable")
    distinct_keys, counts = np.unique(key[order], return_counts=True)
    keys = []
    for k in distinct_keys.tolist():
        names = []
        for _, distinct in reversed(parts):
            k, r = divmod(k, len(distinct))
            names.append(distinct[r])
        keys.append(tuple(reversed(names)))
    return keys, order, counts.tolist()


def rel_tables(nodes: list[dict[str, Any]], types: list[str], sources: list[str], targets: list[str],
               attrs: list[dict[str, Any]] | list[str], evidence: list[list[str]] | pa.Array,
               batch: int = BATCH_ROWS) -> Iterator[tuple[str, str, str, Callable[[], pa.Table]]]:
    """``(type, source label, target label, make)`` in sorted order for the edges given column-wise:
    their types and ends, their properties (dicts, left as they are, or their JSON text) and their
    evidence items as JSON text (lists, or one list array); ``make()`` gives the table. The cells
    are built for a batch of tables at once (:func:`rel_columns`: at least ``batch`` rows, so that
    the engine copies the first tables while the next are built), then sliced per table."""
    if not len(types):
        return
    columns = {c: _strings(v) for c, v in (("type", types), ("from", sources), ("to", targets))}
    keys, order, counts = _grouped(nodes, columns["type"], columns["from"], columns["to"])
    every = evidence_lists(evidence)
    days: dict[tuple[Any, bool], date | None] = {}  # shared by the batches: a date text is read once
    first = end = 0
    while first < len(keys):
        last, start = first, end
        size = batch // 4 if first == 0 else batch  # the engine starts copying sooner
        while last < len(keys) and end - start < size:
            end += counts[last]
            last += 1
        rows = order[start:end]
        taken = pa.array(rows)
        part = [attrs[i] for i in rows.tolist()]
        if part and isinstance(part[0], str | bytes):
            part = list(map(orjson.loads, part))
        cells = rel_columns(columns["type"].take(taken), columns["from"].take(taken), columns["to"].take(taken),
                            part, every.take(taken), days)
        offset = 0
        for key, n in zip(keys[first:last], counts[first:last], strict=True):
            table = cells.slice(offset, n)
            offset += n
            for c, carriers in REL_PROPERTY_TYPES.items():  # not a property of this type
                if key[0] not in carriers:
                    table = table.set_column(table.schema.get_field_index(c), c,
                                             pa.nulls(table.num_rows, ARROW[REL_COLUMNS[c]]))
            yield *key, partial(_given, table)
        first = last


def _given(table: pa.Table) -> pa.Table:
    return table


Tables = tuple[list[tuple[str, pa.Table]], Iterator[tuple[str, str, str, Callable[[], pa.Table]]]]


def from_data(data: dict[str, Any]) -> Tables:
    """The tables of node-link data (edges may carry ``evidence_json``: items already as JSON text)."""
    edges = data["edges"]
    evidence = [e["evidence_json"] if "evidence_json" in e else [evidence_item(x) for x in e.get("evidence") or ()]
                for e in edges]
    return (list(node_tables(data["nodes"])),
            rel_tables(data["nodes"], [e["type"] for e in edges], [e["source"] for e in edges],
                       [e["target"] for e in edges], edges, evidence))


def from_store(conn: sqlite3.Connection) -> Tables:
    """The tables of the store's log of record (read in the caller's transaction): evidence items
    in (doc, start) order, as the store keeps them. The relationships are read when first asked for
    (the engine may copy the nodes meanwhile)."""
    nodes = list(map(orjson.loads, (a for (a,) in conn.execute("SELECT attrs FROM nodes"))))
    return list(node_tables(nodes)), _store_rels(conn, nodes)


def _store_rels(conn: sqlite3.Connection, nodes: list[dict[str, Any]]) -> Iterator[tuple[str, str, str, Callable[[], pa.Table]]]:
    rows = conn.execute("SELECT eid, type, source, target, attrs FROM edges ORDER BY eid").fetchall()
    if not rows:
        return
    eids, types, sources, targets, raw = zip(*rows, strict=True)
    del rows
    evidence = _store_evidence(conn, np.asarray(eids, np.int64))
    yield from rel_tables(nodes, types, sources, targets, raw, evidence)


def _store_evidence(conn: sqlite3.Connection, edge_ids: np.ndarray) -> pa.Array | list[list[str]]:
    """The evidence items of the edges ``edge_ids`` (ascending), in (doc, start) order: one list
    array over all the items when they fit one string array, else one list per edge."""
    items = conn.execute("SELECT eid, item FROM evidence ORDER BY eid, doc, start").fetchall()
    owner = np.fromiter((i[0] for i in items), np.int64, len(items))
    texts = [i[1] for i in items]
    del items
    if len(owner) and not np.isin(owner, edge_ids).all():  # items of no edge: leave them out
        keep = np.isin(owner, edge_ids)
        texts = [t for t, k in zip(texts, keep.tolist(), strict=True) if k]
        owner = owner[keep]
    first = np.searchsorted(owner, edge_ids, "left")
    values = pa.array(texts, pa.string())
    if isinstance(values, pa.ChunkedArray):  # over 2 GB of text: lists one by one
        last = np.searchsorted(owner, edge_ids, "right").tolist()
        return [texts[a:b] for a, b in zip(first.tolist(), last, strict=True)]
    offsets = pa.array(np.append(first, len(owner)).astype(np.int32))
    return pa.ListArray.from_arrays(offsets, values, type=ARROW["STRING[]"])
