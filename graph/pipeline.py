"""The ingest pipeline: text -> mentions -> entities -> relations -> graph fragment -> store.

Extraction runs in this process, in ``workers`` processes (:mod:`graph.workers`) or on a Dask
cluster; one writer merges the fragments into the store, committing every ``batch_size``
documents and publishing the Cypher index after each commit, so a crash loses at most the
batch in flight and a rerun resumes where it stopped.

>>> from graph.text import Document
>>> g = Pipeline().process(Document.from_text("Poland is a member of NATO."))
>>> sorted(d["type"] for _, _, d in g.edges(data=True))
['MEMBER_OF', 'MENTIONED_IN', 'MENTIONED_IN']
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path

import networkx as nx

from .assemble import fragment
from .entities.series_dates import date_series_events
from .errors import GeopolError, InputError
from .store import Store, validate
from .text import Document, discover, read_document
from .text.metadata import Metadata

DEFAULT_BATCH = 200  # documents per commit
MIN_PER_WORKER = 8  # fewer documents than this per worker are extracted in this process (no process start-up)


@dataclass
class IngestReport:
    """What an ingest did: documents added, skipped as already stored, and failures by file."""

    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failures: list[InputError | GeopolError] = field(default_factory=list)


class Pipeline:
    """Extraction from documents to graph fragments. ``enrich=False`` leaves out reference facts;
    ``extra_reference`` are the user's own reference files (YAML, JSON or CSV). The spaCy
    pipeline and the reference data are loaded on first use, once per process."""

    def __init__(self, enrich: bool = True, extra_reference: Iterable[str | Path] = ()) -> None:
        self.extra = tuple(str(p) for p in extra_reference)
        self.enrich = enrich
        self._nlp = None
        self._ref = None

    @property
    def nlp(self):
        if self._nlp is None:
            from .mentions import build_nlp

            self._nlp = build_nlp(self.extra)
        return self._nlp

    @property
    def ref(self):
        if self._ref is None:
            from .reference import load_reference

            self._ref = load_reference(self.extra)
        return self._ref

    def entities_of(self, doc) -> dict:
        """The entities of a parsed document (its mentions resolved), a base's town folded into the base."""
        from .entities import resolve
        from .entities.base_towns import fold_base_towns
        from .entities.event_names import edition_year_aliases
        from .entities.seat_venues import split_seat_venues
        from .mentions.owned_bodies import owned_aliases

        entities = resolve(doc, self.ref)
        fold_base_towns(entities)  # "Air Force Station Ambala" ... "at Ambala": the base
        split_seat_venues(doc, entities)  # "signed at the White House": the building, not the state
        edition_year_aliases(entities)  # "Exercise Olympic Eagle", dated March 2021: "Olympic Eagle 2021"
        owned_aliases(doc, entities)  # "Joint Command" of "the Armed Forces": "Joint Command of the Armed Forces"
        return entities

    def relations_of(self, doc, entities: dict, doc_id: str) -> list:
        """The relations of a parsed document; a capital named only as its state's seat is folded into the
        state afterwards, a region's bare name into the region (``entities`` changed in place)."""
        from .entities.base_towns import fold_idle_base_towns
        from .entities.called_names import fold_called_names
        from .entities.capitals import (
            add_capital_states,
            drop_capital_modifiers,
            drop_capital_states,
            fold_idle_capitals,
        )
        from .entities.document_names import drop_document_bodies
        from .entities.eras import drop_idle_eras
        from .entities.heading_places import drop_heading_places
        from .entities.idle_events import drop_idle_occasions
        from .entities.name_openers import drop_name_openers
        from .entities.name_pairs import drop_name_pairs
        from .entities.no_names import drop_no_names
        from .entities.office_names import drop_office_names
        from .entities.particle_cuts import drop_particle_cuts
        from .entities.passing_services import drop_group_bodies, drop_passing_services
        from .entities.peoples import drop_people_names
        from .entities.region_names import fold_bare_regions
        from .entities.unit_people import drop_unit_people
        from .entities.written_places import written_place_forms
        from .relations import extract

        doc.user_data["reference_files"] = self.extra  # the passes read the user's reference too
        added = add_capital_states(entities, self.ref)  # "seized Kabul": the city, and its state for the rules
        relations = extract(doc, entities, doc_id)
        drop_capital_states(doc, entities, relations, added)
        fold_called_names(doc, entities, relations)  # "Jorge Madlos, known as Ka Oris": one person, two names
        fold_idle_capitals(entities, relations, self.ref, doc)  # "announced in Ottawa": Canada's name
        fold_bare_regions(doc, entities, relations)  # "Kursk Oblast" ... "fires in Kursk": the region
        drop_name_openers(doc, entities, relations, self.ref)  # "the Geneva Agreement" names no place of the article
        drop_name_pairs(doc, entities, relations)  # "the Modi-Macron talks": two sides, no person
        drop_unit_people(entities, relations, doc)  # "Gorkha Rifles", "Officer Commanding": no person's name
        drop_idle_eras(entities, relations, self.ref)  # "the biggest drills since the Cold War": a time frame
        drop_idle_occasions(entities, relations, doc)  # "an official ceremony is planned": nothing of the graph
        drop_document_bodies(entities, relations, doc)  # "the Defence Strategic Review": a document, no body
        drop_no_names(entities, relations)  # "Sea" of "the Law of the Sea", "Since 2008": a name that names nothing
        drop_office_names(entities, relations)  # "Head of Air Force Capability", "General SM": a post or a person, no body
        drop_particle_cuts(doc, entities, relations)  # "Gaulle" of "Charles de Gaulle": a piece of a longer name
        drop_people_names(entities, relations)  # "Tigrayan towns", "Tuareg-led separatists": a people, no place
        drop_passing_services(doc, entities, relations, self.ref)  # "the army, navy and air force": named in passing
        drop_group_bodies(doc, entities, relations, self.ref)  # "the Houthi-run health ministry": not Israel's
        drop_capital_modifiers(doc, entities, relations, self.ref)  # "the Madrid summit": no state of the article
        drop_heading_places(doc, entities, relations, self.ref)  # "Tokyo Deepens Southeast Asia Role": a heading's frame
        fold_idle_base_towns(doc, entities, relations)  # "RAAF Base Edinburgh" ... "Edinburgh": the base
        written_place_forms(doc, entities)  # "Preah Sihanouk province", "Norfolk, Virginia": the place as written
        return relations

    def process_doc(self, document: Document, doc) -> nx.MultiDiGraph:
        doc.user_data["published"] = document.published  # dates in the text resolve against it
        entities = self.entities_of(doc)
        relations = self.relations_of(doc, entities, document.id)
        date_series_events(doc, entities, self.ref)  # "at the Dubai Airshow last November": after the relations
        return fragment(document, entities, relations, self.ref if self.enrich else None)

    def process(self, document: Document) -> nx.MultiDiGraph:
        from .mentions.pieces import process_one  # a long document is parsed in pieces

        return process_one(self, document)

    def process_many(self, documents: list[Document], batch_size: int = 16):
        """Yield ``(document, fragment or GeopolError)`` pairs, parsing with ``nlp.pipe`` (long
        documents in pieces); a failing document never stops the others. The loaded model and
        reference data are frozen out of the cyclic collector's reach meanwhile (:func:`.workers.frozen`:
        a full collection would walk them all)."""
        from .mentions.pieces import process_each
        from .workers import frozen

        self.nlp  # noqa: B018  (loaded before the freeze)
        self.ref  # noqa: B018
        with frozen():
            yield from process_each(self, documents, batch_size)


