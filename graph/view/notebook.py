"""The view inline in Jupyter: the page inside an ``<iframe srcdoc>``.

pyvis's notebook mode leaves a blank cell in VS Code and some JupyterLab set-ups (pyvis #203,
#116); a sandboxed iframe whose ``srcdoc`` holds the whole page shows everywhere, needs no file
and no server, and keeps the page's script away from the notebook's own.

    from graph.store import Store
    from graph.view import show
    show(Store("geopol-data").graph, focus="Kazakhstan", depth=1)

>>> html = NotebookView('<p title="x">a & b</p>')._repr_html_()
>>> html.startswith("<iframe") and 'srcdoc="&lt;p title=&quot;x&quot;&gt;a &amp; b&lt;/p&gt;"' in html
True
"""
from __future__ import annotations

import html

import networkx as nx

from .build import Selection
from .render import render_html


class NotebookView:
    """A rendered page that Jupyter displays inline (through ``_repr_html_``)."""

    def __init__(self, page: str, height: int = 640) -> None:
        self.page = page
        self.height = height

    def iframe(self) -> str:
        """The ``<iframe>`` holding the page; attribute-escaped, so the page cannot break out of it."""
        return (f'<iframe srcdoc="{html.escape(self.page, quote=True)}" sandbox="allow-scripts" '
                f'style="width: 100%; height: {int(self.height)}px; border: 1px solid #dde2e7; border-radius: 4px;" '
                f'title="geopol network" loading="eager"></iframe>')

    def _repr_html_(self) -> str:
        return self.iframe()

    def save(self, path: str) -> None:
        """Write the page itself (not the iframe) to ``path``."""
        with open(path, "w", encoding="utf-8") as f:
            f.write(self.page)


def show(g: nx.MultiDiGraph, focus: str | None = None, depth: int = 2, labels: tuple[str, ...] = (),
         types: tuple[str, ...] = (), min_evidence: int = 0, height: int = 640) -> NotebookView:
    """The view of ``g`` (or of a selection of it, as ``geopol viz`` takes them) for a notebook cell."""
    from .build import resolve_labels, resolve_types

    selection = Selection(focus=focus, depth=depth, labels=resolve_labels(labels), types=resolve_types(types),
                          min_evidence=min_evidence)
    return NotebookView(render_html(g, selection), height=height)
