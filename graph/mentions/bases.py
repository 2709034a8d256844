"""Military bases and stations named after a lower-case base phrase or a service's "Base" word:

* "the naval air station INS Dega", "the air base Ramstein": the capitalised name after the phrase
  (``base_phrases`` in ``lexicon.yaml`` under ``name_shape``) is a place, not the ship or unit its
  prefix suggests;
* "RAAF Base Amberley", "RNZAF Base Woodbourne", "Naval Station Rota", "Air Force Station X": a
  service's acronym or "Naval"/"Air Force" followed by "Base"/"Station" and a place name (or a number:
  "Air Base 201") is the base;
* "at RAF Coningsby", "from Camp Lemonnier": a station prefix (``station_prefixes``) and the place name
  after it, where a place preposition comes before, is the station, not the service that runs it.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .shape import words
from .words import lowers, texts

_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_BASE_WORDS = {"Base", "Station"}
_SERVICE_WORDS = {"Naval", "Air", "Force", "Army", "Navy", "Marine", "Corps", "Coast", "Guard", "Joint"}
_MAX_NAME = 4


def _cap(tok) -> bool:
    return tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text) and not tok.is_sent_start


def _name_end(doc: Doc, i: int) -> int:
    """The end of the run of capitalised words from ``i`` (at most a few)."""
    end = i
    while end < len(doc) and end - i < _MAX_NAME and _cap(doc[end]):
        end += 1
    return end


def bases_after_phrase(doc: Doc) -> list[tuple[int, int]]:
    """Spans of names after a lower-case base phrase ("the naval air station INS Dega")."""
    low = lowers(doc)
    by_first = _phrases_by_first()
    out = []
    for i, w in enumerate(low):
        phrases = by_first.get(w)
        if phrases is None:
            continue
        phrase = next((p for p in phrases if low[i:i + len(p)] == p), None)
        if phrase is None or not doc[i].is_lower:
            continue
        j = i + len(phrase)
        end = _name_end(doc, j)
        if end > j:
            out.append((j, end))
    return out


def _phrases_by_first() -> dict[str, list[list[str]]]:
    """The base phrases as word lists, longest first, under their first word (made once)."""
    global _BY_FIRST
    if _BY_FIRST is None:
        _BY_FIRST = {}
        for p in sorted((p.split() for p in words()["base_phrases"]), key=len, reverse=True):
            _BY_FIRST.setdefault(p[0], []).append(p)
    return _BY_FIRST


_BY_FIRST: dict[str, list[list[str]]] | None = None


def service_bases(doc: Doc) -> list[tuple[int, int]]:
    """Spans of "RAAF Base Amberley", "Naval Station Rota", "Air Force Base Waterkloof"."""
    out = []
    for i, text in enumerate(texts(doc)):
        if text not in _BASE_WORDS or i == 0 or out and i < out[-1][1]:
            continue
        start = i
        while start > 0 and doc[start - 1].text in _SERVICE_WORDS:
            start -= 1
        if start == i and _ACRONYM.match(doc[i - 1].text):
            start = i - 1
        end = _name_end(doc, i + 1)
        if end == i + 1 and i + 1 < len(doc) and doc[i + 1].text.isdigit():
            end = i + 2  # "Air Base 201": bases a number names
        if start < i and end > i + 1:
            out.append((start, end))
    return out


_PARTICLES = {"de", "du", "des", "la", "le"}  # "Camp de Gaulle"


def stations(doc: Doc) -> list[tuple[int, int]]:
    """Spans of "RAF Coningsby", "Camp Lemonnier", "Camp de Gaulle" after a place preposition ("at",
    "from", "to" ...): the prefix with the name after it is the station."""
    prefixes, preps = words()["station_prefixes"], words()["station_preps"]
    out = []
    text, low = texts(doc), lowers(doc)  # (the words first: a token only where a prefix stands)
    for i in range(1, len(doc) - 1):
        if text[i] not in prefixes or low[i - 1] not in preps:
            continue
        j = i + 1
        if doc[j].lower_ in _PARTICLES and j + 1 < len(doc) and _cap(doc[j + 1]):
            j += 1
        end = _name_end(doc, j)
        if end > j and not (end < len(doc) and doc[end].text in _BASE_WORDS):
            out.append((i, end))
    return out