Extracted = tuple[Document, "nx.MultiDiGraph | GeopolError"]


def _local(pipeline: Pipeline, documents: list[Document]) -> Iterator[Extracted]:
    from .workers import frozen

    pipeline.nlp  # noqa: B018  (loaded before the freeze: the collector then never walks it)
    pipeline.ref  # noqa: B018
    with frozen():
        yield from pipeline.process_many(documents)


def ingest(paths: list[str | Path], store: Store, pipeline: Pipeline | None = None,
           progress: Callable[[int], None] | None = None, force: bool = False, workers: int = 1,
           batch_size: int = DEFAULT_BATCH, cluster: str | None = None, into: str | None = None,
           meta: Metadata | None = None) -> IngestReport:
    """Ingest files and folders into ``store``.

    A file that cannot be read is reported and the rest go on; a document already in the store
    (same content hash) is skipped, so ingesting twice changes nothing, unless ``force``: then its
    old contribution is taken out and it is extracted again (after a reference-data correction),
    in the same transaction that adds it back. ``workers`` > 1 extracts in that many processes;
    ``cluster`` (a Dask scheduler address) extracts on a Dask cluster; ``into`` (a ``neo4j://``
    URI) also writes each committed batch to Neo4j. ``meta`` is metadata for every document
    (``ingest --date/--source/--url``).
    """
    from .cypher.index import sync

    pipeline = pipeline or Pipeline()
    report = IngestReport()
    files, errors = discover(paths)
    report.failures.extend(errors)
    documents = _read(files, store, force, meta, report, progress)
    pending = _Pending(store, report, force)
    extracted, validated = _extractor(pipeline, documents, workers, cluster, len(files), pending.flush)
    fragments = _fragments(extracted, validated, report, progress)
    for first in fragments:  # the index catches up every ``batch_size`` documents
        size = 0
        for item in chain([first], islice(fragments, batch_size - 1)):
            pending.items.append(item)
            size += 1
        pending.flush()
        _published(store, into)
        if progress:
            progress(size)
    sync(store.dir, wait=True)  # the embedded Cypher database follows the store
    return report


