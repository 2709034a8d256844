"""Query parameters written as ``NAME=VALUE`` on a command line or in a ``%%cypher`` cell.

>>> parse_param("limit=5"), parse_param("name=O'Brien"), parse_param("country")
(('limit', 5), ('name', "O'Brien"), ('country', None))
"""
from __future__ import annotations

import json
from typing import Any


def parse_param(pair: str) -> tuple[str, Any]:
    """``(name, value)``: VALUE read as JSON when it parses, else as text; no ``=`` gives ``None``."""
    name, sep, value = pair.partition("=")
    if not sep:
        return name.strip(), None
    try:
        return name.strip(), json.loads(value)
    except json.JSONDecodeError:
        return name.strip(), value


INT64 = (-(2**63), 2**63 - 1)


def param_problem(value: Any) -> str | None:
    """Why the engine cannot take ``value`` as a parameter, or None: lists must be non-empty and of
    one type (numbers mix), integers fit in 64 bits, maps hold such values.

    >>> param_problem([1, 2.5]), param_problem([1, "a"]), param_problem({"a": [None]})
    (None, 'a list must hold values of one type, not [1, "a"]', 'a list needs at least one value that is not null')
    """
    if isinstance(value, bool) or value is None or isinstance(value, float | str):
        return None
    if isinstance(value, int):
        return None if INT64[0] <= value <= INT64[1] else f"{value} does not fit in 64 bits"
    if isinstance(value, dict):
        for v in value.values():
            problem = param_problem(v)
            if problem:
                return problem
        return None
    if isinstance(value, list):
        kinds = {_kind(v) for v in value if v is not None}
        if not kinds:
            return "a list needs at least one value that is not null"
        if len(kinds) > 1:
            return f"a list must hold values of one type, not {json.dumps(value)[:80]}"
        for v in value:
            problem = param_problem(v)
            if problem:
                return problem
        return None
    return f"values of type {type(value).__name__} are not supported"


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    return type(value).__name__
