"""The one membership lookup of a bloc: the states the reference data lists as its members on a day.

The dated terms of ``memberships.csv`` where it has rows for the bloc (by its catalogue name or an alias),
else the bloc's undated member list in ``alliances.csv``; ``None`` where the data knows neither."""
from __future__ import annotations


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
