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
