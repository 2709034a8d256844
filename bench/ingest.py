"""Ingest throughput against the bare spaCy model, in one run on the same texts.

Texts: the seed and the plain-text development articles of ``tune/`` and ``fresh/`` (never the
held-out ``check/``), cycled to N documents (default 320); each copy
gets a numbered first line so that every document has its own content hash. Prints words per
second for the bare model (``nlp.pipe``, with ``n_process`` processes) against our extraction alone
in one process (read and extract, no store: issue 10's measure), and against a full ``geopol``
ingest with as many ``--workers`` (read files, extract, resolve, merge, validate, commit, publish
the Cypher index), and their ratio, for one process and for ``--processes`` (default 2). Each pair
is timed alternately, twice, and the best of each is kept, so that machine noise hits both alike;
both sides include starting their worker processes.

    python bench/ingest.py [--docs N] [--processes P] [--parallel-only]

``--parallel-only`` times only the ``--processes`` pair (issue 12's floor), after a warm-up that
reads every file and extracts a few documents in this process: a quarter of the full run's time.
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
    dev = ROOT / "tests" / "data" / "dev"
    sources = sorted((ROOT / "seeds").glob("*.txt")) + sorted(dev.glob("tune/*.txt")) + sorted(dev.glob("fresh/*.txt"))
    base = [p.read_text(encoding="utf-8") for p in sources]
    return [f"Report {i}.\n{base[i % len(base)]}" for i in range(n)]


def bare(texts: list[str], processes: int) -> float:
    nlp = spacy.load(MODEL)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16, n_process=processes):
        pass
    return time.perf_counter() - start


def extraction(folder: Path, pipeline: Pipeline) -> float:
    """Read and extract every document in this process (issue 10's share: no store, no index)."""
    from graph.text import read_document

    start = time.perf_counter()
    documents = [read_document(path) for path in sorted(folder.glob("*.txt"))]
    for _ in pipeline.process_many(documents):
        pass
    return time.perf_counter() - start


def write_corpus(texts: list[str], folder: Path) -> None:
    """The texts as ``doc0000.txt``, ``doc0001.txt`` ... in ``folder`` (what ``geopol ingest`` reads)."""
    for i, text in enumerate(texts):
        (folder / f"doc{i:04d}.txt").write_text(text, encoding="utf-8")


def warm_up(folder: Path, pipeline: Pipeline) -> None:
    """What the extraction-alone timing leaves loaded: every file read once (the date parser's
    tables), a few documents extracted (the pipeline, the reference data, their caches)."""
    from graph.text import read_document

    documents = [read_document(path) for path in sorted(folder.glob("*.txt"))]
    for _ in pipeline.process_many(documents[:4]):
        pass


def full(folder: Path, pipeline: Pipeline, processes: int) -> float:
    with tempfile.TemporaryDirectory() as store_dir:
        start = time.perf_counter()
        report = ingest([folder], Store(store_dir), pipeline, workers=processes)
        elapsed = time.perf_counter() - start
    assert not report.failures and report.added, report
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=320)
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--parallel-only", action="store_true",
                    help="time only the --processes pair, after a short warm-up")
    args = ap.parse_args()
    n = args.docs
    texts = corpus(n)
    words = sum(len(t.split()) for t in texts)
    pipeline = Pipeline()
    print(f"documents: {n}, words: {words}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_corpus(texts, folder)
        if args.parallel_only:
            warm_up(folder, pipeline)
        else:
            bare_s, extract_s = [], []
            for _ in range(2):
                bare_s.append(bare(texts, 1))
                extract_s.append(extraction(folder, pipeline))
            bare_wps, extract_wps = words / min(bare_s), words / min(extract_s)
            print(f"extraction alone: bare spaCy model (nlp.pipe, n_process=1) {bare_wps:8.0f} words/s; geopol read "
                  f"+ extract {extract_wps:8.0f} words/s; ratio {extract_wps / bare_wps:.2f} (target >= 0.60)",
                  flush=True)
        for processes in [args.processes] if args.parallel_only else sorted({1, args.processes}):
            bare_s, full_s = [], []
            for _ in range(2):
                bare_s.append(bare(texts, processes))
                full_s.append(full(folder, pipeline, processes))
            bare_wps, full_wps = words / min(bare_s), words / min(full_s)
            print(f"{processes} process(es): bare spaCy model (nlp.pipe, n_process={processes}) {bare_wps:8.0f} words/s; "
                  f"geopol ingest --workers {processes} {full_wps:8.0f} words/s; ratio {full_wps / bare_wps:.2f} "
                  "(target >= 0.70)", flush=True)


if __name__ == "__main__":
    main()
