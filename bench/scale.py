"""How the store scales: the cost of adding one article, of a read command and of ``ingest --force``
as the store grows, as ratios within one run.

Stores of ``--sizes`` documents (default 1,000, 5,000 and 20,000) are built from generated
fragments whose entities follow a Zipf law over the reference countries and a growing pool of
other entities, so that popular relations gather evidence as they do in real news. At each size:

* adding one real article (``geopol ingest FILE`` as a whole process, real spaCy extraction), and
  the store's share of it (merge, commit and index publication, in-process, from the same fragment);
* ``geopol query partners`` as a whole process;
* at the largest size, the peak memory of that one-article ingest and ``ingest --force`` of one
  stored document (the store's side: take it out, add it back, publish the index), once with the
  same extraction and once with one relation fewer or more.

    python bench/scale.py [--sizes 1000,5000,20000] [--runs 3]
"""
from __future__ import annotations

import argparse
import math
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from graph.cypher.index import sync  # noqa: E402
from graph.ids import make_id  # noqa: E402
from graph.ontology import PLATFORM_CATEGORIES, RELATIONS, allowed  # noqa: E402
from graph.reference import load_reference  # noqa: E402
from graph.store import Store  # noqa: E402

QUERY_RANK = 20  # the country asked about: the 21st most mentioned
OTHER = ["Company", "Person", "Platform", "Organization", "GovernmentBody", "Event", "Place"]
TYPES = [t for t in RELATIONS if t != "MENTIONED_IN"]


class Corpus:
    """Deterministic generated documents: ``fragment(j)`` is the graph of document ``j``."""

    def __init__(self, seed: int = 5) -> None:
        self.rng = random.Random(seed)
        countries = [e for e in load_reference(()) if e.label == "Country"]
        self.rng.shuffle(countries)
        self.countries = [{"id": e.id, "label": "Country", "name": e.name, "aliases": sorted(e.aliases)}
                          for e in countries]
        self.cweights = [1 / (r + 1) for r in range(len(self.countries))]
        self.pool: list[dict] = []

    def _entity(self) -> dict:
        label = self.rng.choice(OTHER)
        name = f"{label} {len(self.pool)}"
        node = {"id": make_id(label, name), "label": label, "name": name, "aliases": []}
        if label == "Platform":
            node["category"] = self.rng.choice(PLATFORM_CATEGORIES)
        self.pool.append(node)
        return node

    def fragment(self, j: int) -> nx.MultiDiGraph:
        rng = self.rng
        g = nx.MultiDiGraph()
        doc = f"doc:{j:016x}"
        date = f"20{10 + j % 15:02d}-{1 + j % 12:02d}-{1 + j % 28:02d}"
        g.add_node(doc, id=doc, label="Document", name=f"Synthetic report {j}", aliases=[], title=f"Synthetic report {j}",
                   path=f"synthetic/{j}.txt", sha256=f"{j:064x}", published=date)
        ents = {c["id"]: c for c in rng.choices(self.countries, weights=self.cweights, k=rng.randint(2, 5))}
        for _ in range(rng.randint(1, 3)):  # new entities keep appearing
            e = self._entity()
            ents[e["id"]] = e
        for _ in range(rng.randint(3, 8)):  # known ones recur, the popular more often
            e = self.pool[min(len(self.pool) - 1, int(rng.paretovariate(1.2)) - 1)] if rng.random() < 0.5 \
                else rng.choice(self.pool)
            ents[e["id"]] = e
        for e in ents.values():
            g.add_node(e["id"], **e)
            g.add_edge(e["id"], doc, key="MENTIONED_IN", type="MENTIONED_IN")
        ids = list(ents)
        offset = 0
        for _ in range(rng.randint(4, 10)):
            u, v = rng.sample(ids, 2)
            candidates = [t for t in TYPES if allowed(ents[u]["label"], t, ents[v]["label"])]
            if not candidates:
                continue
            t = rng.choice(candidates)
            sentence = f"{ents[u]['name']} and {ents[v]['name']} were reported together in report {j}; " * 2
            item = {"doc": doc, "sentence": sentence, "start": offset, "end": offset + len(sentence), "reported": date}
            offset += len(sentence) + 1
            attrs = {"type": t, "provenance": "text", "confidence": round(rng.uniform(0.5, 1), 3), "evidence": [item],
                     "first_reported": date, "last_reported": date}
            if t in ("COOPERATES_WITH", "IN_CONFLICT_WITH"):
                attrs["domain"] = "defense"
            if g.has_edge(u, v, key=t):
                continue
            g.add_edge(u, v, key=t, **attrs)
        return g


def grow(store: Store, corpus: Corpus, start: int, stop: int, batch: int = 500) -> None:
    for i in range(start, stop, batch):
        store.add_documents([(f"doc:{j:016x}", corpus.fragment(j)) for j in range(i, min(stop, i + batch))])
    sync(store.dir, wait=True)


def articles() -> list[str]:
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests/data/dev").rglob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def run_timed(args: list[str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "graph", *args], capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"geopol {' '.join(args)} failed: {proc.stderr.strip()}")
    return elapsed


