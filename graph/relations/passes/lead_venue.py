"""One venue per event: the place an article's lead gives an event yields to a place another rule gave it."""
from __future__ import annotations

from ...entities import Entity
from ..relation import Relation

# rules whose place leaves the lead's venue standing: the lead's own, and an exercise's training sites
# (an exercise is spread over several)
_NOT_PLACING = {"held-in-lead", "held-in-exercise-site"}


def placed_once(relations: list[Relation], entities: dict[str, Entity]) -> list[Relation]:
    """A lead's venue yields to a place another rule gave the same event (``held-in-lead``)."""
    placed = {r.source for r in relations if r.type == "HELD_IN" and r.rule not in _NOT_PLACING
              and entities[r.target].label == "Place"}
    return [r for r in relations if not (r.rule == "held-in-lead" and r.source in placed)]
