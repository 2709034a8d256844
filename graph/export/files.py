"""GraphML (yEd, Gephi), GEXF 1.3 (Gephi) and node-link JSON (networkx) files. GraphML and GEXF are
styled for Gephi (:mod:`.gephi`: names as captions, colours, sizes, positions); list properties,
which they cannot hold, become JSON strings."""
from __future__ import annotations

import json
import os
from pathlib import Path

import networkx as nx

from ..store.interchange import to_node_link, write_atomic
from .gephi import write_gexf, write_graphml


def flat(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose list and dict attribute values are JSON strings and whose None values are dropped."""
    out = nx.MultiDiGraph()

    def conv(attrs: dict) -> dict:
        return {k: (json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v)
                for k, v in attrs.items() if v is not None}

    for n, a in g.nodes(data=True):
        out.add_node(n, **conv(a))
    for u, v, k, a in g.edges(keys=True, data=True):
        out.add_edge(u, v, key=k, **conv(a))
    return out


def write_file(g: nx.MultiDiGraph, fmt: str, path: str | os.PathLike) -> None:
    """Write ``g`` as ``graphml``, ``gexf`` or ``json`` (node-link, as graph.json)."""
    path = Path(path)
    if fmt == "json":
        write_atomic(path, json.dumps(to_node_link(g), ensure_ascii=False) + "\n")
    elif fmt == "graphml":
        write_graphml(g, path)
    elif fmt == "gexf":
        write_gexf(g, path)
    else:
        raise ValueError(f"unknown format {fmt!r}")
