"""One self-contained HTML file: vis-network, the view's script and style, and the data, all inline.

The page loads nothing: every byte is in the file, and its Content-Security-Policy forbids any
request (``default-src 'none'``), so it works offline and as an e-mail attachment. The graph's
texts travel as JSON in a ``<script type="application/json">`` block with ``<``, ``>`` and ``&``
escaped, and the page's script writes them into the DOM as text only.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("x", id="x", label="Person", name="</script><b>", aliases=[])
>>> page = render_html(g)
>>> "</script><b>" in page, page.count("<script") == page.count("</script>")
(False, True)
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import networkx as nx

from .assets import static, vis_script, vis_stylesheet
from .build import Selection, select
from .network import network_data

_SLOT = re.compile(r"\{\{([A-Z_]+)\}\}")
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def embed_json(value: object) -> str:
    """JSON that is safe inside a ``<script>`` element, whatever strings it holds.

    >>> embed_json({"a": "</script>"})
    '{"a":"\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


def page(payload: dict) -> str:
    """The HTML page for a payload of :func:`.network.network_data` (plus ``title`` and ``subtitle``)."""
    slots = {"VIS_CSS": vis_stylesheet(), "VIEW_CSS": static("view.css"), "VIS_JS": vis_script(),
             "VIEW_JS": static("view.js"), "DATA": embed_json(payload)}
    return _SLOT.sub(lambda m: slots[m.group(1)], static("page.html"))


def render_html(g: nx.MultiDiGraph, selection: Selection | None = None, title: str = "geopol network") -> str:
    """The page showing ``selection`` (default: all) of ``g``."""
    selection = selection or Selection()
    sub = select(g, selection)
    payload = network_data(sub, full=g, asked_labels=selection.labels, asked_types=selection.types)
    payload["title"] = title
    payload["subtitle"] = selection.describe()
    return page(payload)


def write_html(g: nx.MultiDiGraph, out: str | os.PathLike, selection: Selection | None = None,
               title: str = "geopol network") -> Path:
    """Write the page to ``out`` (atomically) and return its path."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(render_html(g, selection, title), encoding="utf-8")
    os.replace(tmp, out)
    return out
