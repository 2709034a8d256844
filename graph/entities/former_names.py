"""A platform's earlier name set right after its present one is one hull under two names: "the
Atlantico, the former HMS Ocean helicopter carrier", "BNS Padma (ex-HMS Leeds)", "KRI Raden, formerly
HNLMS Tjerk". A ship sold or renamed keeps one Platform node with the earlier name as an alias (the dev
gold's convention for renamed ships and firms). The words come from ``lexicon.yaml``'s
``former_hull_words``; only the present name's apposition counts, never a name farther off.
"""
from __future__ import annotations

import re

from ..mentions import Mention
from ..mentions.lexicon import lexicon
from .entity import Entity, fold_into


def _between(words: list[str]) -> re.Pattern:
    """ ", the former ", " (ex-", ", formerly ": what stands between the present and the earlier name."""
    cue = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^\s*(?:,|\(|\u2013|\u2014)\s*(?:the\s+)?(?:{cue})(?:\s+|(?<=-))$", re.IGNORECASE)


def former_names(entities: dict[str, Entity], mentions: list[Mention], text: str) -> None:
    """Merge a Platform named right after another as its former name into that one."""
    between = _between(lexicon()["former_hull_words"])
    platforms = sorted((m for m in mentions if m.label == "Platform" and m.entity in entities), key=lambda m: m.start_char)
    for a, b in zip(platforms, platforms[1:], strict=False):
        if a.entity == b.entity or a.entity not in entities or b.entity not in entities:
            continue
        keep, gone = entities[a.entity], entities[b.entity]
        if keep.label != "Platform" or gone.label != "Platform" or keep.ref_id and gone.ref_id \
                or not between.match(text[a.end_char:b.start_char]):
            continue
        if gone.ref_id and not keep.ref_id:  # the catalogue's row keeps its id; the present name stays a name
            keep, gone = gone, keep
        fold_into(entities, keep, gone)
