"""Variants of one catalogued platform family named side by side ("Leopard 2A8" ordered, "Leopard 2A4"
handed over): ANNOTATION.md keeps a variant that the text sets apart as a platform of its own. A mention
is a variant when its text is the family's name plus a short designation suffix run on to it ("2A8",
"F-35A"; not a plural "s", a category word or a name after a space); the family splits only when one
document names two or more different variants of it."""
from __future__ import annotations

import re

from ..ids import fold
from ..mentions import Mention
from ..reference.loader import ReferenceData

_SUFFIX = re.compile(r"^[a-z0-9]{1,4}$")


def _variant(text: str, family: str) -> str | None:
    """The variant suffix of ``text`` over the family name ``family`` ("Leopard 2A8" -> "a8")."""
    ft, core = fold(text), fold(family)
    if not ft.startswith(core) or len(ft) == len(core) or text[len(family):len(family) + 1] in {" ", ""}:
        return None
    rest = re.sub(r"^[-\s]", "", ft[len(core):])
    if not _SUFFIX.match(rest) or rest == "s" or rest.endswith("s") and rest[:-1].isalpha():
        return None
    return rest


def variant_names(mentions: list[Mention], ref: ReferenceData) -> dict[int, str]:
    """Mention start -> the variant's own name, for families named in two or more variants (the family's
    other mentions go to the variant named last before them)."""
    found: dict[str, dict[str, list[Mention]]] = {}
    for m in mentions:
        entry = ref.get(m.ref_id) if m.label == "Platform" and m.ref_id else None
        suffix = _variant(m.text, entry.name) if entry is not None else None
        if suffix is not None:
            found.setdefault(entry.id, {}).setdefault(suffix, []).append(m)
    out: dict[int, str] = {}
    for family, variants in found.items():
        if len(variants) < 2:
            continue
        named = sorted((m.start, ms[0].text) for ms in variants.values() for m in ms)
        for m in mentions:  # the family's other mentions ("the Leopard chassis"): the variant named last before
            if m.label == "Platform" and m.ref_id == family:
                out[m.start] = next((n for s, n in reversed(named) if s <= m.start), named[0][1])
    return out
