"""Write the store into Neo4j, or anything that runs Cypher like a session, in batches.

One code path for every target: :func:`as_session` gives a ``run(query, parameters)`` object for a
``neo4j`` driver or session, the embedded engine or a ``ladybug.Connection``; :func:`write` then
runs the schema statements and the ``UNWIND $rows ... MERGE`` batches of
:mod:`graph.export.statements`, retrying a batch on transient errors. Running it twice changes
nothing; a newer store updates properties and evidence in place.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from ..cypher.tables import node_rows, rel_rows
from ..errors import GeopolError
from . import statements

TRANSIENT = {"TransientError", "ServiceUnavailable", "SessionExpired", "SessionError"}


class ExportError(GeopolError):
    """The target refused a batch after all retries."""


class EmbeddedSession:
    """A session-like wrapper of a ``ladybug.Connection`` (the embedded engine)."""

    embedded = True

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def run(self, query: str, parameters: dict[str, Any] | None = None) -> Any:
        return self.conn.execute(query, parameters or {})


def as_session(target: Any, database: str | None = None) -> Any:
    """A session-like object for ``target``: a neo4j driver or session, an EmbeddedGraph or a ladybug.Connection."""
    from ..cypher import EmbeddedGraph

    if isinstance(target, EmbeddedGraph):
        return EmbeddedSession(target.conn)
    if type(target).__module__.startswith("neo4j") and hasattr(target, "session") \
            and not hasattr(target, "begin_transaction"):
        return target.session(database=database) if database else target.session()
    if hasattr(target, "run"):
        return target
    if hasattr(target, "execute"):
        return EmbeddedSession(target)
    raise TypeError(f"cannot write to {type(target).__name__}")


@dataclass
class WriteReport:
    nodes: int = 0
    relationships: int = 0
    batches: int = 0
    retries: int = 0
    by_label: dict[str, int] = field(default_factory=dict)
    by_type: dict[str, int] = field(default_factory=dict)


def _transient(exc: BaseException) -> bool:
    retryable = getattr(exc, "is_retryable", None)
    if callable(retryable):
        try:
            return bool(retryable())
        except Exception:  # noqa: BLE001
            return False
    return type(exc).__name__ in TRANSIENT


def run_with_retry(session: Any, query: str, parameters: dict[str, Any], report: WriteReport,
                   attempts: int = 5, wait: float = 0.5) -> None:
    """Run one statement; on a transient error wait (doubling) and try again, up to ``attempts`` times."""
    for attempt in range(1, attempts + 1):
        try:
            result = session.run(query, parameters)
            consume = getattr(result, "consume", None)
            if callable(consume):
                consume()
            return
        except Exception as exc:
            if not _transient(exc) or attempt == attempts:
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                raise ExportError(f"the target refused a batch ({first})") from exc
            report.retries += 1
            time.sleep(wait * 2 ** (attempt - 1))


def _batches(rows: list[dict], size: int) -> Iterator[list[dict]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def plan(g: nx.MultiDiGraph, batch_size: int) -> Iterator[tuple[str, str, list[dict]]]:
    """``(kind, statement, batch)`` in write order: nodes per label, then relationships per group."""
    for label, rows in node_rows(g).items():
        for batch in _batches(rows, batch_size):
            yield "node", statements.node_merge(label, statements.present(batch)), batch
    for type_, src, dst, rows in rel_rows(g):
        for batch in _batches(rows, batch_size):
            yield "rel", statements.rel_merge(type_, src, dst, statements.present(batch)), batch


def prepare(session: Any) -> None:
    """Schema first: uniqueness constraints in Neo4j; the tables in the embedded engine."""
    if getattr(session, "embedded", False):
        from ..cypher.embedded import ddl

        for stmt in ddl(if_not_exists=True):
            session.run(stmt)
        return
    for stmt in statements.constraints():
        run_with_retry(session, stmt, {}, WriteReport())


def write(g: nx.MultiDiGraph, session: Any, batch_size: int = 1000,
          progress: Callable[[int], None] | None = None) -> WriteReport:
    """Write every node and relationship of ``g`` through ``session`` (see the module docstring)."""
    if batch_size < 1:
        raise ValueError("batch size must be at least 1")
    report = WriteReport()
    prepare(session)
    for kind, stmt, batch in plan(g, batch_size):
        run_with_retry(session, stmt, {"rows": batch}, report)
        report.batches += 1
        if kind == "node":
            report.nodes += len(batch)
        else:
            report.relationships += len(batch)
        if progress:
            progress(len(batch))
    for _, a in g.nodes(data=True):
        report.by_label[a["label"]] = report.by_label.get(a["label"], 0) + 1
    for _, _, d in g.edges(data=True):
        report.by_type[d["type"]] = report.by_type.get(d["type"], 0) + 1
    return report
