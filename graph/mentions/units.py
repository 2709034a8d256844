"""Numbered military units and regional commands, which are state bodies:

* "the 82nd Airborne Division", "the 7th Fleet", "the 1st Multi-Domain Task Force": an ordinal and
  capitalised words ending in a unit word (``unit_heads`` in ``lexicon.yaml`` under ``name_shape``);
* "No. 5 Squadron", "1 Division", "IX Corps": "No." and a number, or a bare number or roman numeral
  directly before a formation word (``numbered_unit_heads``), then words as above;
* "US Army Pacific", "US Army Europe": a known armed service followed by the region it commands
  (``command_regions``) is that command, no ocean or continent of the text;
* "Marine Aircraft Group 14", "Carrier Strike Group 9", "Carrier Air Wing 11", "Fighter Squadron 2":
  capitalised words ending in a formation word (``trailed_unit_heads``) and a number after it; a "Group"
  or "Wing" only with an arm's word before it (``formation_words``: not "Wagner Group 2").
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
_ROMAN_MANY = re.compile(r"^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIV|XV|XVI|XVIII)$")


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
    if _ROMAN_MANY.match(tok.text) and i + 1 < len(doc) and toks[i + 1].text[:1].isupper() \
            and (i == 0 or not toks[i - 1].text[:1].isupper()):
        return i + 1  # "the II Marine Expeditionary Force"; not "World War II" or "Elizabeth II" (a name before)
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
    return parent_designations(doc, out)


def _parent_end(doc: Doc, i: int) -> int | None:
    """End of a numbered parent unit's name opening at ``i`` ("94th Field Artillery Regiment", "7th Marines"),
    None when none opens there."""
    toks = tokens(doc)
    if i >= len(doc) or not _ORDINAL.match(toks[i].text):
        return None
    heads = words()["parent_unit_heads"]
    end, last = i + 1, None
    while end < len(doc) and end - i <= _MAX_WORDS and toks[end].text[:1].isupper() and toks[end].is_alpha:
        end += 1
        if toks[end - 1].lower_ in heads:
            last = end
    return last if last == end else None


def parent_designations(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with a numbered subunit joined to its parent named after a comma: "1st Battalion, 94th Field
    Artillery Regiment" and "3rd Battalion, 7th Marines" are one unit's name (``subunit_heads`` before the
    comma, ``parent_unit_heads`` ending the parent), not two; "the 1st Battalion, 2nd Battalion and ..." is a
    list (a subunit word after the comma too).

    >>> import spacy
    >>> doc = spacy.blank("en")("Gunners of the 1st Battalion, 94th Field Artillery Regiment fired.")
    >>> [doc[s:e].text for s, e in parent_designations(doc, [(3, 5), (6, 10)])]
    ['1st Battalion, 94th Field Artillery Regiment']
    >>> doc = spacy.blank("en")("the 1st Battalion, 2nd Battalion and 3rd Battalion")
    >>> [doc[s:e].text for s, e in parent_designations(doc, [(1, 3), (4, 6), (7, 9)])]
    ['1st Battalion', '2nd Battalion', '3rd Battalion']
    """
    subunits = words()["subunit_heads"]
    out: list[tuple[int, int]] = []
    skip_to = -1
    for s, e in spans:
        if s < skip_to:
            continue
        if e + 1 < len(doc) and doc[e - 1].lower_ in subunits and doc[e].text == "," \
                and not doc[e + 1].is_sent_start:
            parent = _parent_end(doc, e + 1)
            if parent is not None:
                out.append((s, parent))
                skip_to = parent
                continue
        out.append((s, e))
    return out


_COMPASS = {"southern", "northern", "eastern", "western", "central"}
_SERVICE_TAILS = {"forces", "force", "command", "fleet"}


