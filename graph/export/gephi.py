"""GraphML and GEXF 1.3 that Gephi opens styled: names as captions, colours, sizes and positions.

Every node's caption (``label``) is its name; the ontology label is the attribute ``ontology_label``
and every other property an attribute of its own (lists as JSON strings, as neither format holds
lists). Every edge carries its relationship type as ``relationship`` (and as its caption); in GEXF
its ``type`` is what the format allows: ``directed``, or ``mutual`` for the undirected relations
(cooperation, conflict), which are stored once. Colours and sizes are the view's, positions the
view's layout (:func:`graph.view.network.layout_positions`); in GraphML they are the attributes
``r``, ``g``, ``b``, ``size``, ``x``, ``y`` that Gephi's importer reads. Dates (``first_reported``,
``valid_from``, ``published``...) are attributes as given in both; in GEXF a dated graph is also
``dynamic`` with ``start``/``end`` days per edge (when the fact began, :func:`graph.dates.start_of`,
and its ``valid_to``), per document (``published``) and per event (its ``date``), so Gephi's timeline
plays the graph through time.

>>> import networkx as nx, io
>>> g = nx.MultiDiGraph()
>>> g.add_node("country:kz", id="country:kz", label="Country", name="Kazakhstan", aliases=["Qazaqstan"])
>>> g.add_node("country:tr", id="country:tr", label="Country", name="Turkey", aliases=[])
>>> _ = g.add_edge("country:kz", "country:tr", key="COOPERATES_WITH", type="COOPERATES_WITH", confidence=0.8)
>>> buf = io.BytesIO(); write_gexf(g, buf); text = buf.getvalue().decode()
>>> 'label="Kazakhstan"' in text and 'type="mutual"' in text and 'version="1.3"' in text
True
"""
from __future__ import annotations

import json
import os
from datetime import date
from typing import IO, Any
from xml.etree import ElementTree as ET

import networkx as nx

from ..dates import day, start_of
from ..ontology import UNDIRECTED

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
_SKIP = frozenset({"label", "type"})  # renamed: label -> ontology_label, type -> relationship


