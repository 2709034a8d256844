"""Query latency and build rate of the embedded Cypher engine, beside networkx, in one run.

On a generated ontology-valid graph (default 100k nodes, 500k edges):
* the build rate of the embedded database from the store (read ``store.sqlite``, bulk load,
  checkpoint), edges/s: the rebuild path (a new store, a schema change); ingests update it in place;
* the median latency of the anchored 2-hop named queries ``partners_of_partners`` (typed: a country
  and COOPERATES_WITH twice) and ``two_hop`` (any label, any relationship) on the embedded engine
  and on their networkx implementations, over the same random anchors; each runs as the helpers run
  it after their name lookup (``NamedQuery.text_for``): its anchor typed with the entity's label, and
  without the time tests when no time is given;
* the same two queries with ``as_of`` (the graph carries report and validity dates,
  :func:`graph.synthetic.add_dates`), beside the same query without it (target: within 2x).

    python bench/queries.py [--nodes N] [--edges M] [--runs K]
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

# this file is named like the package it measures: keep bench/ off the import path
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import queries  # noqa: E402
from graph.cypher.embedded import EmbeddedGraph  # noqa: E402
from graph.cypher.index import published, rebuild, sync  # noqa: E402
from graph.store import Store  # noqa: E402
from graph.store import db as sql  # noqa: E402
from graph.synthetic import add_dates, synthetic_graph  # noqa: E402
from queries.nx_queries import partners_of_partners, two_hop  # noqa: E402

AS_OF = "2015-06-01"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--nodes", type=int, default=100_000)
    ap.add_argument("--edges", type=int, default=500_000)
    ap.add_argument("--runs", type=int, default=300)
    args = ap.parse_args()
    g = add_dates(synthetic_graph(args.nodes, args.edges, seed=11), seed=12)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp))
        store.replace(g)
        sync(store.dir)  # warm-up: also caches the empty-schema template
        path = published(store.dir)[0]
        builds = []
        for i in range(2):
            conn = sql.connect(store.dir / sql.DB_FILE)
            start = time.perf_counter()
            rebuild(conn, store.dir / "lbug" / f"bench{i}.lbug")
            builds.append(time.perf_counter() - start)
            conn.close()
        rng = random.Random(3)
        # countries with at least one partner, so that the typed query has rows to return
        countries = sorted({n for u, v, k in g.edges(keys=True) if k == "COOPERATES_WITH" for n in (u, v)
                            if g.nodes[n]["label"] == "Country"})
        cases = {"partners_of_partners": ("country_id", partners_of_partners, rng.sample(countries, args.runs)),
                 "two_hop": ("entity_id", two_hop, rng.sample(list(g.nodes), args.runs))}
        results, dated = {}, {}
        with EmbeddedGraph(path) as db:
            for name, (param, nx_impl, anchors) in cases.items():
                named = queries.get(name)
                for a in anchors[:20]:  # warm-up
                    labels = {param: g.nodes[a]["label"]}
                    for bound in (named.bind({param: a}), named.bind({param: a, "as_of": AS_OF})):
                        db.run(named.text_for(bound, labels), bound)
                engine, nxt, sizes, timed, timed_sizes = [], [], [], [], []
                for a in anchors:  # the same query without and with as_of, in turn
                    labels = {param: g.nodes[a]["label"]}
                    bound = named.bind({param: a})
                    start = time.perf_counter()
                    rows = db.run(named.text_for(bound, labels), bound)
                    engine.append(time.perf_counter() - start)
                    bound = named.bind({param: a, "as_of": AS_OF})
                    start = time.perf_counter()
                    at = db.run(named.text_for(bound, labels), bound)
                    timed.append(time.perf_counter() - start)
                    start = time.perf_counter()
                    nx_impl(g, a)
                    nxt.append(time.perf_counter() - start)
                    sizes.append(len(rows))
                    timed_sizes.append(len(at))
                results[name] = (statistics.median(engine), statistics.median(nxt), statistics.median(sizes))
                dated[name] = (statistics.median(timed), statistics.median(timed_sizes))
    edges = g.number_of_edges()
    print(f"graph: {g.number_of_nodes()} nodes, {edges} edges; {args.runs} anchors per query")
    print(f"build from the store: {min(builds):.2f} s, {edges / min(builds):,.0f} edges/s (target >= 50,000)")
    for name, (engine, nxt, rows) in results.items():
        print(f"{name:22} median latency: embedded {engine * 1000:6.2f} ms (target <= 5 ms), "
              f"networkx {nxt * 1000:6.2f} ms; median {rows:.0f} rows")
    for name, (timed, rows) in dated.items():
        print(f"{name:22} as_of {AS_OF}: embedded {timed * 1000:6.2f} ms, {timed / results[name][0]:.2f}x the same "
              f"query without it (target <= 2x); median {rows:.0f} rows")


if __name__ == "__main__":
    main()
