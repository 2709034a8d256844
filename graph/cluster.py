"""Extraction on a Dask cluster (``geopol ingest --cluster tcp://scheduler:8786``): each Dask worker
loads the pipeline once (kept on the worker), takes chunks of documents and returns their
fragments; this process stays the single writer, as on one machine. Results come back in input
order so that commits are deterministic."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .text import Document
from .workers import chunk_size, chunks


def _extract_chunk(documents: list[Document], enrich: bool, extra: tuple[str, ...]) -> list[Any]:
    """On a Dask worker: the fragments (or errors) of a chunk, with the worker's cached pipeline."""
    from distributed import get_worker

    from .pipeline import Pipeline

    worker = get_worker()
    cache = getattr(worker, "_geopol_pipelines", None)
    if cache is None:
        cache = worker._geopol_pipelines = {}
    pipeline = cache.get((enrich, extra))
    if pipeline is None:
        pipeline = cache[(enrich, extra)] = Pipeline(enrich=enrich, extra_reference=extra)
    return [part for _, part in pipeline.process_many(documents)]


def extract_on_cluster(address: Any, pipeline, documents: list[Document]) -> Iterator[tuple[Document, Any]]:
    """``(document, fragment or GeopolError)`` in input order, extracted on the cluster at ``address``
    (a scheduler address, or a ``distributed.Client``)."""
    from distributed import Client

    client = address if isinstance(address, Client) else Client(address)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        parts = chunks(documents, chunk_size(len(documents), workers))
        futures = client.map(_extract_chunk, parts, enrich=pipeline.enrich, extra=pipeline.extra, pure=False)
        for chunk, future in zip(parts, futures, strict=True):
            yield from zip(chunk, future.result(), strict=True)
    finally:
        if client is not address:
            client.close()
