"""The embedded Cypher database: a ladybug file beside ``graph.json`` in the store directory.

It is rebuilt from ``graph.json`` whenever the two disagree (the sha256 of the ``graph.json`` it
was built from is kept beside it), by bulk ``COPY`` from per-label and per-type tables, into a
temporary file that then replaces the old one.

>>> import tempfile
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
from pathlib import Path
from typing import Any

import ladybug
import networkx as nx
import pandas as pd

from ..errors import CypherError
from ..ontology import LABELS
from ..store.interchange import from_node_link
from .readonly import is_write_query
from .tables import NODE_COLUMNS, REL_COLUMNS, node_rows, rel_rows, schema_pairs

DB_FILE = "graph.lbug"
STAMP_FILE = "graph.lbug.sha256"


def ddl() -> list[str]:
    """The engine schema: one node table per label, one relationship table per type (all allowed pairs)."""
    cols = ", ".join(f"{c} {t}" for c, t in NODE_COLUMNS.items())
    stmts = [f"CREATE NODE TABLE {label}({cols}, PRIMARY KEY(id))" for label in LABELS]
    rcols = ", ".join(f"{c} {t}" for c, t in REL_COLUMNS.items())
    for type_, pairs in schema_pairs().items():
        ends = ", ".join(f"FROM {s} TO {d}" for s, d in pairs)
        stmts.append(f"CREATE REL TABLE {type_}({ends}, {rcols})")
    return stmts


def build(g: nx.MultiDiGraph, path: Path) -> None:
    """Write ``g`` as a new embedded database at ``path`` (which must not exist)."""
    db = ladybug.Database(str(path))
    try:
        conn = ladybug.Connection(db)
        for stmt in ddl():
            conn.execute(stmt)
        for label, rows in node_rows(g).items():
            if rows:
                frame = pd.DataFrame(rows, columns=list(NODE_COLUMNS))  # noqa: F841  (read by COPY)
                conn.execute(f"COPY {label} FROM frame")
        for type_, src, dst, rows in rel_rows(g):
            frame = pd.DataFrame(rows, columns=["from", "to", *REL_COLUMNS])  # noqa: F841
            conn.execute(f"COPY {type_} FROM frame (from='{src}', to='{dst}')")
        conn.close()
    finally:
        db.close()


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
    import json

    g = from_node_link(json.loads(graph_json.read_text(encoding="utf-8"))) if graph_json.exists() else nx.MultiDiGraph()
    store_dir.mkdir(parents=True, exist_ok=True)
    tmp_dir = Path(tempfile.mkdtemp(prefix=".lbug-", dir=store_dir))
    try:
        build(g, tmp_dir / DB_FILE)
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
