"""Extraction that neither a long document nor a failing one can stop.

A document longer than :data:`~graph.text.pieces.PIECE_CHARS` (or than the model's ``max_length``)
is parsed in pieces cut at paragraph boundaries (:mod:`graph.text.pieces`), one at a time, so
memory stays bounded whatever its length; each piece's fragment has its evidence offsets moved
by the piece's start, so they point into the whole document, and the fragments are merged. Only
the first piece has a headline, byline or dateline. Every other document is parsed in batches
with ``nlp.pipe``; a document whose parse or extraction fails gives its error in place of its
fragment and the rest go on.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from typing import Any

import networkx as nx

from ..errors import GeopolError
from ..text.pieces import PIECE_CHARS, pieces


def piece_limit(nlp: Any) -> int:
    """The longest text parsed at once: :data:`PIECE_CHARS`, or less when the model allows less."""
    return max(1, min(PIECE_CHARS, int(getattr(nlp, "max_length", PIECE_CHARS))))


def parse_piece(nlp: Any, text: str, first: bool) -> Any:
    """One piece through the whole spaCy pipeline; a piece after the first has no article layout."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "geopol_layout" and not first:
            doc.user_data["layout"] = {}
    return doc


def shift_evidence(g: nx.MultiDiGraph, offset: int) -> None:
    """Move every evidence offset of ``g`` by ``offset`` characters."""
    if not offset:
        return
    for _, _, data in g.edges(data=True):
        if data.get("evidence"):
            data["evidence"] = [{**e, "start": e["start"] + offset, "end": e["end"] + offset}
                                for e in data["evidence"]]


def process_in_pieces(pipeline: Any, document: Any, limit: int | None = None) -> nx.MultiDiGraph:
    """The fragment of a long document, parsed piece by piece (one piece in memory at a time)."""
    from ..store import merge

    limit = limit or piece_limit(pipeline.nlp)
    whole: nx.MultiDiGraph | None = None
    for start, end in pieces(document.text, limit):
        part_doc = dataclasses.replace(document, text=document.text[start:end])
        doc = parse_piece(pipeline.nlp, part_doc.text, first=start == 0)
        part = pipeline.process_doc(part_doc, doc)
        del doc
        shift_evidence(part, start)
        if whole is None:
            whole = part
        else:
            merge(whole, part)
    assert whole is not None
    return whole


def failure(exc: BaseException) -> GeopolError:
    """An unexpected exception as a one-line error (picklable, for worker processes)."""
    if isinstance(exc, GeopolError):
        return exc
    lines = str(exc).strip().splitlines()
    return GeopolError(f"{type(exc).__name__}: {lines[0][:300]}" if lines else type(exc).__name__)


def process_one(pipeline: Any, document: Any) -> nx.MultiDiGraph:
    """One document's fragment, in pieces when it is long."""
    if len(document.text) > piece_limit(pipeline.nlp):
        return process_in_pieces(pipeline, document)
    return pipeline.process_doc(document, pipeline.nlp(document.text))


def process_each(pipeline: Any, documents: Sequence[Any], batch_size: int = 16) -> Iterator[tuple[Any, Any]]:
    """``(document, fragment or GeopolError)`` for every document, in order; nothing raised."""
    limit = piece_limit(pipeline.nlp)
    short = [d for d in documents if len(d.text) <= limit]
    parsed = _parse_all(pipeline.nlp, [d.text for d in short], batch_size)
    for document in documents:
        try:
            if len(document.text) > limit:
                part = process_in_pieces(pipeline, document, limit)
            else:
                doc = next(parsed)
                if isinstance(doc, BaseException):
                    raise doc
                part = pipeline.process_doc(document, doc)
        except Exception as exc:  # noqa: BLE001  (a failing file never takes the batch down)
            part = failure(exc)
        yield document, part


def _parse_all(nlp: Any, texts: list[str], batch_size: int) -> Iterator[Any]:
    """Parsed docs in order, a batch at a time (at most ``batch_size`` texts and about
    :data:`PIECE_CHARS` characters, so memory stays bounded); a batch that fails is parsed one by
    one, and a text that fails alone gives its exception."""
    for chunk in batches(texts, batch_size, PIECE_CHARS):
        try:
            docs: list[Any] = list(nlp.pipe(chunk, batch_size=batch_size))
        except Exception:  # noqa: BLE001
            docs = []
            for text in chunk:
                try:
                    docs.append(nlp(text))
                except Exception as exc:  # noqa: BLE001
                    docs.append(exc)
        yield from docs


def batches(texts: list[str], size: int, chars: int) -> Iterator[list[str]]:
    """Consecutive groups of at most ``size`` texts whose lengths add up to at most ``chars``
    (a longer text alone).

    >>> [len(b) for b in batches(["a" * 40, "b" * 40, "c" * 40, "d"], 16, 100)]
    [2, 2]
    """
    group: list[str] = []
    total = 0
    for text in texts:
        if group and (len(group) >= size or total + len(text) > chars):
            yield group
            group, total = [], 0
        group.append(text)
        total += len(text)
    if group:
        yield group
