"""The ``geopol`` command line (also ``python -m graph``).

    geopol ingest PATH... [--out FILE] [--no-enrich] [--reference FILE ...]
    geopol stats

Every command takes ``--store DIR`` (default ``./geopol-data/`` or ``GEOPOL_STORE``).
"""
from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Sequence

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .errors import GeopolError
from .store import DEFAULT_STORE, Store

PROGRESS_THRESHOLD = 5


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--store", default=os.environ.get("GEOPOL_STORE", DEFAULT_STORE),
                        help="store directory (default ./geopol-data/ or $GEOPOL_STORE)")
    ap = argparse.ArgumentParser(prog="geopol", description="A graph database of geopolitical relationships.")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("ingest", parents=[common], help="extract articles into the store")
    p.add_argument("paths", nargs="+", help=".txt, .md or .html files, or folders of them")
    p.add_argument("--out", help="also write the merged graph.json here")
    p.add_argument("--no-enrich", action="store_true", help="leave out facts from the reference catalogues")
    p.add_argument("--reference", action="append", default=[],
                   help="your own reference file (YAML, JSON or CSV); may be repeated. "
                        "<store>/reference.yaml is used when present")
    sub.add_parser("stats", parents=[common], help="count nodes per label and edges per type")
    return ap


def summary_tables(store: Store) -> list[Table]:
    g = store.graph
    labels = Counter(a.get("label") for _, a in g.nodes(data=True))
    types = Counter(a.get("type") for _, _, a in g.edges(data=True))
    t1 = Table(title="nodes per label")
    t1.add_column("label")
    t1.add_column("nodes", justify="right")
    for label, n in sorted(labels.items()):
        t1.add_row(label, str(n))
    t2 = Table(title="edges per type")
    t2.add_column("type")
    t2.add_column("edges", justify="right")
    for type_, n in sorted(types.items()):
        t2.add_row(type_, str(n))
    return [t1, t2]


def _ingest(args: argparse.Namespace, console: Console, err: Console) -> int:
    from .pipeline import Pipeline, ingest
    from .text import discover

    store = Store(args.store)
    reference = list(args.reference)
    own = store.dir / "reference.yaml"
    if own.exists():
        reference.append(str(own))
    files, _ = discover(args.paths)
    pipeline = Pipeline(enrich=not args.no_enrich, extra_reference=reference)
    if len(files) > PROGRESS_THRESHOLD:
        with Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, transient=False) as bar:
            task = bar.add_task("ingest", total=len(files))
            report = ingest(args.paths, store, pipeline, progress=lambda n: bar.advance(task, n))
    else:
        report = ingest(args.paths, store, pipeline)
    if args.out:
        store.save(extra_path=args.out)
    for failure in report.failures:
        err.print(f"[red]error[/red]: {failure}", highlight=False, markup=True)
    for table in summary_tables(store):
        console.print(table)
    console.print(f"documents: {len(store.documents())} in store, {len(report.added)} added, "
                  f"{len(report.skipped)} already stored, {len(report.failures)} failed; store: {store.path}")
    return 1 if report.failures else 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    console, err = Console(), Console(stderr=True, soft_wrap=True)
    try:
        if args.command == "ingest":
            return _ingest(args, console, err)
        if args.command == "stats":
            store = Store(args.store)
            for table in summary_tables(store):
                console.print(table)
            console.print(f"documents: {len(store.documents())}; store: {store.path}")
            return 0
    except GeopolError as exc:
        err.print(f"error: {exc}", highlight=False, markup=False)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
