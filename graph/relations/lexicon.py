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


_UNIONS: dict[tuple, tuple[dict, frozenset[str]]] = {}


def cue_union(lex: dict, keys: tuple[str, ...], extra: frozenset[str] = frozenset()) -> frozenset[str]:
    """Every word of the cue lists ``keys`` of one family's lexicon ``lex`` (e.g. ``cues()["membership"]``),
    plus ``extra``, gathered once per loaded lexicon: the set a rule's cheap first test asks of every token.

    >>> lex = {"a": {"x"}, "b": {"y", "x"}}
    >>> sorted(cue_union(lex, ("a", "b"), frozenset({"z"}))), cue_union(lex, ("a", "b")) is cue_union(lex, ("a", "b"))
    (['x', 'y', 'z'], True)
    """
    key = (id(lex), keys, extra)
    held = _UNIONS.get(key)
    if held is None or held[0] is not lex:  # (an id a discarded lexicon had)
        held = _UNIONS[key] = (lex, frozenset(extra).union(*(lex[k] for k in keys)))
    return held[1]


def domain_of(words: set[str]) -> str | None:
    """The cooperation/conflict domain the words of a sentence suggest (most specific first).

    >>> domain_of({"defense", "industry", "ties"})
    'defense_industry'
    """
    for domain in ("defense_industry", "security", "defense", "economic", "political"):
        if words & cues()["domains"][domain]:
            return domain
    return None
