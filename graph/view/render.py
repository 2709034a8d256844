r"""One self-contained HTML file: vis-network, the view's script and style, and the data, all inline.

The page loads nothing: every byte is in the file, and its Content-Security-Policy forbids any
request (``default-src 'none'``) and any script but its own two, so it works offline and as an
e-mail attachment. The graph's
texts travel as JSON in a ``<script type="application/json">`` block with ``<``, ``>`` and ``&``
escaped, and the page's script writes them into the DOM as text only.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("x", id="x", label="Person", name="</script><b>", aliases=[])
>>> page = render_html(g)
>>> "</script><b>" in page, "\\u003c/script\\u003e\\u003cb\\u003e" in page
(False, True)
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

import networkx as nx

from ..errors import ViewError
from ..store.interchange import write_atomic
from .assets import static, vis_script, vis_stylesheet
from .build import Selection, find_node, select
from .geo import world
from .network import network_data

#: hops beyond ``--depth`` that a focused page holds for expanding, and the most nodes that may add up to
EXPAND_HOPS = 2
CONTEXT_NODES = 3000
#: the page's scripts, in order; the policy allows exactly these
SCRIPTS = ("VIS_JS", "VIEW_JS", "EXPORT_JS", "MAP_JS")
_SLOT = re.compile(r"\{\{([A-Z_]+)\}\}")
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def embed_json(value: object) -> str:
    """JSON that is safe inside a ``<script>`` element, whatever strings it holds.

    >>> embed_json({"a": "</script>"})
    '{"a":"\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


def _hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def page(payload: dict, shared_vis: bool = False) -> str:
    """The HTML page for a payload of :func:`.network.network_data` (plus ``title`` and ``subtitle``).

    Only the scripts of the page may run: the policy lists their hashes, so even a text that
    somehow became markup could not execute. With ``shared_vis`` (a notebook's views), vis-network
    is left out: ``boot.js`` asks the notebook for it (:func:`.notebook.vis_host` holds it once per
    notebook) and then runs it and the view's scripts, which wait as text until then.
    """
    code = {"VIS_JS": vis_script(), "VIEW_JS": static("view.js"), "EXPORT_JS": static("export.js"),
            "MAP_JS": static("map.js")}
    data = f'<script type="application/json" id="geopol-data">{embed_json(payload)}</script>'
    view = [code[k] for k in SCRIPTS[1:]]
    if shared_vis:
        boot = static("boot.js")
        scripts = [data, *(f'<script type="text/plain" class="geopol-deferred">{c}</script>' for c in view),
                   f"<script>{boot}</script>"]
        allowed = [boot, *code.values()]
    else:
        scripts = [f"<script>{code['VIS_JS']}</script>", data, *(f"<script>{c}</script>" for c in view)]
        allowed = list(code.values())
    slots = {"VIS_CSS": vis_stylesheet(), "VIEW_CSS": static("view.css"), "SCRIPTS": "\n".join(scripts),
             "SCRIPT_HASHES": " ".join(_hash(c) for c in allowed)}
    return _SLOT.sub(lambda m: slots[m.group(1)], static("page.html"))


@dataclass(frozen=True)
class Rendered:
    """A page and what it shows."""

    html: str
    nodes: int
    edges: int
    physics: bool


def context(g: nx.MultiDiGraph, selection: Selection, shown: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """What the page holds: with a focus, :data:`EXPAND_HOPS` more hops than are shown (fewer when
    that would pass :data:`CONTEXT_NODES`), so that double-clicking a node finds its neighbours."""
    if not selection.focus:
        return shown
    for extra in range(EXPAND_HOPS, 0, -1):
        wider = select(g, replace(selection, depth=selection.depth + extra))
        if wider.number_of_nodes() <= CONTEXT_NODES:
            return wider
    return shown


def map_data(g: nx.MultiDiGraph) -> dict | None:
    """The world's shapes when ``g`` has a country with an ISO code the map knows, else None."""
    codes = {a.get("iso3") for _, a in g.nodes(data=True) if a.get("label") == "Country" and a.get("iso3")}
    if not codes:
        return None
    shapes = world()
    return shapes if codes & set(shapes["shapes"]) else None


def render(g: nx.MultiDiGraph, selection: Selection | None = None, title: str = "geopol network",
           tab: str = "network", map_focus: str | None = None, shared_vis: bool = False) -> Rendered:
    """The page showing ``selection`` (default: all) of ``g``; :class:`ViewError` when nothing is selected.

    ``tab="map"`` opens it on the map, centred on the country ``map_focus`` (a name, alias or id).
    """
    selection = selection or Selection()
    sub = select(g, selection)
    if sub.number_of_nodes() == 0:
        raise ViewError("nothing to draw: the selection is empty")
    focus = find_node(g, selection.focus) if selection.focus else None
    held = context(g, selection, sub)
    payload = network_data(held, full=g, asked_labels=selection.labels, asked_types=selection.types,
                           scope=list(sub) if held is not sub else None, focus=focus)
    payload["title"] = title
    payload["subtitle"] = selection.describe()
    payload["focus"] = focus
    payload["map"] = map_data(held)
    payload["tab"] = tab
    payload["mapFocus"] = _iso3(g, map_focus) if map_focus else None
    return Rendered(page(payload, shared_vis), sub.number_of_nodes(), sub.number_of_edges(), payload["physics"])


def _iso3(g: nx.MultiDiGraph, name: str) -> str:
    node = find_node(g, name)
    iso = g.nodes[node].get("iso3")
    if g.nodes[node].get("label") != "Country" or not iso:
        raise ViewError(f"{name!r} is not a country with an ISO code; the map centres on a country")
    return str(iso)


def render_html(g: nx.MultiDiGraph, selection: Selection | None = None, title: str = "geopol network") -> str:
    """The HTML of :func:`render`."""
    return render(g, selection, title).html


def save_html(text: str, out: str | os.PathLike) -> Path:
    """Write a page to ``out`` atomically (creating its folder) and return the path."""
    out = Path(out)
    write_atomic(out, text)  # a temporary file of its own: two views written at once never share one
    return out


def write_html(g: nx.MultiDiGraph, out: str | os.PathLike, selection: Selection | None = None,
               title: str = "geopol network") -> Path:
    """Render and write the page to ``out``; return its path."""
    return save_html(render_html(g, selection, title), out)
