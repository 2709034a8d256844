"""Assemble one document's entities and relations into a networkx fragment, optionally enriched
from the reference data (a known platform's makers, with ``provenance: "reference"``).

The fragment has the store's shape: a :class:`networkx.MultiDiGraph` whose nodes carry
``label``, ``name``, ``aliases`` and reference ids, and whose edges are keyed by type.
"""
from __future__ import annotations

import networkx as nx

from .entities import Entity
from .entities.resolve import generic_alias
from .ids import make_id
from .mentions.lexicon import lexicon
from .reference import RefEntity, ReferenceData
from .relations import Relation
from .store.edges import add_edge
from .text import Document

NODE_PROPS = ("wikidata", "iso3", "category", "date")


def document_node(document: Document) -> dict:
    """The Document node: title, path, hash and whatever metadata the article carries
    (``published``, ``source``, ``url``, ``date_source``)."""
    node = {"id": document.id, "label": "Document", "name": document.title, "aliases": [],
            "path": document.path, "sha256": document.sha256, "title": document.title}
    node.update(document.meta.as_props())
    node["title"] = node["name"] = document.title
    return node


def entity_node(entity: Entity | RefEntity) -> dict:
    """Node attributes of a resolved entity or of a reference entry."""
    aliases = sorted(a for a in entity.aliases if not generic_alias(entity.label, a))  # not "the Navy"
    node = {"id": entity.id, "label": entity.label, "name": entity.name, "aliases": aliases}
    node.update({k: v for k, v in entity.props.items() if k in NODE_PROPS and v})
    return node


def _current_event(entity: Entity) -> bool:
    """An event of the text (no catalogue entry) that the article gives no date and whose name is no
    lasting state of affairs ("the summit in Gyeongju", "Operation X"; not "the war", "the crisis"):
    dated by the month of the report, marked ``date_source: reported``."""
    if entity.label != "Event" or entity.ref_id or entity.props.get("date") or entity.props.get("kind") == "war":
        return False
    lasting = set(lexicon()["lasting_event_words"])
    return not any(w.strip(",.").lower() in lasting for w in entity.name.split())


def fragment(document: Document, entities: dict[str, Entity], relations: list[Relation],
             ref: ReferenceData | None = None) -> nx.MultiDiGraph:
    """The graph of one document. ``ref`` given: add reference makers of known platforms."""
    g = nx.MultiDiGraph()
    g.add_node(document.id, **document_node(document))
    reported = document.published
    for entity in entities.values():
        g.add_node(entity.id, **entity_node(entity))
        if entity.label == "Event" and entity.props.get("date") and entity.props.get("date_source"):
            g.nodes[entity.id]["date_source"] = entity.props["date_source"]  # a series edition dated by the text
        if reported and _current_event(entity):  # an event the article reports undated is its news
            g.nodes[entity.id].update(date=str(reported)[:7], date_source="reported")
        add_edge(g, entity.id, "MENTIONED_IN", document.id)
    for r in relations:
        item = dict(r.evidence)
        if r.props.get("stage"):
            item["stage"] = r.said or r.props["stage"]  # what this sentence says; the edge's is the article's
        if reported:
            item["reported"] = reported
        times = {"first_reported": reported, "last_reported": reported} if reported else {}
        add_edge(g, r.source, r.type, r.target, evidence=[item], confidence=round(r.confidence, 3),
                 provenance="text", **times, **r.props)
    if ref is not None:
        enrich(g, entities, ref)
    return g


def enrich(g: nx.MultiDiGraph, entities: dict[str, Entity], ref: ReferenceData) -> None:
    """Add the reference makers (MANUFACTURES) and origin countries of catalogued platforms. A maker that builds
    the type under licence for one customer (platforms.csv ``licensed``: Embraer's Gripens, Mazagon Dock's
    Scorpènes) is added only where the text names the firm: it brings no foreign firm and state into every
    article on the type."""
    named = {e.ref_id for e in entities.values() if e.ref_id} | {e.id for e in entities.values()}
    for entity in entities.values():
        entry = ref.get(entity.ref_id)
        if entry is None or entity.label != "Platform":
            continue
        if entry.origin:
            g.nodes[entity.id]["origin"] = list(entry.origin)
        for maker_name in entry.makers:
            maker = ref.find("Company", maker_name)
            if maker is None or (maker_name in entry.licensed and maker.id not in named):
                continue
            if maker.id not in g:
                g.add_node(maker.id, **entity_node(maker))
            add_edge(g, maker.id, "MANUFACTURES", entity.id, provenance="reference")
            country = ref.find("Country", maker.props.get("country", ""))
            if country is not None:
                if country.id not in g:
                    g.add_node(country.id, **entity_node(country))
                add_edge(g, maker.id, "BASED_IN", country.id, provenance="reference")


__all__ = ["add_edge", "document_node", "enrich", "fragment", "make_id"]
