"""Sentence gates: a rule family may declare (``cues.yaml``, ``gates``) the words without which it
finds nothing, and then runs only on sentences that have them (a token's lower-case lemma or
lower-case form, names included). Most sentences have none of a family's cue words, and walking
their tokens for each family is most of what relation extraction costs.

A gate lists cue lists by ``family.key`` (or ``family.key.subkey``: every word of every entry, a
phrase's words one by one, so a gate never holds back a sentence its rule would read) or plain
words: a sentence needs one of them. A gate written as a mapping of named lists needs a word of
each list ("a reporting verb and a hostile verb"). A rule of ``RULES`` opts in by its name; a part
of a rule (one reading of a family that runs several) by :func:`gated`. A rule opts in only where
every relation it yields needs its gate's words in the sentence itself.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache, wraps
from typing import Any, TypeVar

from ..errors import ReferenceDataError
from .lexicon import CUES_FILE, cues

# a gate: the word sets a sentence needs one word of each of
Gate = tuple[frozenset[str], ...]
F = TypeVar("F", bound=Callable[..., Iterator[Any]])
# the parts of rules that declare a gate by :func:`gated`: gate name -> the part itself, ungated (for tests)
GATED: dict[str, Callable[..., Iterator[Any]]] = {}


def _words(entries: set[str] | list[str]) -> set[str]:
    out: set[str] = set()
    for entry in entries:
        low = str(entry).lower()
        out.add(low)
        out.update(low.split())
    return out


@lru_cache(maxsize=1)
def gates() -> dict[str, Gate]:
    """Rule name -> the word sets a sentence needs a word of each of for the rule to run."""
    return build_gates(cues())


def _listed(lex: dict, rule: str, entry: str) -> set[str]:
    """The words of one gate entry: a cue list named ``family.key[.subkey]``, or a plain word."""
    path = str(entry).split(".")
    if len(path) == 1:
        return _words([entry])
    found: Any = lex
    for part in path:
        found = found.get(part) if isinstance(found, dict) else None
    if found is None or isinstance(found, (str, int, float)):
        raise ReferenceDataError(f"{CUES_FILE}: gate {rule!r} names {entry!r}, which is no cue list")
    return _words(found)  # (a mapping's words are its keys)


def build_gates(lex: dict) -> dict[str, Gate]:
    """The gates of a cue lexicon (``cues()``'s shape): every word of the lists each gate names.

    >>> lex = {"f": {"verbs": {"join", "take part"}}, "gates": {"r": {"f.verbs", "admit"}}}
    >>> [sorted(words) for words in build_gates(lex)["r"]]
    [['admit', 'join', 'part', 'take', 'take part']]
    >>> lex["gates"]["s"] = {"verb": ["f.verbs"], "noun": ["bloc"]}
    >>> [sorted(words) for words in build_gates(lex)["s"]]
    [['join', 'part', 'take', 'take part'], ['bloc']]
    """
    out: dict[str, Gate] = {}
    for rule, entries in lex.get("gates", {}).items():
        groups = list(entries.values()) if isinstance(entries, dict) else [entries]
        gate: list[frozenset[str]] = []
        for group in groups:
            words: set[str] = set()
            for entry in group:
                words |= _listed(lex, rule, entry)
            gate.append(frozenset(words))
        out[rule] = tuple(gate)
    return out


def opens(gate: Gate | None, words: set[str]) -> bool:
    """Whether a sentence with ``words`` passes ``gate`` (no gate: every sentence does).

    >>> opens((frozenset({"join", "admit"}),), {"finland", "join", "the", "alliance"})
    True
    >>> opens((frozenset({"join", "admit"}),), {"talks", "stall"})
    False
    >>> opens((frozenset({"say"}), frozenset({"attack"})), {"say", "talks"})
    False
    """
    return gate is None or not any(need.isdisjoint(words) for need in gate)


def gated(name: str) -> Callable[[F], F]:
    """A part of a rule (``(ctx, facts) -> relations``) that runs only on sentences its gate ``name`` of
    ``cues.yaml`` opens (:func:`opens` on ``ctx.words``); elsewhere it finds nothing. A gate the file
    does not declare is an error when the part first runs."""
    def wrap(part: F) -> F:
        GATED[name] = part

        @wraps(part)
        def run(ctx, *args, **kwargs):
            gate = gates().get(name)
            if gate is None:
                raise ReferenceDataError(f"{CUES_FILE}: no gate {name!r} for {part.__qualname__}")
            words = ctx.words
            for need in gate:
                if need.isdisjoint(words):
                    return iter(())
            return part(ctx, *args, **kwargs)

        return run  # type: ignore[return-value]

    return wrap
