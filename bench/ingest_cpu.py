"""CPU per word of ``bench/ingest.py``'s two-process pair: the bare model's ``nlp.pipe(n_process=2)``
and ``geopol ingest --workers 2`` on the same texts, each timed as the CPU of this process plus its
finished children (the workers), not wall time: on a shared machine the wall-clock ratio moves by
20% and more between runs, CPU time hardly. Printed: both sides' CPU seconds and microseconds per
word, their wall times, and bare / ours CPU (issue 12's floor is 0.7 of the bare model's words per
second with two workers, which on two free cores is this ratio).

    python bench/ingest_cpu.py [--docs 320]
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from ingest import bare, corpus, full, warm_up, write_corpus  # noqa: E402

from graph.pipeline import Pipeline  # noqa: E402


def cpu() -> float:
    """CPU seconds of this process and of its children that have ended."""
    mp.active_children()  # (joins finished workers, so their CPU is counted)
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=320)
    args = ap.parse_args()
    texts = corpus(args.docs)
    words = sum(len(t.split()) for t in texts)
    pipeline = Pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_corpus(texts, folder)
        warm_up(folder, pipeline)
        c0, w0 = cpu(), time.perf_counter()
        bare(texts, 2)
        time.sleep(1)
        c1, w1 = cpu(), time.perf_counter()
        full(folder, pipeline, 2)
        time.sleep(1)
        c2, w2 = cpu(), time.perf_counter()
    ours, base = c2 - c1, c1 - c0
    print(f"documents: {args.docs}, words: {words}")
    print(f"bare spaCy model (nlp.pipe, n_process=2): {base:6.1f} s CPU ({base / words * 1e6:4.0f} us/word, wall {w1 - w0 - 1:.0f} s)")
    print(f"geopol ingest --workers 2:                {ours:6.1f} s CPU ({ours / words * 1e6:4.0f} us/word, wall {w2 - w1 - 1:.0f} s)")
    print(f"bare / ours CPU {base / ours:.2f} (issue 12: >= 0.70 of the bare model's words per second)")


if __name__ == "__main__":
    main()
