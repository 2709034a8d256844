"""Keeping the embedded Cypher database in step with the log of record, incrementally.

Generations: ``<store>/lbug/<seq>.lbug`` is the database built from the store as of sequence
number ``seq``; ``<store>/graph.lbug`` is a symbolic link to the latest one, replaced atomically.
A published generation is never written again, so readers open it read-only without waiting.
To catch up, the writer (holding the store's writer lock) copies the latest generation, applies
what changed since its ``seq`` (upserts of the nodes and edges whose rows carry a later ``seq``,
deletions from the tombstones) with batched ``UNWIND ... MERGE`` statements, checkpoints and
publishes the copy. It rebuilds by bulk load only when there is no generation yet, after a
wholesale replacement, or when most of the store changed.
"""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import Any

import ladybug
import orjson

from ..export import statements
from ..store import db as sql
from ..store.lock import writer_lock
from . import bulk
from .embedded import DB_FILE, load, schema_digest
from .tables import node_row, rel_row
from .verify import log_counts, stamp_statement, write_stamp

GEN_DIR = "lbug"
# <seq>-<schema digest>[-s<stamped seq>].lbug: a generation whose changes were none is the previous
# file linked under the new seq, and its name says which seq its stamp names (verify.py)
_GEN = re.compile(r"^(\d{12})-([0-9a-f]{12})(?:-s(\d{12}))?\.lbug$")
# rebuild by bulk load when more than this share of the rows changed (and over 1,000 rows: one article's
# changes are always applied in place). On the two-worker bench's store (320 documents, 10,120 rows) the
# in-place path cost 1.30 s CPU for 5% of the rows changed and 2.0 s for 15%, the bulk rebuild 0.8 s:
# a row merged in place costs about fourteen times a row copied in bulk, so past about 5% the rebuild is
# the cheaper way (it was 30%: a later batch of a long ingest took the dearer path).
REBUILD_FRACTION = 0.05
BATCH = 2000


def published(store_dir: Path) -> tuple[Path, int] | None:
    """(path, seq) of the latest published generation, or None (also when it was built with
    another schema, i.e. by another version of geopol: then it is rebuilt)."""
    link = store_dir / DB_FILE
    try:
        target = os.readlink(link)
    except OSError:
        return None
    m = _GEN.match(Path(target).name)
    return (store_dir / target, int(m.group(1))) if m and m.group(2) == schema_digest() else None


def sync(store_dir: Path, wait: bool = False) -> Path:
    """The path of a complete generation: the store's latest state when the writer lock is free (or
    ``wait``), else the last published one. Publishes a new generation when behind."""
    store_dir = Path(store_dir)
    if not (store_dir / sql.DB_FILE).exists():
        from ..store import Store

        Store(store_dir)  # imports the graph.json of an older store, if any
    conn = sql.connect(store_dir / sql.DB_FILE)
    try:
        current = published(store_dir)
        if current and current[1] == sql.get_meta(conn, "seq"):
            return store_dir / DB_FILE
        with writer_lock(store_dir, wait=wait or current is None) as got:
            if not got:
                return store_dir / DB_FILE
            _catch_up(store_dir, conn)
    finally:
        conn.close()
    return store_dir / DB_FILE


