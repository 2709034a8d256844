"""A script for ``cypher-shell -f FILE`` that recreates the graph: the id constraints, then for each
batch a ``:param`` line holding the rows (a literal map, JSON-escaped) and the same parameterised
``UNWIND $rows ... MERGE`` statement the live writer runs."""
from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import networkx as nx

from ..store.interchange import write_atomic
from . import statements
from .neo4j_writer import plan


def _literal(value) -> str:
    """A Cypher literal for a JSON-like value (strings JSON-escaped: valid Cypher string literals)."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"`{k}`: {_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_literal(v) for v in value) + "]"
    if value is None:
        return "null"
    if isinstance(value, date):  # a DATE column: a Neo4j date value
        return f"date('{value.isoformat()}')"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return json.dumps(str(value), ensure_ascii=True)


def script(g: nx.MultiDiGraph, batch_size: int = 500) -> tuple[str, list[str]]:
    """The script text and the list of distinct statements in it (for linting)."""
    lines = ["// Recreate a geopol graph: cypher-shell -a neo4j://HOST:7687 -u neo4j -f THIS_FILE", ""]
    stmts: list[str] = []
    for stmt in statements.constraints():
        lines.append(stmt + ";")
        stmts.append(stmt)
    for _, stmt, batch in plan(g, batch_size):
        lines.append(f":param {{rows: {_literal(batch)}}}")
        lines.append(stmt + ";")
        if stmt not in stmts:
            stmts.append(stmt)
    return "\n".join(lines) + "\n", stmts


def write_script(g: nx.MultiDiGraph, path: str | os.PathLike, batch_size: int = 500) -> list[str]:
    text, stmts = script(g, batch_size)
    write_atomic(Path(path), text)
    return stmts
