"""The one membership lookup of a bloc: the states the reference data lists as its members on a day.

The dated terms of ``memberships.csv`` where it has rows for the bloc (by its catalogue name or an alias),
else the bloc's undated member list in ``alliances.csv``; ``None`` where the data knows neither.
:func:`ever_listed` is the undated side: every state the dated terms ever name under the bloc, and how many
were ever full members (which earlier bloc a description fits: ``relations/families/bloc_fit.py``)."""
from __future__ import annotations

from functools import lru_cache


def bloc_names(entity) -> tuple[str, ...] | None:
    """The names the reference data gives a bloc entity (its catalogue entry's name and aliases), by which
    ``memberships.csv`` knows it; None where it has no entry."""
    from . import load_reference

    entry = load_reference().get(entity.ref_id) if entity is not None and entity.ref_id else None
    return (entry.name, *entry.aliases) if entry is not None else None


def known_members(entity, day: str | None) -> set[str] | None:
    """Names of the states the data lists as members of the bloc ``entity`` on ``day`` (see the module)."""
    from . import load_reference
    from .offices import load_offices

    entry = load_reference().get(entity.ref_id) if entity is not None and entity.ref_id else None
    if entry is None:
        return None
    dated = load_offices().members({entry.name, *entry.aliases}, day)
    return dated if dated is not None else set(entry.members) or None


@lru_cache(maxsize=256)
def _ever(names: tuple[str, ...]) -> tuple[frozenset[str], int] | None:
    from .offices import load_offices

    rows = [m for m in load_offices().memberships if m.alliance in names]
    if not rows:
        return None
    full = {m.country for m in rows if m.status in {"member", "former", "suspended"}}
    return frozenset(m.country for m in rows), len(full)


def ever_listed(entity) -> tuple[frozenset[str], int] | None:
    """The states ``memberships.csv`` ever lists under the bloc ``entity`` (any status, any date) and the
    number that were ever full members; None where it has no rows for the bloc."""
    names = bloc_names(entity)
    return _ever(tuple(sorted(names))) if names else None


def pending_status(entity, country_id: str, day: str | None, horizon_years: int = 0) -> str | None:
    """``"candidate"`` where the dated terms of ``memberships.csv`` make the state ``country_id`` (a Country id)
    a candidate of the bloc ``entity`` on ``day``: a candidate term covering the day, or (with no full
    membership covering it) a full membership that begins after the day, within ``horizon_years`` (a caller
    whose text tells an application under way: Timor-Leste "on course to become the eleventh member" of ASEAN
    in 2023, before its accession of October 2025; none by default, the data's later terms being hindsight). None otherwise, and with no date."""
    from .offices import _bound, load_offices

    names = bloc_names(entity)
    if not day or not names:
        return None
    rows = [m for m in load_offices().memberships_of.get(_country_name(country_id), []) if m.alliance in names]
    if any(m.status in {"member", "suspended"} and m.holds_on(day) for m in rows):
        return None
    if any(m.status == "candidate" and m.holds_on(day) for m in rows):
        return "candidate"
    lo = _bound(day, end=False) or ""
    if horizon_years <= 0:
        return None
    limit = f"{int(lo[:4]) + horizon_years}{lo[4:]}"
    later = [_bound(m.start, end=False) for m in rows if m.status == "member" and m.start]
    return "candidate" if any(s is not None and lo < s <= limit for s in later) else None


def recent_member(entity, country_id: str, day: str | None, years: set[str], recent_years: int = 3) -> bool:
    """Whether the dated terms of ``memberships.csv`` have the state ``country_id`` a full member of the bloc
    ``entity`` on ``day`` by a term that began in one of ``years`` (the years a sentence names) or in the
    ``recent_years`` before the day."""
    from .offices import _bound, load_offices

    names = bloc_names(entity)
    if not day or not names:
        return False
    lo = _bound(day, end=False) or ""
    since = f"{int(lo[:4]) - recent_years}{lo[4:]}"
    for m in load_offices().memberships_of.get(_country_name(country_id), []):
        if m.alliance not in names or m.status != "member" or not m.start:
            continue
        if m.holds_on(day) and (
                m.start[:4] in years or (_bound(m.start, end=False) or "") >= since):
            return True
    return False


def _country_name(country_id: str) -> str:
    """The state name a Country id was made from, as ``memberships.csv`` spells it (by its id)."""
    from .offices import load_offices

    return _names_by_id(load_offices()).get(country_id, "")


@lru_cache(maxsize=4)
def _names_by_id(offices) -> dict[str, str]:
    from ..ids import make_id

    return {make_id("Country", m.country): m.country for m in offices.memberships}
