"""A static figure of the network for papers and slides (``geopol viz --format png|svg``), drawn with
matplotlib and networkx in the page's styling: a colour and marker per label, a colour per
relationship type (conflict dashed, undirected ties without arrows), node size by degree, and the
names of the most connected nodes. As in the page, documents, MENTIONED_IN links and entities that
are only mentioned are left out unless they are all there is.

>>> import networkx as nx, tempfile, os
>>> g = nx.MultiDiGraph()
>>> g.add_node("a", label="Country", name="Kazakhstan"); g.add_node("b", label="Country", name="Turkey")
>>> _ = g.add_edge("a", "b", key="COOPERATES_WITH", type="COOPERATES_WITH")
>>> path = write_figure(g, os.path.join(tempfile.mkdtemp(), "g.svg"))
>>> "Kazakhstan" in path.read_text()
True
"""
from __future__ import annotations

import math
import os
from pathlib import Path

import networkx as nx

from ..errors import ViewError
from ..store.interchange import replacing
from .explore import QUIET_LABEL, QUIET_TYPE, importance, mentioned_only
from .layout import spring_positions
from .network import caption
from .style import label_style, legend, node_size, type_style

FORMATS = ("png", "svg")
MARKERS = {"dot": "o", "square": "s", "diamond": "D", "triangle": "^", "triangleDown": "v", "hexagon": "h",
           "star": "*"}
NAMED = 40  # nodes named on the figure, most connected first
DPI = 200


def core(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``g`` without documents, MENTIONED_IN links and entities only mentioned (unless nothing else is left)."""
    out = g.copy()
    quiet = set(mentioned_only(g))
    drop = [n for n, a in g.nodes(data=True) if a.get("label") == QUIET_LABEL or n in quiet]
    if len(drop) < g.number_of_nodes():
        out.remove_nodes_from(drop)
        out.remove_edges_from([(u, v, k) for u, v, k, a in out.edges(keys=True, data=True) if a.get("type") == QUIET_TYPE])
    return out


def positions(g: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """The page's own layout (a force layout with a pull to the centre), y pointing up."""
    return {n: (x, -y) for n, (x, y) in spring_positions(nx.Graph(g.to_undirected())).items()}


def write_figure(g: nx.MultiDiGraph, out: str | os.PathLike, title: str | None = None,
                 fmt: str | None = None) -> Path:
    """Draw ``g`` into ``out`` (PNG or SVG, from ``fmt`` or the file's extension) and return the path."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    out = Path(out)
    fmt = (fmt or out.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ViewError(f"a figure is {' or '.join(FORMATS)}, not {fmt!r}")
    h = core(g)
    if h.number_of_nodes() == 0:
        raise ViewError("nothing to draw: the selection is empty")
    pos = positions(h)
    degree = dict(h.degree())
    n = h.number_of_nodes()
    scale = max(0.15, min(1.0, 14 / math.sqrt(n)))  # smaller marks for larger graphs
    plt.rcParams["svg.fonttype"] = "none"  # names stay text in an SVG, to be edited or searched
    fig, ax = plt.subplots(figsize=(12, 9))
    ax.set_axis_off()
    simple_edges = {}
    for u, v, a in h.edges(data=True):
        simple_edges.setdefault(str(a.get("type")), []).append((u, v))
    for rel, pairs in simple_edges.items():
        s = type_style(rel)
        sizes = [node_size(degree[x]) ** 2 * scale for x in h.nodes]
        arrows = {"arrowstyle": "-|>", "arrowsize": max(4, 10 * scale), "node_size": sizes,
                  "connectionstyle": "arc3,rad=0.08"} if s.arrows else {}
        nx.draw_networkx_edges(h, pos, edgelist=pairs, ax=ax, edge_color=s.color, width=s.width * scale * 0.8,
                               style="dashed" if s.dashes else "solid", arrows=s.arrows, alpha=0.75, **arrows)
    by_label: dict[str, list[str]] = {}
    for node, a in h.nodes(data=True):
        by_label.setdefault(str(a.get("label") or ""), []).append(node)
    for label, members in by_label.items():
        s = label_style(label)
        nx.draw_networkx_nodes(h, pos, nodelist=members, ax=ax, node_color=s.color, edgecolors=s.border,
                               linewidths=0.8, node_shape=MARKERS.get(s.shape, "o"),
                               node_size=[node_size(degree[x]) ** 2 * scale for x in members])
    renderer = fig.canvas.get_renderer()
    placed: list = []
    named = [x for x in importance(h) if degree[x]][:NAMED]
    for rank, node in enumerate(named):
        x, y = pos[node]
        size = 6 + 4 * (1 - rank / max(1, len(named) - 1))
        attrs = h.nodes[node]
        name = caption(str(attrs.get("name") or node), aliases=map(str, attrs.get("aliases") or []))
        text = ax.annotate(name, (x, y), xytext=(0, -(math.sqrt(
            node_size(degree[node]) ** 2 * scale) / 2 + 2)), textcoords="offset points", ha="center", va="top",
            fontsize=size, fontweight="bold", color="#1c2630",
            bbox={"boxstyle": "round,pad=0.08", "facecolor": "white", "edgecolor": "none", "alpha": 0.75})
        box = text.get_window_extent(renderer)
        if any(box.overlaps(other) for other in placed):
            text.remove()  # the more connected name keeps its place
            continue
        placed.append(box)
    styles = legend(list(by_label), list(simple_edges))
    handles = [Line2D([], [], marker=MARKERS.get(x["shape"], "o"), linestyle="", markerfacecolor=x["color"],
                      markeredgecolor=x["border"], markersize=8, label=x["name"]) for x in styles["labels"]]
    handles += [Line2D([], [], color=x["color"], linestyle="--" if x["dashes"] else "-", linewidth=2,
                       label=x["caption"]) for x in styles["types"]]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
    if title:
        ax.set_title(title, fontsize=12, loc="left")
    fig.tight_layout()
    with replacing(out) as tmp:  # readers see the old picture or the new one, never a mix
        fig.savefig(tmp, format=fmt, dpi=DPI if fmt == "png" else None, facecolor="white")
    plt.close(fig)
    return out
