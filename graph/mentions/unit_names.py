"""Named units of a state's forces: "the Assam Regiment", "the Rajputana Rifles", "Indo-Pacific Command".
The NER reads the name's first words as a place ("Assam") or the whole as an organisation; a name that
ends in a unit's head (``unit_heads`` in ``lexicon.yaml``) is the unit, a GovernmentBody. A firm's name
keeps its label ("Kestrel Division" of a company is the company's), and so does an organisation whose head
an armed movement's name takes too ("the Hamza Brigade": ``armed_group_unit_heads``).

A place naming an unnamed unit by its home ("the Marseille naval fire battalion", "16 Bihar battalion":
the place modifies a lower-case unit noun, ``lower_unit_nouns``) is no place of the graph: that mention
is dropped (the unit has no name of its own, and the town is where it comes from, not a place where
something happens).
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc

from .lexicon import lexicon
from .mention import Mention

_RELABELLED = frozenset({"Organization", "Place"})  # labels a unit's name is wrongly given


@lru_cache(maxsize=1)
def _heads() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(h.split()) for h in lexicon()["unit_heads"]), key=len, reverse=True))


def _head_after(doc: Doc, end: int) -> int:
    """How many words after ``end`` are a unit's head (0 when none)."""
    for head in _heads():
        if tuple(t.text for t in doc[end:end + len(head)]) == head:
            return len(head)
    return 0


def _ends_in_head(words: list[str]) -> bool:
    """Whether a name ends in a unit's head no armed movement's name takes."""
    armed = set(lexicon()["armed_group_unit_heads"])
    return any(len(words) > len(h) and tuple(words[-len(h):]) == h and " ".join(h) not in armed for h in _heads())


def _modifies_lower_unit(doc: Doc, m: Mention) -> bool:
    """Whether the place ``m`` modifies a lower-case unit noun at most three lower-case words on
    ("the Marseille naval fire battalion", "the Bihar battalion"; not "in Marseille, the battalion")."""
    nouns = set(lexicon()["lower_unit_nouns"])
    for k in range(m.end, min(m.end + 4, len(doc))):
        tok = doc[k]
        if tok.text in nouns:
            last = doc[m.end - 1]
            return last.dep_ in ("compound", "nmod", "amod") and m.start <= last.i and last.head.i in range(m.end, k + 1)
        if not (tok.is_alpha and tok.text.islower() and tok.pos_ in ("ADJ", "NOUN")):
            return False
    return False


def unit_names(doc: Doc, mentions: list[Mention], make: Callable[[int, int], Mention]) -> list[Mention]:
    """``mentions`` with each named unit one GovernmentBody mention (``make(start, end)`` builds one), a
    place naming an unnamed unit's home left out."""
    out: list[Mention] = []
    starts = {m.start for m in mentions}
    for m in mentions:
        if m.label == "Place" and not m.demonym and _modifies_lower_unit(doc, m):
            continue  # "the Marseille naval fire battalion": no place of the graph
        if m.label == "Place":
            n = _head_after(doc, m.end)
            if n and m.end + n not in starts and not any(x.start == m.end for x in mentions):
                out.append(make(m.start, m.end + n))  # "the Assam" + "Regiment"
                continue
        if m.label in _RELABELLED and not m.ref_id and _ends_in_head(m.text.split()):
            m.label = "GovernmentBody"  # "the Rajputana Rifles"
        out.append(m)
    return out
