"""Folding one name read under two labels in a document's fragment into one node.

An article can leave the extractor two readings of one name ("the Northern Fleet" as a command and
as a ship, "Bacău" as a town and as a firm, "Interaction-2024" as an exercise and as a body, "Sénégal"
beside "Senegal"): the fragment then holds two nodes whose names fold equal (:func:`graph.ids.fold`:
case, accents, spelling) under different labels, and the store two entities where the text has one.
When the fragment is stored they become one node: the catalogued one (a row of the reference data: a
wikidata id, or a node whose id is a catalogue row's; aliases the text gave are no catalogue) if there is one, else the one with more relations, else the one whose label
comes first in ``LABEL_ORDER``; the others' relations and their evidence move over to it.

Nothing is folded when two of them are catalogued (two entries of the reference data), when a
place would meet a country (a state's name is also its capital's, Luxembourg, Djibouti, or a
region's elsewhere, Georgia the country and the US state) or a platform (ships are named after
towns and regions: the frigate Hamburg and the city), when a person would meet a non-person,
when two of them are related to each other, or when a moved relation would not fit the ontology
with the kept label. The per-article graph is not
changed: this runs in the store only (:func:`graph.store.write.add_fragment`).
"""
from __future__ import annotations

from collections import defaultdict

import networkx as nx

from ..ids import fold
from ..reference import load_reference
from .fold import fits, move_node

_SKIP = {"Document"}

# the label kept when neither reading is catalogued nor related more often: bodies and states before
# events and things, a place (any capitalised name after "in", "at", "near") last
LABEL_ORDER = ("Country", "Alliance", "GovernmentBody", "Organization", "Company", "Person", "Event",
               "Platform", "Place")


# labels never folded together: a state or a ship named after a place is another thing than the place
_APART = ({"Place", "Country"}, {"Place", "Platform"})


def _catalogued(node: str, attrs: dict) -> bool:
    """Whether the node is a catalogue row: a wikidata id, or an id the reference data holds (a platform's
    row, a catalogued firm); not a text entity that only gathered aliases from the article."""
    if attrs.get("wikidata"):
        return True
    entry = load_reference().get(node)
    return entry is not None and entry.label == attrs.get("label")


def _degree(g: nx.MultiDiGraph, node: str) -> int:
    """The node's relations (its mentions apart)."""
    return sum(1 for *_, a in g.out_edges(node, data=True) if a.get("type") != "MENTIONED_IN") \
        + sum(1 for *_, a in g.in_edges(node, data=True) if a.get("type") != "MENTIONED_IN")


def _rank(g: nx.MultiDiGraph, node: str) -> tuple:
    label = g.nodes[node].get("label", "")
    order = LABEL_ORDER.index(label) if label in LABEL_ORDER else len(LABEL_ORDER)
    return (not _catalogued(node, g.nodes[node]), -_degree(g, node), order, node)


def _foldable(g: nx.MultiDiGraph, group: list[str]) -> bool:
    labels = [g.nodes[n].get("label") for n in group]
    if len(set(labels)) != len(labels):  # two nodes of one label and one name: ids differ for a reason
        return False
    if sum(_catalogued(n, g.nodes[n]) for n in group) > 1 or "Person" in labels \
            or any(pair <= set(labels) for pair in _APART):
        return False
    return not any(g.has_edge(a, b) for a in group for b in group if a != b)


def fold_same_names(part: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``part`` with the nodes of one name under different labels folded into one (a copy; ``part``
    is untouched; ``part`` itself when nothing folds).

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("place:orvalle", id="place:orvalle", label="Place", name="Orvalle", aliases=[])
    >>> g.add_node("company:orvalle", id="company:orvalle", label="Company", name="Orvalle", aliases=[])
    >>> sorted(fold_same_names(g).nodes)
    ['company:orvalle']
    """
    groups: dict[str, list[str]] = defaultdict(list)
    for node, attrs in part.nodes(data=True):
        name = fold(attrs.get("name", ""))
        if name and attrs.get("label") not in _SKIP:
            groups[name].append(node)
    plan = []
    for group in groups.values():
        if len(group) < 2 or not _foldable(part, group):
            continue
        kept, *others = sorted(group, key=lambda n: _rank(part, n))
        if all(fits(part, other, kept) for other in others):
            plan.append((kept, others))
    if not plan:
        return part
    g = part.copy()
    for kept, others in plan:
        for other in others:
            move_node(g, other, kept)
    return g
