"""Word lists the mention and relation stages share, loaded once from ``lexicon.yaml``."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

LEXICON_FILE = Path(__file__).parent / "lexicon.yaml"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The parsed lexicon (category nouns, titles, stop-acronyms...)."""
    return yaml.safe_load(LEXICON_FILE.read_text(encoding="utf-8"))


def category_of(phrase_words: list[str]) -> str | None:
    """The platform category named by lower-cased words, longest cue first.

    >>> category_of(["surface-to-air", "missile", "systems"])
    'air_defense'
    >>> category_of(["maritime", "patrol", "aircraft"])
    'aircraft'
    """
    text = " " + " ".join(phrase_words) + " "
    best: tuple[int, str] | None = None
    for category, cues in lexicon()["category_nouns"].items():
        for cue in cues:
            if f" {cue} " in text and (best is None or len(cue) > best[0]):
                best = (len(cue), category)
    return best[1] if best else None
