"""The view inline in Jupyter: the page inside an ``<iframe srcdoc>``, vis-network once per notebook.

pyvis's notebook mode leaves a blank cell in VS Code and some JupyterLab set-ups (pyvis #203,
#116); a sandboxed iframe whose ``srcdoc`` holds the page shows everywhere, needs no file and no
server, and keeps the page's script away from the notebook's own.

vis-network (about 0.5 MB) is not repeated in every cell: the first view of a kernel session
carries it in its output (:func:`vis_host`: the library as inert text, and a listener that hands
it to the notebook's views on request, by ``postMessage``); every view's page asks for it and
runs it only if its hash is the one the page's policy allows. ``show(..., standalone=True)`` gives
a page with everything inline, and :func:`include_vis` puts the library into a notebook again
(say, after the first view's output was cleared).

    from graph.store import Store
    from graph.view import show
    show(Store("geopol-data").graph, focus="Kazakhstan", depth=1)

>>> html = NotebookView('<p title="x">a & b</p>')._repr_html_()
>>> html.startswith("<iframe") and 'srcdoc="&lt;p title=&quot;x&quot;&gt;a &amp; b&lt;/p&gt;"' in html
True
"""
from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

import networkx as nx

from ..store.interchange import write_atomic
from .assets import vis_script
from .build import Selection

_HOST_SCRIPT = """(function () {
  if (window.geopolVisHost) return;
  window.geopolVisHost = true;
  window.addEventListener("message", function (ev) {
    if (!ev.data || ev.data.geopol !== "vis-network?" || !ev.source) return;
    var lib = document.getElementById("geopol-vis-network");
    if (lib) ev.source.postMessage({ geopol: "vis-network", text: lib.textContent }, "*");
  });
})();"""


def vis_host() -> str:
    """The notebook-side half: vis-network as inert text, and the listener that hands it out."""
    return (f'<script type="text/plain" id="geopol-vis-network">{vis_script()}</script>'
            f"<script>{_HOST_SCRIPT}</script>")


class _Session:
    """Whether this kernel has put vis-network into the notebook yet."""

    vis_sent = False


class NotebookView:
    """A rendered page that Jupyter displays inline (through ``_repr_html_``).

    A page made with ``shared_vis`` needs vis-network from the notebook: the first such view of the
    session brings it along. ``standalone`` (a callable) makes the self-contained page for :meth:`save`.
    """

    def __init__(self, page: str, height: int = 640, shared_vis: bool = False,
                 standalone: Callable[[], str] | None = None) -> None:
        self.page = page
        self.height = height
        self.shared_vis = shared_vis
        self._standalone = standalone

    def iframe(self) -> str:
        """The ``<iframe>`` holding the page; attribute-escaped, so the page cannot break out of it."""
        return (f'<iframe srcdoc="{html.escape(self.page, quote=True)}" sandbox="allow-scripts allow-downloads" '
                f'style="width: 100%; height: {int(self.height)}px; border: 1px solid #dde2e7; border-radius: 4px;" '
                f'title="geopol network" loading="eager"></iframe>')

    def _repr_html_(self) -> str:
        host = ""
        if self.shared_vis and not _Session.vis_sent:
            host = vis_host()
            _Session.vis_sent = True
        return host + self.iframe()

    def save(self, path: str) -> None:
        """Write the self-contained page (not the iframe) to ``path``."""
        write_atomic(Path(path), self._standalone() if self._standalone else self.page)


class _Html:
    def __init__(self, text: str) -> None:
        self.text = text

    def _repr_html_(self) -> str:
        return self.text


def include_vis() -> _Html:
    """vis-network for this notebook's views again (display the result in a cell)."""
    _Session.vis_sent = True
    return _Html(vis_host())


def show(g: nx.MultiDiGraph, focus: str | None = None, depth: int = 2, labels: tuple[str, ...] = (),
         types: tuple[str, ...] = (), min_evidence: int = 0, height: int = 640, tab: str = "network",
         map_focus: str | None = None, standalone: bool = False) -> NotebookView:
    """The view of ``g`` (or of a selection of it, as ``geopol viz`` takes them) for a notebook cell;
    ``tab="map"`` opens it on the map of ``map_focus``'s relations."""
    from .build import resolve_labels, resolve_types
    from .render import render

    selection = Selection(focus=focus, depth=depth, labels=resolve_labels(labels), types=resolve_types(types),
                          min_evidence=min_evidence)

    def make(shared: bool) -> str:
        return render(g, selection, tab=tab, map_focus=map_focus, shared_vis=shared).html

    return NotebookView(make(not standalone), height=height, shared_vis=not standalone,
                        standalone=lambda: make(False))
