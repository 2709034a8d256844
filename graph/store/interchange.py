"""The ``graph.json`` interchange format (networkx node-link data with ``edges="edges"``) and
atomic file writing.

>>> import networkx as nx
>>> g = nx.MultiDiGraph(); g.add_node("country:chad", label="Country", name="Chad", aliases=[])
>>> from_node_link(to_node_link(g)).nodes["country:chad"]["name"]
'Chad'
"""
from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import networkx as nx
import orjson


def to_node_link(g: nx.MultiDiGraph) -> dict[str, Any]:
    """Node-link data with nodes ``{id, label, name, aliases, ...}`` and edges ``{source, target, type, ...}``."""
    data = nx.node_link_data(g, edges="edges")
    for node in data["nodes"]:
        node.setdefault("aliases", [])
    for edge in data["edges"]:
        edge.pop("key", None)
        if edge.get("evidence"):  # the same facts give the same file, whatever the order of ingestion
            edge["evidence"] = sorted(edge["evidence"], key=lambda e: (e["doc"], e["start"], e["end"]))
    data["edges"].sort(key=lambda e: (e["source"], e["type"], e["target"]))
    data["nodes"].sort(key=lambda n: n["id"])
    return data


def from_node_link(data: dict[str, Any]) -> nx.MultiDiGraph:
    """The inverse of :func:`to_node_link`; edges are keyed by their type."""
    g = nx.MultiDiGraph()
    g.graph.update(data.get("graph") or {})
    for node in data.get("nodes", []):
        attrs = dict(node)
        g.add_node(attrs["id"], **attrs)
    for edge in data.get("edges", data.get("links", [])):
        attrs = {k: v for k, v in edge.items() if k not in {"source", "target", "key"}}
        g.add_edge(edge["source"], edge["target"], key=attrs["type"], **attrs)
    return g


@contextmanager
def replacing(path: str | os.PathLike) -> Iterator[Path]:
    """A temporary file beside ``path`` (a name of this writer's own) to write in the block; it
    replaces ``path`` at the end, whole, or is removed on an error. Readers see the old file or the
    new one, never a mix, and two writers of the same path at once never share a temporary file.
    The temporary name ends with the writer's pid (``.NAME.RANDOM.PID.tmp``), so that a store's
    cleaning of dead processes' files (:func:`graph.cypher.verify.clean_stale`) spares a live one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    while True:
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.{os.getpid()}.tmp")
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))  # the umask applies
            break
        except FileExistsError:
            continue
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new one, never a mix."""
    with replacing(path) as tmp:
        tmp.write_text(text, encoding="utf-8")


def write_graph(g: nx.MultiDiGraph, path: Path) -> None:
    """``graph.json``: compact UTF-8 JSON, nodes and edges sorted, one trailing newline."""
    write_atomic(Path(path), orjson.dumps(to_node_link(g)).decode() + "\n")
