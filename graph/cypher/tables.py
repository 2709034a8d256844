"""The graph as property tables: the one flattening shared by the embedded engine's schema and
bulk load and by the Neo4j exporters.

Every node table has the same columns (so ``MATCH (n) RETURN n.name`` works on any label) and
every relationship table too. Evidence, a list of maps in ``graph.json``, becomes a list of JSON
strings (``evidence``), one per item, since Neo4j properties cannot hold maps; one list column
also keeps the embedded engine's bulk load fast.

>>> rel_row({"type": "X", "evidence": [{"doc": "d", "sentence": "s", "start": 0, "end": 1}]})["evidence"]
['{"doc":"d","sentence":"s","start":0,"end":1}']
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import networkx as nx
import orjson

from ..dates import DATE_PROPERTIES, NODE_DATES, REL_DATES, day, iso
from ..ontology import LABELS, RELATIONS

# the relationship types that carry each optional property (others leave it null)
REL_PROPERTY_TYPES = {"domain": {"COOPERATES_WITH", "IN_CONFLICT_WITH"}, "stage": {"SUPPLIES", "OPERATES"},
                      "role": {"MANUFACTURES", "LEADS", "AFFILIATED_WITH"}}

# column -> engine type
NODE_COLUMNS: dict[str, str] = {
    "id": "STRING", "label": "STRING", "name": "STRING", "aliases": "STRING[]", "wikidata": "STRING",
    "iso3": "STRING", "category": "STRING", "origin": "STRING[]", "path": "STRING", "sha256": "STRING",
    "title": "STRING", "published": "DATE", "date": "DATE", "props": "STRING",
}
REL_COLUMNS: dict[str, str] = {
    "type": "STRING", "provenance": "STRING", "confidence": "DOUBLE", "domain": "STRING", "stage": "STRING",
    "role": "STRING", "first_reported": "DATE", "last_reported": "DATE", "valid_from": "DATE", "valid_to": "DATE",
    "evidence": "STRING[]", "props": "STRING",
}
LIST_COLUMNS = {k for k, v in {**NODE_COLUMNS, **REL_COLUMNS}.items() if v.endswith("[]")}
# DATE columns hold the day of a date (graph.dates.day: a start's first day, an end's last day);
# the ISO text at the source's precision ("2019", "2019-05") stays in ``props``


def _props(attrs: dict[str, Any], known: dict[str, str] | set[str]) -> str | None:
    """The properties the schema has no column for, and the dates as given, as one JSON object
    (sorted keys), or None."""
    extra = {k: v for k, v in attrs.items()
             if (k not in known or k in DATE_PROPERTIES) and k != "evidence" and v is not None}
    return orjson.dumps(extra, option=orjson.OPT_SORT_KEYS).decode() if extra else None


def date_cell(attrs: dict[str, Any], column: str) -> Any:
    """The value of a DATE column: the day of the property (see :mod:`graph.dates`), or None."""
    return day(attrs.get(column), end=REL_DATES.get(column, False))


def _dates_back(attrs: dict[str, Any], row: dict[str, Any], dates: dict[str, bool]) -> None:
    """Restore the dates as given from ``props``; a DATE column changed in the engine (a Cypher
    write) wins over the stored text, as its ISO day."""
    for c, end in dates.items():
        value = iso(row.get(c))
        if value is None:
            attrs.pop(c, None)
        elif iso(day(attrs.get(c), end=end)) != value:
            attrs[c] = value


def node_row(attrs: dict[str, Any]) -> dict[str, Any]:
    """One node as a row of :data:`NODE_COLUMNS` (lists default to empty; other properties in ``props``)."""
    row = {c: (list(attrs.get(c) or []) if c in LIST_COLUMNS else attrs.get(c)) for c in NODE_COLUMNS}
    for c in NODE_DATES:
        row[c] = date_cell(attrs, c)
    row["props"] = _props(attrs, NODE_COLUMNS)
    return row


def node_attrs(row: dict[str, Any]) -> dict[str, Any]:
    """The inverse of :func:`node_row` (``None`` values and empty lists other than aliases dropped)."""
    attrs = {k: v for k, v in row.items() if k != "props" and k not in NODE_DATES and v is not None
             and (v != [] or k == "aliases")}
    attrs["aliases"] = list(attrs.get("aliases") or [])
    if row.get("props"):
        attrs.update(json.loads(row["props"]))
    _dates_back(attrs, row, NODE_DATES)
    return attrs


def evidence_item(item: dict[str, Any]) -> str:
    """One evidence item as a compact JSON string (keys as stored: doc, sentence, start, end)."""
    return orjson.dumps(item).decode()


def rel_row(attrs: dict[str, Any]) -> dict[str, Any]:
    """One edge as a row of :data:`REL_COLUMNS`, evidence as JSON strings."""
    evidence = attrs.get("evidence") or []
    row = {c: attrs.get(c) for c in REL_COLUMNS}
    for c in REL_DATES:
        row[c] = date_cell(attrs, c)
    row["provenance"] = attrs.get("provenance") or ("text" if evidence else None)
    row["evidence"] = [evidence_item(e) for e in evidence]
    row["props"] = _props(attrs, REL_COLUMNS)
    return row


def rel_attrs(row: dict[str, Any]) -> dict[str, Any]:
    """The inverse of :func:`rel_row`: graph.json edge attributes (``None`` values dropped)."""
    attrs = {k: v for k, v in row.items() if k not in ("evidence", "props") and k not in REL_DATES and v is not None}
    if row.get("evidence"):
        attrs["evidence"] = [json.loads(e) for e in row["evidence"]]
    if row.get("props"):
        attrs.update(json.loads(row["props"]))
    _dates_back(attrs, row, REL_DATES)
    return attrs


def node_rows(g: nx.MultiDiGraph) -> dict[str, list[dict[str, Any]]]:
    """Rows per label."""
    out: dict[str, list[dict[str, Any]]] = {label: [] for label in LABELS}
    for _, attrs in g.nodes(data=True):
        out[attrs["label"]].append(node_row(attrs))
    return out


def rel_rows(g: nx.MultiDiGraph) -> Iterator[tuple[str, str, str, list[dict[str, Any]]]]:
    """``(type, source label, target label, rows)`` groups; each row has ``from`` and ``to`` ids first."""
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for u, v, attrs in g.edges(data=True):
        key = (attrs["type"], g.nodes[u]["label"], g.nodes[v]["label"])
        groups.setdefault(key, []).append({"from": u, "to": v, **rel_row(attrs)})
    for (type_, src, dst), rows in sorted(groups.items()):
        yield type_, src, dst, rows


def schema_pairs() -> dict[str, list[tuple[str, str]]]:
    """Every (source label, target label) pair the ontology allows, per relationship type."""
    return {t: sorted((s, d) for s in srcs for d in dsts) for t, (srcs, dsts) in RELATIONS.items()}
