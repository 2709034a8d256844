"""The store directory (default ``./geopol-data/``, or ``GEOPOL_STORE``) and merging into it.

The same entity from two documents is one node (ids are stable); the same relation found twice
is one edge whose evidence lists both; a document already stored (same content hash) is skipped.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import networkx as nx

from ..errors import OntologyError, StoreError
from ..ontology import validate_edge, validate_node
from .edges import add_edge
from .interchange import from_node_link, write_graph

DEFAULT_STORE = "./geopol-data"
GRAPH_FILE = "graph.json"


def validate(g: nx.MultiDiGraph) -> None:
    """Raise :class:`OntologyError` on the first node or edge the ontology does not allow."""
    for node_id, attrs in g.nodes(data=True):
        if attrs.get("id") != node_id:
            raise OntologyError(f"node {node_id!r} has id property {attrs.get('id')!r}")
        validate_node(attrs)
    for u, v, attrs in g.edges(data=True):
        validate_edge(g.nodes[u].get("label"), attrs.get("type"), g.nodes[v].get("label"), attrs)


def merge(into: nx.MultiDiGraph, part: nx.MultiDiGraph) -> None:
    """Merge ``part`` into ``into``: union of aliases, new properties added, edges merged."""
    for node_id, attrs in part.nodes(data=True):
        if node_id not in into:
            into.add_node(node_id, **{k: (list(v) if isinstance(v, list) else v) for k, v in attrs.items()})
            continue
        known = into.nodes[node_id]
        aliases = set(known.get("aliases", [])) | set(attrs.get("aliases", []))
        aliases.discard(known.get("name"))
        known["aliases"] = sorted(aliases)
        for k, v in attrs.items():
            known.setdefault(k, v)
    for u, v, key, attrs in part.edges(keys=True, data=True):
        add_edge(into, u, key, v, **{k: (list(x) if isinstance(x, list) else x) for k, x in attrs.items() if k != "type"})


class Store:
    """A store directory holding ``graph.json``.

    >>> import tempfile
    >>> s = Store(tempfile.mkdtemp())
    >>> s.graph.number_of_nodes()
    0
    """

    def __init__(self, directory: str | os.PathLike | None = None) -> None:
        self.dir = Path(directory or os.environ.get("GEOPOL_STORE") or DEFAULT_STORE)
        self.path = self.dir / GRAPH_FILE
        self.graph = self._load()

    def _load(self) -> nx.MultiDiGraph:
        if not self.path.exists():
            return nx.MultiDiGraph()
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return from_node_link(data)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
            raise StoreError(f"{self.path}: cannot be loaded as a geopol graph ({exc})") from exc

    def has_document(self, doc_id: str) -> bool:
        return doc_id in self.graph and self.graph.nodes[doc_id].get("label") == "Document"

    def documents(self) -> list[str]:
        return [n for n, a in self.graph.nodes(data=True) if a.get("label") == "Document"]

    def remove_document(self, doc_id: str) -> None:
        """Take one document's contribution out of the graph: its evidence, the relations only it
        supported, the nodes only it mentioned (reference facts about them go too), and its node."""
        g = self.graph
        if not self.has_document(doc_id):
            return
        mentioned = {u for u, _, k in g.in_edges(doc_id, keys=True) if k == "MENTIONED_IN"}
        for u, v, k, d in list(g.edges(keys=True, data=True)):
            if d.get("evidence"):
                d["evidence"] = [e for e in d["evidence"] if e["doc"] != doc_id]
                if not d["evidence"]:
                    g.remove_edge(u, v, key=k)
        g.remove_node(doc_id)
        for n in mentioned:
            still = any(k == "MENTIONED_IN" for _, _, k in g.out_edges(n, keys=True))
            if not still:
                g.remove_node(n)
        # reference-only nodes (a platform's maker) that no longer touch anything mentioned
        for n in [n for n, a in g.nodes(data=True) if a.get("label") != "Document"]:
            if not any(k == "MENTIONED_IN" for _, _, k in g.out_edges(n, keys=True)) and g.degree(n) == 0:
                g.remove_node(n)

    def add(self, part: nx.MultiDiGraph) -> None:
        """Merge a validated fragment into the in-memory graph (call :meth:`save` to persist)."""
        validate(part)
        merge(self.graph, part)

    def save(self, extra_path: str | os.PathLike | None = None) -> None:
        """Validate and write ``graph.json`` atomically (and a copy to ``extra_path``)."""
        validate(self.graph)
        write_graph(self.graph, self.path)
        if extra_path:
            write_graph(self.graph, Path(extra_path))
