"""A type's production block standing alone: "F-16 Block 70 fighters" ... "Block 70 jets", "the first
Block 70s", "Tranche 3 aircraft". Once a document names a catalogued type with a block of it, the bare
block ("Block 70", plural "Block 70s") names that type again (the graph keeps one node per type family).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .mention import Mention

BLOCK_WORDS = frozenset({"Block", "Tranche", "Batch", "Increment"})
_NUMBER = re.compile(r"([0-9]{1,3}[A-Z]?|[IVX]{1,5})(s)?")


def _block_of(doc: Doc, m: Mention) -> tuple[str, str] | None:
    """The block a platform mention ends with ("F-16 Block 70": ("Block", "70"))."""
    if m.end - m.start < 3 or doc[m.end - 2].text not in BLOCK_WORDS:
        return None
    num = _NUMBER.fullmatch(doc[m.end - 1].text)
    return (doc[m.end - 2].text, num.group(1)) if num and not num.group(2) else None


def block_names(doc: Doc, mentions: list[Mention]) -> list[tuple[int, int, Mention]]:
    """``(start, end, family)`` for every bare block of a type named with that block elsewhere in the
    document, outside any platform mention; a block two catalogued types share names neither."""
    families: dict[tuple[str, str], set[str]] = {}
    first: dict[tuple[str, str], Mention] = {}
    for m in mentions:
        key = _block_of(doc, m) if m.label == "Platform" and m.ref_id else None
        if key is not None:
            families.setdefault(key, set()).add(m.ref_id)
            first.setdefault(key, m)
    if not first:
        return []
    platform = {i for m in mentions if m.label == "Platform" for i in m.tokens()}
    out: list[tuple[int, int, Mention]] = []
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        num = _NUMBER.fullmatch(nxt.text)
        if tok.text not in BLOCK_WORDS or num is None or tok.i in platform or nxt.i in platform:
            continue
        key = (tok.text, num.group(1))
        if key in first and len(families[key]) == 1:
            out.append((tok.i, tok.i + 2, first[key]))
    return out
