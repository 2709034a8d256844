"""The graph as vis-network data and options (pyvis's, completed), plus what the page shows on hover.

Up to :data:`PHYSICS_LIMIT` nodes, vis-network lays the graph out itself (physics on, stabilised
before the first frame). Above it, positions come from :mod:`.layout` and physics starts off, so a
5,000-node graph is drawn at once. Above :data:`NODE_LIMIT` nodes or :data:`EDGE_LIMIT` edges the
view refuses, suggesting ``--focus``.

Nodes and edges travel lean: a node's id, label (its vis-network group, which gives shape and
colour), size, position and caption; an edge's id, ends and type (and its bend when it has a
parallel). The page styles edges by type from the legend, draws the captions on the canvas itself,
and makes a vis-network node or edge only when it is first shown. The texts of the tooltips travel
separately (``info``) and the page puts them into the DOM as text only.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

import networkx as nx
from pyvis.network import Network

from ..errors import ViewError
from ..ontology import UNDIRECTED
from .explore import communities, documents, importance, mentioned_only
from .layout import SEEDED_OVER, spring_positions
from .style import LABEL_STYLE, label_style, legend, node_size

PHYSICS_LIMIT = 300
#: above this many nodes shown at the start, the page opens on the clustered overview (by community)
CLUSTER_LIMIT = 500
NODE_LIMIT = 10_000
EDGE_LIMIT = 40_000
CAPTION_CHARS = 60
ACRONYM_OVER = 24  # names longer than this are drawn as their acronym when an alias is one
MAX_EVIDENCE = 20  # per edge in the page; the count says how many there are
#: provenance links and document nodes start hidden (the legend turns them on), unless asked for
QUIET_TYPES = ("MENTIONED_IN",)
QUIET_LABELS = ("Document",)
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"


def caption(name: str, limit: int = CAPTION_CHARS, aliases: Iterable[str] = ()) -> str:
    """A node's name shortened for the canvas: a long name with an acronym among its aliases is the acronym.

    >>> caption("Kazakhstan"), caption("x" * 70)[-3:]
    ('Kazakhstan', 'xx…')
    >>> caption("Collective Security Treaty Organization", aliases=["CSTO", "ODKB"])
    'CSTO'
    """
    if len(name) > ACRONYM_OVER:
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w-]*", name) if w[0].isupper())
        short = [a for a in aliases if a.isupper() and 2 <= len(a) <= 8 and " " not in a]
        if short:
            return next((a for a in short if a == initials), short[0])
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def check_size(g: nx.MultiDiGraph) -> None:
    """Raise :class:`ViewError` when the graph is too large to be usable in a browser."""
    n, m = g.number_of_nodes(), g.number_of_edges()
    if n > NODE_LIMIT or m > EDGE_LIMIT:
        raise ViewError(
            f"the selection has {n:,} nodes and {m:,} edges; the view draws at most {NODE_LIMIT:,} nodes and "
            f"{EDGE_LIMIT:,} edges. Narrow it with --focus NAME --depth N (or --label, --type, --min-evidence)")


def _cited(g: nx.MultiDiGraph, full: nx.MultiDiGraph) -> list[str]:
    """The documents of ``full`` that ``g`` holds or that its edges' evidence cites (not every document of the store)."""
    docs = {n for n, a in g.nodes(data=True) if a.get("label") == "Document"}
    docs.update(str(e.get("doc")) for _, _, a in g.edges(data=True) for e in a.get("evidence") or [] if e.get("doc"))
    return sorted(d for d in docs if d in full)


def _doc_sources(full: nx.MultiDiGraph, cited: Iterable[str]) -> dict[str, str]:
    """Document id -> a short human name: title, outlet and date when the outlet or date is known, else its path."""
    out = {}
    for n in cited:
        a = full.nodes[n]
        if a.get("label") == "Document":
            known = [str(a[k]) for k in ("title", "source", "published") if a.get(k)]
            if a.get("source") or a.get("published"):  # an article with its metadata: name it by it
                out[n] = " · ".join(known)
            else:
                out[n] = str(a.get("path") or a.get("title") or a.get("name") or n)
    return out


_NODE_KEYS = ("wikidata", "iso3", "category", "path")
_SKIP_PROPS = frozenset({"id", "name", "label", "aliases", "sha256", *_NODE_KEYS})
_EDGE_KEYS = ("domain", "status", "role", "stage", "first_reported", "last_reported", "valid_from", "valid_to")


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(map(str, value))
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict) else str(value)


def _node_info(attrs: dict) -> dict:
    """The texts of a node's card: its name, label, aliases, known keys and any other property."""
    info: dict[str, Any] = {"name": str(attrs.get("name") or attrs.get("id")), "label": str(attrs.get("label") or ""),
                            "aliases": [str(a) for a in attrs.get("aliases") or []]}
    for key in _NODE_KEYS:
        if attrs.get(key):
            info[key] = str(attrs[key])
    props = {k: _text(v) for k, v in sorted(attrs.items()) if k not in _SKIP_PROPS and v not in (None, "", [])}
    if props:
        info["props"] = props
    return info