def peak_rss_mb(args: list[str]) -> float:
    code = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, capture_output=True); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, sys.executable, "-m", "graph", *args], capture_output=True,
                         text=True, cwd=ROOT, check=True).stdout
    return int(out.strip()) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="1000,5000,20000")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    texts = articles()
    corpus = Corpus()
    from graph.pipeline import Pipeline
    from graph.text import Document

    pipeline = Pipeline()
    counter = 0
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "store")
        folder = Path(tmp) / "articles"
        folder.mkdir()
        built = 0
        country = corpus.countries[QUERY_RANK]["name"]  # popular, but not the hub of every relation
        for size in sizes:
            t0 = time.perf_counter()
            grow(store, corpus, built, size)
            build_s = time.perf_counter() - t0
            built = size
            whole, store_side, query = [], [], []
            for _ in range(args.runs):
                counter += 1
                text = f"Scale report {counter}.\n{texts[counter % len(texts)]}"
                path = folder / f"a{counter}.txt"
                path.write_text(text, encoding="utf-8")
                whole.append(run_timed(["ingest", str(path), "--store", str(store.dir), "--workers", "1"]))
                counter += 1
                document = Document.from_text(f"Scale report {counter}.\n{texts[counter % len(texts)]}")
                part = pipeline.process(document)
                start = time.perf_counter()
                store.add_documents([(document.id, part)])
                sync(store.dir, wait=True)
                store_side.append(time.perf_counter() - start)
                query.append(run_timed(["query", "partners", "-p", f"name={country}", "--store", str(store.dir),
                                        "--format", "csv"]))
            partners = len(store.neighbourhood(corpus.countries[QUERY_RANK]["id"], 1))
            labels, types = store.counts()
            rows.append((size, sum(labels.values()), sum(types.values()), build_s, statistics.median(whole),
                         statistics.median(store_side), statistics.median(query)))
            print(f"{size:>7} documents: {sum(labels.values()):>8} nodes {sum(types.values()):>9} edges "
                  f"(built in {build_s:6.1f} s); one article: whole process {statistics.median(whole):6.2f} s, "
                  f"store side {statistics.median(store_side) * 1000:7.1f} ms; query partners "
                  f"{statistics.median(query):5.2f} s ({partners} nodes around the country)", flush=True)
        counter += 1
        path = folder / f"a{counter}.txt"
        path.write_text(f"Scale report {counter}.\n{texts[counter % len(texts)]}", encoding="utf-8")
        peak = peak_rss_mb(["ingest", str(path), "--store", str(store.dir), "--workers", "1"])
        victim = f"doc:{(sizes[-1] // 2):016x}"
        part = corpus_fragment(sizes[-1] // 2)
        changed = part.copy()  # the same document with one relation fewer (as after a change of rules)
        changed.remove_edge(*next((u, v, k) for u, v, k in part.edges(keys=True) if k != "MENTIONED_IN"))
        force, force_changed = [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            store.add_documents([(victim, part)], force=True)
            sync(store.dir, wait=True)
            force.append(time.perf_counter() - start)
        for i in range(args.runs):  # alternately without and with that relation: each run changes the index
            start = time.perf_counter()
            store.add_documents([(victim, changed if i % 2 == 0 else part)], force=True)
            sync(store.dir, wait=True)
            force_changed.append(time.perf_counter() - start)
        assert store.has_document(victim)
    base = rows[0]
    last = rows[-1]
    slope = _slope([r[0] for r in rows], [r[4] for r in rows])
    slope_store = _slope([r[0] for r in rows], [r[5] for r in rows])
    print(f"one article at {last[0]} / at {base[0]}: whole process {last[4] / base[4]:.2f} (target <= 1.3), "
          f"store side {last[5] / base[5]:.2f}")
    print(f"query partners at {last[0]} / at {base[0]}: {last[6] / base[6]:.2f} (target <= 1.3)")
    print(f"log-log slope of per-article cost against store size: {slope:.3f} (target <= 0.1); "
          f"store side alone {slope_store:.3f}")
    print(f"peak memory of a one-article ingest into {last[0]} documents: {peak:.0f} MB (target < 1024 MB)")
    print(f"ingest --force of one document at {last[0]} (store side): {statistics.median(force):.3f} s (target < 1 s); "
          f"when its extraction changed (one relation fewer or more): {statistics.median(force_changed):.3f} s")


_CORPUS_SEED = 5


def corpus_fragment(j: int) -> nx.MultiDiGraph:
    """Document ``j`` again, exactly as it was generated (the generator replayed up to it)."""
    c = Corpus(_CORPUS_SEED)
    for i in range(j):
        c.fragment(i)
    return c.fragment(j)


def _slope(xs: list[float], ys: list[float]) -> float:
    lx, ly = [math.log(x) for x in xs], [math.log(y) for y in ys]
    mx, my = statistics.mean(lx), statistics.mean(ly)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly, strict=True)) / sum((a - mx) ** 2 for a in lx)


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_NOFILE, resource.getrlimit(resource.RLIMIT_NOFILE))
    main()
