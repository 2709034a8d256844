"""Battles and sieges named by their place, which are events of their own:

* "the Battle of Bakhmut", "the 2017 battle of Marawi", "the siege of Mariupol": a battle noun
  (``battle_nouns`` under ``name_heads`` in ``lexicon.yaml``), "of", then a capitalised name;
* "the battle for Bakhmut": "for" names the same battle ("Battle of Bakhmut"), the surface kept as alias.

Not "the battle for Ukraine's future" (a possessive: the name is no place of the fight), "a battle of
ideas" (no capitalised name), nor "battle of the budget" (a lower-case word after "the").
"""
from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import lexicon
from .words import lowers, texts

_MAX_WORDS = 4


def named_battles(doc: Doc, taken: set[int]) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of battles and sieges named by place; ``taken`` tokens (a catalogued
    name's) are left alone."""
    nouns = {w.casefold() for w in lexicon()["name_heads"]["battle_nouns"]}
    t, low = texts(doc), lowers(doc)
    out: list[tuple[int, int, str]] = []
    for i, word in enumerate(low[:-2]):
        if word not in nouns or low[i + 1] not in {"of", "for"} or i in taken:
            continue
        j = i + 2
        the = low[j] == "the" and j + 1 < len(doc)
        first = j + 1 if the else j
        end = first
        while end < len(doc) and end - first < _MAX_WORDS and t[end][:1].isupper() \
                and (doc[end].is_alpha or "-" in t[end]) and not doc[end].is_sent_start:
            end += 1
        if end == first or end < len(doc) and low[end] in {"'s", "\u2019s"} \
                or any(k in taken for k in range(i, end)):
            continue
        name = " ".join(t[first:end])
        out.append((i, end, f"{t[i][:1].upper()}{low[i][1:]} of {'the ' if the else ''}{name}"))
    return out
