"""Stress the store under concurrency: per round a new store, several processes at once.

    PYTHONPATH=$PWD python tools/stress_store.py 15                 # 3 writers (add + index sync), 2 readers
                                                                    # (counts, node_link, open_embedded), 1 cypher --write
    PYTHONPATH=$PWD python tools/stress_store.py 8 --readers 3 --reads 8
    PYTHONPATH=$PWD python tools/stress_store.py 60 --mode open     # six processes opening a new store at once

Prints the bad rounds, failures per kind (a reader's "rebuilding" warning counts as "set-aside"), a
round that lost a document ("lost-docs"), and the first traceback of each kind. Session 48, on a
machine at load 7-20 on two cores: mixed 0 of 15 rounds bad (int48) and 0 of 8 (durable48); open
0 of 60 (durable48).
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

import networkx as nx

COUNTRIES = ["Chad", "Peru", "Chile", "Ghana", "Italy", "Norway", "Greece", "Estonia"]


def fragment(doc: str, k: int) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node(doc, id=doc, label="Document", name=doc, aliases=[])
    a, b = COUNTRIES[k % 8], COUNTRIES[(k + 3) % 8]
    for c in (a, b):
        cid = f"country:{c.lower()}"
        g.add_node(cid, id=cid, label="Country", name=c, aliases=[])
        g.add_edge(cid, doc, key="MENTIONED_IN", type="MENTIONED_IN")
    ev = {"doc": doc, "sentence": f"{a} works with {b}.", "start": 0, "end": 10}
    g.add_edge(f"country:{a.lower()}", f"country:{b.lower()}", key="COOPERATES_WITH", type="COOPERATES_WITH",
               provenance="text", evidence=[ev], confidence=0.9)
    return g


def writer(d: str, w: int, docs: int, batch: int, out) -> None:
    from graph.cypher.index import sync
    from graph.store import Store
    try:
        for i in range(0, docs, batch):
            store = Store(d)
            items = [(f"doc:w{w}-{j}", fragment(f"doc:w{w}-{j}", w * 7 + j)) for j in range(i, min(docs, i + batch))]
            store.add_documents(items)
            store.close()
            sync(Path(d), wait=True)
        out.put(("writer", None))
    except Exception:  # noqa: BLE001
        out.put(("writer", traceback.format_exc()))


def cypher_writer(d: str, n: int, out) -> None:
    from graph.cypher.write import write_cypher
    try:
        for i in range(n):
            write_cypher(d, f"MATCH (n:Country) WHERE n.id = 'country:chad' SET n.wikidata = 'Q{i}' RETURN n.id")
            time.sleep(0.01)
        out.put(("cypher", None))
    except Exception:  # noqa: BLE001
        out.put(("cypher", traceback.format_exc()))


def reader(d: str, n: int, out) -> None:
    import logging

    from graph.cypher import open_embedded
    from graph.store import Store

    class Count(logging.Handler):
        def emit(self, record):
            out.put(("set-aside", record.getMessage()))

    logging.getLogger("geopol").addHandler(Count())
    try:
        for _ in range(n):
            s = Store(d)
            s.counts()
            s.documents()
            s.node_link()
            s.close()
            with open_embedded(d) as db:
                db.run("MATCH (n) RETURN count(*) AS c")
        out.put(("reader", None))
    except Exception:  # noqa: BLE001
        out.put(("reader", traceback.format_exc()))


def opener(d: str, out) -> None:
    from graph.store import db
    try:
        db.connect(Path(d) / "store.sqlite").close()
        out.put(("open", None))
    except Exception:  # noqa: BLE001
        out.put(("open", traceback.format_exc()))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("rounds", type=int)
    ap.add_argument("--writers", type=int, default=3)
    ap.add_argument("--readers", type=int, default=2)
    ap.add_argument("--cypher", type=int, default=1)
    ap.add_argument("--docs", type=int, default=4)
    ap.add_argument("--reads", type=int, default=4)
    ap.add_argument("--batch", type=int, default=2)
    ap.add_argument("--mode", default="mixed")
    args = ap.parse_args()
    ctx = mp.get_context("fork")
    fails: Counter = Counter()
    runs: Counter = Counter()
    first: dict[str, str] = {}
    bad_rounds = 0
    base = Path(tempfile.mkdtemp(prefix="stress-"))
    for r in range(args.rounds):
        d = str(base / f"s{r}")
        out = ctx.Queue()
        procs = []
        if args.mode == "open":
            procs = [ctx.Process(target=opener, args=(d, out)) for _ in range(6)]
        else:
            procs += [ctx.Process(target=writer, args=(d, w, args.docs, args.batch, out)) for w in range(args.writers)]
            procs += [ctx.Process(target=reader, args=(d, args.reads, out)) for _ in range(args.readers)]
            procs += [ctx.Process(target=cypher_writer, args=(d, 2, out)) for _ in range(args.cypher)]
        for p in procs:
            p.start()
        results = []
        while len(results) < len(procs):
            kind, tb = out.get(timeout=600)
            if kind == "set-aside":
                fails["set-aside (warning)"] += 1
                first.setdefault("set-aside: " + tb[-120:], tb)
                continue
            results.append((kind, tb))
        for p in procs:
            p.join()
        bad = False
        for kind, tb in results:
            runs[kind] += 1
            if tb:
                fails[kind] += 1
                bad = True
                last = tb.strip().splitlines()[-1]
                first.setdefault(last[:160], tb)
        if args.mode != "open" and not bad:
            from graph.store import Store
            got = len(Store(d).documents())
            want = args.writers * args.docs
            if got != want:
                fails["lost-docs"] += 1
                bad = True
        bad_rounds += bad
    print(f"rounds {args.rounds} bad {bad_rounds}; runs {dict(runs)} failures {dict(fails)}")
    for k, tb in first.items():
        print("=====", k)
        print(tb)
    sys.exit(1 if bad_rounds else 0)


if __name__ == "__main__":
    main()
