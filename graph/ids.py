"""Stable node ids: ``label:slug`` with spelling variants folded, so ids agree across documents.

>>> make_id("GovernmentBody", "Ministry of Defence of Poland")
'governmentbody:ministry-of-defense-of-poland'
>>> make_id("Country", "Türkiye")
'country:turkiye'
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPELLING = {"defence": "defense", "organisation": "organization", "armoured": "armored", "centre": "center",
             "programme": "program", "harbour": "harbor"}

_POSSESSIVE = re.compile(r"'s\b")
_WORD = re.compile(r"[0-9a-z]+")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Accent-free, case-folded words joined by single spaces, British spellings folded to US."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = _POSSESSIVE.sub("", text)
    words = _WORD.findall(text)
    return " ".join(_SPELLING.get(w, w) for w in words)


def make_id(label: str, name: str) -> str:
    """The id of the ``label`` node called ``name``."""
    slug = fold(name).replace(" ", "-") or "unnamed"
    return f"{label.lower()}:{slug}"


def clips(short: list[str], full: list[str], last_only: bool = False) -> bool:
    """Whether the words ``short`` are the first or the last words of the longer ``full`` (only the last with
    ``last_only``: a surname).

    >>> clips(["european"], ["european", "commission"]), clips(["commission"], ["european", "commission"])
    (True, True)
    >>> clips(["jane"], ["jane", "roe"], last_only=True), clips(["roe"], ["roe"])
    (False, False)
    """
    n = len(short)
    return 0 < n < len(full) and ((full[:n] == short and not last_only) or full[-n:] == short)
