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
