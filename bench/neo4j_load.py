"""Rows per second of the batched Neo4j writer against one statement per row, on the same engine
in one run (one statement per row is timed on a sample of the graph: it is slow). The engine is the embedded one (the writer's code path is the same for Neo4j); with
NEO4J_URI and NEO4J_PASSWORD set, the same comparison also runs against that server.

    python bench/neo4j_load.py [--nodes N] [--edges M] [--batch-size B]
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from graph.cypher import EmbeddedGraph
from graph.export.neo4j_writer import as_session, prepare, write
from graph.synthetic import synthetic_graph


def rate(g, session, batch_size: int) -> float:
    """Rows per second of the writer's batches (the schema is set up first, outside the timing)."""
    prepare(session)
    start = time.perf_counter()
    report = write(g, session, batch_size=batch_size)
    return (report.nodes + report.relationships) / (time.perf_counter() - start)


def sample(g, rows: int):
    """A subgraph of about ``rows`` nodes and relationships, for the slow one-row-per-statement run."""
    nodes = list(g.nodes)[: rows // 4]
    return g.subgraph(nodes).copy()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--nodes", type=int, default=20000)
    ap.add_argument("--edges", type=int, default=60000)
    ap.add_argument("--single-rows", type=int, default=4000, help="size of the one-row-per-statement sample")
    ap.add_argument("--batch-size", type=int, default=1000)
    args = ap.parse_args()
    g = synthetic_graph(args.nodes, args.edges, seed=8)
    rows = g.number_of_nodes() + g.number_of_edges()
    print(f"graph: {g.number_of_nodes()} nodes, {g.number_of_edges()} relationships ({rows} rows)")
    with tempfile.TemporaryDirectory() as tmp:
        with EmbeddedGraph(Path(tmp) / "batched.lbug", read_only=False) as db:
            batched = rate(g, as_session(db), args.batch_size)
        small = sample(g, args.single_rows)
        with EmbeddedGraph(Path(tmp) / "single.lbug", read_only=False) as db:
            single = rate(small, as_session(db), 1)
    print(f"embedded engine: batched ({args.batch_size}/statement) {batched:,.0f} rows/s; "
          f"one statement per row {single:,.0f} rows/s; ratio {batched / single:.1f}x (target >= 20x)")
    if os.environ.get("NEO4J_URI") and os.environ.get("NEO4J_PASSWORD"):
        import neo4j

        auth = (os.environ.get("NEO4J_USER", "neo4j"), os.environ["NEO4J_PASSWORD"])
        with neo4j.GraphDatabase.driver(os.environ["NEO4J_URI"], auth=auth) as driver, driver.session() as s:
            s.run("MATCH (n) DETACH DELETE n").consume()
            batched = rate(g, s, args.batch_size)
            s.run("MATCH (n) DETACH DELETE n").consume()
            single = rate(sample(g, args.single_rows), s, 1)
        print(f"neo4j {os.environ['NEO4J_URI']}: batched {batched:,.0f} rows/s; one per row {single:,.0f} rows/s; "
              f"ratio {batched / single:.1f}x")


if __name__ == "__main__":
    main()