def _read(files: list[Path], store: Store, force: bool, meta: Metadata | None, report: IngestReport,
          progress: Callable[[int], None] | None) -> Iterator[Document]:
    """The documents to extract, read one by one: a file that cannot be read, or whose content is
    already stored (unless ``force``) or came earlier in this ingest, goes into ``report``."""
    seen: set[str] = set()
    for path in files:
        try:
            document = read_document(path, meta)  # meta: --date/--source/--url of the batch
        except InputError as exc:
            report.failures.append(exc)
            if progress:
                progress(1)
            continue
        if document.id in seen or (not force and store.has_document(document.id)):
            report.skipped.append(str(path))
            if progress:
                progress(1)
            continue
        seen.add(document.id)
        yield document


def _fragments(extracted: Iterator[Extracted], validated: bool, report: IngestReport,
               progress: Callable[[int], None] | None) -> Iterator[tuple[Document, nx.MultiDiGraph]]:
    """The documents whose fragment is valid, with it, as extraction gives them; a failed
    extraction or a fragment the ontology refuses goes into ``report``."""
    for document, part in extracted:
        try:
            if isinstance(part, GeopolError):
                raise part
            if not validated:
                validate(part)
        except GeopolError as exc:
            report.failures.append(InputError(document.path, f"extraction failed: {exc}"))
            if progress:
                progress(1)
            continue
        yield document, part


class _Pending:
    """The valid fragments extracted and not yet committed. ``flush`` merges them in one transaction
    and holds the writer lock only for it: here (and on a cluster) once per batch; with worker
    processes also whenever the writer would wait for the workers (``extract_parallel``'s
    ``idle``), so what they delivered is merged while they extract the next chunk, yet the lock is
    free while they work (another ingest, or a ``cypher --write``, commits in between)."""

    def __init__(self, store: Store, report: IngestReport, force: bool) -> None:
        self.store, self.report, self.force = store, report, force
        self.items: list[tuple[Document, nx.MultiDiGraph]] = []

    def flush(self) -> None:
        if not self.items:
            return
        items, self.items = self.items, []
        flags = self.store.add_documents([(d.id, part) for d, part in items], force=self.force, validated=True)
        for (document, _), added in zip(items, flags, strict=True):
            (self.report.added if added else self.report.skipped).append(document.path)


def _published(store: Store, into: str | None) -> None:
    """After a batch: the Cypher index (and Neo4j, ``into``) catch up with the store."""
    from .cypher.index import sync

    sync(store.dir, wait=True)
    if into:
        from .export.live import push

        push(store, into)


def _extractor(pipeline: Pipeline, documents: Iterator[Document], workers: int, cluster: str | None,
               expected: int, idle: Callable[[], None] | None = None) -> tuple[Iterator[Extracted], bool]:
    """The extracted documents in input order, and whether their fragments are validated already
    (by the worker processes). Every document is read before the first result comes back, so the
    report lists the files that could not be read first, as they come. With workers, they extract
    the first chunks while the rest are read; ``expected`` (the number of files) sizes the chunks."""
    if cluster:
        from .cluster import extract_on_cluster

        listed = list(documents)
        return (extract_on_cluster(cluster, pipeline, listed) if listed else iter(())), False
    if workers > 1:  # as many workers as there are MIN_PER_WORKER documents for, at most ``workers``
        head = list(islice(documents, workers * MIN_PER_WORKER))
        if len(head) < workers * MIN_PER_WORKER:  # all read: fewer workers, or none
            workers = max(1, len(head) // MIN_PER_WORKER)
        documents = chain(head, documents)
    if workers > 1:
        from .workers import extract_parallel

        return extract_parallel(pipeline, documents, workers, expected, idle), True
    listed = list(documents)
    return (_local(pipeline, listed) if listed else iter(())), False


def default_workers() -> int:
    """All cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
