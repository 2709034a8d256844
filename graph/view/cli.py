"""``geopol viz``: write the interactive HTML view of the store's graph.

    geopol viz [--out FILE] [--format html|png|svg] [--focus NAME --depth N] [--label L ...] [--type T ...]
               [--min-evidence K]
    geopol map [--focus COUNTRY] [--out FILE] [the same selection options]

Wired into :mod:`graph.cli` through :func:`add_parser`, :func:`add_map_parser`, :func:`run` and :func:`run_map`.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console

from ..errors import ViewError
from ..store import Store
from .build import DEFAULT_DEPTH, Selection, resolve_labels, resolve_types

DEFAULT_FILE = "graph.html"
MAP_FILE = "map.html"
FORMATS = ("html", "png", "svg")


def _selection_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--label", nargs="+", action="extend", default=[], metavar="L",
                   help="only nodes with these labels (e.g. Country Alliance); may be repeated")
    p.add_argument("--type", nargs="+", action="extend", default=[], metavar="T", dest="types",
                   help="only edges of these relationship types (e.g. SUPPLIES OPERATES); may be repeated")
    p.add_argument("--min-evidence", type=int, default=0, metavar="K",
                   help="only edges with at least K evidence sentences (1 drops reference facts)")


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the ``viz`` subcommand to ``sub``; ``common`` is the parent parser holding ``--store``."""
    p = sub.add_parser("viz", parents=[common], help="write an interactive HTML view (or a PNG/SVG figure) of the graph",
                       description="Write one self-contained HTML file (no network access needed) showing "
                                   "the graph, or part of it, with search, filters and evidence tooltips; "
                                   "or, with --format png|svg, a static figure in the same colours.")
    p.add_argument("--out", help=f"the file to write (default <store>/{DEFAULT_FILE}, or graph.png / graph.svg)")
    p.add_argument("--format", choices=FORMATS, help="html (default; or from --out's extension), png or svg")
    p.add_argument("--focus", metavar="NAME", help="only the neighbourhood of this node (name, alias or id)")
    p.add_argument("--depth", type=int, metavar="N", help=f"hops around --focus (default {DEFAULT_DEPTH})")
    _selection_options(p)
    return p


def add_map_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the ``map`` subcommand: the page opened on its map tab."""
    p = sub.add_parser("map", parents=[common], help="write the world map of a country's relations (HTML)",
                       description="Write the self-contained page opened on its map: countries coloured by their "
                                   "relation to the focus country (partner, supplier, same alliance, in conflict), "
                                   "arcs for supply and cooperation. Works offline.")
    p.add_argument("--focus", metavar="COUNTRY", help="the country whose relations are drawn (default: the most "
                                                      "connected one)")
    p.add_argument("--out", help=f"the HTML file to write (default <store>/{MAP_FILE})")
    _selection_options(p)
    return p


def selection_from(args: argparse.Namespace) -> Selection:
    """The :class:`Selection` the arguments ask for (raises :class:`ViewError` on a bad one)."""
    if args.depth is not None and not args.focus:
        raise ViewError("--depth needs --focus NAME")
    return Selection(focus=args.focus, depth=DEFAULT_DEPTH if args.depth is None else args.depth,
                     labels=resolve_labels(args.label), types=resolve_types(args.types),
                     min_evidence=args.min_evidence)


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    suffix = Path(args.out).suffix.lstrip(".").lower() if args.out else ""
    return suffix if suffix in FORMATS else "html"


def _store(args: argparse.Namespace) -> Store:
    store = Store(args.store)
    if store.graph.number_of_nodes() == 0:
        raise ViewError(f"{store.path}: the store holds no graph yet; run `geopol ingest` first")
    return store


def _say(console: Console, text: str) -> None:
    console.print(text, highlight=False, markup=False, soft_wrap=True)


def run(args: argparse.Namespace, console: Console) -> int:
    """Write the view (or the figure); print where and what it holds. Returns the exit code."""
    store = _store(args)
    selection = selection_from(args)
    fmt = _format(args)
    title = f"geopol · {store.dir.resolve().name}"
    if fmt != "html":
        from .build import select
        from .figure import write_figure

        sub = select(store.graph, selection)
        path = write_figure(sub, Path(args.out) if args.out else store.dir / f"graph.{fmt}", title=title, fmt=fmt)
        _say(console, f"wrote {path} ({path.stat().st_size / 1e3:.0f} kB): {sub.number_of_nodes():,} nodes, "
                      f"{sub.number_of_edges():,} edges selected")
        return 0
    from .render import render, save_html  # pyvis and numpy: only when drawing

    rendered = render(store.graph, selection, title=title)
    path = save_html(rendered.html, Path(args.out) if args.out else store.dir / DEFAULT_FILE)
    layout = "laid out in the browser" if rendered.physics else "laid out in advance, physics off"
    _say(console, f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB): {rendered.nodes:,} nodes, "
                  f"{rendered.edges:,} edges, {layout}")
    return 0


def run_map(args: argparse.Namespace, console: Console) -> int:
    """Write the page opened on the map of ``--focus``'s relations."""
    from .render import map_data, render, save_html

    store = _store(args)
    if map_data(store.graph) is None:
        raise ViewError("the map needs countries with ISO codes, and the store has none")
    selection = Selection(labels=resolve_labels(args.label), types=resolve_types(args.types),
                          min_evidence=args.min_evidence)
    rendered = render(store.graph, selection, title=f"geopol · {store.dir.resolve().name}", tab="map",
                      map_focus=args.focus)
    path = save_html(rendered.html, Path(args.out) if args.out else store.dir / MAP_FILE)
    _say(console, f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB): the map"
                  + (f" of {args.focus}'s relations" if args.focus else "") + f", {rendered.nodes:,} nodes")
    return 0
