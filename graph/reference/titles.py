"""The office-title catalogue (``data/office_titles.csv``): titles of a state's service chiefs and of the
heads of its security agencies, the kind of body each heads (its words: "army", "police", "customs"; "armed
forces" for the whole military, "state" for an office of the state itself) and whether the holder leads that
body or serves in it, for any state or for one named state; each row names its source.

>>> office_catalogue()[("inspector-general of police", "")]
('police', 'leads')
>>> office_catalogue()[("chief of defence staff", "India")]
('armed forces', 'affiliated')
>>> "national security adviser" in catalogued_titles()
True
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from ..errors import ReferenceDataError

OFFICE_TITLES = Path(__file__).parent / "data" / "office_titles.csv"
_RELATIONS = {"leads", "affiliated"}


@lru_cache(maxsize=1)
def office_catalogue() -> dict[tuple[str, str], tuple[str, str]]:
    """(title, country or "") -> (body words, "leads" or "affiliated")."""
    out = {}
    with OFFICE_TITLES.open(encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.DictReader(f), start=2):
            if row["relation"] not in _RELATIONS or not row["title"] or not row["source"]:
                raise ReferenceDataError(f"{OFFICE_TITLES}:{n}: needs a title, a source and a relation in {_RELATIONS}")
            out[(row["title"].lower(), row["country"])] = (row["body"], row["relation"])
    return out


@lru_cache(maxsize=1)
def catalogued_titles() -> frozenset[str]:
    """Every title of the catalogue, lower-case."""
    return frozenset(title for title, _ in office_catalogue())
