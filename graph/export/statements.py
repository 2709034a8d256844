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


def present(rows: list[dict]) -> set[str]:
    """Columns some row of a batch has a value for (lists always count): the others are SET to a
    literal NULL, as the embedded engine cannot type a parameter field that is null in every row."""
    return {c for c in rows[0] if any(r.get(c) is not None for r in rows) or isinstance(rows[0][c], list)}


def _set(var: str, columns: dict[str, str], present: set[str] | None, skip: str = "") -> str:
    """``SET`` of every column: from the row where some row of the batch has it, else NULL, so a
    property gone from the store (the ``valid_to`` of a fact reopened) is cleared in the target too."""
    return ", ".join(f"{var}.{c} = {'row.' + c if present is None or c in present else 'NULL'}"
                     for c in columns if c != skip)


def node_merge(label: str, present: set[str] | None = None) -> str:
    """Create or update the nodes of one label from ``$rows`` (maps with the node columns), every
    property as the row has it; ``present`` (:func:`present`) names the columns some row has."""
    return f"UNWIND $rows AS row\nMERGE (n:{label} {{id: row.id}})\nSET {_set('n', NODE_COLUMNS, present, 'id')}"


def rel_merge(type_: str, source: str, target: str, present: set[str] | None = None) -> str:
    """Create or update relationships of one type between two labels from ``$rows`` (maps with
    ``from``, ``to`` and the relationship columns; ``present`` as for :func:`node_merge`)."""
    return (f"UNWIND $rows AS row\nMATCH (a:{source} {{id: row.from}})\nMATCH (b:{target} {{id: row.to}})\n"
            f"MERGE (a)-[r:{type_}]->(b)\nSET {_set('r', REL_COLUMNS, present)}")


def node_delete(label: str) -> str:
    """Delete the nodes of one label whose ids are in ``$rows`` (maps with ``id``), with their relationships."""
    return f"UNWIND $rows AS row\nMATCH (n:{label} {{id: row.id}})\nDETACH DELETE n"


def rel_delete(type_: str, source: str, target: str) -> str:
    """Delete relationships of one type between two labels from ``$rows`` (maps with ``from``, ``to``)."""
    return (f"UNWIND $rows AS row\nMATCH (a:{source} {{id: row.from}})-[r:{type_}]->(b:{target} {{id: row.to}})\n"
            "DELETE r")
