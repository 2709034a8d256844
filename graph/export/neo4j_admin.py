"""CSV files for ``neo4j-admin database import full`` (the fast path for millions of edges), and
the reader that loads them back (to check the round trip).

One node file per label (``id:ID``, ``:LABEL`` and typed property columns; dates as ``:date`` days, see :mod:`graph.dates`) and one relationship
file per type (``:START_ID``, ``:END_ID``, ``:TYPE`` and typed properties). Lists (aliases,
evidence) use the array delimiter U+001F, which article text does not contain; fields are quoted
as CSV, so commas, quotes and newlines survive (the command passes ``--multiline-fields=true``).
"""
from __future__ import annotations

import csv
import os
from pathlib import Path

import networkx as nx

from ..cypher.tables import NODE_COLUMNS, REL_COLUMNS, node_attrs, node_rows, rel_attrs, rel_rows
from ..errors import GeopolError
from ..store.interchange import replacing

ARRAY_DELIMITER = "\x1f"
TYPE_SUFFIX = {"STRING": "", "STRING[]": ":string[]", "DOUBLE": ":double", "INT64": ":long", "DATE": ":date"}
COMMAND_FILE = "import-command.sh"


def _header(columns: dict[str, str]) -> list[str]:
    return [f"{c}{TYPE_SUFFIX[t]}" for c, t in columns.items()]


def _cell(value, type_: str) -> str:
    if value is None:
        return ""
    if type_.endswith("[]"):
        items = [str(v) for v in value]
        if any(ARRAY_DELIMITER in v for v in items):
            raise GeopolError("a list item contains the array delimiter U+001F; it cannot be exported")
        return ARRAY_DELIMITER.join(items)
    return repr(value) if isinstance(value, float) else str(value)


def write_admin_csv(g: nx.MultiDiGraph, directory: str | os.PathLike, database: str = "neo4j") -> list[Path]:
    """Write the CSV files and ``import-command.sh`` into ``directory``; return the files written."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    written, node_files, rel_files = [], [], []
    props = {c: t for c, t in NODE_COLUMNS.items() if c != "id"}
    for label, rows in node_rows(g).items():
        if not rows:
            continue
        path = out / f"nodes_{label}.csv"
        with replacing(path) as tmp, tmp.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
            w.writerow(["id:ID", ":LABEL", *_header(props)])
            for r in rows:
                w.writerow([r["id"], label, *(_cell(r[c], t) for c, t in props.items())])
        node_files.append(path.name)
        written.append(path)
    by_type: dict[str, list[dict]] = {}
    for type_, _, _, rows in rel_rows(g):
        by_type.setdefault(type_, []).extend(rows)
    for type_, rows in sorted(by_type.items()):
        path = out / f"relationships_{type_}.csv"
        with replacing(path) as tmp, tmp.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
            w.writerow([":START_ID", ":END_ID", ":TYPE", *_header(REL_COLUMNS)])
            for r in rows:
                w.writerow([r["from"], r["to"], type_, *(_cell(r[c], t) for c, t in REL_COLUMNS.items())])
        rel_files.append(path.name)
        written.append(path)
    args = [f"  --nodes={f} \\" for f in node_files] + [f"  --relationships={f} \\" for f in rel_files]
    command = "\n".join([
        "#!/bin/sh",
        "# Load these files into an empty (or to-be-replaced) database; run it from this folder on the Neo4j",
        "# host, with the database stopped. Afterwards create the id constraints: geopol export cypher writes them.",
        "set -e",
        'cd "$(dirname "$0")"',
        f"neo4j-admin database import full {database} --overwrite-destination \\",
        "  --array-delimiter=U+001F --multiline-fields=true --id-type=string \\",
        *args,
        "  --verbose",
        "",
    ])
    cmd = out / COMMAND_FILE
    with replacing(cmd) as tmp:
        tmp.write_text(command, encoding="utf-8")
        tmp.chmod(0o755)
    written.append(cmd)
    return written


def _value(text: str, header: str):
    if ":" not in header or header.startswith(":"):
        return text if text != "" else None
    type_ = header.split(":", 1)[1]
    if type_ == "string[]":
        return text.split(ARRAY_DELIMITER) if text else []
    if text == "":
        return None
    return float(text) if type_ == "double" else int(text) if type_ == "long" else text


def read_admin_csv(directory: str | os.PathLike) -> nx.MultiDiGraph:
    """Read files written by :func:`write_admin_csv` back into a store-shaped graph."""
    d = Path(directory)
    g = nx.MultiDiGraph()
    for path in sorted(d.glob("nodes_*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            for row in reader:
                values = {h.split(":")[0]: _value(v, h) for h, v in zip(header, row, strict=True) if not h.startswith(":")}
                attrs = node_attrs(values)  # the dates as given (an interval, a year) come back from props
                attrs["id"] = row[0]
                attrs["label"] = row[1]
                g.add_node(row[0], **attrs)
    for path in sorted(d.glob("relationships_*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            for row in reader:
                values = {h.split(":")[0]: _value(v, h) for h, v in zip(header[3:], row[3:], strict=True)}
                attrs = rel_attrs(values)
                g.add_edge(row[0], row[1], key=row[2], **attrs)
    return g


__all__ = ["read_admin_csv", "write_admin_csv"]
