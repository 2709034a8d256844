"""Every error geopol raises, in one place.

All derive from :class:`GeopolError`, so a caller can catch the family at once.
"""
from __future__ import annotations


class GeopolError(Exception):
    """Base class of geopol errors."""


class InputError(GeopolError):
    """An input file cannot be ingested. Names the file and the reason.

    >>> str(InputError("a.txt", "file is empty"))
    'a.txt: file is empty'
    """

    def __init__(self, path: object, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class OntologyError(GeopolError):
    """A node or edge that the ontology does not allow."""


class ReferenceDataError(GeopolError):
    """A reference data file is malformed (names the file, the row and the problem)."""


class StoreError(GeopolError):
    """The store directory or its graph.json cannot be read or written."""


class CypherError(GeopolError):
    """A Cypher statement was rejected (syntax, unknown label, a write without ``--write``)."""


class QueryError(GeopolError):
    """A named query is unknown or was given wrong parameters."""


class ViewError(GeopolError):
    """The network view cannot be drawn as asked (unknown focus, label or type; too large a graph)."""