def _evidence_item(e: dict) -> dict:
    """One evidence sentence; the page names its document from ``sources`` (or shows the id)."""
    item = {"sentence": str(e.get("sentence", "")), "doc": str(e.get("doc", "")), "start": e.get("start"),
            "end": e.get("end")}
    for key in ("reported", "when"):
        if e.get(key) not in (None, ""):
            item[key] = _text(e[key])
    return item


def _edge_info(attrs: dict) -> dict:
    """The texts of an edge's card that the page cannot derive: its type, ends' names and whether it is
    undirected come from the edge and the nodes (``edgeInfo`` in view.js), the provenance only when it
    is not the usual one (``text``; none for MENTIONED_IN)."""
    evidence = attrs.get("evidence") or []
    info: dict[str, Any] = {"count": len(evidence), "evidence": [_evidence_item(e) for e in evidence[:MAX_EVIDENCE]]}
    usual = "" if attrs.get("type") == "MENTIONED_IN" else "text"
    if str(attrs.get("provenance") or usual) != usual:
        info["provenance"] = str(attrs["provenance"])
    for key in _EDGE_KEYS:
        if attrs.get(key) not in (None, ""):
            info[key] = _text(attrs[key])
    return info


def _filtered_by(attrs: dict) -> dict[str, Any]:
    """What the page's filters read on every edge: its confidence and the span the date slider keeps
    (began, ended; graph/dates.py, as since/until), where known."""
    from ..dates import day, start_of

    out: dict[str, Any] = {}
    if isinstance(attrs.get("confidence"), int | float):
        out["confidence"] = attrs["confidence"]
    began, ended = start_of(attrs), day(attrs.get("valid_to"), end=True)
    if began or ended:
        out["span"] = [began.isoformat() if began else "", ended.isoformat() if ended else ""]
    return out


def _vis_node(node: str, attrs: dict, degree: int, at: tuple[float, float] | None) -> dict[str, Any]:
    """What vis-network needs of a node; its look comes from the group (its label), its caption is drawn by the page."""
    label = str(attrs.get("label") or "")
    out: dict[str, Any] = {"id": node, "group": label, "size": node_size(degree),
                           "caption": caption(str(attrs.get("name") or node), aliases=map(str, attrs.get("aliases") or []))}
    if at is not None:
        out["x"], out["y"] = at
    if label not in LABEL_STYLE:
        s = label_style(label)
        out["shape"], out["color"] = s.shape, {"background": s.color, "border": s.border}
    return out


def _initially_hidden(labels: Iterable[str], types: Iterable[str], asked: Iterable[str]) -> dict[str, list[str]]:
    """The quiet labels and types present, unless the user asked for one of them or nothing else is there."""
    labels, types = set(labels), set(types)
    quiet = set(QUIET_LABELS) | set(QUIET_TYPES)
    if quiet & set(asked) or not labels - quiet:
        return {"labels": [], "types": []}
    return {"labels": [x for x in QUIET_LABELS if x in labels], "types": [x for x in QUIET_TYPES if x in types]}


def _positions(g: nx.MultiDiGraph, community: dict[str, int] | None = None) -> dict[str, tuple[float, float]]:
    """Layout without the provenance links, seeded by the communities on big graphs (see
    :func:`.layout.spring_positions`); each document then sits amid what it mentions."""
    core = nx.Graph()
    core.add_nodes_from(n for n, a in g.nodes(data=True) if a.get("label") not in QUIET_LABELS)
    core.add_edges_from((u, v) for u, v, a in g.edges(data=True)
                        if a.get("type") not in QUIET_TYPES and u in core and v in core)
    if community is None and core.number_of_nodes() > SEEDED_OVER:
        community = communities(g)
    pos = spring_positions(core, groups=community)
    for doc in (n for n in g if n not in core):
        near = [pos[x] for x in nx.all_neighbors(g, doc) if x in pos]
        pos[doc] = ((sum(p[0] for p in near) / len(near), sum(p[1] for p in near) / len(near) + 40.0)
                    if near else (0.0, 0.0))
    return pos


#: the view's layout (documents amid what they mention), also given to Gephi's files
layout_positions = _positions


def _configure(net: Network, large: bool) -> None:
    """pyvis's own switches: physics and edge shape."""
    if large:
        net.toggle_physics(False)
        net.toggle_hide_edges_on_drag(True)
    else:
        net.force_atlas_2based(gravity=-90, central_gravity=0.012, spring_length=110, spring_strength=0.06,
                               damping=0.5, overlap=0.8)
    net.set_edge_smooth("continuous")


