"""Neo4j exports: the batched writer (run against the embedded engine here), the neo4j-admin CSV
files, the cypher-shell script, and GraphML / GEXF / JSON files."""
from __future__ import annotations

import json
import random
import subprocess
import sys

import networkx as nx
import pytest
from conftest import ROOT, SEED
from cypherlint import lint
from queryparams import params_for

import queries
from graph.cypher import EmbeddedGraph
from graph.export.cypher_script import script
from graph.export.files import write_file
from graph.export.neo4j_admin import read_admin_csv, write_admin_csv
from graph.export.neo4j_writer import ExportError, WriteReport, as_session, plan, run_with_retry, write
from graph.pipeline import ingest
from graph.store import Store
from graph.synthetic import synthetic_graph

NASTY = 'He said, "No; never",\nthen left \\ via O\'Hare // {x} MATCH (n) DETACH DELETE n'


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory, pipeline):
    d = tmp_path_factory.mktemp("seed") / "store"
    ingest([SEED], Store(d), pipeline)
    return Store(d)


def counts(db):
    return (db.run("MATCH (n) RETURN count(*) AS c")["c"][0], db.run("MATCH ()-[r]->() RETURN count(*) AS c")["c"][0])


def nasty_graph() -> nx.MultiDiGraph:
    g = synthetic_graph(300, 1200, seed=4)
    g.add_node("country:nasty", id="country:nasty", label="Country", name=NASTY, aliases=[NASTY, "a,b", "\"q\""])
    g.add_node("alliance:nasty", id="alliance:nasty", label="Alliance", name="Pact, \"2\"", aliases=[])
    g.add_edge("country:nasty", "alliance:nasty", key="MEMBER_OF", type="MEMBER_OF", provenance="text", confidence=0.25,
               evidence=[{"doc": "doc:1", "sentence": NASTY, "start": 0, "end": len(NASTY)},
                         {"doc": "doc:2", "sentence": "Plain.", "start": 5, "end": 11}])
    return g


def test_writer_loads_a_graph_that_answers_every_query_like_graph_json(seed_store, tmp_path):
    db = EmbeddedGraph(tmp_path / "target.lbug", read_only=False)
    session = as_session(db)
    report = write(seed_store.graph, session, batch_size=7)
    assert report.nodes == seed_store.graph.number_of_nodes() and report.batches > 10
    assert counts(db) == (seed_store.graph.number_of_nodes(), seed_store.graph.number_of_edges())
    compared = 0
    for name, sets in params_for(seed_store.graph, random.Random(5)).items():
        for params in sets:
            a = queries.run_named(db, name, **params)
            b = queries.run_named(seed_store.graph, name, **params)
            assert a.astype(str).values.tolist() == b.astype(str).values.tolist(), (name, params)
            compared += 1
    assert compared > 30
    before = counts(db)
    write(seed_store.graph, session, batch_size=50)  # again: nothing changes
    assert counts(db) == before


def test_newer_store_updates_in_place(tmp_path, pipeline):
    store = Store(tmp_path / "s")
    ingest([SEED], store, pipeline)
    db = EmbeddedGraph(tmp_path / "target.lbug", read_only=False)
    write(store.graph, as_session(db))
    seed_ev = queries.run_named(db, "relation_evidence", source="Kazakhstan", target="Turkey", type="COOPERATES_WITH")
    assert len(seed_ev) == 1 and len(seed_ev["evidence"][0]) >= 1
    again = tmp_path / "again.txt"
    again.write_text("Kazakhstan has deepened military ties with Turkey, its partner in drone production.",
                     encoding="utf-8")
    ingest([again], store, pipeline)
    write(store.graph, as_session(db))
    assert counts(db) == (store.graph.number_of_nodes(), store.graph.number_of_edges())
    ev = queries.run_named(db, "relation_evidence", source="Kazakhstan", target="Turkey", type="COOPERATES_WITH")
    assert len(ev) == 1 and len(ev["evidence"][0]) == len(seed_ev["evidence"][0]) + 1  # the seed's and the new one


def test_every_emitted_statement_passes_the_linter(seed_store):
    g = nasty_graph()
    g = nx.compose(g, seed_store.graph)
    stmts = {stmt for _, stmt, _ in plan(g, 100)} | {stmt for _, stmt, _ in plan(seed_store.graph, 100)}
    stmts |= set(script(g, 100)[1])
    results = lint([{"name": f"s{i}", "query": q, "parameters": {"rows": [{"id": "x"}]}} for i, q in enumerate(sorted(stmts))]
                   + [{"name": "canary", "query": "MATCH (n) RETURN m", "parameters": {}}])
    assert results.pop("canary")
    assert len(results) >= 20
    assert {k: v for k, v in results.items() if v} == {}


def test_neo4j_admin_csv_round_trip(tmp_path, seed_store):
    for g in (nasty_graph(), seed_store.graph):
        out = tmp_path / f"admin{g.number_of_nodes()}"
        files = write_admin_csv(g, out)
        assert (out / "import-command.sh").exists() and "neo4j-admin database import full" in files[-1].read_text()
        back = read_admin_csv(out)
        assert dict(back.nodes(data=True)) == {n: {k: v for k, v in a.items() if v is not None and v != [] or k == "aliases"}
                                                for n, a in g.nodes(data=True)}
        assert sorted(back.edges(keys=True, data=True), key=str) == sorted(
            ((u, v, k, {x: y for x, y in a.items() if y is not None and x != "type" or x == "type"})
             for u, v, k, a in g.edges(keys=True, data=True)), key=str)
    assert back is not None


