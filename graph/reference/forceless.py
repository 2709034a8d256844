"""States that keep no armed forces (``data/forceless_states.csv``, Wikipedia's list of countries without
armed forces): no army, navy or air force of theirs exists, so a bare service noun ("the Navy") or a
service chief's title ("Chief of Navy") in an article about one of them is another state's.

>>> forceless("Samoa"), forceless("New Zealand")
(True, False)
"""
from __future__ import annotations

from functools import lru_cache

from .offices import DATA_DIR, read_rows


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    return frozenset(r["name"].strip() for r in read_rows(DATA_DIR / "forceless_states.csv") if r.get("name"))


def forceless(country_name: str | None) -> bool:
    """Whether the country of that catalogue name keeps no armed forces."""
    return bool(country_name) and country_name in _names()
