"""CPU per extraction stage against the bare spaCy model, in one run on the same documents.

A speed guard that is a benchmark, not a timed test: the documents are the first ``--docs``
(default 16) of ``bench/ingest.py``'s corpus (the seed, then the tune and fresh articles). Each is
parsed the way ``nlp.pipe`` does (every pipeline component over the batch in turn, batches of
16) after reading the files as ``bench/ingest.py`` writes them, and then extracted (entity resolution, relation rules, fragment assembly), with
``time.process_time`` around each stage; the fragment is also pickled, as a worker sends it back
to the writer. The same texts go once through the bare model (``spacy.load(MODEL)``, ``nlp.pipe``).
Printed: each stage's CPU seconds and its ratio to the bare model's CPU, and ``bare / total``,
the share of the bare model's speed the extraction keeps in one process (issue 10 asks >= 0.60
of words per second, and issue 12's two-worker ingest >= 0.70 also pays the store). CPU time,
not wall time, so that other processes on the machine hardly move the ratios; the first document
of each side is extracted once before timing (``--cold`` times the first use too: the lazy
indexes and tables a worker builds on its first document).

    python bench/extract_profile.py [--docs N] [--rounds R] [--cold]
"""
from __future__ import annotations

import argparse
import pickle
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from ingest import corpus  # noqa: E402

from graph.assemble import fragment  # noqa: E402
from graph.mentions import MODEL  # noqa: E402
from graph.pipeline import Pipeline  # noqa: E402
from graph.text import read_document  # noqa: E402

# the model's components; geopol_attributes is the model's attribute_ruler compiled (graph/mentions/attributes.py),
# geopol_lemmas its lemmatizer asked once per distinct key (graph/mentions/lemmas.py), geopol_ner its NER with the
# entity ruler's labels hidden (graph/mentions/ner.py)
MODEL_PIPES = {"tok2vec", "tagger", "parser", "attribute_ruler", "geopol_attributes", "lemmatizer", "geopol_lemmas",
               "ner", "geopol_ner", "senter"}


def batches(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def bare_cpu(texts: list[str]) -> float:
    nlp = spacy.load(MODEL)
    list(nlp.pipe(texts[:1]))
    start = time.process_time()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return time.process_time() - start


def ours_cpu(paths: list[Path], pipeline: Pipeline) -> dict[str, float]:
    """CPU seconds per stage: reading the files, each pipeline component, then resolve, relations,
    fragment, pickle."""
    nlp, ref = pipeline.nlp, pipeline.ref
    spent: dict[str, float] = defaultdict(float)
    sizes = 0
    for group in batches(paths, 16):
        start = time.process_time()
        batch = [read_document(p) for p in group]
        spent["read"] += time.process_time() - start
        start = time.process_time()
        docs = [nlp.make_doc(d.text) for d in batch]
        spent["tokenizer"] += time.process_time() - start
        for name, proc in nlp.pipeline:
            start = time.process_time()
            docs = list(proc.pipe(docs, batch_size=16)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            spent[name] += time.process_time() - start
        for i, doc in enumerate(docs):
            document = batch[i]
            t0 = time.process_time()
            doc.user_data["published"] = document.published
            entities = pipeline.entities_of(doc)  # as Pipeline.process_doc runs them
            t1 = time.process_time()
            relations = pipeline.relations_of(doc, entities, document.id)
            t2 = time.process_time()
            g = fragment(document, entities, relations, ref if pipeline.enrich else None)
            t3 = time.process_time()
            sizes += len(pickle.dumps(g, protocol=pickle.HIGHEST_PROTOCOL))
            t4 = time.process_time()
            spent["resolve"] += t1 - t0
            spent["relations"] += t2 - t1
            spent["fragment"] += t3 - t2
            spent["pickle"] += t4 - t3
    spent["pickle bytes/doc"] = sizes / len(paths)
    return spent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=16)
    ap.add_argument("--rounds", type=int, default=2, help="alternate the two sides; keep each one's best")
    ap.add_argument("--cold", action="store_true", help="time the first document's lazy set-up too")
    args = ap.parse_args()
    texts = corpus(args.docs)
    folder = Path(tempfile.mkdtemp(prefix="extract-profile-"))
    paths = []
    for i, text in enumerate(texts):  # as bench/ingest.py writes them
        paths.append(folder / f"doc{i:04d}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    pipeline = Pipeline()
    start = time.process_time()
    pipeline.nlp  # noqa: B018
    pipeline.ref  # noqa: B018
    load = time.process_time() - start
    if not args.cold:
        ours_cpu(paths[:1], pipeline)
    bare, ours = float("inf"), None
    for _ in range(args.rounds):
        bare = min(bare, bare_cpu(texts))
        spent = ours_cpu(paths, pipeline)
        total = sum(v for k, v in spent.items() if k != "pickle bytes/doc")
        if ours is None or total < ours[0]:
            ours = (total, spent)
        if args.cold:
            break
    assert ours is not None
    total, spent = ours
    words = sum(len(t.split()) for t in texts)
    print(f"documents: {len(texts)}, words: {words}; pipeline load {load:.2f} s CPU (once per ingest, before forking)")
    print(f"bare spaCy model (nlp.pipe): {bare:6.2f} s CPU  = 1.00")
    model = sum(v for k, v in spent.items() if k in MODEL_PIPES or k == "tokenizer")
    print(f"  our model components       {model:6.2f} s       {model / bare:5.2f}")
    for name, value in spent.items():
        if name in MODEL_PIPES or name == "tokenizer" or name == "pickle bytes/doc":
            continue
        print(f"  {name:<26} {value:6.2f} s       {value / bare:5.2f}")
    ours_only = total - model
    print(f"  our stages together        {ours_only:6.2f} s       {ours_only / bare:5.2f}")
    print(f"  fragment pickled: {spent['pickle bytes/doc'] / 1024:.1f} KiB per document")
    shutil.rmtree(folder)
    print(f"extraction total {total:.2f} s CPU; bare / total = {bare / total:.2f} (issue 10: words/s ratio >= 0.60)")


if __name__ == "__main__":
    main()
