"""The :class:`Relation` record: one typed edge found in one sentence."""
from __future__ import annotations

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
