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
import queue
import re
import secrets
import shutil
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import ladybug
import pandas as pd
import pyarrow as pa

from ..errors import CypherError
from ..ontology import LABELS
from . import bulk
from .readonly import check_statement
from .tables import NODE_COLUMNS, REL_COLUMNS, schema_pairs

DB_FILE = "graph.lbug"
COPY_WRITERS = 2  # connections copying relationship tables at once (load)


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
    """Write node-link data as a new embedded database at ``path`` (see :func:`load`). Edges may
    carry ``evidence_json`` (items already as JSON text)."""
    with bulk.no_gc():
        load(*bulk.from_data(data), path, stamp)


def load(nodes: Iterable[tuple[str, pa.Table]], rels: Iterable[tuple[str, str, str, Callable[[], pa.Table]]],
         path: Path, stamp: str | None = None) -> None:
    """Write a new embedded database at ``path``: the schema (copied from a cached empty
    database), then one bulk COPY per label and per (type, source label, target label) table
    (:mod:`graph.cypher.bulk`), then ``stamp`` (a statement, if any) and one checkpoint.

    The engine copies while this thread reads and builds the next tables: the labels on one
    connection, then the relationship tables on :data:`COPY_WRITERS` connections at once (each
    COPY is its own write transaction, into its own table). One relationship COPY keeps the
    engine's threads busy only part of the time (it builds each direction's adjacency on one
    thread), so a second COPY fills the gaps."""
    _schema(path)
    db = ladybug.Database(str(path), auto_checkpoint=False, enable_multi_writes=COPY_WRITERS > 1)
    try:
        conns = [ladybug.Connection(db) for _ in range(COPY_WRITERS)]
        free: queue.SimpleQueue[ladybug.Connection] = queue.SimpleQueue()
        for conn in conns:
            free.put(conn)

        def copy_nodes() -> None:
            conn = free.get()
            try:
                for label, arrow in nodes:
                    _copy(conn, f"COPY {label} FROM arrow", arrow)
            finally:
                free.put(conn)

        def copy(statement: str, arrow: pa.Table) -> None:
            labels.result()  # the relationships look their ends up in the labels' tables
            conn = free.get()
            try:
                _copy(conn, statement, arrow)
            finally:
                free.put(conn)

        with ThreadPoolExecutor(max_workers=COPY_WRITERS) as engine:
            labels = engine.submit(copy_nodes)
            copies = [labels]
            for type_, src, dst, make in rels:
                copies.append(engine.submit(copy, f"COPY {type_} FROM arrow (from='{src}', to='{dst}')", make()))
                if copies[0].done():  # an error stops the load early
                    copies.pop(0).result()
            for future in copies:
                future.result()
        if stamp:
            conns[0].execute(stamp)
        conns[0].execute("CHECKPOINT")
        for conn in conns:
            conn.close()
    finally:
        db.close()


def _copy(conn: ladybug.Connection, statement: str, arrow: pa.Table) -> None:
    conn.execute(statement)  # reads the table from the local ``arrow``


def _schema(path: Path) -> None:
    """Put an empty database with the full schema at ``path``, from a template cached per user
    (:func:`_template_dir`, shared by every store: creating the schema's hundred-odd tables costs
    about 0.3 s, a store's first ingest paid it), else in the store's ``lbug`` folder."""
    name = f".schema-{schema_digest()}-{ladybug.__version__}.lbug"
    for folder in (d for d in (_template_dir(), path.parent) if d is not None):
        template = folder / name
        try:
            if not template.exists():
                folder.mkdir(parents=True, exist_ok=True)
                # a name of this builder's own (two threads, or a pid reused after a kill mid-build, never
                # reopen a half-built template)
                tmp = template.with_name(f"{template.name}.{secrets.token_hex(4)}.{os.getpid()}.tmp")
                db = ladybug.Database(str(tmp))
                conn = ladybug.Connection(db)
                for stmt in ddl():
                    conn.execute(stmt)
                conn.close()
                db.close()
                os.replace(tmp, template)  # whole or not at all: another process may build it too
            shutil.copyfile(template, path)
            return
        except OSError:
            continue  # an unwritable cache: the store's own folder
    raise CypherError(f"{path}: cannot create the embedded database's schema")


def _template_dir() -> Path | None:
    """Where the empty-schema template is cached: ``$GEOPOL_CACHE``, else ``$XDG_CACHE_HOME/geopol``
    or ``~/.cache/geopol``; ``None`` without a home."""
    if os.environ.get("GEOPOL_CACHE"):
        return Path(os.environ["GEOPOL_CACHE"])
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "geopol"
    try:
        return Path.home() / ".cache" / "geopol"
    except RuntimeError:  # no home directory to be found
        return None


_ERROR_PREFIX = re.compile(r"^(\w+ exception|Error): ", re.I)


class EmbeddedGraph:
    """A connection to an embedded database file. ``run`` returns a pandas DataFrame.

    The connection runs each query on one thread: the named queries start from one entity and
    touch a few hundred rows, where spreading a query over threads costs more than it saves
    (``bench/queries.py``); a whole-graph query (``counts``) takes as long either way."""

    def __init__(self, path: str | os.PathLike, read_only: bool = True) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.db = ladybug.Database(str(self.path), read_only=read_only)
        self.conn = ladybug.Connection(self.db, num_threads=1)

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
        tried: Path | None = None
        try:
            tried = path.resolve(strict=True)  # the generation this attempt opens, whatever the link says later
            db = EmbeddedGraph(tried, read_only=True)
        except (OSError, RuntimeError) as exc:  # a generation collected between link and open: again
            last = exc
            current = published(store_dir)
            if current is None:
                break
            # set aside only the generation that was tried, if it is still the latest and still there
            # (not a database); one collected meanwhile by a writer is no damage: the next try opens the new one
            if isinstance(exc, RuntimeError) and not repaired and tried is not None and tried.is_file() \
                    and current[0].resolve() == tried:
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
