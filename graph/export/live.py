"""Neo4j as the shared store: after each committed batch, what changed in the log of record since
the last push is written with the batched statements of :mod:`graph.export.statements` (deletions
from the tombstones, then ``UNWIND ... MERGE`` of the changed nodes and relationships, in full,
so a push is idempotent). The last pushed sequence number is kept per target in the store's
``meta`` table, so a push after a failure or a crash resends everything since the last success.

Any session-like target works (:func:`graph.export.neo4j_writer.as_session`): the tests push into
the embedded engine through the same code path.
"""
from __future__ import annotations

import os
from typing import Any

from ..cypher.index import delta
from ..errors import GeopolError
from ..store import Store
from ..store import db as sql
from . import statements
from .neo4j_writer import WriteReport, as_session, prepare, run_with_retry

BATCH = 1000


def push_session(store: Store, session: Any, key: str, batch_size: int = BATCH) -> WriteReport:
    """Write the store's changes since the last push under ``key`` through ``session``."""
    report = WriteReport()
    conn = store.conn
    meta_key = f"pushed:{key}"
    base = sql.get_meta(conn, meta_key, -1)
    if base < 0:
        prepare(session)
    conn.execute("BEGIN")
    try:
        target = sql.get_meta(conn, "seq")
        changes = delta(conn, max(base, 0) if base >= 0 else -1)
    finally:
        conn.execute("COMMIT")

    def run(stmt: str, rows: list[dict]) -> None:
        for i in range(0, len(rows), batch_size):
            run_with_retry(session, stmt, {"rows": rows[i:i + batch_size]}, report)
            report.batches += 1

    for (type_, src, dst), rows in changes["deleted_edges"].items():
        run(statements.rel_delete(type_, src, dst), rows)
    for label, ids in changes["deleted_nodes"].items():
        run(statements.node_delete(label), [{"id": i} for i in ids])
    for label, rows in changes["nodes"].items():
        for i in range(0, len(rows), batch_size):
            batch = rows[i:i + batch_size]
            run_with_retry(session, statements.node_merge(label, statements.present(batch)), {"rows": batch}, report)
            report.batches += 1
        report.nodes += len(rows)
        report.by_label[label] = report.by_label.get(label, 0) + len(rows)
    for (type_, src, dst), rows in changes["edges"].items():
        for i in range(0, len(rows), batch_size):
            batch = rows[i:i + batch_size]
            run_with_retry(session, statements.rel_merge(type_, src, dst, statements.present(batch)), {"rows": batch}, report)
            report.batches += 1
        report.relationships += len(rows)
        report.by_type[type_] = report.by_type.get(type_, 0) + len(rows)
    conn.execute("BEGIN IMMEDIATE")
    sql.set_meta(conn, meta_key, target)
    conn.execute("COMMIT")
    return report


def neo4j_driver(uri: str | None, user: str | None = None):
    """A connected ``neo4j`` driver for ``uri`` (user ``NEO4J_USER`` or neo4j, password ``NEO4J_PASSWORD``)."""
    import logging

    import neo4j

    logging.getLogger("neo4j").setLevel(logging.CRITICAL)  # a failure is our one line, not the driver's log
    if not uri:
        raise GeopolError("Neo4j needs a URI (--uri, --into or NEO4J_URI)")
    password = os.environ.get("NEO4J_PASSWORD")
    if password is None:
        raise GeopolError("set NEO4J_PASSWORD: the password is never taken from the command line")
    driver = neo4j.GraphDatabase.driver(uri, auth=(user or os.environ.get("NEO4J_USER", "neo4j"), password))
    try:
        driver.verify_connectivity()
    except Exception as exc:  # noqa: BLE001  (any connection failure is one line)
        driver.close()
        raise GeopolError(f"cannot reach Neo4j at {uri}: {str(exc).splitlines()[0]}") from exc
    return driver


def push(store: Store, uri: str, user: str | None = None, database: str | None = None) -> WriteReport:
    """Push the store's changes to the Neo4j server at ``uri`` (password from ``NEO4J_PASSWORD``)."""
    database = database or os.environ.get("NEO4J_DATABASE")
    with neo4j_driver(uri, user) as driver, as_session(driver, database) as session:
        return push_session(store, session, f"{uri}/{database or ''}")
