"""CPU of extraction (resolve, relations, fragment) of two checkouts on the same texts, in one run,
for speed work on a shared machine: ``compare A B`` starts one worker per checkout (``PYTHONPATH``
set to it); each parses the named development halves' articles once with its own pipeline and keeps
every parsed document as bytes; then the workers take turns (A B, B A, ...), each rebuilding fresh
documents and timing ``process_doc``'s stages with ``time.process_time``. Prints every round, each
side's best and median, and new/base ratios. ``worker CODE --profile FILE`` on its own reads rounds
from stdin: ``round``; ``sample`` (CPU samples every millisecond of CPU, pickled stacks in FILE);
``profile`` (cProfile, whose per-call cost inflates spaCy's many small calls). ``AB_CACHE=FILE``
keeps the parsed documents between runs (only where the parse itself is not what differs). Never
names the held-out halves.

    python tools/extract_ab.py compare /tmp/base-tree /tmp/new-tree --rounds 6 --halves tune fresh5 fresh13
"""
from __future__ import annotations

import argparse
import os
import pickle
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dev_chart import HELD_OUT  # noqa: E402  one list of the halves nobody tunes on

ROOT = Path(__file__).resolve().parents[1]
HALVES = ["tune", "fresh8"]
SUFFIXES = {".txt", ".md", ".html", ".htm"}


def worker(code: str, halves: list[str], profile: str | None) -> None:
    sys.path.insert(0, code)
    from spacy.tokens import Doc

    from graph.assemble import fragment
    from graph.entities import resolve
    from graph.pipeline import Pipeline
    from graph.relations import extract
    from graph.text import read_document

    pipeline = Pipeline()
    # the pipeline's own steps where the checkout has them (the folds with them), else the bare two
    entities_of = getattr(pipeline, "entities_of", None) or (lambda doc: resolve(doc, pipeline.ref))
    relations_of = getattr(pipeline, "relations_of", None) or (lambda doc, ents, doc_id: extract(doc, ents, doc_id))
    captured = []
    orig = Pipeline.process_doc

    def capture(self, document, doc):
        captured.append((document, doc.to_bytes(exclude=["user_data"]), pickle.dumps(doc.user_data)))
        return orig(self, document, doc)

    Pipeline.process_doc = capture
    cache = os.environ.get("AB_CACHE")
    if cache and os.path.exists(cache):
        with open(cache, "rb") as fh:
            captured[:] = pickle.load(fh)
        halves = []
    paths = []
    for half in halves:
        folder = ROOT / "tests" / "data" / "dev" / half
        paths += sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES and not p.name.startswith("SOURCES"))
    for _ in pipeline.process_many([read_document(p) for p in paths]):
        pass
    Pipeline.process_doc = orig
    if cache and not os.path.exists(cache):
        with open(cache, "wb") as fh:
            pickle.dump(captured, fh)
    vocab, ref = pipeline.nlp.vocab, pipeline.ref
    print(f"ready {len(captured)}", flush=True)
    for line in sys.stdin:
        if not line.strip():
            continue
        docs = []
        for document, data, user in captured:
            doc = Doc(vocab).from_bytes(data)
            doc.user_data.update(pickle.loads(user))
            docs.append((document, doc))
        spent = [0.0, 0.0, 0.0]
        prof = None
        samples = None
        if line.strip() == "sample":
            import collections
            import signal
            samples = collections.Counter()

            def handler(signum, frame, samples=samples):
                stack = []
                while frame is not None:
                    stack.append((frame.f_code.co_filename.replace(code, ""), frame.f_code.co_name, frame.f_lineno))
                    frame = frame.f_back
                samples[tuple(stack)] += 1

            signal.signal(signal.SIGPROF, handler)
            signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
        if line.strip() == "profile":
            import cProfile
            prof = cProfile.Profile()
            prof.enable()
        for document, doc in docs:
            t0 = time.process_time()
            doc.user_data["published"] = document.published
            entities = entities_of(doc)
            t1 = time.process_time()
            relations = relations_of(doc, entities, document.id)
            t2 = time.process_time()
            fragment(document, entities, relations, ref if pipeline.enrich else None)
            t3 = time.process_time()
            spent[0] += t1 - t0
            spent[1] += t2 - t1
            spent[2] += t3 - t2
        if samples is not None:
            signal.setitimer(signal.ITIMER_PROF, 0, 0)
            with open(profile, "wb") as fh:
                pickle.dump(dict(samples), fh)
        if prof is not None:
            prof.disable()
            prof.dump_stats(profile)
        print(" ".join(f"{x:.3f}" for x in spent), flush=True)


def compare(codes: list[str], rounds: int, halves: list[str]) -> None:
    procs = []
    for code in codes:
        procs.append(subprocess.Popen([sys.executable, __file__, "worker", code, "--halves", *halves],
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                      env={**os.environ, "PYTHONPATH": code}))
    for p, code in zip(procs, codes, strict=True):
        print(code, p.stdout.readline().strip(), flush=True)
    results: list[list[list[float]]] = [[] for _ in codes]
    for r in range(rounds):
        order = range(len(codes)) if r % 2 == 0 else reversed(range(len(codes)))
        for i in order:
            procs[i].stdin.write("round\n")
            procs[i].stdin.flush()
            vals = [float(x) for x in procs[i].stdout.readline().split()]
            results[i].append(vals)
            print(f"round {r} {codes[i]}: resolve {vals[0]:.2f} relations {vals[1]:.2f} fragment {vals[2]:.2f} "
                  f"total {sum(vals):.2f}", flush=True)
    for p in procs:
        p.stdin.close()
        p.wait()
    best = [min(res, key=sum) for res in results]
    med = [sorted(sum(v) for v in res)[len(res) // 2] for res in results]
    for code, b, m in zip(codes, best, med, strict=True):
        print(f"{code}: best resolve {b[0]:.2f} relations {b[1]:.2f} fragment {b[2]:.2f} total {sum(b):.2f}; "
              f"median total {m:.2f}")
    if len(codes) == 2:
        a, b = best
        print(f"new/base CPU: total {sum(b) / sum(a):.3f}  relations {b[1] / a[1]:.3f}  resolve {b[0] / a[0]:.3f}"
              f"  median total {med[1] / med[0]:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="action", required=True)
    w = sub.add_parser("worker")
    w.add_argument("code")
    w.add_argument("--profile")
    c = sub.add_parser("compare")
    c.add_argument("codes", nargs="+")
    c.add_argument("--rounds", type=int, default=4)
    for p in (w, c):
        p.add_argument("--halves", nargs="+", default=HALVES)
    args = ap.parse_args()
    if set(HELD_OUT) & set(args.halves):
        raise SystemExit("held-out halves are never read here")
    if args.action == "worker":
        worker(args.code, args.halves, args.profile)
    else:
        compare(args.codes, args.rounds, args.halves)


if __name__ == "__main__":
    main()
