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
TIME_PARAMS = ("as_of", "since", "until")
# the time window of the named queries and the test that a relationship held in it, as every file spells them
_LO = r"date\(CASE WHEN \$as_of <> '' THEN \$as_of WHEN \$since <> '' THEN \$since ELSE '0001-01-01' END\) AS lo"
_HI = r"date\(CASE WHEN \$as_of <> '' THEN \$as_of WHEN \$until <> '' THEN \$until ELSE '9999-12-31' END\) AS hi"
# (one term of a conjunction: after WHERE, AND, OR, XOR or "(", never NOT, and followed by no operator)
_HELD = re.compile(r"(?:(?<=WHERE )|(?<=AND )|(?<=OR )|(?<=\())"
                   r"coalesce\((\w+)\.valid_from, \1\.first_reported, lo\) <= hi AND coalesce\(\1\.valid_to, hi\) >= lo"
                   r"(?=\s*(?:$|\)|\}|AND\b|OR\b|XOR\b|RETURN\b|WITH\b))", re.M)
_WINDOW = (re.compile(rf"^WITH {_LO},\s*{_HI}\n", re.M), re.compile(rf",\s*{_LO},\s*{_HI}"))


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

    def text_for(self, bound: dict[str, Any], labels: dict[str, str] | None = None) -> str:
        """The text to run with the parameters ``bound``: anchors typed (:meth:`typed`) and, when no
        time parameter is set, without the tests that a relationship held in the window (the window
        is then all time, so each test holds: the engine need not read the dates)."""
        text = self.typed(labels or {})
        if any(bound.get(k) for k in TIME_PARAMS):
            return text
        return _timeless(text)


@lru_cache(maxsize=256)
def _timeless(text: str) -> str:
    """``text`` with every held-in-the-window test replaced by ``true`` (and dropped from its
    conjunction), and the window's ``lo``/``hi`` taken out of the ``WITH`` when nothing else uses them.

    >>> _timeless("WITH date(CASE WHEN $as_of <> '' THEN $as_of WHEN $since <> '' THEN $since ELSE '0001-01-01' END) AS lo,\\n"
    ...           "     date(CASE WHEN $as_of <> '' THEN $as_of WHEN $until <> '' THEN $until ELSE '9999-12-31' END) AS hi\\n"
    ...           "MATCH (a)-[r]-(b) WHERE a.x = 1 AND coalesce(r.valid_from, r.first_reported, lo) <= hi "
    ...           "AND coalesce(r.valid_to, hi) >= lo RETURN b")
    'MATCH (a)-[r]-(b) WHERE a.x = 1 RETURN b'
    """
    out = _HELD.sub("true", text)
    out = re.sub(r"\btrue AND\s+", "", re.sub(r"\s+AND true\b", "", out))
    bare = out
    for window in _WINDOW:
        bare = window.sub("", bare)
    return out if re.search(r"\b(lo|hi)\b", _comments_out(bare)) else bare


def _comments_out(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith("//"))


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
