"""The interactive HTML view of the network (``geopol viz``, and inline in Jupyter).

* :mod:`.style`: colour and shape per label, colour and caption per relationship type;
* :mod:`.build`: the selection (label, type and evidence filters, focus and depth);
* :mod:`.layout`: positions computed in Python for large graphs;
* :mod:`.network`: the vis-network data and options, built with pyvis;
* :mod:`.assets` and :mod:`.render`: one self-contained HTML file;
* :mod:`.notebook`: the ``<iframe srcdoc>`` for Jupyter; :mod:`.cli`: the ``viz`` command.

The names below are imported on first use, so that the command line starts without pyvis and numpy.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

_WHERE = {"Selection": "build", "select": "build", "NotebookView": "notebook", "show": "notebook",
          "include_vis": "notebook",
          "Rendered": "render", "render": "render", "render_html": "render", "save_html": "render",
          "write_html": "render"}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{_WHERE[name]}", __name__), name)


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])