def _catch_up(store_dir: Path, conn) -> None:
    """Under the writer lock: publish a generation for the store's current seq."""
    current = published(store_dir)
    target = sql.get_meta(conn, "seq")
    if current and current[1] == target:
        return
    gen_dir = store_dir / GEN_DIR
    gen_dir.mkdir(parents=True, exist_ok=True)
    legacy = store_dir / DB_FILE
    if legacy.exists() and not legacy.is_symlink():  # a database written by an older geopol
        legacy.unlink()
    tmp = gen_dir / f".{target:012d}.{os.getpid()}.tmp"
    conn.execute("BEGIN")  # one snapshot for all reads
    try:
        target = sql.get_meta(conn, "seq")
        base = current[1] if current else -1
        stamp = stamp_statement(target, *log_counts(conn)[1:])  # written in the same open as the changes
        changes = None
        if current is None or base < sql.get_meta(conn, "rebuild") or _too_many(conn, base):
            rebuild(conn, tmp, stamp)
        else:
            changes = delta(conn, base)
            if any(changes.values()):
                shutil.copyfile(current[0], tmp)
                _apply(changes, tmp, stamp)
    finally:
        conn.execute("COMMIT")
    if changes is not None and not any(changes.values()):  # e.g. a document put back as it was
        stamped = _GEN.match(current[0].name).group(3) or current[1]
        tmp.unlink(missing_ok=True)
        os.link(current[0], tmp)  # the same file (never written again) under the new seq
        publish(store_dir, tmp, target, current, stamped=True, stamp_seq=int(stamped))
        return
    publish(store_dir, tmp, target, current, stamped=True)


def publish(store_dir: Path, tmp: Path, seq: int, previous: tuple[Path, int] | None, stamped: bool = False,
            stamp_seq: int | None = None) -> None:
    """Under the writer lock: make the database file ``tmp`` the generation of ``seq`` and link it
    as the latest (stamped first unless ``stamped``; ``stamp_seq``: the seq its stamp names, when
    older); collect older generations and the tombstones it has applied."""
    if not stamped:
        write_stamp(tmp, store_dir, seq)  # checked before every read (graph/cypher/verify.py)
    gen_dir = store_dir / GEN_DIR
    older = f"-s{stamp_seq:012d}" if stamp_seq is not None and stamp_seq != seq else ""
    final = gen_dir / f"{seq:012d}-{schema_digest()}{older}.lbug"
    os.replace(tmp, final)
    link_tmp = store_dir / f".{DB_FILE}.{os.getpid()}.link"
    link_tmp.unlink(missing_ok=True)
    os.symlink(f"{GEN_DIR}/{final.name}", link_tmp)
    os.replace(link_tmp, store_dir / DB_FILE)
    (store_dir / f"{DB_FILE}.sha256").unlink(missing_ok=True)  # the stamp of older geopol versions
    _collect(gen_dir, keep={final.name, previous[0].name if previous else ""})
    conn = sql.connect(store_dir / sql.DB_FILE)
    try:
        conn.execute("BEGIN IMMEDIATE")
        # tombstones every target has applied: this generation, and Neo4j targets (graph.export.live)
        floor = min([seq, *(v for (v,) in conn.execute("SELECT value FROM meta WHERE key LIKE 'pushed:%'"))])
        conn.execute("DELETE FROM deleted_nodes WHERE seq <= ?", (floor,))
        conn.execute("DELETE FROM deleted_edges WHERE seq <= ?", (floor,))
        conn.execute("COMMIT")
    finally:
        conn.close()


def _collect(gen_dir: Path, keep: set[str]) -> None:
    """Remove generations but the latest two (a reader may be opening the previous one right now;
    one that has it open keeps reading it after the unlink)."""
    for path in gen_dir.iterdir():
        if path.name in keep or path.name.startswith(".schema-"):
            continue
        if _GEN.match(path.name) or path.name.endswith((".tmp", ".wal")):
            path.unlink(missing_ok=True)


def _too_many(conn, base: int) -> bool:
    size = (conn.execute("SELECT max(eid) FROM edges").fetchone()[0] or 0) + \
        (conn.execute("SELECT count(*) FROM nodes WHERE label = 'Document'").fetchone()[0] or 0)
    changed = conn.execute("SELECT count(*) FROM edges WHERE seq > ?", (base,)).fetchone()[0]
    return changed > 1000 and changed > REBUILD_FRACTION * size


