"""Each ingest batch is one transaction in one process; with worker processes the writer commits
what they delivered whenever it would wait for them, holding the writer lock only for the commit
(another writer gets in while they extract); validated items are read lazily inside a transaction,
unvalidated ones all checked first, and the index catches up every ``batch_size`` documents."""
from __future__ import annotations

import fcntl
import sqlite3
import threading

import networkx as nx
import pytest

from graph.errors import OntologyError
from graph.pipeline import ingest
from graph.store import Store
from graph.text import Document

TEXTS = [
    "Norway is a member of NATO.",
    "Chile signed a defense cooperation agreement with Peru.",
    "Ghana bought patrol boats from Italy.",
    "Estonia joined NATO in 2004.",
    "Greece is a member of NATO.",
]


def test_validated_items_are_merged_before_the_next_is_read(tmp_path, pipeline):
    store = Store(tmp_path / "s")
    first, second = Document.from_text(TEXTS[0]), Document.from_text(TEXTS[1])
    parts = [pipeline.process(first), pipeline.process(second)]
    seen_before_second = []

    def items():
        yield first.id, parts[0]
        # the same connection, inside the open transaction: the first fragment is already written
        seen_before_second.append(store.conn.execute("SELECT 1 FROM nodes WHERE id = ?", (first.id,)).fetchone())
        yield second.id, parts[1]

    assert store.add_documents(items(), validated=True) == [True, True]
    assert seen_before_second == [(1,)]
    assert set(store.documents()) == {first.id, second.id}


def test_unvalidated_items_are_all_checked_before_anything_is_written(tmp_path, pipeline):
    store = Store(tmp_path / "s")
    good = Document.from_text(TEXTS[0])
    bad = nx.MultiDiGraph()
    bad.add_node("x:1", id="x:1", label="NoSuchLabel", name="X")
    with pytest.raises(OntologyError):
        store.add_documents(iter([(good.id, pipeline.process(good)), ("doc:bad", bad)]))
    assert store.documents() == []


def test_batches_split_every_batch_size_documents(tmp_path, pipeline):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(TEXTS):
        (folder / f"a{i}.txt").write_text(text, encoding="utf-8")
    one = Store(tmp_path / "one")
    report_one = ingest([folder], one, pipeline, batch_size=200)
    split = Store(tmp_path / "split")
    report_split = ingest([folder], split, pipeline, batch_size=2)
    assert report_split.added == report_one.added == [str(p) for p in sorted(folder.glob("*.txt"))]
    assert (one.seq(), split.seq()) == (1, 3)  # one transaction, or three of 2, 2 and 1 documents
    assert split.node_link() == one.node_link()


def test_worker_batches_merge_as_they_arrive_into_the_same_store(tmp_path, pipeline):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(16):  # two workers need 8 documents each
        (folder / f"b{i:02d}.txt").write_text(f"Report {i}.\n{TEXTS[i % len(TEXTS)]}", encoding="utf-8")
    here = Store(tmp_path / "here")
    ingest([folder], here, pipeline, batch_size=5)
    workers = Store(tmp_path / "workers")
    report = ingest([folder], workers, pipeline, workers=2, batch_size=5)
    assert report.added == [str(p) for p in sorted(folder.glob("*.txt"))] and not report.failures
    assert here.seq() == 4  # 5 + 5 + 5 + 1 documents, a transaction each
    assert workers.seq() >= 4  # at least at every batch's end, and whenever the writer waited for a worker
    assert workers.node_link() == here.node_link()


def test_the_writer_lock_is_free_while_the_workers_extract(tmp_path, pipeline):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(24):
        (folder / f"c{i:02d}.txt").write_text(f"Report {i}.\n{TEXTS[i % len(TEXTS)]}", encoding="utf-8")
    store = Store(tmp_path / "s")
    lock_file, db = store.dir / "write.lock", store.path
    stored_while_free: list[int] = []  # documents stored at each moment another writer could take the lock
    done = threading.Event()

    def other_writer() -> None:
        while not done.is_set():
            if lock_file.exists() and db.exists():
                with open(lock_file, "a+") as fh:
                    try:
                        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    except BlockingIOError:
                        pass
                    else:
                        conn = sqlite3.connect(db)
                        try:
                            n = conn.execute("SELECT count(*) FROM nodes WHERE label = 'Document'").fetchone()[0]
                        finally:
                            conn.close()
                        fcntl.flock(fh, fcntl.LOCK_UN)
                        stored_while_free.append(n)
            done.wait(0.005)

    probe = threading.Thread(target=other_writer)
    probe.start()
    try:
        report = ingest([folder], store, pipeline, workers=2, batch_size=200)  # one batch: one index build
    finally:
        done.set()
        probe.join()
    assert len(report.added) == 24 and not report.failures
    # within the one batch, the lock was free after some documents were committed and before the last
    assert any(0 < n < 24 for n in stored_while_free), sorted(set(stored_while_free))
