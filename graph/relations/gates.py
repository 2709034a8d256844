"""Sentence gates: a rule family may declare (``cues.yaml``, ``gates``) the words without which it
finds nothing, and then runs only on sentences that have at least one of them (a token's
lower-case lemma or lower-case form, names included). Most sentences have none of a family's cue
words, and walking their tokens for each family is most of what relation extraction costs.

A gate lists cue lists by ``family.key`` (every word of every entry, a phrase's words one by one,
so a gate never holds back a sentence its rule would read) or plain words. A rule opts in only
where every relation it yields needs one of its gate's words in the sentence itself.
"""
from __future__ import annotations

from functools import lru_cache

from ..errors import ReferenceDataError
from .lexicon import CUES_FILE, cues


def _words(entries: set[str] | list[str]) -> set[str]:
    out: set[str] = set()
    for entry in entries:
        low = str(entry).lower()
        out.add(low)
        out.update(low.split())
    return out


@lru_cache(maxsize=1)
def gates() -> dict[str, frozenset[str]]:
    """Rule name -> the words one of which a sentence needs for the rule to run."""
    return build_gates(cues())


def build_gates(lex: dict) -> dict[str, frozenset[str]]:
    """The gates of a cue lexicon (``cues()``'s shape): every word of the lists each gate names.

    >>> lex = {"f": {"verbs": {"join", "take part"}}, "gates": {"r": {"f.verbs", "admit"}}}
    >>> sorted(build_gates(lex)["r"])
    ['admit', 'join', 'part', 'take', 'take part']
    """
    out: dict[str, frozenset[str]] = {}
    for rule, entries in lex.get("gates", {}).items():
        words: set[str] = set()
        for entry in entries:
            family, dot, key = str(entry).partition(".")
            if not dot:
                words |= _words([entry])
                continue
            listed = lex.get(family, {}).get(key) if isinstance(lex.get(family), dict) else None
            if listed is None:
                raise ReferenceDataError(f"{CUES_FILE}: gate {rule!r} names {entry!r}, which is no cue list")
            words |= _words(listed)
        out[rule] = frozenset(words)
    return out


def opens(gate: frozenset[str] | None, words: set[str]) -> bool:
    """Whether a sentence with ``words`` passes ``gate`` (no gate: every sentence does).

    >>> opens(frozenset({"join", "admit"}), {"finland", "join", "the", "alliance"})
    True
    >>> opens(frozenset({"join", "admit"}), {"talks", "stall"})
    False
    """
    return gate is None or not gate.isdisjoint(words)