GEXF_XSD = ROOT / "tests" / "data" / "gexf-1.3" / "gexf.xsd"


def test_files_for_gephi_and_yed(tmp_path, seed_store):
    g = nasty_graph()
    for fmt in ("graphml", "gexf", "json"):
        write_file(g, fmt, tmp_path / f"g.{fmt}")
    gm = nx.read_graphml(tmp_path / "g.graphml")
    assert gm.number_of_nodes() == g.number_of_nodes() and gm.number_of_edges() == g.number_of_edges()
    assert json.loads(gm.nodes["country:nasty"]["aliases"])[0] == NASTY
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() == g.number_of_nodes()
    data = json.loads((tmp_path / "g.json").read_text())
    assert len(data["edges"]) == g.number_of_edges()


def test_gephi_files_carry_names_types_colours_and_positions(tmp_path, seed_store):
    """Opened with networkx: names as captions, the ontology label and properties as attributes, the
    relationship type on every edge, the view's colours; the GEXF is valid GEXF 1.3."""
    import xmlschema

    from graph.ontology import UNDIRECTED
    from graph.view.style import label_style

    g = seed_store.graph.copy()
    g.add_edge("country:kazakhstan", "country:turkey", key="SUPPLIES", type="SUPPLIES", confidence=0.5,
               provenance="text", evidence=[{"doc": "d", "sentence": NASTY, "start": 0, "end": 3}])
    write_file(g, "gexf", tmp_path / "g.gexf")
    write_file(g, "graphml", tmp_path / "g.graphml")
    xmlschema.XMLSchema(GEXF_XSD).validate(tmp_path / "g.gexf")  # raises on any departure from the schema
    gexf, graphml = nx.read_gexf(tmp_path / "g.gexf"), nx.read_graphml(tmp_path / "g.graphml")
    for h in (gexf, graphml):
        assert set(h.nodes) == set(g.nodes)
        for n, a in g.nodes(data=True):
            got = h.nodes[n]
            assert got["label"] == a["name"] and got["ontology_label"] == a["label"]
            assert got["name"] == a["name"] and json.loads(got["aliases"]) == a["aliases"]
            colour = got["viz"]["color"] if h is gexf else got
            assert "#{:02x}{:02x}{:02x}".format(colour["r"], colour["g"], colour["b"]) == label_style(a["label"]).color
            position = got["viz"]["position"] if h is gexf else got
            assert isinstance(position["x"], float) and isinstance(position["y"], float)
    assert len({(p["viz"]["position"]["x"], p["viz"]["position"]["y"]) for _, p in gexf.nodes(data=True)}) > 0.9 * len(g)
    want = sorted((u, v, a["type"]) for u, v, a in g.edges(data=True))
    assert sorted((u, v, a["relationship"]) for u, v, a in graphml.edges(data=True)) == want
    # GEXF: undirected relations are 'mutual' edges, which networkx reads as one edge each way
    mutual = sorted((v, u, a["type"]) for u, v, a in g.edges(data=True) if a["type"] in UNDIRECTED)
    assert mutual and sorted((u, v, a["relationship"]) for u, v, a in gexf.edges(data=True)) == sorted(want + mutual)
    assert all(a["label"] == a["relationship"] for *_, a in gexf.edges(data=True))
    text = (tmp_path / "g.gexf").read_text()
    assert 'type="mutual"' in text and 'type="directed"' in text and 'type="SUPPLIES"' not in text
    supplies = next(a for u, v, a in gexf.edges(data=True) if a["relationship"] == "SUPPLIES")
    assert json.loads(supplies["evidence"])[0]["sentence"] == NASTY and supplies["confidence"] == 0.5


class Flaky:
    """A session whose first runs fail with a transient error."""

    def __init__(self, failures: int, exc_name: str = "TransientError") -> None:
        self.failures, self.calls = failures, 0
        self.exc = type(exc_name, (Exception,), {})

    def run(self, query, parameters=None):
        self.calls += 1
        if self.calls <= self.failures:
            raise self.exc("try later")


def test_transient_errors_are_retried():
    report = WriteReport()
    s = Flaky(2)
    run_with_retry(s, "RETURN 1", {}, report, wait=0.001)
    assert s.calls == 3 and report.retries == 2
    with pytest.raises(ExportError, match="refused"):
        run_with_retry(Flaky(9), "RETURN 1", {}, WriteReport(), attempts=3, wait=0.001)
    with pytest.raises(ExportError):
        run_with_retry(Flaky(1, "SyntaxError"), "RETURN 1", {}, report, wait=0.001)


def test_cli_export_errors_are_one_line(tmp_path, seed_store):
    env = {k: v for k, v in __import__("os").environ.items() if k != "NEO4J_PASSWORD"}
    run = subprocess.run([sys.executable, "-m", "graph", "export", "neo4j", "--uri", "neo4j://127.0.0.1:1",
                          "--store", str(seed_store.dir)], capture_output=True, text=True, cwd=ROOT, env=env)
    assert run.returncode == 2 and "NEO4J_PASSWORD" in run.stderr and "Traceback" not in run.stderr
    run = subprocess.run([sys.executable, "-m", "graph", "export", "neo4j-admin", str(tmp_path / "csv"),
                          "--store", str(seed_store.dir)], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0 and (tmp_path / "csv" / "import-command.sh").exists()
