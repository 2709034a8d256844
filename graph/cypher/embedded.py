"""The embedded Cypher database (ladybug): its schema, its bulk build, and connections to it.

The database is an index of the store's log of record (``store.sqlite``), kept up to date
incrementally by :mod:`graph.cypher.index`: ``<store>/graph.lbug`` links to the latest published
generation, which is never written again once published, so readers never wait for the writer.

>>> import tempfile
>>> from graph.store import Store
>>> s = Store(tempfile.mkdtemp())
>>> open_embedded(s.dir).run("MATCH (n) RETURN count(*) AS n")["n"].tolist()
[0]
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import ladybug
import pandas as pd
import pyarrow as pa

from ..errors import CypherError
from ..ontology import LABELS
from .readonly import check_statement
from .tables import (
    NODE_COLUMNS,
    REL_COLUMNS,
    REL_PROPERTY_TYPES,
    _props,
    date_cell,
    evidence_item,
    schema_pairs,
)

DB_FILE = "graph.lbug"


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


def schema_digest() -> str:
    """A short digest of the schema: a generation built with another schema is rebuilt, not patched."""
    return hashlib.sha256("\n".join(ddl()).encode()).hexdigest()[:12]


def build(data: dict[str, Any], path: Path, stamp: str | None = None) -> None:
    """Write node-link data as a new embedded database at ``path``: the schema (copied from a
    cached empty database), then one bulk COPY per label and per (type, source label, target
    label), then ``stamp`` (a statement, if any) and one checkpoint. Edges may carry
    ``evidence_json`` (items already as JSON text)."""
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
        if stamp:
            conn.execute(stamp)
        conn.execute("CHECKPOINT")
        conn.close()
    finally:
        db.close()


_ARROW = {"STRING": pa.string(), "STRING[]": pa.list_(pa.string()), "DOUBLE": pa.float64(),
          "INT64": pa.int64(), "DATE": pa.date32()}


def _node_table(nodes: list[dict]) -> pa.Table:
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
        cols[c] = pa.array(values, type=_ARROW[t])
    return pa.table(cols)


_EDGE_KEYS = {"source", "target", "evidence_json"}


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
            cols[c] = pa.array([e["evidence_json"] if "evidence_json" in e else
                                [evidence_item(x) for x in e.get("evidence") or ()] for e in edges], _ARROW[t])
        elif c == "provenance":
            cols[c] = pa.array([e.get("provenance") or ("text" if e.get("evidence") or e.get("evidence_json")
                                                        else None) for e in edges], pa.string())
        elif c == "props":
            cols[c] = pa.array([_props(e, REL_COLUMNS.keys() | _EDGE_KEYS) for e in edges], pa.string())
        elif c in REL_PROPERTY_TYPES and type_ not in REL_PROPERTY_TYPES[c]:
            cols[c] = pa.nulls(n, _ARROW[t])
        elif t == "DATE":
            cols[c] = pa.array([date_cell(e, c) for e in edges], _ARROW[t])
        else:
            cols[c] = pa.array([e.get(c) for e in edges], _ARROW[t])
    return pa.table(cols)


def _schema(path: Path) -> None:
    """Put an empty database with the full schema at ``path``, from a template cached in the
    store's ``lbug`` folder."""
    digest = schema_digest()
    template = path.parent / f".schema-{digest}.lbug"
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


_ERROR_PREFIX = re.compile(r"^(\w+ exception|Error): ", re.I)


class EmbeddedGraph:
    """A connection to an embedded database file. ``run`` returns a pandas DataFrame."""

    def __init__(self, path: str | os.PathLike, read_only: bool = True) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.db = ladybug.Database(str(self.path), read_only=read_only)
        self.conn = ladybug.Connection(self.db)

    def run(self, query: str, parameters: dict[str, Any] | None = None, write: bool = False) -> pd.DataFrame:
        """Run one statement with parameters; a write needs ``write=True`` and a writable database."""
        check_statement(query, write=write and not self.read_only)  # one statement; read-only unless write
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


def open_embedded(store_dir: str | os.PathLike) -> EmbeddedGraph:
    """The store's embedded database, read-only, brought up to date first when no writer is busy
    (a busy writer publishes its own batches; meanwhile the last published state is read)."""
    from .index import published, sync
    from .verify import clean_stale, problem, set_aside

    store_dir = Path(store_dir)
    clean_stale(store_dir)
    last: Exception | str | None = None
    repaired = False
    for _ in range(20):
        path = sync(store_dir)
        try:
            db = EmbeddedGraph(path.resolve(strict=True), read_only=True)
        except (OSError, RuntimeError) as exc:  # a generation collected between link and open: again
            last = exc
            current = published(store_dir)
            if current is None:
                break
            if isinstance(exc, RuntimeError) and not repaired and current[0].is_file() \
                    and current[0].resolve() == path.resolve():  # there, but not a database: rebuild it
                set_aside(store_dir, current[0], f"cannot be opened ({str(exc).strip().splitlines()[0]})")
                repaired = True
            continue
        why = problem(db.conn, db.path, store_dir)  # the stamp and the counts (graph/cypher/verify.py)
        if why is None:
            return db
        db.close()
        last = f"{db.path}: {why}"
        if repaired:
            raise CypherError(f"{last} (even after a rebuild from the store's log)")
        set_aside(store_dir, db.path, why)
        repaired = True
    raise CypherError(f"{store_dir}: the embedded database cannot be opened ({last})")