def rebuild(conn, path: Path, stamp: str | None = None) -> None:
    """Write the store's whole log of record (read in the caller's transaction) as a new embedded
    database at ``path`` by bulk load."""
    with bulk.no_gc():
        load(*bulk.from_store(conn), path, stamp)


def _run_batches(conn: ladybug.Connection, make, rows: list[dict]) -> None:
    """``make(columns some row has)`` run on each batch of ``rows``."""
    for i in range(0, len(rows), BATCH):
        batch = rows[i:i + BATCH]
        conn.execute(make(statements.present(batch)), {"rows": batch})


def delta(conn, base: int) -> dict[str, Any]:
    """What changed after ``base``: deleted edges and nodes, then node and edge rows to upsert. A row
    taken out and put back since (``ingest --force``) is an upsert, not a deletion and a creation."""
    nodes: dict[str, list[dict]] = {}
    present_nodes: set[tuple[str, str]] = set()
    for label, attrs in conn.execute("SELECT label, attrs FROM nodes WHERE seq > ?", (base,)):
        row = node_row(orjson.loads(attrs))
        nodes.setdefault(label, []).append(row)
        present_nodes.add((label, row["id"]))
    edges: dict[tuple[str, str, str], list[dict]] = {}
    for eid, s, t, d, attrs, sl, dl in conn.execute(
            "SELECT e.eid, e.source, e.type, e.target, e.attrs, a.label, b.label FROM edges e "
            "JOIN nodes a ON a.id = e.source JOIN nodes b ON b.id = e.target WHERE e.seq > ?", (base,)):
        edge = orjson.loads(attrs)
        edge["evidence"] = [orjson.loads(i) for (i,) in conn.execute(
            "SELECT item FROM evidence WHERE eid = ? ORDER BY doc, start", (eid,))]
        edges.setdefault((t, sl, dl), []).append({"from": s, "to": d, **rel_row(edge)})
    present_edges = {(key, r["from"], r["to"]) for key, rows in edges.items() for r in rows}
    deleted_edges: dict[tuple[str, str, str], list[dict]] = {}
    for s, t, d, sl, dl in conn.execute("SELECT DISTINCT source, type, target, source_label, target_label "
                                        "FROM deleted_edges WHERE seq > ?", (base,)):
        if sl and dl and ((t, sl, dl), s, d) not in present_edges:
            deleted_edges.setdefault((t, sl, dl), []).append({"from": s, "to": d})
    deleted_nodes: dict[str, list[str]] = {}
    for node_id, label in conn.execute("SELECT DISTINCT id, label FROM deleted_nodes WHERE seq > ?", (base,)):
        if (label, node_id) not in present_nodes:
            deleted_nodes.setdefault(label, []).append(node_id)
    return {"deleted_edges": deleted_edges, "deleted_nodes": deleted_nodes, "nodes": nodes, "edges": edges}


def _apply(d: dict[str, Any], path: Path, stamp: str) -> None:
    """Apply the changes ``d`` (:func:`delta`) to the database file at ``path`` (deletions, then
    upserts of whole rows), then ``stamp`` (a statement), then one checkpoint."""
    db = ladybug.Database(str(path), auto_checkpoint=False)
    try:
        lconn = ladybug.Connection(db)
        for (type_, src, dst), rows in d["deleted_edges"].items():
            _run_batches(lconn, lambda _c, t=type_, s=src, e=dst: statements.rel_delete(t, s, e), rows)
        for label, ids in d["deleted_nodes"].items():
            _run_batches(lconn, lambda _c, lb=label: statements.node_delete(lb), [{"id": i} for i in ids])
        for label, rows in d["nodes"].items():
            _run_batches(lconn, lambda present, lb=label: statements.node_merge(lb, present), rows)
        for key, rows in d["edges"].items():
            _run_batches(lconn, lambda present, k=key: statements.rel_merge(*k, present), rows)
        lconn.execute(stamp)
        lconn.execute("CHECKPOINT")
        lconn.close()
    finally:
        db.close()