def _value(v: Any) -> Any:
    return json.dumps(v, ensure_ascii=False) if isinstance(v, list | tuple | dict) else v


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def styled(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy ready for Gephi: captions, attributes, colour, size, position; unique edge ids ``e0``..."""
    from ..view.network import layout_positions
    from ..view.style import label_style, node_size

    pos = layout_positions(g)
    degree = dict(g.degree())
    out = nx.MultiDiGraph()
    for n, a in g.nodes(data=True):
        attrs = {k: _value(v) for k, v in a.items() if v is not None and k not in _SKIP}
        r, gr, b = _rgb(label_style(a.get("label")).color)
        x, y = pos.get(n, (0.0, 0.0))
        attrs.update(label=str(a.get("name") or n), ontology_label=str(a.get("label") or ""), r=r, g=gr, b=b,
                     size=node_size(degree[n]), x=round(float(x), 2), y=round(-float(y), 2))  # y up, as in Gephi
        out.add_node(n, **attrs)
    for i, (u, v, a) in enumerate(sorted(g.edges(data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2].get("type"))))):
        attrs = {k: _value(w) for k, w in a.items() if w is not None and k not in _SKIP}
        rel = str(a.get("type") or "")
        attrs.update(relationship=rel, label=rel, directed=rel not in UNDIRECTED)
        out.add_edge(u, v, key=f"e{i}", **attrs)
    return out


def write_graphml(g: nx.MultiDiGraph, path: str | os.PathLike | IO[bytes]) -> None:
    """GraphML with the attributes Gephi reads for caption, colour, size and position."""
    nx.write_graphml(styled(g), path, named_key_ids=True)


def _type(values: list[Any]) -> str:
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, bool) for v in present):
        return "boolean"
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "long"
    if present and all(isinstance(v, int | float) and not isinstance(v, bool) for v in present):
        return "double"
    return "string"


def _text(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


_VIZ_KEYS = frozenset({"label", "r", "g", "b", "size", "x", "y", "directed"})


def _attributes(graph_el: ET.Element, cls: str, items: list[dict]) -> dict[str, str]:
    keys = sorted({k for a in items for k in a} - _VIZ_KEYS)
    block = ET.SubElement(graph_el, f"{{{GEXF_NS}}}attributes", {"class": cls, "mode": "static"})
    ids = {}
    for i, k in enumerate(keys):
        ids[k] = str(i)
        ET.SubElement(block, f"{{{GEXF_NS}}}attribute", {"id": str(i), "title": k,
                                                         "type": _type([a.get(k) for a in items])})
    return ids


def _attvalues(parent: ET.Element, attrs: dict, ids: dict[str, str]) -> None:
    values = [(ids[k], _text(v)) for k, v in attrs.items() if k in ids and v is not None]
    if values:
        box = ET.SubElement(parent, f"{{{GEXF_NS}}}attvalues")
        for key, text in values:
            ET.SubElement(box, f"{{{GEXF_NS}}}attvalue", {"for": key, "value": text})


def _node_spell(a: dict) -> dict[str, str]:
    start = day(a.get("published")) if a.get("label") == "Document" else \
        day(a.get("date")) if a.get("label") == "Event" else None
    return {"start": start.isoformat()} if start else {}


def _edge_spell(a: dict) -> dict[str, str]:
    start, end = start_of(a), day(a.get("valid_to"), end=True)
    if start and end and end < start:  # an end reported before any start: the end alone
        start = None
    return {**({"start": start.isoformat()} if start else {}), **({"end": end.isoformat()} if end else {})}


def write_gexf(g: nx.MultiDiGraph, path: str | os.PathLike | IO[bytes]) -> None:
    """GEXF 1.3 (directed by default, undirected relations ``mutual``) with the viz module; dynamic
    (``start``/``end`` days) when anything is dated."""
    h = styled(g)
    node_spells = {n: _node_spell(a) for n, a in g.nodes(data=True)}
    edge_spells = {(u, v, str(a.get("type"))): _edge_spell(a) for u, v, a in g.edges(data=True)}
    dynamic = any(node_spells.values()) or any(edge_spells.values())
    ET.register_namespace("", GEXF_NS)
    ET.register_namespace("viz", VIZ_NS)
    root = ET.Element(f"{{{GEXF_NS}}}gexf", {"version": "1.3"})
    meta = ET.SubElement(root, f"{{{GEXF_NS}}}meta", {"lastmodifieddate": date.today().isoformat()})
    ET.SubElement(meta, f"{{{GEXF_NS}}}creator").text = "geopol"
    ET.SubElement(meta, f"{{{GEXF_NS}}}description").text = "geopolitical relations extracted from news articles"
    graph_el = ET.SubElement(root, f"{{{GEXF_NS}}}graph", {"defaultedgetype": "directed", "mode": "static"} if not dynamic
                             else {"defaultedgetype": "directed", "mode": "dynamic", "timeformat": "date",
                                   "timerepresentation": "interval"})
    node_ids = _attributes(graph_el, "node", [a for _, a in h.nodes(data=True)])
    edge_ids = _attributes(graph_el, "edge", [a for *_, a in h.edges(data=True)])
    nodes = ET.SubElement(graph_el, f"{{{GEXF_NS}}}nodes", {"count": str(h.number_of_nodes())})
    for n, a in h.nodes(data=True):
        el = ET.SubElement(nodes, f"{{{GEXF_NS}}}node", {"id": str(n), "label": " ".join(str(a["label"]).split()),
                                                         **node_spells.get(n, {})})
        _attvalues(el, a, node_ids)
        ET.SubElement(el, f"{{{VIZ_NS}}}color", {"r": str(a["r"]), "g": str(a["g"]), "b": str(a["b"]), "a": "1.0"})
        ET.SubElement(el, f"{{{VIZ_NS}}}position", {"x": str(a["x"]), "y": str(a["y"]), "z": "0.0"})
        ET.SubElement(el, f"{{{VIZ_NS}}}size", {"value": str(a["size"])})
    edges = ET.SubElement(graph_el, f"{{{GEXF_NS}}}edges", {"count": str(h.number_of_edges())})
    for u, v, k, a in h.edges(keys=True, data=True):
        el = ET.SubElement(edges, f"{{{GEXF_NS}}}edge", {
            "id": str(k), "source": str(u), "target": str(v), "label": a["label"],
            "type": "directed" if a["directed"] else "mutual", **edge_spells.get((u, v, a["relationship"]), {})})
        _attvalues(el, a, edge_ids)
    tree = ET.ElementTree(root)
    ET.indent(tree)
    if hasattr(path, "write"):
        tree.write(path, encoding="utf-8", xml_declaration=True)
    else:
        tree.write(os.fspath(path), encoding="utf-8", xml_declaration=True)
