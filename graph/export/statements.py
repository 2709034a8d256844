"""All Cypher the Neo4j exporters emit, in one place: constraints and parameterised
``UNWIND $rows ... MERGE`` statements, one per label and per (type, source label, target label).

Text from articles never enters a statement: it travels in ``$rows``.

>>> print(node_merge("Country").splitlines()[0])
UNWIND $rows AS row
"""
from __future__ import annotations

from ..cypher.tables import NODE_COLUMNS, REL_COLUMNS
from ..ontology import LABELS


def constraint(label: str) -> str:
    """A uniqueness constraint on ``id`` for one label (Neo4j 5 syntax)."""
    return f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"


def constraints() -> list[str]:
    return [constraint(label) for label in LABELS]


def node_merge(label: str, columns: list[str] | None = None) -> str:
    """Create or update the nodes of one label from ``$rows`` (maps with the node columns;
    ``columns`` limits the properties set, e.g. to those some row of the batch has)."""
    cols = [c for c in NODE_COLUMNS if c != "id" and (columns is None or c in columns)]
    sets = ", ".join(f"n.{c} = row.{c}" for c in cols)
    return f"UNWIND $rows AS row\nMERGE (n:{label} {{id: row.id}})\nSET {sets}"


def rel_merge(type_: str, source: str, target: str, columns: list[str] | None = None) -> str:
    """Create or update relationships of one type between two labels from ``$rows``
    (maps with ``from``, ``to`` and the relationship columns; ``columns`` as for :func:`node_merge`)."""
    sets = ", ".join(f"r.{c} = row.{c}" for c in REL_COLUMNS if columns is None or c in columns)
    return (f"UNWIND $rows AS row\nMATCH (a:{source} {{id: row.from}})\nMATCH (b:{target} {{id: row.to}})\n"
            f"MERGE (a)-[r:{type_}]->(b)\nSET {sets}")


def node_delete(label: str) -> str:
    """Delete the nodes of one label whose ids are in ``$rows`` (maps with ``id``), with their relationships."""
    return f"UNWIND $rows AS row\nMATCH (n:{label} {{id: row.id}})\nDETACH DELETE n"


def rel_delete(type_: str, source: str, target: str) -> str:
    """Delete relationships of one type between two labels from ``$rows`` (maps with ``from``, ``to``)."""
    return (f"UNWIND $rows AS row\nMATCH (a:{source} {{id: row.from}})-[r:{type_}]->(b:{target} {{id: row.to}})\n"
            "DELETE r")
