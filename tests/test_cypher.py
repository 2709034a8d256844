"""The embedded Cypher database: in step with graph.json, the `geopol cypher` CLI, parameters as data."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ROOT, SEED

from graph.cypher import is_write_query, open_embedded
from graph.errors import CypherError
from graph.pipeline import ingest
from graph.store import Store


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory, pipeline):
    d = tmp_path_factory.mktemp("seed") / "store"
    ingest([SEED], Store(d), pipeline)
    return d


def geopol(*args):
    return subprocess.run([sys.executable, "-m", "graph", *args], capture_output=True, text=True, cwd=ROOT)


def counts(db):
    nodes = db.run("MATCH (n) RETURN count(*) AS c")["c"][0]
    edges = db.run("MATCH ()-[r]->() RETURN count(*) AS c")["c"][0]
    return nodes, edges


def test_embedded_database_agrees_with_graph_json(seed_store, tmp_path, pipeline):
    data = Store(seed_store).node_link()
    with open_embedded(seed_store) as db:
        assert counts(db) == (len(data["nodes"]), len(data["edges"]))
        types = db.run("MATCH ()-[r]->() RETURN r.type AS t, count(*) AS c ORDER BY t")
    expected = {}
    for e in data["edges"]:
        expected[e["type"]] = expected.get(e["type"], 0) + 1
    assert dict(zip(types["t"], types["c"], strict=True)) == expected
    # a new document changes graph.json; the database follows
    extra = tmp_path / "more.txt"
    extra.write_text("Poland ordered 96 Apache helicopters from the United States.", encoding="utf-8")
    ingest([extra], Store(seed_store), pipeline)
    data = Store(seed_store).node_link()
    with open_embedded(seed_store) as db:
        assert counts(db) == (len(data["nodes"]), len(data["edges"]))
        assert db.run("MATCH (c:Country {name: 'Poland'})-[:OPERATES]->(p) RETURN p.name AS p")["p"].tolist()


@pytest.mark.parametrize("query,write", [
    ("MATCH (n) RETURN n.name", False), ("MATCH (n) WHERE n.name = 'DELETE me' RETURN n", False),
    ("MATCH (n:Country) SET n.name = 'x'", True), ("CREATE (:Country {id: 'a'})", True),
    ("MATCH (n) DETACH DELETE n", True), ("RETURN 1 // MERGE", False),
])
def test_write_detection(query, write):
    assert is_write_query(query) is write


def test_cli_formats_and_errors(seed_store):
    q = "MATCH (p:Platform) WHERE p.category = $c RETURN p.name AS name ORDER BY name"
    csv = geopol("cypher", q, "-p", "c=air_defense", "--format", "csv", "--store", str(seed_store))
    assert csv.returncode == 0 and csv.stdout.splitlines() == ["name", "Buk", "Tor"]
    js = geopol("cypher", q, "-p", "c=air_defense", "--format", "json", "--store", str(seed_store))
    assert json.loads(js.stdout) == [{"name": "Buk"}, {"name": "Tor"}]
    table = geopol("cypher", q, "-p", "c=air_defense", "--store", str(seed_store))
    assert "Buk" in table.stdout and "2 row(s)" in table.stdout
    for bad, words in [("MATCH (n RETURN n", "Parser exception"), ("MATCH (n:Weapon) RETURN n", "Weapon"),
                       ("CREATE (:Country {id: 'x', name: 'X'})", "--write")]:
        run = geopol("cypher", bad, "--store", str(seed_store))
        assert run.returncode == 2 and words in run.stderr
        assert len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr


def test_write_needs_the_flag(tmp_path, pipeline):
    d = tmp_path / "s"
    ingest([SEED], Store(d), pipeline)
    run = geopol("cypher", "MATCH (n:Country {name: 'Turkey'}) SET n.wikidata = 'Q43x' RETURN n.wikidata AS w",
                 "--write", "--store", str(d), "--format", "json")
    assert run.returncode == 0 and json.loads(run.stdout) == [{"w": "Q43x"}]


NASTY = ["O'Brien\"; MATCH (n) DETACH DELETE n //", "{name: 'x'}) RETURN 1 //", "// comment", "CREATE", "MATCH",
         "Kazakhstan' OR '1'='1", "`Country`", "$name", "\\u0027; DROP TABLE Country"]


@pytest.mark.parametrize("name", NASTY)
def test_hostile_names_are_only_data(seed_store, name):
    import queries

    with open_embedded(seed_store) as db:
        before = counts(db)
        for query in ("partners", "alliance_members", "neighbourhood", "entity"):
            assert queries.run_named(db, query, name=name).empty
        assert counts(db) == before
    run = geopol("query", "partners", "-p", f"name={name}", "--store", str(seed_store), "--format", "json")
    # a name that matches no entity is said so (exit 1), not answered with an empty table (issue 14)
    assert run.returncode == 1 and run.stdout == "" and run.stderr.startswith("no entity named ")
    with open_embedded(seed_store) as db:
        assert counts(db) == before


def test_hostile_names_stored_and_found(tmp_path):
    """An entity whose name is hostile text is stored, found by that name, and nothing else changes."""
    g = Store(tmp_path / "s")
    for i, name in enumerate(NASTY):
        g.graph.add_node(f"country:n{i}", id=f"country:n{i}", label="Country", name=name, aliases=[])
    g.graph.add_node("alliance:a", id="alliance:a", label="Alliance", name="Pact", aliases=[])
    for i in range(len(NASTY)):
        g.graph.add_edge(f"country:n{i}", "alliance:a", key="MEMBER_OF", type="MEMBER_OF", provenance="reference")
    g.save()
    import queries

    with open_embedded(g.dir) as db:
        for name in NASTY:
            assert queries.run_named(db, "entity", name=name)["name"].tolist() == [name]
        assert sorted(queries.run_named(db, "alliance_members", name="Pact")["member"]) == sorted(NASTY)
        assert counts(db) == (len(NASTY) + 1, len(NASTY))


def test_errors_are_cypher_errors(seed_store):
    with open_embedded(seed_store) as db, pytest.raises(CypherError, match="Weapon"):
        db.run("MATCH (n:Weapon) RETURN n")


def test_schema_template_cached_per_user_else_in_the_store(tmp_path, monkeypatch):
    """The empty-schema template goes to $GEOPOL_CACHE; where that cannot be written, beside the database."""
    from graph.cypher import embedded

    cache = tmp_path / "cache"
    monkeypatch.setenv("GEOPOL_CACHE", str(cache))
    (tmp_path / "a").mkdir()
    embedded._schema(tmp_path / "a" / "x.lbug")
    assert [p.name.startswith(".schema-") for p in cache.iterdir()] == [True]
    assert not list((tmp_path / "a").glob(".schema-*"))
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("GEOPOL_CACHE", str(blocked))
    (tmp_path / "b").mkdir()
    embedded._schema(tmp_path / "b" / "y.lbug")
    assert (tmp_path / "b" / "y.lbug").exists() and list((tmp_path / "b").glob(".schema-*"))
