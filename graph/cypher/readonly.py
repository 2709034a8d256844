"""Tell a read query from a write query, outside string literals and comments.

>>> is_write_query("MATCH (n) RETURN n.name")
False
>>> is_write_query("MATCH (n) WHERE n.name = 'CREATE' DETACH DELETE n")
True
>>> is_write_query("RETURN 'MERGE me' AS s // CREATE")
False
"""
from __future__ import annotations

import re

WRITE_CLAUSES = {"CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "DROP", "ALTER", "COPY", "INSTALL",
                 "LOAD", "IMPORT", "EXPORT", "ATTACH", "CHECKPOINT", "FOREACH"}
_STRIP = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)


def is_write_query(query: str) -> bool:
    """Whether ``query`` has a clause that changes the database or its schema."""
    words = set(re.findall(r"[A-Za-z_]+", _STRIP.sub(" ", query)))
    return any(w.upper() in WRITE_CLAUSES for w in words)
