"""Which part of the graph the view shows: label, type and evidence filters, and a focus.

The filters come first: ``labels`` keeps nodes of those labels, ``types`` edges of those types,
``min_evidence`` edges with at least that many evidence sentences (so ``1`` drops the facts from
the reference catalogues and the MENTIONED_IN links). When an edge filter is given, nodes left
without an edge are dropped. ``focus`` then keeps the nodes within ``depth`` hops of the focus
(in either direction). Document nodes are reached but not walked through, or every entity of an
article would be two hops from every other. The focus node itself survives the label filter.

>>> from graph.synthetic import synthetic_graph
>>> g = synthetic_graph(60, 120, seed=2)
>>> sub = select(g, Selection(labels=("Country",)))
>>> {a["label"] for _, a in sub.nodes(data=True)}
{'Country'}
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from ..errors import ViewError
from ..ontology import LABELS, REL_TYPES

DEFAULT_DEPTH = 2


@dataclass(frozen=True)
class Selection:
    """The part of the graph to draw; the defaults draw all of it."""

    focus: str | None = None
    depth: int = DEFAULT_DEPTH
    labels: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    min_evidence: int = 0

    def describe(self) -> str:
        """One line saying what was selected (empty when everything is)."""
        parts = []
        if self.focus:
            parts.append(f"within {self.depth} hop{'s' if self.depth != 1 else ''} of {self.focus}")
        if self.labels:
            parts.append("labels " + ", ".join(self.labels))
        if self.types:
            parts.append("types " + ", ".join(self.types))
        if self.min_evidence:
            parts.append(f"at least {self.min_evidence} evidence sentence{'s' if self.min_evidence != 1 else ''}")
        return "; ".join(parts)


def _canonical(given: Iterable[str], known: tuple[str, ...], what: str) -> tuple[str, ...]:
    folded = {k.casefold().replace("_", ""): k for k in known}
    out = []
    for name in given:
        key = name.strip().casefold().replace("_", "").replace("-", "").replace(" ", "")
        if key not in folded:
            raise ViewError(f"unknown {what} {name!r}; the {what}s are: {', '.join(known)}")
        out.append(folded[key])
    return tuple(dict.fromkeys(out))


def resolve_labels(names: Iterable[str]) -> tuple[str, ...]:
    """Ontology labels for ``names``, in any case (``country`` is ``Country``)."""
    return _canonical(names, LABELS, "label")


def resolve_types(names: Iterable[str]) -> tuple[str, ...]:
    """Relationship types for ``names``, in any case, with ``-`` or spaces for ``_``."""
    return _canonical(names, REL_TYPES, "relationship type")


def find_node(g: nx.MultiDiGraph, name: str) -> str:
    """The node whose id, name or alias is ``name`` (in any case); a clear error when none or several."""
    if name in g:
        return name
    key = name.strip().casefold()
    by_name = [n for n, a in g.nodes(data=True) if str(a.get("name", "")).casefold() == key]
    hits = by_name or [n for n, a in g.nodes(data=True)
                       if any(str(x).casefold() == key for x in a.get("aliases") or [])]
    if not hits:
        raise ViewError(f"no node is named {name!r} (give its name, an alias or its id)")
    if len(hits) > 1:
        raise ViewError(f"{name!r} names {len(hits)} nodes: {', '.join(sorted(hits))}; give the id")
    return hits[0]


def _edge_kept(attrs: dict, types: frozenset[str], min_evidence: int) -> bool:
    if types and attrs.get("type") not in types:
        return False
    return len(attrs.get("evidence") or []) >= min_evidence


def _around(g: nx.MultiDiGraph, focus: str, sel: Selection) -> nx.MultiDiGraph:
    """The filtered neighbourhood of ``focus``, walked in ``g`` itself: the cost grows with the
    neighbourhood's edges, not with the graph (nothing is copied but what is kept)."""
    labels, types = frozenset(sel.labels), frozenset(sel.types)

    def admitted(node: str) -> bool:
        return node == focus or not labels or g.nodes[node].get("label") in labels

    def links(node: str):
        """(u, v, key, attrs) of the kept edges at ``node``, in either direction, to admitted nodes."""
        for u, v, k, a in (*g.out_edges(node, keys=True, data=True), *g.in_edges(node, keys=True, data=True)):
            if _edge_kept(a, types, sel.min_evidence) and admitted(v if u == node else u):
                yield u, v, k, a

    seen, frontier = {focus}, [focus]
    for _ in range(sel.depth):
        nxt = []
        for node in frontier:
            if node != focus and g.nodes[node].get("label") == "Document":
                continue  # reached, not walked through
            for u, v, _k, _a in links(node):
                other = v if u == node else u
                if other not in seen:
                    seen.add(other)
                    nxt.append(other)
        frontier = nxt
    out = nx.MultiDiGraph()
    out.add_nodes_from((n, g.nodes[n]) for n in sorted(seen, key=str))
    out.add_edges_from((u, v, k, a) for n in out for u, v, k, a in g.out_edges(n, keys=True, data=True)
                       if v in seen and _edge_kept(a, types, sel.min_evidence))
    return out


def select(g: nx.MultiDiGraph, sel: Selection) -> nx.MultiDiGraph:
    """A new graph holding the selected nodes and edges with all their attributes.

    With a focus, only its neighbourhood is visited (see :func:`_around`); without, the whole graph.
    """
    if sel.depth < 0:
        raise ViewError("--depth must be 0 or more")
    if sel.min_evidence < 0:
        raise ViewError("--min-evidence must be 0 or more")
    if sel.focus:
        return _around(g, find_node(g, sel.focus), sel)
    labels, types = frozenset(sel.labels), frozenset(sel.types)
    out = nx.MultiDiGraph()
    out.add_nodes_from((n, a) for n, a in g.nodes(data=True) if not labels or a.get("label") in labels)
    out.add_edges_from((u, v, k, a) for u, v, k, a in g.edges(keys=True, data=True)
                       if u in out and v in out and _edge_kept(a, types, sel.min_evidence))
    if types or sel.min_evidence > 0:
        out.remove_nodes_from([n for n in list(out) if out.degree(n) == 0])
    return out
