"""The store directory (default ``./geopol-data/``, or ``GEOPOL_STORE``) and merging into it.

The same entity from two documents is one node (ids are stable); the same relation found twice
is one edge whose evidence lists both; a document already stored (same content hash) is skipped.
The log of record is ``store.sqlite`` (see :mod:`graph.store.db`); networkx is loaded from it on
demand, whole (:attr:`Store.graph`) or a neighbourhood (:meth:`Store.neighbourhood`).
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

import networkx as nx
import orjson

from ..errors import OntologyError, StoreError
from ..ontology import validate_edge, validate_node
from . import db as sql
from . import read, write
from .edges import add_edge
from .interchange import from_node_link, to_node_link, write_atomic
from .lock import writer_lock

DEFAULT_STORE = "./geopol-data"
GRAPH_FILE = "graph.json"  # the interchange file: imported into a new store when found, written on export


def validate(g: nx.MultiDiGraph) -> None:
    """Raise :class:`OntologyError` on the first node or edge the ontology does not allow."""
    for node_id, attrs in g.nodes(data=True):
        if attrs.get("id") != node_id:
            raise OntologyError(f"node {node_id!r} has id property {attrs.get('id')!r}")
        validate_node(attrs)
    for u, v, attrs in g.edges(data=True):
        validate_edge(g.nodes[u].get("label"), attrs.get("type"), g.nodes[v].get("label"), attrs)


def merge(into: nx.MultiDiGraph, part: nx.MultiDiGraph) -> None:
    """Merge ``part`` into ``into`` in memory: union of aliases, new properties added, edges merged."""
    for node_id, attrs in part.nodes(data=True):
        if node_id not in into:
            into.add_node(node_id, **{k: (list(v) if isinstance(v, list) else v) for k, v in attrs.items()})
            continue
        into.nodes[node_id].update(write.merge_node(into.nodes[node_id], attrs))
    for u, v, key, attrs in part.edges(keys=True, data=True):
        add_edge(into, u, key, v, **{k: (list(x) if isinstance(x, list) else x) for k, x in attrs.items() if k != "type"})


class Store:
    """A store directory holding ``store.sqlite`` (the log of record) and the embedded Cypher index.

    >>> import tempfile
    >>> s = Store(tempfile.mkdtemp())
    >>> s.graph.number_of_nodes()
    0
    """

    def __init__(self, directory: str | os.PathLike | None = None) -> None:
        self.dir = Path(directory or os.environ.get("GEOPOL_STORE") or DEFAULT_STORE)
        self.path = self.dir / sql.DB_FILE
        self._conn = None
        self._graph: nx.MultiDiGraph | None = None
        if not self.path.exists() and (self.dir / GRAPH_FILE).exists():
            self._import_legacy()

    # -- connection and snapshots -------------------------------------------------------------
    @property
    def conn(self):
        if self._conn is None:
            self._conn = sql.connect(self.path)
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def seq(self) -> int:
        """The sequence number of the last committed write (0 for an empty store)."""
        return sql.get_meta(self.conn, "seq")

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The whole store as a networkx MultiDiGraph, loaded on first use."""
        if self._graph is None:
            self._graph = read.load_graph(self.conn)
        return self._graph

    @graph.setter
    def graph(self, g: nx.MultiDiGraph) -> None:
        self._graph = g

    def neighbourhood(self, node_id: str, depth: int = 1) -> nx.MultiDiGraph:
        """The nodes within ``depth`` hops of ``node_id`` and the edges among them, from the store."""
        return read.load_neighbourhood(self.conn, node_id, depth)

    def counts(self) -> tuple[dict[str, int], dict[str, int]]:
        """(nodes per label, edges per type), without loading the graph."""
        return read.counts(self.conn)

    def has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM nodes WHERE id = ? AND label = 'Document'",
                                 (doc_id,)).fetchone() is not None

    def documents(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM nodes WHERE label = 'Document' ORDER BY id")]

    # -- writes: one transaction each, under the writer lock ------------------------------------
    def _transaction(self):
        return _Transaction(self)

    def add(self, part: nx.MultiDiGraph) -> None:
        """Validate a fragment and merge it into the store (committed at once)."""
        self.add_documents([(None, part)])

    def add_documents(self, items: Iterable[tuple[str | None, nx.MultiDiGraph]], force: bool = False,
                      validated: bool = False) -> list[bool]:
        """Merge ``(document id, fragment)`` pairs in one transaction; a document already stored is
        skipped (unless ``force``: its old contribution is taken out first). Every fragment is
        validated before anything is written, unless the caller says it did that (``validated``:
        the ingest validates each fragment as it arrives, or in the worker that made it; ``items``
        is then read as the transaction goes, so the ingest merges each fragment as it comes).
        Returns, per pair, whether it was added."""
        if not validated:
            items = list(items)
            for _, part in items:
                validate(part)
        added = []
        with self._transaction() as (conn, seq):
            for doc_id, part in items:
                if doc_id is not None and force and write.is_document(conn, doc_id):
                    write.replace_document(conn, doc_id, part, seq)
                    added.append(True)
                    continue
                if doc_id is not None and conn.execute("SELECT 1 FROM nodes WHERE id = ?", (doc_id,)).fetchone():
                    added.append(False)
                    continue
                write.add_fragment(conn, part, seq, doc_id)
                added.append(True)
        return added

    def remove_document(self, doc_id: str) -> None:
        """Take one document's contribution out of the store (see :func:`graph.store.write.remove_document`)."""
        with self._transaction() as (conn, seq):
            write.remove_document(conn, doc_id, seq)

    def replace(self, g: nx.MultiDiGraph) -> None:
        """Make the store hold exactly ``g`` (validated first; the Cypher index is rebuilt)."""
        validate(g)
        with self._transaction() as (conn, seq):
            write.replace_all(conn, g, seq)
            sql.set_meta(conn, "rebuild", seq)
        self._graph = g

    def save(self, extra_path: str | os.PathLike | None = None) -> None:
        """Persist the in-memory graph when it was loaded or assigned and differs from the store
        (validated first; nothing is written when it is invalid); write ``extra_path`` as
        ``graph.json`` interchange data."""
        if self._graph is not None:
            g = self._graph
            if orjson.dumps(to_node_link(g)) != orjson.dumps(read.node_link(self.conn)):
                self.replace(g)
        if extra_path:
            self.export_json(extra_path)

    def node_link(self) -> dict:
        """The whole store as ``graph.json`` interchange data (canonical order), without networkx."""
        return read.node_link(self.conn)

    def export_json(self, path: str | os.PathLike) -> None:
        """Write the whole store as ``graph.json`` interchange data (networkx node-link), atomically."""
        write_atomic(Path(path), orjson.dumps(read.node_link(self.conn)).decode() + "\n")

    def import_json(self, path: str | os.PathLike) -> None:
        """Merge a ``graph.json`` file (node-link data) into the store."""
        g = load_json(Path(path))
        validate(g)
        with self._transaction() as (conn, seq):
            write.add_fragment(conn, g, seq)

    def _import_legacy(self) -> None:
        """A store written by an older geopol (``graph.json`` only): build ``store.sqlite`` from it."""
        with writer_lock(self.dir):
            if self.path.exists():
                return
            g = load_json(self.dir / GRAPH_FILE)
            try:
                validate(g)
            except OntologyError as exc:
                raise StoreError(f"{self.dir / GRAPH_FILE}: cannot be imported ({exc})") from exc
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
            conn = sql.connect(tmp)
            try:
                conn.execute("BEGIN IMMEDIATE")
                write.replace_all(conn, g, 1)
                sql.set_meta(conn, "seq", 1)
                sql.set_meta(conn, "rebuild", 1)
                conn.execute("COMMIT")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
            os.replace(tmp, self.path)
            for suffix in ("-wal", "-shm"):
                Path(str(tmp) + suffix).unlink(missing_ok=True)


class _Transaction:
    """``with store._transaction() as (conn, seq)``: the writer lock, ``BEGIN IMMEDIATE``, a new
    sequence number; commit at the end, roll back on any error."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def __enter__(self):
        self.lock = writer_lock(self.store.dir)
        self.lock.__enter__()
        began = False
        try:  # a store that cannot be opened or written lets the lock go at once, not when the error is collected
            conn = self.store.conn
            conn.execute("BEGIN IMMEDIATE")
            began = True
            return conn, sql.next_seq(conn)
        except BaseException as exc:
            try:
                if began:
                    self.store.conn.execute("ROLLBACK")
            finally:
                self.lock.__exit__(type(exc), exc, exc.__traceback__)
            raise

    def __exit__(self, exc_type, exc, tb) -> None:
        conn = self.store.conn
        try:
            try:
                conn.execute("ROLLBACK" if exc_type else "COMMIT")
            except BaseException:
                if conn.in_transaction:  # a COMMIT that failed (a full disk, a deferred check) leaves it open
                    conn.execute("ROLLBACK")
                raise
        finally:
            self.store._graph = None  # the in-memory copy is reloaded on next use
            self.lock.__exit__(exc_type, exc, tb)


def load_json(path: Path) -> nx.MultiDiGraph:
    """A ``graph.json`` file as a MultiDiGraph; a clear :class:`StoreError` naming it when it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        problem = shape_problem(data)
        if problem:
            raise StoreError(f"{path}: is not a geopol graph: {problem}")
        return from_node_link(data)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, AttributeError,
            ValueError) as exc:
        raise StoreError(f"{path}: cannot be loaded as a geopol graph ({exc})") from exc


def shape_problem(data: object) -> str | None:
    """What keeps ``data`` from being node-link data (nodes with ids, edges with ends and a type), or None."""
    if not isinstance(data, dict):
        return f"holds a JSON {type(data).__name__}, not an object with nodes and edges"
    nodes, edges = data.get("nodes"), data.get("edges", data.get("links", []))
    if not isinstance(nodes, list):
        return "no list of nodes"
    if not isinstance(edges, list):
        return "the edges are not a list"
    for i, node in enumerate(nodes):
        if not isinstance(node, dict) or not isinstance(node.get("id"), str):
            return f"node {i} has no string id"
    for i, edge in enumerate(edges):
        if not isinstance(edge, dict) or not all(isinstance(edge.get(k), str) for k in ("source", "target", "type")):
            return f"edge {i} lacks a source, target or type"
    return None
