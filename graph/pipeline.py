"""The ingest pipeline: text -> mentions -> entities -> relations -> graph fragment -> store.

>>> from graph.text import Document
>>> g = Pipeline().process(Document.from_text("Poland is a member of NATO."))
>>> sorted(d["type"] for _, _, d in g.edges(data=True))
['MEMBER_OF', 'MENTIONED_IN', 'MENTIONED_IN']
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from .assemble import fragment
from .cypher.embedded import sync as sync_embedded
from .entities import resolve
from .errors import GeopolError, InputError
from .mentions import build_nlp
from .reference import load_reference
from .relations import extract
from .store import Store
from .text import Document, discover, read_document
from .text.metadata import Metadata


@dataclass
class IngestReport:
    """What an ingest did: documents added, skipped as already stored, and failures by file."""

    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failures: list[InputError | GeopolError] = field(default_factory=list)


class Pipeline:
    """Extraction from documents to graph fragments. ``enrich=False`` leaves out reference facts;
    ``extra_reference`` are the user's own reference files (YAML, JSON or CSV)."""

    def __init__(self, enrich: bool = True, extra_reference: Iterable[str | Path] = ()) -> None:
        self.extra = tuple(str(p) for p in extra_reference)
        self.nlp = build_nlp(self.extra)
        self.ref = load_reference(self.extra)
        self.enrich = enrich

    def process_doc(self, document: Document, doc) -> nx.MultiDiGraph:
        doc.user_data["published"] = document.published  # relative dates ("on Thursday") resolve against it
        entities = resolve(doc, self.ref)
        relations = extract(doc, entities, document.id)
        return fragment(document, entities, relations, self.ref if self.enrich else None)

    def process(self, document: Document) -> nx.MultiDiGraph:
        from .mentions.pieces import process_one  # a long document is parsed in pieces

        return process_one(self, document)

    def process_many(self, documents: list[Document], batch_size: int = 16):
        """Yield ``(document, fragment or GeopolError)`` pairs, parsing with ``nlp.pipe`` (long
        documents in pieces); a failing document never stops the others."""
        from .mentions.pieces import process_each

        yield from process_each(self, documents, batch_size)


def ingest(paths: list[str | Path], store: Store, pipeline: Pipeline | None = None,
           progress: Callable[[int], None] | None = None, force: bool = False,
           meta: Metadata | None = None) -> IngestReport:
    """Ingest files and folders into ``store`` and save it once at the end (atomically).

    A file that cannot be read is reported and the rest go on; a document already in the store
    (same content hash) is skipped, so ingesting twice changes nothing, unless ``force``: then its
    old contribution is taken out and it is extracted again (after a reference-data correction).
    """
    report = IngestReport()
    files, errors = discover(paths)
    report.failures.extend(errors)
    documents: list[Document] = []
    seen: set[str] = set()
    for path in files:
        try:
            document = read_document(path, meta)
        except InputError as exc:
            report.failures.append(exc)
            if progress:
                progress(1)
            continue
        if force and store.has_document(document.id) and document.id not in seen:
            store.remove_document(document.id)
        if store.has_document(document.id) or document.id in seen:
            report.skipped.append(str(path))
            if progress:
                progress(1)
            continue
        seen.add(document.id)
        documents.append(document)
    if documents:
        pipeline = pipeline or Pipeline()
        for document, part in pipeline.process_many(documents):
            try:
                store.add(part)
                report.added.append(document.path)
            except GeopolError as exc:
                report.failures.append(InputError(document.path, f"extraction failed: {exc}"))
            if progress:
                progress(1)
    if report.added or force or not store.path.exists():
        store.save()
    sync_embedded(store.dir)  # the embedded Cypher database follows graph.json
    return report
