"""What the writer process costs in a ``--workers`` ingest, against what its workers cost, in one run.

Same texts as ``bench/ingest.py`` (``--docs``, default 320). Each round ingests them into a new
store with ``--workers`` processes twice: with the default batch (the Cypher index published after
every ``DEFAULT_BATCH`` documents, so a store's first batch is one bulk rebuild and the next, most
of the store changed, another) and with one batch (one rebuild, after the last document). Printed
per ingest: wall seconds, when the last fragment came back from the workers and the tail after it
(the last commit and the index), the writer's CPU seconds (its own threads, the index engine's
included) and the workers' CPU seconds. CPU, not wall, is what to compare on a shared machine: the
writer's CPU while the workers extract is taken from the same cores.

    python bench/writer_share.py [--docs N] [--workers W] [--rounds R]
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest import corpus, warm_up, write_corpus  # noqa: E402

from graph import workers as worker_module  # noqa: E402
from graph.pipeline import DEFAULT_BATCH, Pipeline, ingest  # noqa: E402
from graph.store import Store  # noqa: E402


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def one(folder: Path, pipeline: Pipeline, workers: int, batch: int, marks: dict[str, float]) -> str:
    with tempfile.TemporaryDirectory() as store_dir:
        writer, children = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        report = ingest([folder], Store(store_dir), pipeline, workers=workers, batch_size=batch)
        end = time.perf_counter()
        writer, children = _cpu(resource.RUSAGE_SELF) - writer, _cpu(resource.RUSAGE_CHILDREN) - children
    assert not report.failures and report.added, report
    done = marks["extracted"] - start
    return (f"batch {batch:6d}: wall {end - start:6.2f} s, last fragment at {done:6.2f} s, tail {end - start - done:5.2f} s; "
            f"writer CPU {writer:5.2f} s, workers CPU {children:6.2f} s, writer share {writer / (writer + children):.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=320)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    marks: dict[str, float] = {}
    extract = worker_module.extract_parallel

    def timed(*a, **k) -> Iterator:  # when the last fragment came back
        yield from extract(*a, **k)
        marks["extracted"] = time.perf_counter()

    worker_module.extract_parallel = timed
    texts = corpus(args.docs)
    pipeline = Pipeline()
    print(f"documents: {args.docs}, words: {sum(len(t.split()) for t in texts)}, workers: {args.workers}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_corpus(texts, folder)
        warm_up(folder, pipeline)
        for _ in range(args.rounds):
            for batch in (DEFAULT_BATCH, args.docs + 1):
                print(one(folder, pipeline, args.workers, batch, marks), flush=True)


if __name__ == "__main__":
    main()
