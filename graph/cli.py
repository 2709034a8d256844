"""The ``geopol`` command line (also ``python -m graph``).

    geopol ingest PATH... [--out FILE] [--no-enrich] [--reference FILE ...]
    geopol stats
    geopol cypher "QUERY" [-p name=value ...] [--format table|csv|json] [--write]
    geopol query NAME [-p name=value ...] [--format ...] | geopol query --list

Every command takes ``--store DIR`` (default ``./geopol-data/`` or ``GEOPOL_STORE``).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .errors import GeopolError, QueryError
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
    fmt = argparse.ArgumentParser(add_help=False)
    fmt.add_argument("-p", "--param", action="append", default=[], metavar="NAME=VALUE",
                     help="a query parameter (VALUE is read as JSON when it parses, else as text); may be repeated")
    fmt.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p = sub.add_parser("cypher", parents=[common, fmt], help="run a Cypher statement on the embedded database")
    p.add_argument("query", help="the Cypher statement")
    p.add_argument("--write", action="store_true", help="allow statements that change the database")
    p = sub.add_parser("query", parents=[common, fmt], help="run a named query from queries/ (see --list)")
    p.add_argument("name", nargs="?", help="the query's name")
    p.add_argument("--list", action="store_true", help="list the named queries and their parameters")
    return ap


def _params(pairs: list[str]) -> dict:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise QueryError(f"parameter {pair!r} is not NAME=VALUE")
        try:
            out[name.strip()] = json.loads(value)
        except json.JSONDecodeError:
            out[name.strip()] = value
    return out


def _print_frame(frame, fmt: str, console: Console) -> None:
    if fmt == "csv":
        sys.stdout.write(frame.to_csv(index=False))
    elif fmt == "json":
        sys.stdout.write(frame.to_json(orient="records", force_ascii=False, default_handler=str) + "\n")
    else:
        table = Table(show_lines=False)
        for col in frame.columns:
            table.add_column(str(col), overflow="fold")
        for row in frame.itertuples(index=False):
            table.add_row(*[escape(_cell(v)) for v in row])
        console.print(table)
        console.print(f"{len(frame)} row(s)")


def _cell(value) -> str:
    if isinstance(value, float) and value != value:
        return ""
    if isinstance(value, dict) and "name" in value:
        return str(value["name"])
    if isinstance(value, list | tuple):
        return ", ".join(_cell(v) for v in value)
    return "" if value is None else str(value)


def _cypher(args: argparse.Namespace, console: Console) -> int:
    from .cypher import open_embedded
    from .cypher.embedded import sync

    store = Store(args.store)
    if args.write:
        sync(store.dir)
        from .cypher import EmbeddedGraph
        from .cypher.embedded import DB_FILE

        db = EmbeddedGraph(store.dir / DB_FILE, read_only=False)
    else:
        db = open_embedded(store.dir)
    with db:
        frame = db.run(args.query, _params(args.param), write=args.write)
    _print_frame(frame, args.format, console)
    return 0


def _query(args: argparse.Namespace, console: Console) -> int:
    import queries

    if args.list or not args.name:
        table = Table(title="named queries")
        for col in ("name", "answers", "parameters"):
            table.add_column(col, overflow="fold")
        for q in queries.all_queries():
            params = "\n".join(f"{p.name}{' (optional)' if p.optional else ''}: {p.doc}" for p in q.params)
            table.add_row(q.name, q.description, params)
        console.print(table)
        return 0
    store = Store(args.store)
    from .cypher import open_embedded

    with open_embedded(store.dir) as db:
        frame = queries.run_named(db, args.name, **_params(args.param))
    _print_frame(frame, args.format, console)
    return 0


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
        if args.command == "cypher":
            return _cypher(args, console)
        if args.command == "query":
            return _query(args, console)
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
