"""Extraction in worker processes: where the system can fork (Linux), the workers inherit the
writer's loaded pipeline, as spaCy's own ``nlp.pipe(n_process=...)`` does; elsewhere each spawned
worker loads the pipeline once. Workers take chunks of documents, validate their fragments and
send them back (or the error of a document that failed); results come back in input order so that
the single writer commits deterministically.

The writer hands out each chunk as soon as it has read it, so the workers extract while it reads
the rest; chunks shrink towards the end of the input (:func:`guided_size`), so that both workers
finish at about the same time instead of one waiting for the other's last large chunk.
"""
from __future__ import annotations

import gc
import multiprocessing as mp
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any

from .errors import GeopolError
from .text import Document

_PIPELINE = None
MAX_CHUNK = 16  # documents per chunk at most (``nlp.pipe`` batches of this size)


def _init(enrich: bool, extra: tuple[str, ...]) -> None:
    global _PIPELINE
    from .pipeline import Pipeline

    _PIPELINE = Pipeline(enrich=enrich, extra_reference=extra)
    _PIPELINE.nlp  # noqa: B018  (load now, once per process)


def _checked(part: Any) -> Any:
    """A fragment validated against the ontology (here, in the worker, so the writer need not), or
    the error that keeps it out of the store."""
    from .store import validate

    if isinstance(part, GeopolError):
        return part
    try:
        validate(part)
    except GeopolError as exc:
        return exc
    return part


def _work(documents: list[Document]) -> list[Any]:
    """The validated fragments of a chunk (pickled back to the writer); a document whose extraction
    fails gives its error instead."""
    try:
        return [_checked(part) for _, part in _PIPELINE.process_many(documents)]
    except GeopolError:
        out: list[Any] = []
        for document in documents:
            try:
                out.append(_checked(_PIPELINE.process(document)))
            except GeopolError as exc:
                out.append(exc)
        return out


def chunks(documents: list[Document], size: int) -> list[list[Document]]:
    return [documents[i:i + size] for i in range(0, len(documents), size)]


def chunk_size(n: int, workers: int) -> int:
    """Small enough to balance the workers, large enough for ``nlp.pipe`` batching."""
    return max(1, min(MAX_CHUNK, n // (workers * 4) or 1))


def guided_size(remaining: int, workers: int) -> int:
    """The size of the next chunk when ``remaining`` documents are left: :func:`chunk_size` of what
    is left, so the last chunks are one or two documents and no worker waits long for the other."""
    return chunk_size(max(remaining, 1), workers)


def _inherit(pipeline) -> None:
    global _PIPELINE
    _PIPELINE = pipeline


_FREEZES = 0  # blocks of :func:`frozen` open (a forked worker inherits its writer's count)


@contextmanager
def frozen() -> Iterator[None]:
    """The objects alive now (the loaded pipeline, the reference data) moved out of the cyclic
    garbage collector's reach for the block: its full collections, in this process and in workers
    forked from it, then walk only what the ingest itself makes, and a forked worker does not
    write to (and so copy) the pages of the objects it inherits. Nothing is frozen when something
    else already froze objects (their owner unfreezes them). An enclosing block (here, or the
    writer's before the fork) is known without asking ``gc.get_freeze_count()``, which counts the
    frozen objects one by one (a tenth of a second per chunk in a worker)."""
    global _FREEZES
    if _FREEZES or gc.get_freeze_count():
        yield
        return
    gc.freeze()
    _FREEZES += 1
    try:
        yield
    finally:
        _FREEZES -= 1
        gc.unfreeze()


def extract_parallel(pipeline, documents: Iterable[Document], workers: int, expected: int,
                     idle: Callable[[], None] | None = None) -> Iterator[tuple[Document, Any]]:
    """``(document, validated fragment or GeopolError)`` in input order, extracted by ``workers``
    processes. ``documents`` may be read lazily: every one is read (and handed out in chunks while
    the workers already extract) before the first result is yielded; ``expected`` is about how
    many there are (it sizes the chunks). ``idle`` is called before waiting for a chunk that is not
    done yet (the writer commits what it has meanwhile)."""
    if "fork" in mp.get_all_start_methods():
        pipeline.nlp  # noqa: B018  (loaded once here, shared by the forked workers copy-on-write)
        pipeline.ref  # noqa: B018
        ctx, init, args = mp.get_context("fork"), _inherit, (pipeline,)
    else:
        ctx, init, args = mp.get_context("spawn"), _init, (pipeline.enrich, pipeline.extra)
    with frozen(), ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=init, initargs=args) as pool:
        submitted: list[tuple[list[Document], Future]] = []
        try:
            chunk: list[Document] = []
            start = 0
            for document in documents:
                chunk.append(document)
                if len(chunk) >= guided_size(expected - start, workers):
                    submitted.append((chunk, pool.submit(_work, chunk)))
                    start += len(chunk)
                    chunk = []
            if chunk:
                submitted.append((chunk, pool.submit(_work, chunk)))
            for chunk, future in submitted:
                if idle is not None and not future.done():
                    idle()
                yield from zip(chunk, future.result(), strict=True)
        finally:
            for _, future in submitted:
                future.cancel()
