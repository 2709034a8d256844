"""Who held which office when: heads of state and government, ministers, secretaries-general and
chief executives (``data/people.csv``, one row per person per term), and alliance memberships with
join and leave dates (``data/memberships.csv``). Background knowledge: it recognises people and
resolves "the Kazakh president" to whoever held the office on a document's date; relations it
suggests still need a sentence of the text to enter the graph as text relations.

>>> offices = load_offices()
>>> [o.role for o in offices.held_by("person:kassym-jomart-tokayev", "2024-11-27")][:1]
['head_of_state']
"""
from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import ReferenceDataError
from ..ids import make_id

DATA_DIR = Path(__file__).parent / "data"
LEADERS = {"head_of_state", "head_of_government"}
MINISTRY_TOPIC = {"defence_minister": "Defense", "foreign_minister": "Foreign Affairs", "interior_minister": "Interior"}


def _bound(value: str | None, end: bool) -> str | None:
    """A term boundary at full precision: "2019" starts on 2019-01-01 and ends on 2019-12-31."""
    if not value:
        return None
    parts = value.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-12-31" if end else f"{parts[0]}-01-01"
    if len(parts) == 2:
        return f"{value}-31" if end else f"{value}-01"
    return value


def _covers(start: str | None, end: str | None, day: str | None) -> bool:
    """Whether a term from ``start`` to ``end`` (either open) covers ``day`` (an ISO date at any precision); any
    term when ``day`` is None."""
    if not day:
        return True
    lo, hi = _bound(day, end=False), _bound(day, end=True)
    first, last = _bound(start, end=False), _bound(end, end=True)
    return (first is None or first <= hi) and (last is None or last >= lo)


@dataclass(frozen=True)
class Office:
    """One term of one person in one office."""

    person: str  # the person's entity id
    name: str
    country: str
    role: str
    office: str
    title: str
    start: str | None
    end: str | None

    def holds_on(self, day: str | None) -> bool:
        """Whether the term covers ``day`` (an ISO date at any precision); any term when ``day`` is None."""
        return _covers(self.start, self.end, day)

    @property
    def country_id(self) -> str:
        return make_id("Country", self.country)


@dataclass(frozen=True)
class Membership:
    alliance: str
    country: str
    status: str
    start: str | None
    end: str | None

    def holds_on(self, day: str | None) -> bool:
        """Whether the term covers ``day`` (an ISO date at any precision); any term when ``day`` is None."""
        return _covers(self.start, self.end, day)


class Offices:
    """Terms indexed by person and by (country, role)."""

    def __init__(self, offices: list[Office], memberships: list[Membership]) -> None:
        self.by_person: dict[str, list[Office]] = defaultdict(list)
        self.by_country_role: dict[tuple[str, str], list[Office]] = defaultdict(list)
        for o in offices:
            self.by_person[o.person].append(o)
            self.by_country_role[(o.country_id, o.role)].append(o)
        self.memberships = memberships
        self.memberships_of: dict[str, list[Membership]] = defaultdict(list)  # by country name, in file order
        for m in memberships:
            self.memberships_of[m.country].append(m)

    def held_by(self, person_id: str, day: str | None = None) -> list[Office]:
        """The person's terms on ``day``; with no date, every term (latest first)."""
        terms = sorted(self.by_person.get(person_id, []), key=lambda o: o.start or "", reverse=True)
        return [o for o in terms if o.holds_on(day)]

    def holders(self, country_id: str, roles: set[str], day: str | None) -> list[Office]:
        """Everyone who held one of ``roles`` in the country on ``day`` (any time if no date)."""
        return [o for r in roles for o in self.by_country_role.get((country_id, r), []) if o.holds_on(day)]

    def holder(self, country_id: str, roles: set[str], day: str | None) -> Office | None:
        """Who held one of ``roles`` in the country on ``day`` (the latest term if no date)."""
        terms = [o for r in roles for o in self.by_country_role.get((country_id, r), []) if o.holds_on(day)]
        if not day:
            terms = [o for o in terms if o.end is None] or terms
        return max(terms, key=lambda o: o.start or "", default=None)

    def members(self, names: set[str], day: str | None = None) -> set[str] | None:
        """Country names that were members (or suspended members) on ``day`` of the alliance known
        by any of ``names``; None when the data has no rows for it."""
        rows = [m for m in self.memberships if m.alliance in names]
        if not rows:
            return None
        out = set()
        for m in rows:
            if m.status in {"member", "suspended"} and m.holds_on(day):
                out.add(m.country)
        return out


def read_rows(path: Path) -> list[dict]:
    """The rows of a reference CSV as dicts; none if the file is absent, a clear error if unreadable."""
    if not path.exists():
        return []
    try:
        return list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
    except (OSError, csv.Error) as exc:
        raise ReferenceDataError(f"{path}: cannot be read ({exc})") from exc


@lru_cache(maxsize=1)
def load_parents() -> dict[str, str]:
    """Company name -> the group that owns it (``data/company_parents.csv``)."""
    return {r["company"].strip(): r["parent"].strip() for r in read_rows(DATA_DIR / "company_parents.csv")
            if r.get("company") and r.get("parent")}


@lru_cache(maxsize=1)
def load_owners() -> dict[str, list[str]]:
    """Company name -> every group that owns it (``data/company_parents.csv``); two or more owners make
    the company a joint venture of them, not a subsidiary of one."""
    out: dict[str, list[str]] = {}
    for r in read_rows(DATA_DIR / "company_parents.csv"):
        if r.get("company") and r.get("parent"):
            out.setdefault(r["company"].strip(), []).append(r["parent"].strip())
    return out


@lru_cache(maxsize=1)
def load_arm_countries() -> dict[str, frozenset[str]]:
    """Group name -> the countries of its catalogued subsidiaries (``data/company_parents.csv``'s ``country``):
    "KNDS" -> {"Germany", "France"} by KNDS Deutschland and KNDS France."""
    out: dict[str, set[str]] = {}
    for r in read_rows(DATA_DIR / "company_parents.csv"):
        if r.get("parent") and r.get("country"):
            out.setdefault(r["parent"].strip(), set()).add(r["country"].strip())
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def load_offices() -> Offices:
    """The shipped terms and memberships (empty when the files are absent)."""
    offices = [Office(make_id("Person", r["name"].strip()), r["name"].strip(), r["country"].strip(),
                      r["role"].strip(), (r.get("office") or "").strip(), (r.get("title") or "").strip(),
                      (r.get("from") or "").strip() or None, (r.get("to") or "").strip() or None)
               for r in read_rows(DATA_DIR / "people.csv") if r.get("name") and r.get("country")]
    members = [Membership(r["alliance"].strip(), r["country"].strip(), (r.get("status") or "member").strip(),
                          (r.get("from") or "").strip() or None, (r.get("to") or "").strip() or None)
               for r in read_rows(DATA_DIR / "memberships.csv") if r.get("alliance") and r.get("country")]
    return Offices(offices, members)
