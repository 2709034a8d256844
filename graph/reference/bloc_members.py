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
