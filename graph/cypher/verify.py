"""The embedded database checks itself before it answers.

Every generation carries a stamp written inside it when it is published: the comment of its
``Document`` table (invisible to ``MATCH``), ``geopol seq=S nodes=N edges=E``. Before a generation
answers, its stamp must name the sequence number it is published as, its own node count must be
the stamp's (counting its edges would cost a scan that grows with the store), and, when the log of
record (``store.sqlite``) is at that same sequence number, the log's counts must be the stamp's too.
The stamp is written in the same open as the changes it seals (one checkpoint per generation). A generation that disagrees or cannot be opened (junk, an empty file, a database
swapped in from elsewhere or from another time) is removed and rebuilt from the log, which is the
record: nothing is lost. Temporary files of processes that died mid-write are removed as well.
"""
from __future__ import annotations

import logging
import os
import re
import shutil
from pathlib import Path

import ladybug

from ..store import db as sql
from ..store.lock import writer_lock

log = logging.getLogger("geopol")

STAMP_TABLE = "Document"
_STAMP = re.compile(r"^geopol seq=(\d+) nodes=(\d+) edges=(\d+)$")
# temporary names that carry the pid of the process writing them
_TEMP = re.compile(r"^\.(?:.+)\.(\d+)\.(?:tmp|link)(?:-wal|-shm|\.wal)?$")


def log_counts(where) -> tuple[int, int, int]:
    """(seq, nodes, edges) of the log of record (a store folder, or an open connection inside a
    snapshot), from the counts its triggers keep: no scan."""
    if not isinstance(where, Path | str):
        return _counts(where)
    conn = sql.connect(Path(where) / sql.DB_FILE)
    try:
        conn.execute("BEGIN")
        try:
            return _counts(conn)
        finally:
            conn.execute("COMMIT")
    finally:
        conn.close()


def _counts(conn) -> tuple[int, int, int]:
    n = dict(conn.execute("SELECT kind, coalesce(sum(n), 0) FROM counts GROUP BY kind").fetchall())
    return sql.get_meta(conn, "seq"), int(n.get("label", 0)), int(n.get("type", 0))


def stamp_statement(seq: int, nodes: int, edges: int) -> str:
    """The statement that stamps an open generation (see the module docstring)."""
    return f"COMMENT ON TABLE {STAMP_TABLE} IS 'geopol seq={int(seq)} nodes={int(nodes)} edges={int(edges)}'"


def write_stamp(path: Path, store_dir: Path, seq: int) -> None:
    """Under the writer lock, before ``path`` is published as generation ``seq``: stamp it with the
    log's counts (the log is at ``seq``: nobody else writes while the lock is held)."""
    _, nodes, edges = log_counts(store_dir)
    db = ladybug.Database(str(path))
    try:
        conn = ladybug.Connection(db)
        conn.execute(stamp_statement(seq, nodes, edges))
        conn.execute("CHECKPOINT")
        conn.close()
    finally:
        db.close()


def _one(conn, query: str):
    result = conn.execute(query)
    rows = result.get_all()
    result.close()
    return rows[0][0] if rows else None


def problem(conn, path: Path, store_dir: Path) -> str | None:
    """What is wrong with the open generation ``path`` (a ``ladybug.Connection`` on it), or None."""
    m = re.match(r"^(\d{12})-[0-9a-f]+(?:-s(\d{12}))?\.", path.name)
    published_seq = int(m.group(1)) if m else None  # the state it stands for
    stamped_seq = int(m.group(2) or m.group(1)) if m else None  # the seq its stamp names (older: no change since)
    comment = _one(conn, f"CALL show_tables() WHERE name = '{STAMP_TABLE}' RETURN comment")
    stamp = _STAMP.match(comment or "")
    if not stamp:
        return "carries no geopol stamp (not a database this store published)"
    seq, nodes, edges = (int(x) for x in stamp.groups())
    if stamped_seq is not None and seq != stamped_seq:
        return f"is stamped with sequence number {seq} but published as {stamped_seq} (swapped in?)"
    actual = _one(conn, "MATCH (n) RETURN count(*)")  # cheap; counting every edge would grow with the store
    if actual != nodes:
        return f"holds {actual} nodes, its stamp says {nodes}"
    log_seq, log_nodes, log_edges = log_counts(store_dir)
    seq = published_seq if published_seq is not None else seq
    if log_seq == seq and (log_nodes, log_edges) != (nodes, edges):
        return (f"holds {nodes} nodes and {edges} edges at sequence number {seq}, "
                f"{sql.DB_FILE} {log_nodes} and {log_edges}")
    if log_seq < seq:
        return f"is of sequence number {seq}, beyond the store's {log_seq}"
    return None


def set_aside(store_dir: Path, path: Path, why: str) -> None:
    """Remove a damaged generation (and the link to it) so that the next sync rebuilds it from the log."""
    from .embedded import DB_FILE

    log.warning("%s: %s; rebuilding it from %s", path, why, sql.DB_FILE)
    with writer_lock(store_dir):
        link = store_dir / DB_FILE
        try:
            if link.is_symlink() and (store_dir / os.readlink(link)).resolve() == path.resolve():
                link.unlink()
        except OSError:
            pass
        for victim in (path, Path(f"{path}.wal")):
            if victim.is_dir():
                shutil.rmtree(victim, ignore_errors=True)
            else:
                victim.unlink(missing_ok=True)


def clean_stale(store_dir: Path) -> list[Path]:
    """Remove temporary files of dead processes and the ``.lbug-*`` folders of older versions;
    only while no writer is at work. Returns what was removed."""
    removed: list[Path] = []
    with writer_lock(store_dir, wait=False) as got:
        if not got:
            return removed
        for folder in (store_dir, store_dir / "lbug"):
            try:
                entries = list(folder.iterdir())
            except OSError:
                continue
            for path in entries:
                m = _TEMP.match(path.name)
                stale = (m and not _alive(int(m.group(1)))) or \
                    (path.name.startswith((".lbug-", "graph.lbug-")) and path.is_dir())
                if stale:
                    if path.is_dir() and not path.is_symlink():
                        shutil.rmtree(path, ignore_errors=True)
                    else:
                        path.unlink(missing_ok=True)
                    removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