def _options(net: Network, large: bool, small: bool) -> dict:
    """vis-network options: pyvis's, completed with fonts, groups (one per label) and interaction."""
    groups = {label: {"shape": s.shape, "color": {
        "background": s.color, "border": s.border,
        "highlight": {"background": s.color, "border": "#111111"},
        "hover": {"background": s.color, "border": "#111111"}}} for label, s in LABEL_STYLE.items()}
    options = json.loads(net.options.to_json())
    options["physics"].update({"minVelocity": 1.0, "stabilization": {
        "enabled": not large, "iterations": 600, "updateInterval": 50, "fit": True}})
    options["edges"].update({
        "color": {"inherit": False}, "smooth": {"enabled": not large, "type": "continuous", "roundness": 0.3},
        "font": {"size": 12, "face": FONT, "color": "#4a5561", "strokeWidth": 0,
                 "background": "rgba(255,255,255,0.85)", "align": "middle"},
        "arrows": {"to": {"enabled": False, "scaleFactor": 0.55}}, "selectionWidth": 1.5, "hoverWidth": 1.0,
        "scaling": {"label": {"drawThreshold": 6}}})
    options["nodes"] = {"borderWidth": 1.5, "borderWidthSelected": 3, "widthConstraint": {"maximum": 150},
                        "font": {"size": 16, "face": FONT, "color": "#1c2630", "strokeWidth": 4,
                                 "strokeColor": "#ffffff"},
                        "scaling": {"label": {"drawThreshold": 7}}}
    options["groups"] = groups
    options["interaction"].update({"hover": True, "tooltipDelay": 100, "hideEdgesOnZoom": large,
                                   "multiselect": False, "navigationButtons": False, "keyboard": False})
    options["layout"] = {"improvedLayout": small, "randomSeed": 7}
    return options


def network_data(g: nx.MultiDiGraph, full: nx.MultiDiGraph | None = None,
                 asked_labels: Iterable[str] = (), asked_types: Iterable[str] = (),
                 scope: Iterable[str] | None = None, focus: str | None = None) -> dict:
    """Everything the page needs, JSON-ready: vis nodes, edges and options, tooltip texts, legend.

    ``full`` (default ``g``) names the documents that evidence points to; ``asked_*`` are the labels
    and types the user selected explicitly, which are then never hidden at the start. ``scope``
    (default: all of ``g``) is what is shown at the start; the rest of ``g`` is there to expand into.
    ``focus`` is never hidden.
    """
    check_size(g)
    full = g if full is None else full
    n = g.number_of_nodes()
    large = n > PHYSICS_LIMIT
    community = communities(g)
    positions = _positions(g, community) if large else {}
    net = Network(directed=True)
    _configure(net, large)
    degree = dict(g.degree())
    nodes, node_info = [], {}
    for node, attrs in sorted(g.nodes(data=True), key=lambda item: str(item[0])):  # same graph, same page
        nodes.append(_vis_node(node, attrs, degree[node], positions.get(node)))
        node_info[node] = _node_info(attrs)
    cited = _cited(g, full)
    sources = _doc_sources(full, cited)
    edges, edge_info = [], {}
    parallel: Counter = Counter()
    ordered = sorted(g.edges(data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2].get("type"))))
    for i, (u, v, attrs) in enumerate(ordered):
        rel = str(attrs.get("type") or "")
        edge: dict[str, Any] = {"id": f"e{i}", "from": u, "to": v, "type": rel, **_filtered_by(attrs)}
        pair = (min(u, v), max(u, v))
        k = parallel[pair]
        parallel[pair] += 1
        if k:  # parallel edges bend away from the first, alternately to each side
            edge["smooth"] = {"enabled": True, "type": "curvedCW" if k % 2 else "curvedCCW",
                              "roundness": 0.2 + 0.15 * ((k - 1) // 2)}
        if rel in QUIET_TYPES:
            edge["physics"] = False
        edges.append(edge)
        edge_info[edge["id"]] = _edge_info(attrs)
    labels = Counter(str(a.get("label") or "") for _, a in g.nodes(data=True))
    types = Counter(str(a.get("type") or "") for _, _, a in g.edges(data=True))
    styles = legend(list(labels), list(types))
    for item in styles["labels"]:
        item["count"] = labels[item["name"]]
    for item in styles["types"]:
        item["count"] = types[item["name"]]
    scope_ids = sorted(set(scope) & set(g)) if scope is not None else None
    quiet = mentioned_only(g, keep=frozenset({focus} if focus else ()))
    shown = (len(scope_ids) if scope_ids is not None else n) - len(quiet)
    return {
        "nodes": nodes, "edges": edges, "options": _options(net, large, small=n <= 100),
        "order": importance(g), "community": community, "quiet": quiet, "scope": scope_ids,
        "group": "community" if shown > CLUSTER_LIMIT else "none", "docs": documents(full, cited), "sources": sources,
        "undirected": sorted(UNDIRECTED),
        "info": {"nodes": node_info, "edges": edge_info}, "legend": styles,
        "physics": not large, "large": large,
        "hidden": _initially_hidden(labels, types, [*asked_labels, *asked_types]),
        "counts": {"nodes": n, "edges": g.number_of_edges()},
    }
