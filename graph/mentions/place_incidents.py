"""Wars, attacks and accidents named by their place, which are events of their own:

* "the 1999 Kargil war", "after the Pahalgam attack", "the Balakot air strike", "the Andijan
  massacre", "the Tower 22 drone attack": a place's name, then a noun of a violent incident
  (``incident_nouns`` under ``name_heads`` in ``lexicon.yaml``, at most one lower-case word such as
  "drone" or "air" between them), as the head of a definite noun phrase ("the", a year or a
  possessive before the place).

The place named only so is no place of the article: the writers list the incident, not its site.
Not "a Kargil war veteran" (the noun modifies another noun), "Pahalgam attacks continue" (no
determiner or year before the place), nor a country's war ("the Ukraine war": a country names a
war whose name is not its own, left to the catalogue).
"""
from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import lexicon
from .mention import Mention
from .words import lowers, pos_tags, texts

_OPENERS = {"the", "this", "that", "'s", "\u2019s"}
_MAX_GAP = 1  # lower-case words between the place and the noun ("drone", "air", "terror")


def _opened(doc: Doc, start: int) -> bool:
    """Whether a year, a definite determiner or a possessive stands right before ``start``."""
    before = lowers(doc)[start - 1] if start else ""
    return before in _OPENERS or before.isdigit() and len(before) == 4 and before[:2] in {"19", "20"}


def place_incidents(doc: Doc, mentions: list[Mention]) -> list[tuple[int, int]]:
    """``(start, end)`` of incidents named by a place mention of ``mentions`` and an incident noun."""
    nouns = [tuple(n.casefold().split()) for n in lexicon()["name_heads"]["incident_nouns"]]
    t, low, pos = texts(doc), lowers(doc), pos_tags(doc)
    taken = {i for m in mentions if m.label != "Place" for i in range(m.start, m.end)}
    out: list[tuple[int, int]] = []
    for m in mentions:
        if m.label != "Place" or not _opened(doc, m.start) or taken & set(range(m.start, m.end)):
            continue
        for gap in range(_MAX_GAP + 1):
            at = m.end + gap
            if any(not t[k].islower() or not t[k].isalpha() for k in range(m.end, min(at, len(doc)))):
                break
            noun = next((n for n in nouns if tuple(low[at:at + len(n)]) == n), None)
            if noun is None:
                continue
            end = at + len(noun)
            if end < len(doc) and pos[end] in {"NOUN", "PROPN"} or end > len(doc) or taken & set(range(m.end, end)):
                break
            out.append((m.start, end))
            break
    return out
