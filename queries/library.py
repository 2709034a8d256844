"""The named Cypher queries of ``queries/cypher/*.cypher``.

Each file starts with ``//`` comment lines: what the query answers, then one ``// param NAME: text``
line per parameter; a parameter whose text offers ``''`` is optional and defaults to ``''``.

>>> q = get("partners")
>>> [p.name for p in q.params], q.params[1].optional
(['name', 'domain', 'as_of', 'since', 'until'], True)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from graph.errors import QueryError
from graph.ontology import LABELS

CYPHER_DIR = Path(__file__).parent / "cypher"
# an anchor: a node found by the id a parameter gives, e.g. ``(a {id: $entity_id})``
_ANCHOR = re.compile(r"\((\w+) \{id: \$(\w+_id)\}\)")


@dataclass(frozen=True)
class Param:
    name: str
    doc: str
    optional: bool


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: Path

    def bind(self, given: dict[str, Any]) -> dict[str, Any]:
        """Parameters for a run: optional ones default to ``''``; unknown or missing ones raise."""
        known = {p.name for p in self.params}
        unknown = set(given) - known
        if unknown:
            raise QueryError(f"query {self.name!r} has no parameter {sorted(unknown)[0]!r}; "
                             f"it takes {', '.join(sorted(known)) or 'none'}")
        out = {}
        for p in self.params:
            value = given.get(p.name)
            if value is None:
                if not p.optional:
                    raise QueryError(f"query {self.name!r} needs -p {p.name}=... ({p.doc})")
                value = ""
            out[p.name] = value
        return out

    def typed(self, labels: dict[str, str]) -> str:
        """The text with each anchor ``(x {id: $p_id})`` given the label of its entity, for the
        ``_id`` parameters whose label is known (the entity query that found the id gives it): the
        engine then looks the anchor up in that label's id index instead of scanning every label."""
        def anchor(m: re.Match) -> str:
            label = labels.get(m.group(2))
            if label is None:
                return m.group(0)
            if label not in LABELS:
                raise QueryError(f"query {self.name!r}: {label!r} is not a label ({', '.join(LABELS)})")
            return f"({m.group(1)}:{label} {{id: ${m.group(2)}}})"

        return _ANCHOR.sub(anchor, self.text)


def parse(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    description, params = [], []
    for line in text.splitlines():
        if not line.startswith("//"):
            break
        body = line[2:].strip()
        match = re.match(r"param (\w+):\s*(.*)", body)
        if match:
            params.append(Param(match.group(1), match.group(2), "''" in match.group(2)))
        elif not params:
            description.append(body)
    return NamedQuery(path.stem, " ".join(description), tuple(params), text, path)


@lru_cache(maxsize=1)
def _all() -> dict[str, NamedQuery]:
    return {p.stem: parse(p) for p in sorted(CYPHER_DIR.glob("*.cypher"))}


def names() -> list[str]:
    return list(_all())


def get(name: str) -> NamedQuery:
    try:
        return _all()[name]
    except KeyError:
        raise QueryError(f"no named query {name!r}; `geopol query --list` lists them") from None


def all_queries() -> list[NamedQuery]:
    return list(_all().values())
