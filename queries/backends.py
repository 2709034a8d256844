"""Run a named query on any backend and return a pandas DataFrame with the same rows everywhere.

Backends: the networkx graph (the Python implementations of :mod:`queries.nx_queries`), the
embedded engine (an :class:`~graph.cypher.EmbeddedGraph`, a ``ladybug.Connection`` or a store
directory), and Neo4j (a ``neo4j`` driver or session). Node values are reduced to their names and
missing values to ``None``; rows come sorted on all columns so that backends compare equal.
"""
from __future__ import annotations

import datetime
import math
import os
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from graph.cypher import EmbeddedGraph, open_embedded
from graph.dates import iso
from graph.dates import param as date_param

from .library import get
from .nx_queries import IMPLEMENTATIONS

TIME_PARAMS = ("as_of", "since", "until")


def _clean(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, datetime.date) or hasattr(value, "to_pydatetime") or type(value).__name__ in ("Date", "NaTType"):
        return iso(value)  # DATE values (date, pandas Timestamp, neo4j Date) as YYYY-MM-DD
    if isinstance(value, dict) and "name" in value:  # a node from the embedded engine or Neo4j .data()
        return value["name"]
    if hasattr(value, "labels") and hasattr(value, "get"):  # a neo4j.graph.Node
        return value.get("name")
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    if hasattr(value, "tolist"):
        return _clean(value.tolist())
    return value


def _sort_key(row: tuple) -> tuple:
    return tuple("" if v is None else str(v) for v in row)


def frame(rows: list[dict[str, Any]], columns: list[str]) -> pd.DataFrame:
    """A DataFrame of cleaned rows in a canonical order."""
    cleaned = [tuple(_clean(r.get(c)) for c in columns) for r in rows]
    cleaned.sort(key=_sort_key)
    return pd.DataFrame(cleaned, columns=columns)


def columns_of(text: str) -> list[str]:
    """Output column names of a named query (the aliases of its last RETURN)."""
    import re

    ret = text.rsplit("RETURN", 1)[1]
    ret = re.split(r"\bORDER BY\b", ret)[0]
    return re.findall(r"\bAS (\w+)", ret)


def _neo4j(backend: Any) -> bool:
    return type(backend).__module__.startswith("neo4j")


def run_cypher(backend: Any, text: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows of one Cypher statement on a Cypher backend."""
    if isinstance(backend, str | os.PathLike):
        with open_embedded(Path(backend)) as db:
            return db.run(text, params).to_dict("records")
    if isinstance(backend, EmbeddedGraph):
        return backend.run(text, params).to_dict("records")
    if _neo4j(backend):
        if hasattr(backend, "session") and not hasattr(backend, "begin_transaction"):  # a driver
            with backend.session() as session:
                return session.run(text, params).data()
        return backend.run(text, params).data()
    if hasattr(backend, "execute"):  # a ladybug.Connection
        return backend.execute(text, params).get_as_df().to_dict("records")
    raise TypeError(f"cannot run Cypher on {type(backend).__name__}")


def run_named(backend: Any, query_name: str, /, **params: Any) -> pd.DataFrame:
    """Run the named query ``query_name`` on ``backend`` with ``params``; see the module docstring."""
    query = get(query_name)
    params = {k: v for k, v in params.items() if v is not None}
    for k in TIME_PARAMS:  # any ISO precision in, one day out: until=2019 is up to 2019-12-31
        if k in params:
            params[k] = date_param(params[k], k, end=k == "until")
    columns = columns_of(query.text)
    rows: list[dict[str, Any]] = []
    for resolved, labels in _resolve_ids(backend, query, params):
        bound = query.bind(resolved)
        if isinstance(backend, nx.MultiDiGraph):
            rows += IMPLEMENTATIONS[query_name](backend, **bound)
        else:  # the anchors typed with the labels the name lookup found; no time tests without times
            rows += run_cypher(backend, query.text_for(bound, labels), bound)
    out = frame(rows, columns)
    if "date" in out.columns and columns[0] == "date":  # timeline, changes: in date order, undated last
        out = out.sort_values("date", key=lambda s: s.isna(), kind="stable").reset_index(drop=True)
    return out


def _resolve_ids(backend: Any, query, params: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, str]]]:
    """For a query taking ``X_id`` given ``X=NAME``: one parameter set per entity so named, each with
    the labels of the entities found (``X_id`` -> label)."""
    sets: list[tuple[dict[str, Any], dict[str, str]]] = [(dict(params), {})]
    for p in query.params:
        if not p.name.endswith("_id") or p.name in params:
            continue
        short = p.name[:-3]
        if short not in params:
            continue
        found = run_named(backend, "entity", name=params[short])[["id", "label"]].values.tolist()
        sets = [({**{k: v for k, v in s.items() if k != short}, p.name: i}, {**labels, p.name: label})
                for s, labels in sets for i, label in found]
    return sets
