"""Network analytics Cypher lacks, on the networkx graph: centrality, communities, ego networks.

Documents and MENTIONED_IN edges are left out: they say where facts come from, not how actors relate.
"""
from __future__ import annotations

import networkx as nx
import pandas as pd

from .nx_queries import _matches


def entity_graph(g: nx.MultiDiGraph) -> nx.Graph:
    """The undirected simple graph of entities and their relations (no documents)."""
    out = nx.Graph()
    for n, a in g.nodes(data=True):
        if a.get("label") != "Document":
            out.add_node(n, **a)
    for u, v, d in g.edges(data=True):
        if d.get("type") != "MENTIONED_IN" and u in out and v in out and u != v:
            out.add_edge(u, v)
    return out


def centrality(g: nx.MultiDiGraph, kind: str = "degree", top: int = 20) -> pd.DataFrame:
    """The ``top`` entities by ``degree``, ``betweenness`` or ``pagerank`` centrality."""
    h = entity_graph(g)
    funcs = {"degree": nx.degree_centrality, "betweenness": nx.betweenness_centrality, "pagerank": nx.pagerank}
    if kind not in funcs:
        raise ValueError(f"kind must be one of {sorted(funcs)}")
    scores = funcs[kind](h) if h.number_of_nodes() else {}
    rows = [(h.nodes[n]["name"], h.nodes[n]["label"], s) for n, s in scores.items()]
    rows.sort(key=lambda r: (-r[2], r[0]))
    return pd.DataFrame(rows[:top], columns=["name", "label", kind])


def communities(g: nx.MultiDiGraph, seed: int = 7) -> pd.DataFrame:
    """Louvain communities of the entity graph: one row per entity with its community number."""
    h = entity_graph(g)
    parts = nx.community.louvain_communities(h, seed=seed) if h.number_of_edges() else [{n} for n in h]
    parts = sorted(parts, key=lambda c: (-len(c), min(c)))
    rows = [(i, h.nodes[n]["name"], h.nodes[n]["label"]) for i, part in enumerate(parts) for n in sorted(part)]
    return pd.DataFrame(rows, columns=["community", "name", "label"])


def ego_network(g: nx.MultiDiGraph, name: str, radius: int = 1) -> nx.MultiDiGraph:
    """The subgraph within ``radius`` hops of the entity named ``name`` (documents left out)."""
    key = name.lower()
    centre = next((n for n, a in g.nodes(data=True) if a.get("label") != "Document" and _matches(a, key)), None)
    if centre is None:
        raise KeyError(f"no entity named {name!r}")
    near = nx.ego_graph(entity_graph(g), centre, radius=radius)
    return g.subgraph(near.nodes).copy()
