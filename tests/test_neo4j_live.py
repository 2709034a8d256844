"""Against a real Neo4j 5 server: run whenever NEO4J_URI is set (with NEO4J_PASSWORD), skipped otherwise.
The database is emptied first: point it at a scratch database. See the README for starting one."""
from __future__ import annotations

import os
import random

import pandas as pd
import pytest
from conftest import SEED
from queryparams import params_for

import queries
from graph.export.neo4j_writer import write
from graph.pipeline import ingest
from graph.store import Store

URI = os.environ.get("NEO4J_URI")
pytestmark = pytest.mark.skipif(not URI, reason="NEO4J_URI is not set: no Neo4j server to test against")


@pytest.fixture(scope="module")
def driver():
    import neo4j

    auth = (os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""))
    with neo4j.GraphDatabase.driver(URI, auth=auth) as d:
        d.verify_connectivity()
        yield d


@pytest.fixture(scope="module")
def loaded(driver, tmp_path_factory, pipeline):
    store = Store(tmp_path_factory.mktemp("live") / "store")
    ingest([SEED], store, pipeline)
    db = os.environ.get("NEO4J_DATABASE")
    with driver.session(database=db) as s:
        s.run("MATCH (n) DETACH DELETE n").consume()
        write(store.graph, s, batch_size=25)
    return store


def _counts(driver):
    with driver.session(database=os.environ.get("NEO4J_DATABASE")) as s:
        return (s.run("MATCH (n) RETURN count(n) AS c").single()["c"],
                s.run("MATCH ()-[r]->() RETURN count(r) AS c").single()["c"])


def test_named_queries_answer_as_graph_json(driver, loaded):
    for name, sets in params_for(loaded.graph, random.Random(9)).items():
        for params in sets:
            a = queries.run_named(driver, name, **params)
            b = queries.run_named(loaded.graph, name, **params)
            assert a.astype(str).values.tolist() == b.astype(str).values.tolist(), (name, params)


def test_second_run_changes_no_count(driver, loaded):
    before = _counts(driver)
    assert before == (loaded.graph.number_of_nodes(), loaded.graph.number_of_edges())
    with driver.session(database=os.environ.get("NEO4J_DATABASE")) as s:
        write(loaded.graph, s)
    assert _counts(driver) == before


def test_time_filters_answer_as_networkx(driver):
    """A dated generated graph (report and validity dates, closed facts) written by the writer: every
    named query under as_of/since/until gives networkx's rows (dates are Neo4j date values there)."""
    from queryparams import TIME_FILTERS, with_times

    from graph.synthetic import add_dates, synthetic_graph

    g = add_dates(synthetic_graph(400, 1500, seed=31), seed=32)
    with driver.session(database=os.environ.get("NEO4J_DATABASE")) as s:
        s.run("MATCH (n) DETACH DELETE n").consume()
        write(g, s, batch_size=500)
    for name, sets in with_times(params_for(g, random.Random(10)), random.Random(11)).items():
        for params in sets + [{**p, **t} for p in sets[:1] for t in TIME_FILTERS]:
            a = queries.run_named(driver, name, **params)
            b = queries.run_named(g, name, **params)
            assert a.astype(str).values.tolist() == b.astype(str).values.tolist(), (name, params)


def test_a_push_clears_what_the_store_no_longer_has(driver, tmp_path, pipeline):
    """ingest --into: a fact closed by a report and reopened when that report's document goes loses
    its valid_to in Neo4j too; every relationship then has the store's properties, no more."""
    from graph.cypher import open_embedded
    from graph.cypher.tables import REL_COLUMNS
    from graph.export.live import push_session

    (tmp_path / "in").mkdir()
    order, cancel = tmp_path / "in" / "a.md", tmp_path / "in" / "b.md"
    order.write_text("---\npublished: 2019-05-14\n---\nKazakhstan ordered Su-30SM fighters from Russia.\n")
    cancel.write_text("---\npublished: 2023-02-10\n---\nKazakhstan cancelled its order for the Su-30SM fighters.\n")
    d = tmp_path / "s"
    ingest([order, cancel], Store(d), pipeline)
    closed = ("MATCH (:Country {id: 'country:kazakhstan'})-[r:OPERATES]->(:Platform) "
              "RETURN toString(r.valid_to) AS t")
    keyed = "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, keys(r) AS k"
    with driver.session(database=os.environ.get("NEO4J_DATABASE")) as s:
        s.run("MATCH (n) DETACH DELETE n").consume()
        push_session(Store(d), s, "live")
        assert s.run(closed).single()["t"] == "2023-02-10"
        store = Store(d)
        store.remove_document(next(x for x in store.documents() if store.graph.nodes[x]["path"] == str(cancel)))
        push_session(Store(d), s, "live")
        assert s.run(closed).single()["t"] is None
        in_neo4j = {(r["a"], r["t"], r["b"]): set(r["k"]) for r in s.run(keyed)}
    with open_embedded(d) as db:
        rows = db.run("MATCH (a)-[r]->(b) RETURN a.id AS a, label(r) AS t, b.id AS b, "
                      + ", ".join(f"r.{c} AS {c}" for c in REL_COLUMNS)).to_dict("records")
    in_store = {(r["a"], r["t"], r["b"]): {c for c in REL_COLUMNS if isinstance(r[c], list) or pd.notna(r[c])}
                for r in rows}
    assert in_neo4j == in_store
