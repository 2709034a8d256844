"""Firms outside defence (the ``sector`` column of the company reference rows: energy, technology, transport,
mining, automotive) supply arms only where their sentence names arms.

SUPPLIES is a transfer of military goods. "Huawei supplied 5G equipment to Serbia's police" and "Gazprom
supplies gas to Moldova" name none: a SUPPLIES whose source is such a firm is kept only when its evidence
sentence names a platform or a military category word ("drones", "radars", "armoured vehicles").
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from ...entities import Entity
from ...mentions.lexicon import category_of
from ..relation import Relation
from .part_makers import platform_token_indices

_ROWS = Path(__file__).resolve().parents[2] / "reference" / "data" / "companies_world.csv"


@lru_cache(maxsize=1)
def civil_names() -> frozenset[str]:
    """Names and aliases of the company rows with a non-defence ``sector``."""
    with _ROWS.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if (r.get("sector") or "").strip()]
    return frozenset(n.strip() for r in rows for n in [r["name"], *(r.get("aliases") or "").split("|")] if n.strip())


def _names_arms(sent, platform_tokens: set[int]) -> bool:
    return any(t.i in platform_tokens for t in sent) or any(
        t.pos_ == "NOUN" and category_of([t.lower_]) is not None for t in sent)


def drop_civil_supplies(relations: list[Relation], doc: Doc, sents: list, entities: dict[str, Entity]) -> list[Relation]:
    """``relations`` less the SUPPLIES of non-defence firms whose sentence names no arms (module docstring)."""
    civil = civil_names()
    if not any(r.type == "SUPPLIES" and entities.get(r.source) is not None and entities[r.source].label == "Company"
               and entities[r.source].name in civil for r in relations):
        return relations
    by_start = {s.start_char: s for s in sents}
    platform_tokens = platform_token_indices(doc, entities)

    def civil_only(r: Relation) -> bool:
        e = entities.get(r.source)
        if r.type != "SUPPLIES" or e is None or e.label != "Company" or e.name not in civil:
            return False
        sent = by_start.get(r.evidence.get("start"))
        return sent is not None and not _names_arms(sent, platform_tokens)

    return [r for r in relations if not civil_only(r)]
