"""``geopol viz``: write the interactive HTML view of the store's graph.

    geopol viz [--out FILE] [--focus NAME --depth N] [--label L ...] [--type T ...] [--min-evidence K]

Wired into :mod:`graph.cli` through :func:`add_parser` and :func:`run`.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console

from ..errors import ViewError
from ..store import Store
from .build import DEFAULT_DEPTH, Selection, resolve_labels, resolve_types

DEFAULT_FILE = "graph.html"


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the ``viz`` subcommand to ``sub``; ``common`` is the parent parser holding ``--store``."""
    p = sub.add_parser("viz", parents=[common], help="write an interactive HTML view of the graph",
                       description="Write one self-contained HTML file (no network access needed) showing "
                                   "the graph, or part of it, with search, filters and evidence tooltips.")
    p.add_argument("--out", help=f"the HTML file to write (default <store>/{DEFAULT_FILE})")
    p.add_argument("--focus", metavar="NAME", help="only the neighbourhood of this node (name, alias or id)")
    p.add_argument("--depth", type=int, metavar="N", help=f"hops around --focus (default {DEFAULT_DEPTH})")
    p.add_argument("--label", nargs="+", action="extend", default=[], metavar="L",
                   help="only nodes with these labels (e.g. Country Alliance); may be repeated")
    p.add_argument("--type", nargs="+", action="extend", default=[], metavar="T", dest="types",
                   help="only edges of these relationship types (e.g. SUPPLIES OPERATES); may be repeated")
    p.add_argument("--min-evidence", type=int, default=0, metavar="K",
                   help="only edges with at least K evidence sentences (1 drops reference facts)")
    return p


def selection_from(args: argparse.Namespace) -> Selection:
    """The :class:`Selection` the arguments ask for (raises :class:`ViewError` on a bad one)."""
    if args.depth is not None and not args.focus:
        raise ViewError("--depth needs --focus NAME")
    return Selection(focus=args.focus, depth=DEFAULT_DEPTH if args.depth is None else args.depth,
                     labels=resolve_labels(args.label), types=resolve_types(args.types),
                     min_evidence=args.min_evidence)


def run(args: argparse.Namespace, console: Console) -> int:
    """Write the view; print where and what it holds. Returns the exit code."""
    from .render import render, save_html  # pyvis and numpy: only when drawing

    store = Store(args.store)
    if store.graph.number_of_nodes() == 0:
        raise ViewError(f"{store.path}: the store holds no graph yet; run `geopol ingest` first")
    selection = selection_from(args)
    rendered = render(store.graph, selection, title=f"geopol · {store.dir.resolve().name}")
    path = save_html(rendered.html, Path(args.out) if args.out else store.dir / DEFAULT_FILE)
    layout = "laid out in the browser" if rendered.physics else "laid out in advance, physics off"
    console.print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB): {rendered.nodes:,} nodes, "
                  f"{rendered.edges:,} edges, {layout}", highlight=False, markup=False, soft_wrap=True)
    return 0
