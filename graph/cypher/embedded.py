"""The embedded Cypher database: a ladybug file beside ``graph.json`` in the store directory.

It is rebuilt from ``graph.json`` whenever the two disagree (the sha256 of the ``graph.json`` it
was built from is kept beside it), by bulk ``COPY`` from per-label and per-type tables, into a
temporary file that then replaces the old one.

>>> import tempfile
from concurrent.futures import ThreadPoolExecutor
>>> from graph.store import Store
>>> s = Store(tempfile.mkdtemp()); s.save()
>>> open_embedded(s.dir).run("MATCH (n) RETURN count(*) AS n")["n"].tolist()
[0]
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import ladybug
import networkx as nx
import orjson
import pandas as pd
import pyarrow as pa

from ..errors import CypherError
from ..ontology import LABELS
from ..store.interchange import to_node_link
from .readonly import is_write_query
from .tables import NODE_COLUMNS, REL_COLUMNS, REL_PROPERTY_TYPES, evidence_item, schema_pairs

DB_FILE = "graph.lbug"
STAMP_FILE = "graph.lbug.sha256"


def ddl(if_not_exists: bool = False) -> list[str]:
    """The engine schema: one node table per label, one relationship table per type (all allowed pairs)."""
    cols = ", ".join(f"{c} {t}" for c, t in NODE_COLUMNS.items())
    guard = " IF NOT EXISTS" if if_not_exists else ""
    stmts = [f"CREATE NODE TABLE{guard} {label}({cols}, PRIMARY KEY(id))" for label in LABELS]
    rcols = ", ".join(f"{c} {t}" for c, t in REL_COLUMNS.items())
    for type_, pairs in schema_pairs().items():
        ends = ", ".join(f"FROM {s} TO {d}" for s, d in pairs)
        stmts.append(f"CREATE REL TABLE{guard} {type_}({ends}, {rcols})")
    return stmts


def _rel_table(rows_by_column: dict[str, list]) -> pa.Table:
    types = {"confidence": pa.float64(), "evidence": pa.list_(pa.string())}
    return pa.table({c: pa.array(v, type=types.get(c, pa.string())) for c, v in rows_by_column.items()})


def build(g: nx.MultiDiGraph | dict[str, Any], path: Path) -> None:
    """Write a graph (or its node-link data) as a new embedded database at ``path``: the schema
    (copied from a cached empty database when one exists beside it), then one bulk COPY per label
    and per (type, source label, target label), then one checkpoint."""
    data = to_node_link(g) if isinstance(g, nx.MultiDiGraph) else g
    _schema(path)
    db = ladybug.Database(str(path), auto_checkpoint=False)
    try:
        conn = ladybug.Connection(db)
        by_label: dict[str, list[dict]] = {}
        for node in data["nodes"]:
            by_label.setdefault(node["label"], []).append(node)
        for label, nodes in by_label.items():
            arrow = _node_table(nodes)  # noqa: F841  (read by COPY)
            conn.execute(f"COPY {label} FROM arrow")
        labels = {n["id"]: n["label"] for n in data["nodes"]}
        groups: dict[tuple[str, str, str], list[dict]] = {}
        for e in data["edges"]:
            groups.setdefault((e["type"], labels[e["source"]], labels[e["target"]]), []).append(e)
        # build the next table in a thread while the engine copies the current one
        keys = sorted(groups)
        with ThreadPoolExecutor(max_workers=1) as pool:
            futures = [pool.submit(_rel_table, k[0], groups[k]) for k in keys]
            for (type_, src, dst), future in zip(keys, futures, strict=True):
                arrow = future.result()  # noqa: F841
                conn.execute(f"COPY {type_} FROM arrow (from='{src}', to='{dst}')")
        conn.execute("CHECKPOINT")
        conn.close()
    finally:
        db.close()


_ARROW = {"STRING": pa.string(), "STRING[]": pa.list_(pa.string()), "DOUBLE": pa.float64(),
          "INT64": pa.int64()}


def _node_table(nodes: list[dict]) -> pa.Table:
    cols = {}
    for c, t in NODE_COLUMNS.items():
        values = [n.get(c) or [] for n in nodes] if t.endswith("[]") else [n.get(c) for n in nodes]
        cols[c] = pa.array(values, type=_ARROW[t])
    return pa.table(cols)


def _rel_table(type_: str, edges: list[dict]) -> pa.Table:
    n = len(edges)
    cols: dict[str, pa.Array] = {
        "from": pa.array([e["source"] for e in edges], pa.string()),
        "to": pa.array([e["target"] for e in edges], pa.string()),
    }
    for c, t in REL_COLUMNS.items():
        if c == "type":
            cols[c] = pa.array([type_] * n, pa.string())
        elif c == "evidence":
            cols[c] = pa.array([[evidence_item(x) for x in e.get("evidence") or ()] for e in edges], _ARROW[t])
        elif c == "provenance":
            cols[c] = pa.array([e.get("provenance") or ("text" if e.get("evidence") else None) for e in edges],
                               pa.string())
        elif c in REL_PROPERTY_TYPES and type_ not in REL_PROPERTY_TYPES[c]:
            cols[c] = pa.nulls(n, _ARROW[t])
        else:
            cols[c] = pa.array([e.get(c) for e in edges], _ARROW[t])
    return pa.table(cols)


def _schema(path: Path) -> None:
    """Put an empty database with the full schema at ``path``, from a template cached beside it."""
    digest = hashlib.sha256("\n".join(ddl()).encode()).hexdigest()[:12]
    template = path.parent.parent / f".schema-{digest}.lbug" if path.parent.name.startswith(".lbug-") \
        else path.parent / f".schema-{digest}.lbug"
    if not template.exists():
        tmp = template.with_name(template.name + f".{os.getpid()}.tmp")
        db = ladybug.Database(str(tmp))
        conn = ladybug.Connection(db)
        for stmt in ddl():
            conn.execute(stmt)
        conn.close()
        db.close()
        os.replace(tmp, template)
    shutil.copyfile(template, path)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "empty"


def sync(store_dir: str | os.PathLike) -> Path:
    """Make ``<store>/graph.lbug`` agree with ``<store>/graph.json``; return its path."""
    store_dir = Path(store_dir)
    graph_json = store_dir / "graph.json"
    db_path, stamp = store_dir / DB_FILE, store_dir / STAMP_FILE
    want = _sha(graph_json)
    if db_path.exists() and stamp.exists() and stamp.read_text().strip() == want:
        return db_path
    data = orjson.loads(graph_json.read_bytes()) if graph_json.exists() else {"nodes": [], "edges": []}
    store_dir.mkdir(parents=True, exist_ok=True)
    tmp_dir = Path(tempfile.mkdtemp(prefix=".lbug-", dir=store_dir))
    try:
        build(data, tmp_dir / DB_FILE)
        os.replace(tmp_dir / DB_FILE, db_path)
        for extra in (db_path.with_name(DB_FILE + ".wal"),):
            extra.unlink(missing_ok=True)
        stamp.write_text(want + "\n")
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)
    return db_path


_ERROR_PREFIX = re.compile(r"^(\w+ exception|Error): ", re.I)


class EmbeddedGraph:
    """A connection to the store's embedded database. ``run`` returns a pandas DataFrame."""

    def __init__(self, path: str | os.PathLike, read_only: bool = True) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.db = ladybug.Database(str(self.path), read_only=read_only)
        self.conn = ladybug.Connection(self.db)

    def run(self, query: str, parameters: dict[str, Any] | None = None, write: bool = False) -> pd.DataFrame:
        """Run one statement with parameters; a write needs ``write=True`` and a writable database."""
        if is_write_query(query) and not (write and not self.read_only):
            raise CypherError("this statement writes to the database; pass --write (write=True) to allow it")
        try:
            result = self.conn.execute(query, parameters or {})
        except RuntimeError as exc:
            first = str(exc).strip().splitlines()[0]
            raise CypherError(first) from exc
        return result.get_as_df()

    def close(self) -> None:
        self.conn.close()
        self.db.close()

    def __enter__(self) -> EmbeddedGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_embedded(store_dir: str | os.PathLike, read_only: bool = True) -> EmbeddedGraph:
    """The store's embedded database, rebuilt first if ``graph.json`` changed since it was built."""
    return EmbeddedGraph(sync(store_dir), read_only=read_only)
