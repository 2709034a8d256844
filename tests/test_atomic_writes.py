"""Files written while others may write or read them (exports, views, the reference corrections):
each writer has a temporary file of its own, renamed over the target whole; a reader sees the old
file or the new one, never a mix, and a store's cleaning spares the temporary file of a live writer."""
from __future__ import annotations

import json
import os
import subprocess
import threading
from pathlib import Path
from xml.etree import ElementTree

import networkx as nx
import pytest

from graph.cypher.verify import clean_stale
from graph.export.files import write_file
from graph.review import write_reference
from graph.store.interchange import replacing, write_atomic
from graph.view.render import save_html


def _at_once(write, payloads: list, rounds: int = 25) -> list[str]:
    """Run ``write(payload)`` ``rounds`` times in one thread per payload, all at once; the errors."""
    errors: list[str] = []
    start = threading.Barrier(len(payloads))

    def go(payload) -> None:
        start.wait()
        for _ in range(rounds):
            try:
                write(payload)
            except Exception as exc:  # noqa: BLE001  (the error is the result under test)
                errors.append(repr(exc))

    threads = [threading.Thread(target=go, args=(p,)) for p in payloads]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


@pytest.mark.parametrize("save", [save_html, lambda text, out: write_atomic(out, text)], ids=["view", "json"])
def test_pages_written_at_once_to_one_path_never_collide(tmp_path, save):
    out = tmp_path / "view.html"
    pages = [f"<p>{letter * 200_000}</p>\n" for letter in "ABCDEF"]
    assert _at_once(lambda page: save(page, out), pages) == []
    assert out.read_text(encoding="utf-8") in pages  # one writer's page, whole
    assert [p.name for p in tmp_path.iterdir()] == ["view.html"]  # no temporary file left


def test_reference_corrections_written_at_once_never_collide(tmp_path):
    out = tmp_path / "reference.yaml"
    entries = [[{"id": f"country:{c}{i}", "name": f"{c}land {i}"} for i in range(800)] for c in "abcd"]
    assert _at_once(lambda rows: write_reference(out, rows), entries, rounds=6) == []
    assert [p.name for p in tmp_path.iterdir()] == ["reference.yaml"]


def _graph(name: str) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for i in range(300):
        g.add_node(f"country:{name}{i}", id=f"country:{name}{i}", label="Country", name=f"{name} {i}", aliases=[])
    return g


@pytest.mark.parametrize("fmt", ["json", "gexf", "graphml"])
def test_exports_written_at_once_to_one_path_never_collide(tmp_path, fmt):
    out = tmp_path / f"g.{fmt}"
    parse = json.loads if fmt == "json" else ElementTree.fromstring
    seen: list[str] = []  # what a reader found while the writers wrote: every file whole
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            try:
                text = out.read_text(encoding="utf-8")
            except FileNotFoundError:
                continue
            try:
                parse(text)
                seen.append("whole")
            except (ValueError, ElementTree.ParseError):
                seen.append(f"broken at {len(text)} characters")

    reader = threading.Thread(target=read)
    reader.start()
    try:
        errors = _at_once(lambda g: write_file(g, fmt, out), [_graph("Ruritania"), _graph("Freedonia")], rounds=4)
    finally:
        done.set()
        reader.join()
    assert errors == []
    assert set(seen) <= {"whole"}, sorted(set(seen))[:3]
    text = out.read_text(encoding="utf-8")
    assert ("Ruritania 299" in text) != ("Freedonia 299" in text)  # one graph, whole
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path):
    out = tmp_path / "g.json"
    out.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), replacing(out) as tmp:
        tmp.write_text("half", encoding="utf-8")
        raise RuntimeError("the writer fails")
    assert out.read_text(encoding="utf-8") == "old\n" and [p.name for p in tmp_path.iterdir()] == ["g.json"]


def test_the_store_cleaning_spares_a_live_writers_temporary_file(tmp_path):
    """``geopol view`` writes its page into the store's folder while a reader may clean it."""
    store = tmp_path / "s"
    dead = subprocess.Popen(["true"])
    dead.wait()
    with replacing(store / "view.html") as tmp:
        tmp.write_text("<p>being written</p>", encoding="utf-8")
        stale = store / tmp.name.replace(f".{os.getpid()}.tmp", f".{dead.pid}.tmp")
        stale.write_text("left by a dead writer", encoding="utf-8")
        removed = clean_stale(store)
        assert tmp.exists() and removed == [stale]
    assert (store / "view.html").read_text(encoding="utf-8") == "<p>being written</p>"
    assert Path(tmp).exists() is False
