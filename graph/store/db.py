"""The log of record: one SQLite file, ``<store>/store.sqlite``, in WAL mode.

Readers never wait for the writer (WAL gives each reader the last committed state); every write
is one transaction that bumps the store's sequence number, and every row it touches carries that
number, so the embedded Cypher index can catch up with exactly what changed since it was built.

Tables: ``nodes`` (id, label, attrs as JSON), ``edges`` (source, type, target, attrs as JSON
without evidence), ``evidence`` (one row per item, keyed by edge, document and offset), ``reports`` (what each
document said of an edge, its properties without evidence, in the order they came: an edge's
properties are recomputed from them when a document is taken out; ``doc`` is '' for reference facts),
``deleted_nodes``/``deleted_edges`` (tombstones for the index), ``counts`` (nodes per label and
edges per type, kept by triggers, so that counting costs nothing) and ``meta`` (counters).
"""
from __future__ import annotations

import os
import sqlite3
import time
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
CREATE TABLE IF NOT EXISTS reports (eid INTEGER NOT NULL, doc TEXT NOT NULL, attrs TEXT NOT NULL,
    UNIQUE (eid, doc));
CREATE INDEX IF NOT EXISTS reports_doc ON reports(doc);
CREATE TABLE IF NOT EXISTS counts (kind TEXT NOT NULL, key TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (kind, key)) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS nodes_counted AFTER INSERT ON nodes BEGIN
    INSERT INTO counts VALUES ('label', NEW.label, 1) ON CONFLICT (kind, key) DO UPDATE SET n = n + 1; END;
CREATE TRIGGER IF NOT EXISTS nodes_uncounted AFTER DELETE ON nodes BEGIN
    UPDATE counts SET n = n - 1 WHERE kind = 'label' AND key = OLD.label; END;
CREATE TRIGGER IF NOT EXISTS nodes_relabelled AFTER UPDATE OF label ON nodes WHEN OLD.label <> NEW.label BEGIN
    UPDATE counts SET n = n - 1 WHERE kind = 'label' AND key = OLD.label;
    INSERT INTO counts VALUES ('label', NEW.label, 1) ON CONFLICT (kind, key) DO UPDATE SET n = n + 1; END;
CREATE TRIGGER IF NOT EXISTS edges_counted AFTER INSERT ON edges BEGIN
    INSERT INTO counts VALUES ('type', NEW.type, 1) ON CONFLICT (kind, key) DO UPDATE SET n = n + 1; END;
CREATE TRIGGER IF NOT EXISTS edges_uncounted AFTER DELETE ON edges BEGIN
    UPDATE counts SET n = n - 1 WHERE kind = 'type' AND key = OLD.type; END;
CREATE TABLE IF NOT EXISTS deleted_nodes (id TEXT NOT NULL, label TEXT NOT NULL, seq INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS deleted_edges (
    source TEXT NOT NULL, type TEXT NOT NULL, target TEXT NOT NULL, source_label TEXT NOT NULL,
    target_label TEXT NOT NULL, seq INTEGER NOT NULL);
"""


def connect(path: Path, create: bool = True) -> sqlite3.Connection:
    """A connection in WAL mode with a generous busy timeout; the schema is created if missing.

    Several processes may open a new store at once (three ingests started together): the schema is
    written in one ``BEGIN IMMEDIATE`` transaction, which waits for the write lock, and the switch to WAL
    is retried while another opener holds the lock (SQLite answers that pragma with "locked" at once,
    without its busy handler). A store already set up is only read, so opening it never waits.
    """
    try:
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}")
        if create:
            conn.execute("PRAGMA synchronous = NORMAL")  # a setting of each connection, not of the file
            if not _set_up(conn):
                _set_up_schema(conn)
        conn.execute("SELECT count(*) FROM meta").fetchone()
        return conn
    except sqlite3.DatabaseError as exc:
        why = "its folder is read-only" if path.parent.is_dir() and not os.access(path.parent, os.W_OK) else exc
        raise StoreError(f"{path}: cannot be opened as a geopol store ({why})") from exc


BUSY_SECONDS = 60.0


def _set_up(conn: sqlite3.Connection) -> bool:
    """Whether this store is in WAL mode with its schema and counts in place (a read only)."""
    if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        return False
    try:
        return get_meta(conn, "counted", 0) == 1
    except sqlite3.OperationalError:  # no meta table yet
        return False


def _set_up_schema(conn: sqlite3.Connection) -> None:
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            break
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)
    conn.executescript("BEGIN IMMEDIATE;\n" + SCHEMA)
    try:
        if get_meta(conn, "counted", 0) == 0:  # a new store, or one from before the counts table: count once
            _count_all(conn)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _count_all(conn: sqlite3.Connection) -> None:
    """Inside a write transaction: the counts table from the rows."""
    conn.execute("DELETE FROM counts")
    conn.execute("INSERT INTO counts SELECT 'label', label, count(*) FROM nodes GROUP BY label")
    conn.execute("INSERT INTO counts SELECT 'type', type, count(*) FROM edges GROUP BY type")
    set_meta(conn, "counted", 1)


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
