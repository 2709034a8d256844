"""CPU of the NER step behind our entity ruler: the stock component against ``geopol_ner``, in one run.

The documents are the first ``--docs`` (default 48) of ``bench/ingest.py``'s corpus, parsed by our
pipeline up to the NER (batches of 16, as ``nlp.pipe``). On copies of the same documents, in turn
(``--rounds``, best of each kept): the model's stock NER (which adds four moves for every ruler
label it meets on a preset entity and scores them at every step), ``geopol_ner`` (the ruler's labels
hidden from it: graph/mentions/ner.py), and the stock NER of the bare model on the bare model's
own documents (no preset entities). Printed: CPU seconds, each side's moves, and whether the two
NER steps behind the ruler set the same entity arrays (IOB, type, KB id, id) on every token.

    python bench/ner_cost.py [--docs N] [--rounds R]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import spacy
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest import corpus  # noqa: E402

from graph.mentions import MODEL  # noqa: E402
from graph.mentions.ner import NAME  # noqa: E402
from graph.pipeline import Pipeline  # noqa: E402

ENTS = [ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]


def before_ner(nlp, texts: list[str]) -> list[list]:
    """The texts parsed by ``nlp``'s components before its NER, in batches of 16."""
    out = []
    for i in range(0, len(texts), 16):
        docs = [nlp.make_doc(t) for t in texts[i:i + 16]]
        for name, proc in nlp.pipeline:
            if name in {"ner", NAME}:
                break
            docs = list(proc.pipe(docs, batch_size=16)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        out.append(docs)
    return out


def timed(ner, batches: list[list]) -> tuple[float, list]:
    copies = [[d.copy() for d in batch] for batch in batches]
    start = time.process_time()
    done = [list(ner.pipe(batch, batch_size=16)) for batch in copies]
    return time.process_time() - start, [d.to_array(ENTS).tolist() for batch in done for d in batch]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=48)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    texts = corpus(args.docs)
    ours = Pipeline().nlp
    ours_docs = before_ner(ours, texts)
    ours_ner = ours.get_pipe(NAME)
    stock_ner = spacy.load(MODEL).get_pipe("ner")  # the same model's NER, left as spaCy runs it
    bare = spacy.load(MODEL)
    bare_docs, bare_ner = before_ner(bare, texts), bare.get_pipe("ner")
    best = {"stock": float("inf"), NAME: float("inf"), "bare": float("inf")}
    same = True
    for _ in range(args.rounds):
        stock_s, stock_ents = timed(stock_ner, ours_docs)
        ours_s, ours_ents = timed(ours_ner, ours_docs)
        bare_s, _ = timed(bare_ner, bare_docs)
        same = same and stock_ents == ours_ents
        best = {"stock": min(best["stock"], stock_s), NAME: min(best[NAME], ours_s), "bare": min(best["bare"], bare_s)}
    print(f"documents: {args.docs}, words: {sum(len(t.split()) for t in texts)}")
    print(f"stock NER behind our ruler   {best['stock']:6.2f} s CPU, {stock_ner.moves.n_moves} moves")
    print(f"{NAME} behind our ruler   {best[NAME]:6.2f} s CPU, {ours_ner.ner.moves.n_moves} moves; "
          f"{best[NAME] / best['stock']:.2f} of the stock step")
    print(f"bare model's NER (no ruler)  {best['bare']:6.2f} s CPU, {bare_ner.moves.n_moves} moves")
    print(f"same entity arrays on every token: {same}")


if __name__ == "__main__":
    main()
