"""The ``geopol`` command line (also ``python -m graph``).

    geopol ingest PATH... [--out FILE] [--no-enrich] [--reference FILE ...]
    geopol stats
    geopol cypher "QUERY" [-p name=value ...] [--format table|csv|json] [--write]
    geopol query NAME [-p name=value ...] [--format ...] | geopol query --list
    geopol viz [--out FILE] [--format html|png|svg] [--focus NAME --depth N] [--label L ...] [--type T ...] [--min-evidence K]
    geopol map [--focus COUNTRY] [--out FILE]
    geopol export neo4j --uri URI [--user U] [--database D] [--batch-size N]   (password: NEO4J_PASSWORD)
    geopol export neo4j-admin DIR | cypher FILE | graphml FILE | gexf FILE | json FILE

Every command takes ``--store DIR`` (default ``./geopol-data/`` or ``GEOPOL_STORE``).
"""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import review
from .cypher.params import param_problem, parse_param
from .cypher.readonly import check_statement
from .errors import GeopolError, QueryError, StoreError
from .store import DEFAULT_STORE, Store
from .store.db import DB_FILE as STORE_FILE
from .store.store import GRAPH_FILE
from .text.terminal import clean
from .view import cli as view_cli  # light: pyvis and numpy are imported only when drawing

PROGRESS_THRESHOLD = 5
READ_COMMANDS = {"stats", "cypher", "query", "viz", "map", "export", "review"}  # refuse a store that does not exist
NEO4J_SCHEMES = ("neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc")


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line error (exit code 2) instead of the usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {clean(message)}\n")


