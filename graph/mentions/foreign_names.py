"""Institutions named in another language, head word first: "the Istituto Adriatico di Studi Strategici",
"Institut Loire pour la Défense", "the Fundación Meridiano para la Seguridad". The NER reads them as a
place, an event or cuts them at the first small word; a name led by a foreign institution's head
(``foreign_institution_heads`` in ``lexicon.yaml``) runs over its capitalised words and the small words
between them (``foreign_name_connectors``) and is one Organization.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from .lexicon import lexicon
from .mention import Mention
from .words import texts


def _cap(tok) -> bool:
    return tok.text[:1].isupper() and any(c.isalpha() for c in tok.text)


def foreign_institutions(doc: Doc) -> list[tuple[int, int]]:
    """``(start, end)`` of each institution named after a foreign head word."""
    heads = set(lexicon()["foreign_institution_heads"])
    small = set(lexicon()["foreign_name_connectors"])
    out: list[tuple[int, int]] = []
    words = texts(doc)  # (a head word is looked up without making a Token for every word)
    i = 0
    while i < len(doc):
        if words[i] not in heads or i + 1 >= len(doc) or not _cap(doc[i + 1]):
            i += 1
            continue
        end = j = i + 1
        while j < len(doc) and not (j > i + 1 and doc[j].is_sent_start) and (_cap(doc[j]) or doc[j].lower_ in small) \
                and doc[j].text not in heads:
            j += 1
            if _cap(doc[j - 1]):
                end = j
        out.append((i, end))
        i = end
    return out


def foreign_names(doc: Doc, mentions: list[Mention], make: Callable[[int, int], Mention]) -> list[Mention]:
    """``mentions`` with each foreign institution one Organization mention (``make(start, end)`` builds one)."""
    for s, e in foreign_institutions(doc):
        if any(m.start == s and m.end == e and m.label in {"Organization", "GovernmentBody", "Company"} for m in mentions):
            continue
        mentions = [m for m in mentions if m.end <= s or m.start >= e] + [make(s, e)]
    return sorted(mentions, key=lambda m: m.start)
