"""How query results read on the command line: headers as written, one row per evidence sentence,
JSON without strings of JSON inside, and names that match nothing said as such.

* :func:`headers_as_written`: the engine names an unaliased column by its internal form
  (``labels(n)`` comes back as ``LABEL(n._ID,[Country,...])``); the header is the expression as the
  statement wrote it.
* :func:`evidence_rows`: an evidence column (a list of JSON strings, the stored form) becomes one row
  per sentence, with its document, for the table and CSV.
* :func:`decoded`: for ``--format json``, those JSON strings become objects, so nothing is encoded twice.
* :func:`name_params`: which parameters of a named query name an entity (and so must match one).

>>> headers_as_written(["LABEL(n._ID,[Country])", "n.name"], "MATCH (n) RETURN labels(n), n.name LIMIT 3")
['labels(n)', 'n.name']
>>> import pandas as pd
>>> f = pd.DataFrame({"a": ["x"], "evidence": [['{"doc": "d1", "sentence": "One."}', '{"doc": "d2", "sentence": "Two."}']]})
>>> evidence_rows(f).to_dict("records")
[{'a': 'x', 'sentence': 'One.', 'doc': 'd1'}, {'a': 'x', 'sentence': 'Two.', 'doc': 'd2'}]
>>> decoded(f)[0]["evidence"][1]["sentence"]
'Two.'
"""
from __future__ import annotations

import json
import re
from typing import Any

import pandas as pd

_TAIL = re.compile(r"\s+(ORDER\s+BY|SKIP|LIMIT|UNION)\b.*$", re.I | re.S)
_ALIAS = re.compile(r"^(.*?)\s+AS\s+(`[^`]+`|\w+)\s*$", re.I | re.S)


def _split_top(text: str) -> list[str]:
    """``text`` split at commas outside brackets and quotes."""
    parts, depth, quote, start = [], 0, "", 0
    for i, ch in enumerate(text):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"`":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts]


def returned(statement: str) -> list[str] | None:
    """The headers of the statement's last RETURN as written (aliases where given), or None for ``*``."""
    found = list(re.finditer(r"\bRETURN\b(\s+DISTINCT\b)?", statement, re.I))
    if not found:
        return None
    body = _TAIL.sub("", statement[found[-1].end():]).strip().rstrip(";")
    if body == "*" or not body:
        return None
    out = []
    for item in _split_top(body):
        m = _ALIAS.match(item)
        out.append(m.group(2).strip("`") if m else " ".join(item.split()))
    return out


def headers_as_written(columns: list[str], statement: str) -> list[str]:
    """``columns`` renamed to the RETURN items as written, when they correspond one to one."""
    written = returned(statement)
    if not written or len(written) != len(columns):
        return list(columns)
    return written


def _items(value: Any) -> list[dict] | None:
    """The evidence items of a cell (a list of JSON strings or dicts), or None when it is not evidence."""
    if not isinstance(value, list | tuple):
        return None
    items = []
    for v in value:
        if isinstance(v, str):
            try:
                v = json.loads(v)
            except ValueError:
                return None
        if not isinstance(v, dict) or "sentence" not in v:
            return None
        items.append(v)
    return items


def _evidence_columns(frame: pd.DataFrame) -> list[str]:
    cols = []
    for col in frame.columns:
        cells = [v for v in frame[col] if isinstance(v, list | tuple) and len(v)]
        if cells and all(_items(v) is not None for v in cells):
            cols.append(col)
    return cols


def evidence_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per evidence sentence (columns ``sentence`` and ``doc`` in place of the evidence list)."""
    cols = _evidence_columns(frame)
    if not cols:
        return frame
    col = cols[0]
    rows = []
    for record in frame.to_dict("records"):
        items = _items(record[col]) or [{}]
        rest = {k: v for k, v in record.items() if k != col}
        for item in items:
            rows.append({**rest, "sentence": str(item.get("sentence", "")).strip(), "doc": item.get("doc", "")})
    at = list(frame.columns).index(col)
    order = [*[c for c in frame.columns[:at]], "sentence", "doc", *[c for c in frame.columns[at + 1:]]]
    return pd.DataFrame(rows, columns=order)


def decoded(frame: pd.DataFrame) -> list[dict]:
    """The rows as records, evidence lists as lists of objects (not of JSON strings)."""
    cols = set(_evidence_columns(frame))
    records = frame.to_dict("records")
    for r in records:
        for col in cols:
            items = _items(r[col])
            if items is not None:
                r[col] = items
    return records


def name_params(query: Any) -> list[str]:
    """The parameters of a named query that must name an entity: a required ``name``, ``source`` and
    ``target``, and ``X`` for a parameter ``X_id``."""
    names = [p.name for p in query.params if p.name in {"name", "source", "target"} and not p.optional]
    names += [p.name[:-3] for p in query.params if p.name.endswith("_id")]
    return names