def _region_end(doc: Doc, i: int) -> int | None:
    """The end of the region that opens at ``i`` after a service's name: "Pacific", "Europe-Africa"
    (two regions joined), "Southern Command" (a compass word and "Command"); None when none opens there."""
    regions = words()["command_regions"]
    t = doc[i]
    if not t.text[:1].isupper() or t.is_sent_start:
        return None
    if t.lower_ in regions:
        end = i + 1
        if end + 1 < len(doc) and doc[end].text == "-" and not t.whitespace_ and not doc[end].whitespace_ \
                and doc[end + 1].lower_ in regions and doc[end + 1].text[:1].isupper():
            end += 2  # "Europe-Africa"
        return end
    if t.lower_ in _COMPASS and i + 1 < len(doc) and doc[i + 1].text == "Command":
        return i + 2  # "U.S. Naval Forces Southern Command"
    return None


def regional_commands(doc: Doc, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Spans of "armed service + region" names ("US Army Pacific", "U.S. Naval Forces Europe-Africa") and
    of a command named by its seat ("Allied Joint Force Command Naples"): a known service, or a body's
    name ending in a service word ("Forces", "Command"), run on without a comma or preposition."""
    by_start = {m.start: m for m in mentions}
    out = []
    for m in mentions:
        if m.label != "GovernmentBody" or m.end >= len(doc):
            continue
        last = doc[m.end - 1].lower_
        if not (m.ref_id or last in _SERVICE_TAILS) or not doc[m.end - 1].whitespace_:
            continue
        nxt = by_start.get(m.end)
        end = _region_end(doc, m.end)
        if end is not None and (nxt is None or nxt.label == "Place" and nxt.end <= end):
            out.append((m.start, end))
        elif last == "command" and nxt is not None and nxt.label == "Place" and nxt.end == m.end + 1 \
                and doc[m.end].text[:1].isupper() and not doc[m.end].is_sent_start \
                and not (m.end + 1 < len(doc) and doc[m.end + 1].text[:1].isupper()):
            out.append((m.start, m.end + 1))  # "Allied Joint Force Command Naples"
    return out


_TRAILING_NUMBER = re.compile(r"^[1-9][0-9]{0,2}$")
_SHARE_DETS = {"the", "these", "those", "its", "their", "his", "her", "our", "new"}


def share_of(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens "of" and a share's set: a pronoun or a common noun ("75 of the jets", "12 of
    them"), not a name ("Group 14 of the 2nd Marine Aircraft Wing")."""
    if i >= len(doc) or doc[i].lower_ != "of":
        return False
    k = i + 1
    while k < len(doc) and (doc[k].lower_ in _SHARE_DETS or doc[k].pos_ in {"ADJ", "NUM"} and doc[k].is_lower):
        k += 1
    return k < len(doc) and (doc[k].pos_ == "PRON" or doc[k].pos_ == "NOUN" and doc[k].is_lower)


def trailed_units(doc: Doc) -> list[tuple[int, int]]:
    """Spans of unit names numbered after their formation word ("Carrier Strike Group 9")."""
    w = words()
    heads, armed, arms = w["trailed_unit_heads"], w["numbered_unit_heads"], w["formation_words"]
    toks, low = tokens(doc), [t.lower() for t in texts(doc)]
    out: list[tuple[int, int]] = []
    for i, text in enumerate(texts(doc)):
        if i == 0 or not _TRAILING_NUMBER.match(text) or low[i - 1] not in heads or not texts(doc)[i - 1][:1].isupper() \
                or toks[i].is_sent_start or toks[i - 1].is_sent_start:
            continue
        nxt = toks[i + 1] if i + 1 < len(doc) else None
        if nxt is not None and (nxt.like_num or nxt.text in {"%", "-", "/"} or nxt.pos_ in {"NOUN", "ADJ"} and nxt.is_lower
                                or share_of(doc, i + 1)):
            continue  # "Group 4 companies", "Squadron 2-1", "give the Air Force 75 of the jets": no number of a unit
        start = i - 1
        while start > 0 and i - start < _MAX_WORDS and toks[start - 1].is_alpha and texts(doc)[start - 1][:1].isupper() \
                and not toks[start].is_sent_start:
            start -= 1
        if start == i - 1:
            continue  # "Squadron 2" alone: no name
        if low[i - 1] not in armed and not set(low[start:i - 1]) & arms:
            continue
        out.append((start, i + 1))
    return out
