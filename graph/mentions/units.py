"""Numbered military units and regional commands, which are state bodies:

* "the 82nd Airborne Division", "the 7th Fleet", "the 1st Multi-Domain Task Force": an ordinal and
  capitalised words ending in a unit word (``unit_heads`` in ``lexicon.yaml`` under ``name_shape``);
* "US Army Pacific", "US Army Europe": a known armed service followed by the region it commands
  (``command_regions``) is that command, no ocean or continent of the text.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .mention import Mention
from .shape import words

_ORDINAL = re.compile(r"^(\d+(st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)$")
_MAX_WORDS = 5


def numbered_units(doc: Doc) -> list[tuple[int, int]]:
    """Spans of ordinal-led unit names."""
    heads = words()["unit_heads"]
    out: list[tuple[int, int]] = []
    for tok in doc:
        if not _ORDINAL.match(tok.text) or out and tok.i < out[-1][1]:
            continue
        end, last = tok.i + 1, None
        while end < len(doc) and end - tok.i <= _MAX_WORDS:
            t = doc[end]
            if t.text[:1].isupper() and t.is_alpha:
                end += 1
                if t.lower_ in heads:
                    last = end
            elif t.text == "-" and not t.whitespace_ and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
                end += 1  # "Multi-Domain"
            else:
                break
        if last is not None and last == end:  # not "1st Royal Air Force" in "1st Royal Air Force Base"
            out.append((tok.i, last))
    return out


def regional_commands(doc: Doc, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Spans of "armed service + region" names ("US Army Pacific")."""
    regions = words()["command_regions"]
    by_start = {m.start: m for m in mentions}
    out = []
    for m in mentions:
        nxt = by_start.get(m.end)
        if m.label == "GovernmentBody" and m.ref_id and m.end < len(doc) and doc[m.end].lower_ in regions \
                and doc[m.end].text[:1].isupper() and not doc[m.end].is_sent_start \
                and (nxt is None or nxt.label == "Place" and nxt.end == m.end + 1):
            out.append((m.start, m.end + 1))
    return out
