"""The writer lock and the readers under concurrency: a write that fails lets the lock go at once, and
a reader never takes a generation a writer collected for a damaged one."""
from __future__ import annotations

import logging
import multiprocessing
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from conftest import ROOT

from graph.errors import StoreError
from graph.store import Store

FREE = ("import sys; from pathlib import Path; from graph.store.lock import writer_lock\n"
        "with writer_lock(Path(sys.argv[1]), wait=False) as got:\n    print('free' if got else 'held')\n")


def _lock_seen_from_another_process(store_dir: Path) -> str:
    run = subprocess.run([sys.executable, "-c", FREE, str(store_dir)], capture_output=True, text=True, cwd=ROOT,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    return run.stdout.strip()


def _fragment(doc: str, k: int) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node(doc, id=doc, label="Document", name=doc, aliases=[])
    a, b = (f"country:{c}" for c in (f"ruritania{k % 5}", f"freedonia{k % 3}"))
    for node, name in ((a, f"Ruritania {k % 5}"), (b, f"Freedonia {k % 3}")):
        g.add_node(node, id=node, label="Country", name=name, aliases=[])
        g.add_edge(node, doc, key="MENTIONED_IN", type="MENTIONED_IN")
    g.add_edge(a, b, key="COOPERATES_WITH", type="COOPERATES_WITH", provenance="text", confidence=0.9,
               evidence=[{"doc": doc, "sentence": "Ruritania works with Freedonia.", "start": 0, "end": 9}])
    return g


def test_a_write_that_cannot_open_the_store_lets_the_lock_go(tmp_path):
    """The error is kept (a notebook keeps the last one): the lock must not wait for it to be collected."""
    d = tmp_path / "s"
    d.mkdir()
    (d / "store.sqlite").write_bytes(b"this is no database" * 100)
    with pytest.raises(StoreError) as failed:
        Store(d).add(_fragment("doc:a", 0))
    assert failed.value.__traceback__ is not None
    assert _lock_seen_from_another_process(d) == "free"


def _publish(store_dir: str, docs: int) -> None:
    from graph.cypher.index import sync

    for j in range(docs):
        store = Store(store_dir)
        store.add_documents([(f"doc:{j}", _fragment(f"doc:{j}", j))])
        store.close()
        sync(Path(store_dir), wait=True)


def test_readers_while_a_writer_publishes_never_set_a_generation_aside(tmp_path, caplog):
    """A generation collected between a reader's look at the link and its open is no damage: the
    reader opens the next one; it must not set the latest (healthy) one aside and rebuild it."""
    from graph.cypher import open_embedded

    d = tmp_path / "s"
    _publish(str(d), 1)
    writer = multiprocessing.get_context("fork").Process(target=_publish, args=(str(d), 8))
    opened = 0
    with caplog.at_level(logging.WARNING, logger="geopol"):
        writer.start()
        try:
            while writer.is_alive() or opened == 0:
                with open_embedded(d) as db:
                    assert int(db.run("MATCH (n:Document) RETURN count(*) AS c")["c"][0]) >= 1
                opened += 1
        finally:
            writer.join(timeout=300)
    assert writer.exitcode == 0
    assert [r.getMessage() for r in caplog.records if "rebuilding" in r.getMessage()] == []
    with open_embedded(d) as db:
        assert int(db.run("MATCH (n:Document) RETURN count(*) AS c")["c"][0]) == 8


def test_two_threads_of_one_process_never_hold_the_writer_lock_together(tmp_path):
    """Re-entrant within a thread, exclusive between threads (a notebook's or a server's threads)."""
    import threading
    import time

    from graph.store.lock import writer_lock

    spans: list[tuple[float, float]] = []

    def hold() -> None:
        for _ in range(3):
            with writer_lock(tmp_path):
                with writer_lock(tmp_path):  # the same thread again: at once
                    start = time.monotonic()
                    time.sleep(0.05)
                    spans.append((start, time.monotonic()))

    threads = [threading.Thread(target=hold) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    spans.sort()
    assert len(spans) == 9
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), "two threads held the lock at once"


def test_a_commit_that_fails_rolls_back_and_lets_the_lock_go(tmp_path):
    """A COMMIT SQLite refuses (here a deferred foreign key; a full disk alike) leaves no transaction open on the
    store's connection: the next write on the same Store works and nothing of the failed one is kept."""
    import sqlite3

    import pytest

    from graph.store import Store

    store = Store(tmp_path / "s")
    store.conn.execute("CREATE TABLE parent_probe (id INTEGER PRIMARY KEY)")
    store.conn.execute("CREATE TABLE child_probe (pid INTEGER REFERENCES parent_probe(id) DEFERRABLE INITIALLY DEFERRED)")
    store.conn.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(sqlite3.IntegrityError):
        with store._transaction() as (conn, _seq):
            conn.execute("INSERT INTO child_probe VALUES (7)")
    assert not store.conn.in_transaction
    with store._transaction() as (conn, _seq):
        conn.execute("INSERT INTO parent_probe VALUES (1)")
    assert store.conn.execute("SELECT count(*) FROM child_probe").fetchone()[0] == 0
    assert store.conn.execute("SELECT count(*) FROM parent_probe").fetchone()[0] == 1
