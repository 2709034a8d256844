"""The :class:`Relation` record: one typed edge found in one sentence."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Relation:
    """``source -[type]-> target`` with its evidence (doc id, sentence, character offsets)."""

    source: str
    type: str
    target: str
    evidence: dict[str, Any]
    confidence: float
    rule: str
    props: dict[str, str] = field(default_factory=dict)
    said: str | None = None  # the stage its own sentence says, where the article's course moved ``props["stage"]``

    def key(self) -> tuple[str, str, str]:
        return self.source, self.type, self.target


def related_ids(relations: Iterable[Relation]) -> set[str]:
    """The ids of the entities some relation of ``relations`` has as its source or its target.

    >>> sorted(related_ids([Relation("a", "LEADS", "b", {}, 1.0, "r")]))
    ['a', 'b']
    """
    return {end for r in relations for end in (r.source, r.target)}
