"""Numbered military units and regional commands, which are state bodies:

* "the 82nd Airborne Division", "the 7th Fleet", "the 1st Multi-Domain Task Force": an ordinal and
  capitalised words ending in a unit word (``unit_heads`` in ``lexicon.yaml`` under ``name_shape``);
* "No. 5 Squadron", "1 Division", "IX Corps": "No." and a number, or a bare number or roman numeral
  directly before a formation word (``numbered_unit_heads``), then words as above;
* "US Army Pacific", "US Army Europe": a known armed service followed by the region it commands
  (``command_regions``) is that command, no ocean or continent of the text.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .mention import Mention
from .shape import words
from .words import texts, tokens

_ORDINAL = re.compile(r"^(\d+(st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)$")
_NUMBER = re.compile(r"^([1-9][0-9]{0,2}|[IVX]{1,5})$")
_MAX_WORDS = 5


def _number_start(doc: Doc, i: int) -> int | None:
    """Where a numbered unit's name opening at ``i`` has its first word after the number ("No. 5 Squadron",
    "1 Division", "IX Corps"), None when ``i`` opens none."""
    toks = tokens(doc)
    tok = toks[i]
    if tok.text in {"No.", "No"}:  # ("No." may be split into "No" and ".")
        j = i + 2 if tok.text == "No" and i + 1 < len(doc) and toks[i + 1].text == "." else i + 1
        return j + 1 if j < len(doc) and toks[j].text.isdigit() else None
    if _NUMBER.match(tok.text) and i + 1 < len(doc) and toks[i + 1].lower_ in words()["numbered_unit_heads"] \
            and toks[i + 1].text[:1].isupper() and (i == 0 or toks[i - 1].text not in {"No.", "No", "."}):
        return i + 1  # "1 Division in Kaduna"; not "300 Army officers" (no formation word)
    return None


def numbered_units(doc: Doc) -> list[tuple[int, int]]:
    """Spans of ordinal- or number-led unit names."""
    toks = tokens(doc)
    heads = words()["unit_heads"]
    out: list[tuple[int, int]] = []
    for i, text in enumerate(texts(doc)):
        if out and i < out[-1][1]:
            continue
        if _ORDINAL.match(text):
            first: int | None = i + 1
        elif text in {"No.", "No"} or _NUMBER.match(text):  # (what :func:`_number_start` needs)
            first = _number_start(doc, i)
        else:
            continue
        if first is None:
            continue
        tok = toks[i]
        end, last = first, None
        while end < len(doc) and end - tok.i <= _MAX_WORDS:
            t = toks[end]
            if t.text[:1].isupper() and t.is_alpha:
                end += 1
                if t.lower_ in heads:
                    last = end
            elif t.text == "-" and not t.whitespace_ and end + 1 < len(doc) and toks[end + 1].text[:1].isupper():
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
