"""The log of record: one SQLite file, ``<store>/store.sqlite``, in WAL mode.

Readers never wait for the writer (WAL gives each reader the last committed state); every write
is one transaction that bumps the store's sequence number, and every row it touches carries that
number, so the embedded Cypher index can catch up with exactly what changed since it was built.

Tables: ``nodes`` (id, label, attrs as JSON), ``edges`` (source, type, target, attrs as JSON
without evidence), ``evidence`` (one row per item, keyed by edge, document and offset),
``deleted_nodes``/``deleted_edges`` (tombstones for the index) and ``meta`` (counters).
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ..errors import StoreError

DB_FILE = "store.sqlite"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS nodes (
    id TEXT PRIMARY KEY, label TEXT NOT NULL, attrs TEXT NOT NULL, seq INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS nodes_label ON nodes(label);
CREATE INDEX IF NOT EXISTS nodes_seq ON nodes(seq);
CREATE TABLE IF NOT EXISTS edges (
    eid INTEGER PRIMARY KEY, source TEXT NOT NULL, type TEXT NOT NULL, target TEXT NOT NULL,
    attrs TEXT NOT NULL, seq INTEGER NOT NULL, UNIQUE (source, type, target));
CREATE INDEX IF NOT EXISTS edges_target ON edges(target, type);
CREATE INDEX IF NOT EXISTS edges_seq ON edges(seq);
CREATE TABLE IF NOT EXISTS evidence (
    eid INTEGER NOT NULL, doc TEXT NOT NULL, start INTEGER NOT NULL, item TEXT NOT NULL,
    PRIMARY KEY (eid, doc, start)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS evidence_doc ON evidence(doc);
CREATE TABLE IF NOT EXISTS deleted_nodes (id TEXT NOT NULL, label TEXT NOT NULL, seq INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS deleted_edges (
    source TEXT NOT NULL, type TEXT NOT NULL, target TEXT NOT NULL, source_label TEXT NOT NULL,
    target_label TEXT NOT NULL, seq INTEGER NOT NULL);
"""


def connect(path: Path, create: bool = True) -> sqlite3.Connection:
    """A connection in WAL mode with a generous busy timeout; the schema is created if missing."""
    try:
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=60.0, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 60000")
        if create:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.executescript(SCHEMA)
        conn.execute("SELECT count(*) FROM meta").fetchone()
        return conn
    except sqlite3.DatabaseError as exc:
        why = "its folder is read-only" if path.parent.is_dir() and not os.access(path.parent, os.W_OK) else exc
        raise StoreError(f"{path}: cannot be opened as a geopol store ({why})") from exc


def get_meta(conn: sqlite3.Connection, key: str, default: int = 0) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return int(row[0]) if row else default


def set_meta(conn: sqlite3.Connection, key: str, value: int) -> None:
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (key, value))


def next_seq(conn: sqlite3.Connection) -> int:
    """Inside a write transaction: the sequence number of this transaction."""
    seq = get_meta(conn, "seq") + 1
    set_meta(conn, "seq", seq)
    return seq
