"""The relation cue lexicons of ``cues.yaml``, loaded once."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from graph.wordlists import load_words

CUES_FILE = Path(__file__).parent / "cues.yaml"


@lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    """Cue words per relation family, lists turned into sets."""
    data = load_words(CUES_FILE)
    return {family: {k: set(v) if isinstance(v, list) else v for k, v in entries.items()}
            for family, entries in data.items()}


def domain_of(words: set[str]) -> str | None:
    """The cooperation/conflict domain the words of a sentence suggest (most specific first).

    >>> domain_of({"defense", "industry", "ties"})
    'defense_industry'
    """
    for domain in ("defense_industry", "security", "defense", "economic", "political"):
        if words & cues()["domains"][domain]:
            return domain
    return None
