"""Extraction in worker processes: where the system can fork (Linux), the workers inherit the
writer's loaded pipeline, as spaCy's own ``nlp.pipe(n_process=...)`` does; elsewhere each spawned
worker loads the pipeline once. Workers take chunks of documents and send back their fragments as
node-link data; results come back in input order so that the single writer commits
deterministically."""
from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from .errors import GeopolError
from .text import Document

_PIPELINE = None


def _init(enrich: bool, extra: tuple[str, ...]) -> None:
    global _PIPELINE
    from .pipeline import Pipeline

    _PIPELINE = Pipeline(enrich=enrich, extra_reference=extra)
    _PIPELINE.nlp  # noqa: B018  (load now, once per process)


def _work(documents: list[Document]) -> list[Any]:
    """The fragments of a chunk (pickled back to the writer); a document whose extraction fails
    gives its error instead."""
    try:
        return [part for _, part in _PIPELINE.process_many(documents)]
    except GeopolError:
        out: list[Any] = []
        for document in documents:
            try:
                out.append(_PIPELINE.process(document))
            except GeopolError as exc:
                out.append(exc)
        return out


def chunks(documents: list[Document], size: int) -> list[list[Document]]:
    return [documents[i:i + size] for i in range(0, len(documents), size)]


def chunk_size(n: int, workers: int) -> int:
    """Small enough to balance the workers, large enough for ``nlp.pipe`` batching."""
    return max(1, min(16, n // (workers * 4) or 1))


def _inherit(pipeline) -> None:
    global _PIPELINE
    _PIPELINE = pipeline


def extract_parallel(pipeline, documents: list[Document], workers: int) -> Iterator[tuple[Document, Any]]:
    """``(document, fragment or GeopolError)`` in input order, extracted by ``workers`` processes."""
    parts = chunks(documents, chunk_size(len(documents), workers))
    if "fork" in mp.get_all_start_methods():
        pipeline.nlp  # noqa: B018  (loaded once here, shared by the forked workers copy-on-write)
        ctx, init, args = mp.get_context("fork"), _inherit, (pipeline,)
    else:
        ctx, init, args = mp.get_context("spawn"), _init, (pipeline.enrich, pipeline.extra)
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=init, initargs=args) as pool:
        for chunk, result in zip(parts, pool.map(_work, parts), strict=True):
            yield from zip(chunk, result, strict=True)
