"""The durable store: cypher --write persisted and validated, concurrent ingests, resume after kill -9,
readers never blocked, incremental index equal to a rebuilt one, --force cost local."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from conftest import ROOT, SEED
from store_corpus import corpus

from graph.cypher import open_embedded
from graph.cypher.index import published, sync
from graph.pipeline import ingest
from graph.store import Store


def geopol(*args, env=None):
    return subprocess.run([sys.executable, "-m", "graph", *args], capture_output=True, text=True, cwd=ROOT, env=env)


def graph_of(store_dir):
    data = Store(store_dir).node_link()
    return data["nodes"], data["edges"]


def engine_counts(store_dir):
    with open_embedded(store_dir) as db:
        return (int(db.run("MATCH (n) RETURN count(*) AS c")["c"][0]),
                int(db.run("MATCH ()-[r]->() RETURN count(*) AS c")["c"][0]),
                int(db.run("MATCH ()-[r]->() RETURN sum(size(r.evidence)) AS c")["c"][0]))


def stored_counts(store_dir):
    nodes, edges = graph_of(store_dir)
    return len(nodes), len(edges), sum(len(e.get("evidence", [])) for e in edges)


def test_cypher_write_survives_the_next_ingest(tmp_path, pipeline):
    d = tmp_path / "s"
    ingest([SEED], Store(d), pipeline)
    run = geopol("cypher", "MATCH (n:Country {name: 'Turkey'}) SET n.wikidata = 'Q43x' RETURN n.wikidata AS w",
                 "--write", "--store", str(d), "--format", "json")
    assert run.returncode == 0, run.stderr
    assert Store(d).graph.nodes["country:turkey"]["wikidata"] == "Q43x"  # in the log of record
    more = corpus(tmp_path / "in", 2)
    assert ingest([more], Store(d), pipeline).added
    with open_embedded(d) as db:
        assert db.run("MATCH (n:Country {name: 'Turkey'}) RETURN n.wikidata AS w")["w"].tolist() == ["Q43x"]
    # a write that deletes is kept too, and the index still agrees with the store
    run = geopol("cypher", "MATCH (n:Country {name: 'Lithuania'}) DETACH DELETE n", "--write", "--store", str(d))
    assert run.returncode == 0, run.stderr
    assert "country:lithuania" not in Store(d).graph
    assert engine_counts(d) == stored_counts(d)


def test_cypher_write_outside_the_ontology_changes_nothing(tmp_path, pipeline):
    d = tmp_path / "s"
    ingest([SEED], Store(d), pipeline)
    before = (graph_of(d), Store(d).seq())
    for bad in ["MATCH (a:Country {name: 'Turkey'}), (b:Country {name: 'Kazakhstan'}) CREATE (a)-[:SUPPLIES]->(b)",
                "MATCH (p:Platform) SET p.category = 'laser'", "CREATE (:Country {id: 'country:x'})"]:
        run = geopol("cypher", bad, "--write", "--store", str(d))
        assert run.returncode == 2 and "refused" in run.stderr and "Traceback" not in run.stderr, (bad, run.stderr)
    assert (graph_of(d), Store(d).seq()) == before
    assert engine_counts(d) == stored_counts(d)


def test_three_concurrent_ingests_keep_every_document(tmp_path):
    d = tmp_path / "s"
    folders = [corpus(tmp_path / f"in{k}", 4, tag=f"Batch{k}x") for k in range(3)]
    procs = [subprocess.Popen([sys.executable, "-m", "graph", "ingest", str(f), "--store", str(d), "--workers", "1",
                               "--batch-size", "2"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for f in folders]
    outs = [p.communicate(timeout=600) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1] for o in outs]
    assert len(Store(d).documents()) == 12
    assert engine_counts(d) == stored_counts(d)


def test_kill_9_mid_ingest_then_rerun_completes_without_duplicates(tmp_path, pipeline):
    folder = corpus(tmp_path / "in", 24)
    d = tmp_path / "s"
    proc = subprocess.Popen([sys.executable, "-m", "graph", "ingest", str(folder), "--store", str(d), "--workers", "1",
                             "--batch-size", "3"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    committed = 0
    while time.monotonic() < deadline and proc.poll() is None:
        if (d / "store.sqlite").exists():
            try:
                with sqlite3.connect(d / "store.sqlite", timeout=5) as conn:
                    committed = conn.execute("SELECT count(*) FROM nodes WHERE label = 'Document'").fetchone()[0]
            except sqlite3.OperationalError:
                committed = 0
        if committed >= 3:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the ingest ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 3 <= len(Store(d).documents()) < 24
    rerun = geopol("ingest", str(folder), "--store", str(d), "--workers", "1")
    assert rerun.returncode == 0, rerun.stderr
    assert "already stored" in rerun.stdout
    clean = tmp_path / "clean"
    ingest([folder], Store(clean), pipeline)
    assert graph_of(d) == graph_of(clean)  # same nodes, edges and evidence: nothing twice, nothing lost
    assert engine_counts(d) == stored_counts(clean)


def test_readers_are_not_blocked_by_a_writer(tmp_path, pipeline):
    from graph.store.lock import writer_lock

    d = tmp_path / "s"
    ingest([corpus(tmp_path / "in", 2)], Store(d), pipeline)
    code = ("import sys; from graph.store.lock import writer_lock; from pathlib import Path; import time\n"
            "with writer_lock(Path(sys.argv[1])):\n    print('locked', flush=True); time.sleep(60)\n")
    holder = subprocess.Popen([sys.executable, "-c", code, str(d)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with writer_lock(d, wait=False) as got:
            assert not got
        start = time.monotonic()
        run = geopol("query", "partners", "-p", "name=Poland", "--store", str(d), "--format", "json")
        assert run.returncode == 0 and json.loads(run.stdout)
        stats = geopol("stats", "--store", str(d))
        assert stats.returncode == 0 and "documents: 2" in stats.stdout
        assert time.monotonic() - start < 50  # far below the writer's 60 s
    finally:
        holder.kill()
        holder.wait()


def test_incremental_index_equals_a_rebuilt_one(tmp_path, pipeline):
    d = tmp_path / "s"
    ingest([corpus(tmp_path / "a", 6)], Store(d), pipeline)
    first = published(d)[1]
    ingest([corpus(tmp_path / "b", 6, tag="More")], Store(d), pipeline)
    store = Store(d)
    store.remove_document(store.documents()[0])
    sync(d, wait=True)
    assert published(d)[1] > first
    nodes, edges = graph_of(d)  # the counts the triggers keep agree with the rows, after removals too
    assert Store(d).counts() == (dict(Counter(n["label"] for n in nodes)), dict(Counter(e["type"] for e in edges)))
    cols = "n.id AS id, n.name AS name, n.aliases AS aliases, n.props AS props"
    rels = "a.id AS a, r.type AS t, b.id AS b, r.evidence AS ev, r.confidence AS c, r.props AS props"

    def dump(path):
        with open_embedded(path) as db:
            nodes = db.run(f"MATCH (n) RETURN {cols}").to_dict("records")
            edges = db.run(f"MATCH (a)-[r]->(b) RETURN {rels}").to_dict("records")
        norm = [{k: (sorted(v.tolist() if hasattr(v, "tolist") else v) if isinstance(v, list) or hasattr(v, "tolist")
                     else v) for k, v in r.items()} for r in nodes + edges]
        return sorted(json.dumps(r, sort_keys=True, default=str) for r in norm)

    incremental = dump(d)
    Store(d).export_json(tmp_path / "g.json")
    rebuilt = tmp_path / "r"
    rebuilt.mkdir()
    os.replace(tmp_path / "g.json", rebuilt / "graph.json")
    assert dump(rebuilt) == incremental


def test_read_commands_never_load_the_graph(tmp_path, pipeline, monkeypatch, capsys):
    from graph import cli
    from graph.store import read

    d = tmp_path / "s"
    ingest([corpus(tmp_path / "in", 2)], Store(d), pipeline)

    def refuse(*_):
        raise AssertionError("a read command loaded the whole graph into networkx")

    monkeypatch.setattr(read, "load_graph", refuse)
    assert cli.main(["stats", "--store", str(d)]) == 0
    assert cli.main(["query", "partners", "-p", "name=Poland", "--store", str(d), "--format", "json"]) == 0
    assert cli.main(["cypher", "MATCH (n:Country) RETURN count(*) AS c", "--store", str(d), "--format", "csv"]) == 0
    assert cli.main(["export", "json", str(tmp_path / "g.json"), "--store", str(d)]) == 0
    out = capsys.readouterr().out
    assert "documents: 2" in out and json.loads((tmp_path / "g.json").read_text())["nodes"]


def _open_store(path: str) -> str:
    from graph.store import db
    try:
        db.connect(Path(path)).close()
        return "ok"
    except Exception as exc:  # the error is the result under test
        return str(exc)


def test_many_processes_opening_a_new_store_at_once_all_succeed(tmp_path):
    """Ingests started together all create the store: none may see "database is locked" (CI, session 47)."""
    import multiprocessing

    failures = []
    with multiprocessing.get_context("fork").Pool(6) as pool:
        for k in range(25):
            answers = pool.map(_open_store, [str(tmp_path / f"s{k}" / "store.sqlite")] * 6)
            failures += [a for a in answers if a != "ok"]
    assert not failures, failures[:3]
    conn = sqlite3.connect(tmp_path / "s0" / "store.sqlite")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT value FROM meta WHERE key = 'counted'").fetchone()[0] == 1
