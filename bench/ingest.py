"""Ingest throughput against the bare spaCy model, in one run on the same texts.

Texts: the seed and the development articles, cycled to N documents (default 320); each copy
gets a numbered first line so that every document has its own content hash. Prints words per
second for the bare model (``nlp.pipe``) and for a full ``geopol`` ingest (read files, extract,
resolve, merge, validate, write ``graph.json``), and their ratio. The two are timed alternately,
twice each, and the best of each is kept, so that machine noise hits both alike.

    python bench/ingest.py [--docs N]
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import spacy

from graph.mentions import MODEL
from graph.pipeline import Pipeline, ingest
from graph.store import Store

ROOT = Path(__file__).resolve().parents[1]


def corpus(n: int) -> list[str]:
    sources = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests/data/dev").glob("*.txt"))
    base = [p.read_text(encoding="utf-8") for p in sources]
    return [f"Report {i}.\n{base[i % len(base)]}" for i in range(n)]


def bare(texts: list[str]) -> float:
    nlp = spacy.load(MODEL)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return time.perf_counter() - start


def full(folder: Path, pipeline: Pipeline) -> float:
    with tempfile.TemporaryDirectory() as store_dir:
        start = time.perf_counter()
        report = ingest([folder], Store(store_dir), pipeline)
        elapsed = time.perf_counter() - start
    assert not report.failures and report.added, report
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=320)
    n = ap.parse_args().docs
    texts = corpus(n)
    words = sum(len(t.split()) for t in texts)
    pipeline = Pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i, text in enumerate(texts):
            (folder / f"doc{i:04d}.txt").write_text(text, encoding="utf-8")
        bare_s, full_s = [], []
        for _ in range(2):
            bare_s.append(bare(texts))
            full_s.append(full(folder, pipeline))
    bare_wps, full_wps = words / min(bare_s), words / min(full_s)
    print(f"documents: {n}, words: {words}")
    print(f"bare spaCy model (nlp.pipe): {bare_wps:10.0f} words/s")
    print(f"full geopol ingest:          {full_wps:10.0f} words/s")
    print(f"ratio full/bare: {full_wps / bare_wps:.2f} (target >= 0.70)")


if __name__ == "__main__":
    main()
