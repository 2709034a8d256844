"""The :class:`Entity` record: one node's worth of mentions in a document."""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..mentions import Mention

if TYPE_CHECKING:  # (graph.relations imports the entity rules: no import at run time)
    from ..relations import Relation


@dataclass
class Entity:
    """A resolved entity. ``props`` become node properties (wikidata, category...);
    ``country`` is the id of the country a government body belongs to, ``country_mention`` the
    mention that said so in the text (``None`` when it was inferred)."""

    id: str
    label: str
    name: str
    aliases: set[str] = field(default_factory=set)
    props: dict[str, str] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    ref_id: str | None = None
    country: str | None = None
    country_mention: Mention | None = None
    #: the place an unnamed event was named by at its creation ("parade, Pyongyang, 2025-10-10": "Pyongyang"), as
    #: written there: where a rule asks where the event was held, not a node property
    venue: str | None = None

    def add(self, mention: Mention) -> None:
        mention.entity = self.id
        self.mentions.append(mention)
        if mention.text != self.name:
            self.aliases.add(mention.text)


def fold_into(entities: dict[str, Entity], keep: Entity, gone: Entity) -> None:
    """Fold ``gone`` into ``keep``: its mentions, its names as aliases, the properties ``keep`` lacks;
    ``gone`` leaves ``entities``."""
    for m in gone.mentions:
        keep.add(m)
    keep.aliases |= gone.aliases | {gone.name}
    for k, v in gone.props.items():
        keep.props.setdefault(k, v)
    del entities[gone.id]


def drop_entities(entities: dict[str, Entity], relations: list[Relation], gone: Collection[str]) -> None:
    """Remove from ``entities`` every entity whose id is in ``gone``, and from ``relations`` every relation
    touching one (both changed in place; nothing changes where ``gone`` is empty).

    >>> from graph.relations import Relation
    >>> entities = {i: Entity(i, "Country", i.upper()) for i in ("a", "b", "c")}
    >>> relations = [Relation("a", "COOPERATES_WITH", "b", {}, 1.0, "r"), Relation("b", "SUPPLIES", "c", {}, 1.0, "r")]
    >>> drop_entities(entities, relations, {"c"})
    >>> sorted(entities), [r.key() for r in relations]
    (['a', 'b'], [('a', 'COOPERATES_WITH', 'b')])
    """
    if not gone:
        return
    for key in [k for k, e in entities.items() if e.id in gone]:
        del entities[key]
    relations[:] = [r for r in relations if r.source not in gone and r.target not in gone]