def _positive(text: str) -> int:
    """An integer of at least 1 (``--batch-size``, ``--workers``)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} must be at least 1")
    return value


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--store", default=os.environ.get("GEOPOL_STORE", DEFAULT_STORE),
                        help="store directory (default ./geopol-data/ or $GEOPOL_STORE)")
    ap = _Parser(prog="geopol", description="A graph database of geopolitical relationships.")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("ingest", parents=[common], help="extract articles into the store")
    p.add_argument("paths", nargs="+", help=".txt, .md or .html files, or folders of them")
    p.add_argument("--out", help="also write the merged graph.json here")
    p.add_argument("--no-enrich", action="store_true", help="leave out facts from the reference catalogues")
    p.add_argument("--force", action="store_true",
                   help="extract documents already in the store again (e.g. after correcting reference data)")
    p.add_argument("--reference", action="append", default=[],
                   help="your own reference file (YAML, JSON or CSV); may be repeated. "
                        "<store>/reference.yaml is used when present")
    p.add_argument("--workers", type=_positive, default=None,
                   help="extraction processes (default: all cores; 1 extracts in this process)")
    p.add_argument("--batch-size", type=_positive, default=None, metavar="N",
                   help="commit every N documents (default 200): a crash loses at most the batch in flight")
    p.add_argument("--cluster", metavar="ADDRESS", help="extract on a Dask cluster, e.g. tcp://scheduler:8786")
    p.add_argument("--into", metavar="URI",
                   help="also write every committed batch to Neo4j, e.g. neo4j://host:7687 (password: NEO4J_PASSWORD)")
    p.add_argument("--date", help="publication date of the batch's articles (ISO, e.g. 2024-03-04), "
                                  "where the article itself does not say")
    p.add_argument("--source", help="outlet of the batch's articles")
    p.add_argument("--url", help="address of the batch's articles")
    times = argparse.ArgumentParser(add_help=False)  # the time filters of every named query (graph/dates.py)
    times.add_argument("--as-of", metavar="DATE", help="the graph as it stood on DATE (ISO: 2020, 2020-05, 2020-05-07)")
    times.add_argument("--since", metavar="DATE", help="relations that held on some day from DATE on")
    times.add_argument("--until", metavar="DATE", help="relations that held on some day up to DATE")
    sub.add_parser("stats", parents=[common, times], help="count nodes per label and edges per type "
                   "(with --as-of/--since/--until: relations per type that held then, documents published then)")
    fmt = argparse.ArgumentParser(add_help=False)
    fmt.add_argument("-p", "--param", action="append", default=[], metavar="NAME=VALUE",
                     help="a query parameter (VALUE is read as JSON when it parses, else as text); may be repeated")
    fmt.add_argument("--format", choices=["table", "csv", "json"], default="table")
    fmt.add_argument("--backend", choices=["embedded", "neo4j"], default="embedded",
                     help="answer from the store's embedded database (default) or from Neo4j (--uri or NEO4J_URI; "
                          "password: NEO4J_PASSWORD), e.g. one filled by ingest --into")
    fmt.add_argument("--uri", default=os.environ.get("NEO4J_URI"), help="Neo4j URI for --backend neo4j")
    p = sub.add_parser("cypher", parents=[common, fmt], help="run a Cypher statement on the embedded database")
    p.add_argument("query", help="the Cypher statement")
    p.add_argument("--write", action="store_true", help="allow statements that change the database")
    p = sub.add_parser("query", parents=[common, fmt, times], help="run a named query from queries/ (see --list)")
    p.add_argument("name", nargs="?", help="the query's name")
    p.add_argument("--list", action="store_true", help="list the named queries and their parameters")
    view_cli.add_parser(sub, common)
    review.add_parser(sub, common)
    view_cli.add_map_parser(sub, common)
    p = sub.add_parser("export", parents=[common], help="export the store: Neo4j, neo4j-admin CSV, cypher-shell "
                       "script, GraphML, GEXF or node-link JSON")
    p.add_argument("format", choices=["neo4j", "neo4j-admin", "cypher", "graphml", "gexf", "json"])
    p.add_argument("target", nargs="?", help="the output file (cypher, graphml, gexf, json) or folder (neo4j-admin)")
    p.add_argument("--uri", help="Neo4j URI, e.g. neo4j://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io")
    p.add_argument("--user", default=os.environ.get("NEO4J_USER", "neo4j"))
    p.add_argument("--database", default=os.environ.get("NEO4J_DATABASE"), help="Neo4j database (default: the server's)")
    p.add_argument("--batch-size", type=_positive, default=1000)
    return ap


def _export(args: argparse.Namespace, console: Console, err: Console) -> int:
    if args.target:
        _check_target(Path(args.target), folder=args.format == "neo4j-admin")
    store = Store(args.store)
    if args.format == "json" and args.target:  # straight from the store, without networkx
        store.export_json(args.target)
        labels, types = store.counts()
        console.print(f"wrote {args.target} (json)")
        console.print(f"{sum(labels.values())} nodes, {sum(types.values())} relationships")
        return 0
    g = store.graph
    if args.format == "neo4j":
        return _export_neo4j(args, g, console, err)
    if not args.target:
        raise QueryError(f"geopol export {args.format} needs a target file or folder")
    if args.format == "neo4j-admin":
        from .export.neo4j_admin import write_admin_csv

        files = write_admin_csv(g, args.target)
        console.print(f"wrote {len(files) - 1} CSV files and {files[-1]} (the neo4j-admin command)")
    elif args.format == "cypher":
        from .export.cypher_script import write_script

        write_script(g, args.target, batch_size=args.batch_size)
        console.print(f"wrote {args.target}: run it with cypher-shell -f {args.target}")
    else:
        from .export.files import write_file

        write_file(g, args.format, args.target)
        console.print(f"wrote {args.target} ({args.format})")
    console.print(f"{g.number_of_nodes()} nodes, {g.number_of_edges()} relationships")
    return 0


def _export_neo4j(args: argparse.Namespace, g, console: Console, err: Console) -> int:
    from .export.neo4j_writer import as_session, write

    if not args.uri:
        raise QueryError("geopol export neo4j needs --uri (the password comes from NEO4J_PASSWORD)")
    _check_uri(args.uri, "--uri")
    password = os.environ.get("NEO4J_PASSWORD")
    if password is None:
        raise QueryError("set NEO4J_PASSWORD: the password is never taken from the command line")
    import neo4j

    total = g.number_of_nodes() + g.number_of_edges()
    with neo4j.GraphDatabase.driver(args.uri, auth=(args.user, password)) as driver:
        try:
            driver.verify_connectivity()
        except Exception as exc:  # noqa: BLE001  (any connection failure is one line)
            raise QueryError(f"cannot reach Neo4j at {args.uri}: {str(exc).splitlines()[0]}") from exc
        session = as_session(driver, args.database)
        with session, Progress(TextColumn("writing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                               console=err) as bar:
            task = bar.add_task("write", total=total)
            report = write(g, session, args.batch_size, progress=lambda n: bar.advance(task, n))
    table = Table(title=f"written to {args.uri}")
    table.add_column("what")
    table.add_column("count", justify="right")
    for label, n in sorted(report.by_label.items()):
        table.add_row(label, str(n))
    for type_, n in sorted(report.by_type.items()):
        table.add_row(type_, str(n))
    console.print(table)
    console.print(f"{report.nodes} nodes and {report.relationships} relationships in {report.batches} batches "
                  f"({report.retries} retries)")
    return 0


def _params(pairs: list[str]) -> dict:
    out = {}
    for pair in pairs:
        name, value = parse_param(pair)
        if "=" not in pair or not name:
            raise QueryError(f"parameter {pair!r} is not NAME=VALUE")
        problem = param_problem(value)
        if problem:
            raise QueryError(f"parameter {name}: {problem}")
        out[name] = value
    return out


def _check_uri(uri: str, option: str) -> None:
    """A Neo4j address the driver accepts, or one line saying what is wrong with it."""
    scheme, sep, rest = uri.partition("://")
    if not sep or scheme.lower() not in NEO4J_SCHEMES or not rest.strip("/"):
        raise QueryError(f"{option} {uri!r} is not a Neo4j address: use neo4j://HOST:7687 (or "
                         f"{', '.join(s + '://' for s in NEO4J_SCHEMES[1:])})")


def _check_target(target: Path, folder: bool) -> None:
    """The folder an export writes into must exist (a neo4j-admin folder itself may be new)."""
    parent = target if folder and target.is_dir() else target.parent
    if not parent.is_dir():
        raise QueryError(f"{target}: the folder {parent} does not exist")
    if not folder and target.is_dir():
        raise QueryError(f"{target}: is a folder; give a file name")


def _require_store(directory: str) -> None:
    """Read commands answer from an existing store only (a mistyped --store is not an empty graph)."""
    path = Path(directory)
    if not (path / STORE_FILE).is_file() and not (path / GRAPH_FILE).is_file():
        what = "does not exist" if not path.exists() else "holds no geopol store (no store.sqlite)"
        raise StoreError(f"--store {path}: {what}; run geopol ingest first or give the right --store")


def _print_frame(frame, fmt: str, console: Console, statement: str | None = None) -> None:
    """Rows as a table, CSV or JSON: headers as the statement wrote them, one row per evidence sentence
    (table, CSV), evidence as objects (JSON)."""
    import json

    from .results import decoded, evidence_rows, headers_as_written

    if statement:
        frame = frame.set_axis(headers_as_written(list(frame.columns), statement), axis=1)
    if fmt == "json":
        records = [{k: (None if isinstance(v, float) and v != v else v) for k, v in r.items()} for r in decoded(frame)]
        sys.stdout.write(json.dumps(records, ensure_ascii=False, default=str) + "\n")
        return
    frame = evidence_rows(frame)
    if fmt == "csv":
        sys.stdout.write(clean(frame.to_csv(index=False)))  # article text: no control characters
    else:
        table = Table(show_lines=False)
        for col in frame.columns:
            table.add_column(escape(clean(str(col))), overflow="fold")
        for row in frame.itertuples(index=False):
            table.add_row(*[escape(clean(_cell(v))) for v in row])
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

    check_statement(args.query, write=args.write)  # read-only unless --write; one statement
    store_dir = Store(args.store).dir  # no graph is loaded: the engine answers
    if args.write:
        from .cypher.write import write_cypher

        frame = write_cypher(store_dir, args.query, _params(args.param))
    elif args.backend == "neo4j":
        import pandas as pd

        from .export.live import neo4j_driver

        with neo4j_driver(args.uri) as driver, driver.session() as session:
            frame = pd.DataFrame(session.run(args.query, _params(args.param)).data())
    else:
        with open_embedded(store_dir) as db:
            frame = db.run(args.query, _params(args.param))
    _print_frame(frame, args.format, console, statement=args.query)
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

    if args.backend == "neo4j":
        from .export.live import neo4j_driver

        with neo4j_driver(args.uri) as driver:
            frame = queries.run_named(driver, args.name, **{**_params(args.param), **_times(args)})
        _print_frame(frame, args.format, console)
        return 0
    with open_embedded(store.dir) as db:
        unknown = _unknown_names(db, args.name, _params(args.param))
        if unknown:
            sys.stderr.write("".join(f"no entity named {name!r}\n" for name in unknown))
            return 1
        frame = queries.run_named(db, args.name, **{**_params(args.param), **_times(args)})
    _print_frame(frame, args.format, console)
    return 0


def _unknown_names(db, query_name: str, params: dict) -> list[str]:
    """The values of ``params`` that should name an entity (name, source, target, X for X_id) but name none."""
    import queries

    from .results import name_params

    query = queries.get(query_name)
    return [str(params[k]) for k in name_params(query)
            if isinstance(params.get(k), str) and queries.run_named(db, "entity", name=params[k]).empty]


def _times(args: argparse.Namespace) -> dict[str, str]:
    """``--as-of/--since/--until`` as named-query parameters (only those given)."""
    return {k: v for k in ("as_of", "since", "until") if (v := getattr(args, k, None))}


def _stats_window(store: Store, args: argparse.Namespace, console: Console) -> None:
    """``geopol stats --since/--until/--as-of``: the named query ``counts`` on the embedded engine."""
    import queries

    from .cypher import open_embedded

    with open_embedded(store.dir) as db:
        frame = queries.run_named(db, "counts", **_times(args))
    span = " ".join(f"--{k.replace('_', '-')} {v}" for k, v in _times(args).items())
    table = Table(title=f"relations that held ({span}) per type")
    table.add_column("type")
    table.add_column("edges", justify="right")
    docs = 0
    for what, n in zip(frame["what"], frame["count"], strict=True):
        if what == "Document":
            docs = int(n)
        else:
            table.add_row(what, str(int(n)))
    console.print(table)
    console.print(f"documents published then (or undated): {docs}; store: {store.path}")


def summary_tables(store: Store) -> list[Table]:
    labels, types = store.counts()  # from the store, without loading the graph
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


def _cli_metadata(args: argparse.Namespace):
    """``--date/--source/--url`` as document metadata, or None."""
    from .errors import InputError
    from .text.metadata import Metadata, iso_date

    if not (args.date or args.source or args.url):
        return None
    published = iso_date(args.date) if args.date else None
    if args.date and not published:
        raise InputError("--date", f"{args.date!r} is not a date (use ISO, e.g. 2024-03-04)")
    return Metadata(published=published, source=args.source, url=args.url, date_source="cli" if published else None)


def _ingest(args: argparse.Namespace, console: Console, err: Console) -> int:
    from .pipeline import DEFAULT_BATCH, Pipeline, default_workers, ingest
    from .text import discover

    if args.into:
        _check_uri(args.into, "--into")
    store = Store(args.store)
    reference = list(args.reference)
    own = store.dir / "reference.yaml"
    if own.exists():
        reference.append(str(own))
    files, _ = discover(args.paths)
    pipeline = Pipeline(enrich=not args.no_enrich, extra_reference=reference)
    options = {"force": args.force, "workers": args.workers or default_workers(), "cluster": args.cluster,
               "into": args.into, "batch_size": args.batch_size or DEFAULT_BATCH}
    if len(files) > PROGRESS_THRESHOLD:
        with Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, transient=False) as bar:
            task = bar.add_task("ingest", total=len(files))
            report = ingest(args.paths, store, pipeline, progress=lambda n: bar.advance(task, n),
                            meta=_cli_metadata(args), **options)
    else:
        report = ingest(args.paths, store, pipeline, meta=_cli_metadata(args), **options)
    if args.out:  # the store itself was committed by the ingest
        store.export_json(Path(args.out))
    for failure in report.failures:
        err.print(f"[red]error[/red]: {escape(clean(str(failure)))}", highlight=False, markup=True)
    for table in summary_tables(store):
        console.print(table)
    console.print(f"documents: {store.counts()[0].get('Document', 0)} in store, {len(report.added)} added, "
                  f"{len(report.skipped)} already stored, {len(report.failures)} failed; store: {store.path}",
                  markup=False, highlight=False)
    return 1 if report.failures else 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    console, err = Console(), Console(stderr=True, soft_wrap=True)
    try:
        if args.command in READ_COMMANDS and not getattr(args, "list", False):
            _require_store(args.store)
        if args.command == "ingest":
            return _ingest(args, console, err)
        if args.command == "cypher":
            return _cypher(args, console)
        if args.command == "query":
            return _query(args, console)
        if args.command == "viz":
            return view_cli.run(args, console)
        if args.command == "review":
            return review.run(args, console)
        if args.command == "map":
            return view_cli.run_map(args, console)
        if args.command == "export":
            return _export(args, console, err)
        if args.command == "stats":
            store = Store(args.store)
            if _times(args):
                _stats_window(store, args, console)
                return 0
            for table in summary_tables(store):
                console.print(table)
            console.print(f"documents: {store.counts()[0].get('Document', 0)}; store: {store.path}")
            return 0
    except GeopolError as exc:
        err.print(f"error: {one_line(str(exc))}", highlight=False, markup=False)
        return 2
    except OSError as exc:  # a full disk, a read-only folder, a missing file: name it and the reason
        where = exc.filename or (args.store if hasattr(args, "store") else "")
        err.print(f"error: {one_line(f'{where}: {exc.strerror or exc}')}", highlight=False, markup=False)
        return 2
    except KeyboardInterrupt:
        err.print("error: interrupted (what was committed before stays stored)", highlight=False, markup=False)
        return 130
    except Exception as exc:  # noqa: BLE001  (never a traceback: one line naming the problem)
        err.print(f"error: {one_line(f'{type(exc).__name__}: {exc}')} (unexpected; please report it)",
                  highlight=False, markup=False)
        return 2
    return 0


def one_line(text: str) -> str:
    """The first line of a message, safe for a terminal."""
    lines = [ln for ln in clean(text).splitlines() if ln.strip()]
    return lines[0].strip() if lines else "(no message)"


if __name__ == "__main__":
    sys.exit(main())
