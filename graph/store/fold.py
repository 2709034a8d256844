"""Folding a shortened name into the one node of a document's fragment whose name it shortens.

An article that calls a body by its full name once and by a clipped form later ("the European
Commission" ... "the Commission"; "Tver Oblast" ... "Tver"; "Wagner Group" ... "Wagner") can leave two
nodes, the clipped one often under a guessed label. When the fragment is stored, a clipped node
(uncatalogued: no aliases, no wikidata id) whose words are the first or last words of exactly one
other node's name (or alias) in the same fragment is folded into it: its name becomes an alias, its
relations and their evidence move over, the full node's label stands (it carries the fuller
evidence: the longer name, a catalogue row). Nothing is folded when the short name fits two nodes,
when the two nodes are related to each other (a firm and its division), when a person would meet a
non-person, between two platforms (family and variant: a gold convention), or when a moved relation
would not fit the ontology. The per-article graph is not changed: this runs in the store only.
"""
from __future__ import annotations

import networkx as nx

from ..errors import OntologyError
from ..ids import clips, fold
from ..ontology import validate_edge
from .edges import add_edge

_SKIP = {"Document", "Event"}


def _clipped(attrs: dict) -> bool:
    """An uncatalogued name with nothing known beside it."""
    return not attrs.get("aliases") and not attrs.get("wikidata") and attrs.get("label") not in _SKIP


def _names(attrs: dict) -> list[list[str]]:
    """The node's name and its plain aliases (no "X, Y" or "X (Y)" forms: a place's qualifier), as words."""
    aliases = [x for x in attrs.get("aliases", []) if "," not in x and "(" not in x]
    return [fold(x).split() for x in [attrs.get("name", ""), *aliases] if fold(x)]


# (short label, full label) pairs never folded: a firm and its division or the ship named after it,
# a platform family and its variant (a gold convention); a person meets only a person
_APART = {("Company", "Company"), ("Company", "Platform"), ("Platform", "Platform")}


def _compatible(short: str, full: str) -> bool:
    """Whether a ``short``-labelled clipped name may stand for a ``full``-labelled node. A place is
    never folded: a city's name opens the names of what is in it (its shipyard, airport, region)."""
    if short == "Place" or (short == "Person") != (full == "Person"):
        return False
    return (short, full) not in _APART


def _target(g: nx.MultiDiGraph, node: str, names: dict[str, list[list[str]]]) -> str | None:
    """The one node whose name ``node``'s name clips, or None (``names``: each node's :func:`_names`)."""
    attrs = g.nodes[node]
    short = fold(attrs.get("name", "")).split()
    if not short:
        return None
    person = attrs.get("label") == "Person"  # a surname, matched on names only (an alias may be a relative's)
    found = [other for other, o in g.nodes(data=True)
             if other != node and o.get("label") not in _SKIP
             and any(clips(short, n, last_only=person) for n in (names[other][:1] if person else names[other]))]
    if len(found) != 1:
        return None
    full = found[0]
    if not _compatible(attrs.get("label", ""), g.nodes[full].get("label", "")):
        return None
    if g.has_edge(node, full) or g.has_edge(full, node):
        return None
    return full


def fits(g: nx.MultiDiGraph, node: str, full: str) -> bool:
    """Every relation of ``node`` still fits the ontology with ``full``'s label in its place."""
    label = g.nodes[full]["label"]
    try:
        for _, v, attrs in g.out_edges(node, data=True):
            validate_edge(label, attrs["type"], g.nodes[v]["label"], attrs)
        for u, _, attrs in g.in_edges(node, data=True):
            validate_edge(g.nodes[u]["label"], attrs["type"], label, attrs)
    except OntologyError:
        return False
    return True


def fold_clipped(part: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``part`` with each clipped name folded into the node it clips (a copy; ``part`` is untouched).

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("o:a", id="o:a", label="Organization", name="Northland Trade Council", aliases=[])
    >>> g.add_node("g:b", id="g:b", label="GovernmentBody", name="Council", aliases=[])
    >>> sorted(fold_clipped(g).nodes), fold_clipped(g).nodes["o:a"]["aliases"]
    (['o:a'], ['Council'])
    """
    plan = {}
    names = {node: _names(attrs) for node, attrs in part.nodes(data=True)}  # (read once, asked per clipped node)
    for node, attrs in part.nodes(data=True):
        if _clipped(attrs) and attrs.get("label") != "Place":  # (a place never folds: _compatible)
            full = _target(part, node, names)
            if full is not None and full not in plan and fits(part, node, full):
                plan[node] = full
    plan = {n: f for n, f in plan.items() if n not in plan.values()}
    if not plan:
        return part
    g = part.copy()
    for node, full in sorted(plan.items()):
        move_node(g, node, full)
    return g


def move_node(g: nx.MultiDiGraph, node: str, into: str) -> None:
    """Fold ``node`` into ``into`` in place: its relations (with their evidence) move over, its name
    becomes an alias unless it folds to ``into``'s own name, and ``node`` goes."""
    for _, v, key, attrs in list(g.out_edges(node, keys=True, data=True)):
        add_edge(g, into, attrs.get("type", key), v, **{k: x for k, x in attrs.items() if k != "type"})
    for u, _, key, attrs in list(g.in_edges(node, keys=True, data=True)):
        add_edge(g, u, attrs.get("type", key), into, **{k: x for k, x in attrs.items() if k != "type"})
    name = g.nodes[node].get("name")
    kept = g.nodes[into]
    if name and fold(name) != fold(kept.get("name", "")):
        kept["aliases"] = sorted(set(kept.get("aliases", [])) | {name})
    g.remove_node(node)
