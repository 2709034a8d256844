"""Extraction in parallel (worker processes, a Dask LocalCluster) gives the graph a local ingest
gives; pushing the store's changes to a Cypher target (Neo4j's code path, run on the embedded
engine) keeps it equal to the store through additions and removals."""
from __future__ import annotations

import os

import ladybug
import pytest
from store_corpus import corpus

from graph.cypher import open_embedded
from graph.cypher.tables import NODE_COLUMNS, REL_COLUMNS
from graph.export.live import push_session
from graph.export.neo4j_writer import EmbeddedSession
from graph.pipeline import Pipeline, ingest
from graph.store import Store


def test_workers_give_the_same_graph_as_one_process(tmp_path, pipeline):
    folder = corpus(tmp_path / "in", 18)
    one, two = tmp_path / "one", tmp_path / "two"
    assert not ingest([folder], Store(one), pipeline).failures
    report = ingest([folder], Store(two), Pipeline(), workers=2, batch_size=5)
    assert not report.failures and len(report.added) == 18
    assert Store(one).node_link() == Store(two).node_link()


def _counts(run):
    return (int(run("MATCH (n) RETURN count(*) AS c")[0]), int(run("MATCH ()-[r]->() RETURN count(*) AS c")[0]),
            int(run("MATCH ()-[r]->() RETURN sum(size(r.evidence)) AS c")[0]))


def test_pushed_target_follows_the_store(tmp_path, pipeline):
    d = tmp_path / "s"
    store = Store(d)
    ingest([corpus(tmp_path / "a", 4)], store, pipeline)
    target = ladybug.Database(str(tmp_path / "target.lbug"))
    conn = ladybug.Connection(target)
    session = EmbeddedSession(conn)

    def on_target(q):
        return conn.execute(q).get_as_df()["c"].tolist()

    def on_store(q):
        with open_embedded(d) as db:
            return db.run(q)["c"].tolist()

    first = push_session(store, session, "t")
    assert first.nodes and first.relationships
    assert _counts(on_target) == _counts(on_store)
    ingest([corpus(tmp_path / "b", 3, tag="Other")], store, pipeline)
    store.remove_document(store.documents()[0])
    again = push_session(store, session, "t")
    assert again.nodes < first.nodes + 10  # only what changed is sent
    assert _counts(on_target) == _counts(on_store)
    assert push_session(store, session, "t").batches == 0  # nothing new, nothing sent


def _properties(run) -> list[list[str]]:
    """Every node's and relationship's columns, as text rows in a fixed order."""
    nodes = run("MATCH (n) RETURN " + ", ".join(f"n.{c} AS {c}" for c in NODE_COLUMNS))
    rels = run("MATCH (a)-[r]->(b) RETURN a.id AS a, b.id AS b, " + ", ".join(f"r.{c} AS {c}" for c in REL_COLUMNS))
    return sorted(map(str, nodes.astype(str).values.tolist())) + sorted(map(str, rels.astype(str).values.tolist()))


def test_a_pushed_target_clears_what_the_store_no_longer_has(tmp_path, pipeline):
    """A fact closed by a report and reopened when that report's document goes loses its valid_to
    in the target too, though no row of the batch has one: the target's properties are the store's."""
    order = tmp_path / "in" / "a.md"
    order.parent.mkdir()
    order.write_text("---\npublished: 2019-05-14\n---\nKazakhstan ordered Su-30SM fighters from Russia.\n")
    cancel = tmp_path / "in" / "b.md"
    cancel.write_text("---\npublished: 2023-02-10\n---\nKazakhstan cancelled its order for the Su-30SM fighters.\n")
    d = tmp_path / "s"
    ingest([order, cancel], Store(d), pipeline)
    session = EmbeddedSession(ladybug.Connection(ladybug.Database(str(tmp_path / "target.lbug"))))

    def on_target(q):
        return session.run(q).get_as_df()

    def on_store(q):
        with open_embedded(d) as db:
            return db.run(q)

    closed = "MATCH (:Country {id: 'country:kazakhstan'})-[r:OPERATES]->(:Platform) RETURN r.valid_to AS t"
    push_session(Store(d), session, "t")
    assert str(on_target(closed)["t"][0]).startswith("2023-02-10")
    assert _properties(on_target) == _properties(on_store)
    store = Store(d)
    store.remove_document(next(x for x in store.documents() if store.graph.nodes[x]["path"] == str(cancel)))
    push_session(Store(d), session, "t")
    assert on_target(closed)["t"].isna().all()
    assert _properties(on_target) == _properties(on_store)


def test_dask_local_cluster_gives_the_same_graph_as_a_local_ingest(tmp_path, pipeline):
    from distributed import Client, LocalCluster

    folder = corpus(tmp_path / "in", 10)
    local = tmp_path / "local"
    ingest([folder], Store(local), pipeline)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        report = ingest([folder], Store(tmp_path / "dask"), Pipeline(), cluster=cluster.scheduler_address,
                        batch_size=4)
    assert not report.failures and len(report.added) == 10
    assert Store(tmp_path / "dask").node_link() == Store(local).node_link()


@pytest.mark.skipif(not os.environ.get("NEO4J_URI"), reason="set NEO4J_URI (and NEO4J_PASSWORD) to run against Neo4j")
def test_ingest_into_neo4j_answers_the_named_queries_as_the_store(tmp_path, pipeline):
    """Empties the Neo4j database it is given."""
    import random

    from queryparams import params_for

    import queries
    from graph.export.live import neo4j_driver

    uri = os.environ["NEO4J_URI"]
    with neo4j_driver(uri) as driver, driver.session() as s:
        s.run("MATCH (n) DETACH DELETE n").consume()
    d = tmp_path / "s"
    ingest([corpus(tmp_path / "in", 6)], Store(d), pipeline, into=uri)
    store = Store(d)
    store.remove_document(store.documents()[0])
    ingest([corpus(tmp_path / "more", 2, tag="More")], store, pipeline, into=uri)
    g = Store(d).graph
    with neo4j_driver(uri) as driver, open_embedded(d) as db:
        for name, sets in params_for(g, random.Random(4)).items():
            for params in sets:
                a = queries.run_named(g, name, **params)
                assert a.astype(str).values.tolist() == queries.run_named(db, name, **params).astype(str).values.tolist()
                assert a.astype(str).values.tolist() == queries.run_named(driver, name, **params).astype(str).values.tolist()
