"""GraphML (yEd, Gephi), GEXF 1.3 (Gephi) and node-link JSON (networkx) files. GraphML and GEXF are
styled for Gephi (:mod:`.gephi`: names as captions, colours, sizes, positions); list properties,
which they cannot hold, become JSON strings."""
from __future__ import annotations

import json
import os
from pathlib import Path

import networkx as nx

from ..store.interchange import replacing, to_node_link, write_atomic
from .gephi import write_gexf, write_graphml


def write_file(g: nx.MultiDiGraph, fmt: str, path: str | os.PathLike) -> None:
    """Write ``g`` as ``graphml``, ``gexf`` or ``json`` (node-link, as graph.json)."""
    path = Path(path)
    if fmt == "json":
        write_atomic(path, json.dumps(to_node_link(g), ensure_ascii=False) + "\n")
    elif fmt in ("graphml", "gexf"):
        with replacing(path) as tmp:  # readers see the old file or the new one, never a mix
            (write_graphml if fmt == "graphml" else write_gexf)(g, tmp)
    else:
        raise ValueError(f"unknown format {fmt!r}")
