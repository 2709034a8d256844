"""Word lists the mention and relation stages share, loaded once from ``lexicon.yaml``."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from graph.wordlists import load_words

LEXICON_FILE = Path(__file__).parent / "lexicon.yaml"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The parsed lexicon (category nouns, titles, stop-acronyms...)."""
    return load_words(LEXICON_FILE)


def category_of(phrase_words: list[str]) -> str | None:
    """The platform category named by lower-cased words, longest cue first.

    >>> category_of(["surface-to-air", "missile", "systems"])
    'air_defense'
    >>> category_of(["maritime", "patrol", "aircraft"])
    'aircraft'
    """
    index, longest = _cue_index()
    joined = " ".join(phrase_words)
    if index is not None and joined.split() == phrase_words:  # plain words: look their runs up
        found = None
        for i in range(len(phrase_words)):
            for n in range(1, min(longest, len(phrase_words) - i) + 1):
                hit = index.get(" ".join(phrase_words[i:i + n]))
                if hit is not None and (found is None or (hit[0], -hit[1]) > (found[0], -found[1])):
                    found = hit
        return found[2] if found else None
    text = " " + joined + " "
    best: tuple[int, str] | None = None
    for category, cues in lexicon()["category_nouns"].items():
        for cue in cues:
            if f" {cue} " in text and (best is None or len(cue) > best[0]):
                best = (len(cue), category)
    return best[1] if best else None


@lru_cache(maxsize=1)
def _cue_index() -> tuple[dict[str, tuple[int, int, str]] | None, int]:
    """Each category cue -> (length, order, category), the first category listing it, and the most
    words a cue has; ``(None, 0)`` when a cue is not plain words separated by single spaces."""
    index: dict[str, tuple[int, int, str]] = {}
    order = 0
    for category, cues in lexicon()["category_nouns"].items():
        for cue in cues:
            if not cue or " ".join(cue.split()) != cue:
                return None, 0
            order += 1
            index.setdefault(cue, (len(cue), order, category))
    return index, max((len(c.split(" ")) for c in index), default=0)


def name_category_of(phrase_words: list[str]) -> str | None:
    """:func:`category_of`, or the category a noun printed right after a name gives it though the noun alone
    stands for no platform (``name_category_nouns``: "AK-203 assault rifles", "PD-14 engines"; "sold India
    engines" names no platform).

    >>> name_category_of(["turbofan", "engines"]), category_of(["engines"])
    ('other', None)
    """
    found = category_of(phrase_words)
    if found:
        return found
    text = " " + " ".join(phrase_words) + " "
    best: tuple[int, str] | None = None
    for category, cues in lexicon()["name_category_nouns"].items():
        for cue in cues:
            if f" {cue} " in text and (best is None or len(cue) > best[0]):
                best = (len(cue), category)
    return best[1] if best else None
