"""Names an institution's head word continues with "on"/"for" and Title Case words: "the Lisbon
Observatory on Security Policy", "the Centre for Eastern Studies", "the Institute for the Study of War".
The NER and the patterns often stop at the head word and leave the tail as a second, junk name."""
from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import lexicon

_JOINERS = {"and", "of", "&"}  # inside the tail: "Strategic and International Studies", "Study of War"


def _heads() -> set[str]:
    return set(lexicon()["tail_heads"])


def titled_tail(doc: Doc, start: int, end: int, taken: set[int]) -> int:
    """The end of the name ``doc[start:end]`` with its "on"/"for" tail, or ``end`` when it has none.

    The tail is a run of capitalised words (a "the" may open it, "and"/"of" may join them) that no
    other mention holds, no date word and no sentence start, ending in a capitalised word."""
    if end + 1 >= len(doc) or doc[end - 1].lower_ not in _heads() or doc[end].lower_ not in {"on", "for"}:
        return end
    i = end + 1
    if doc[i].lower_ == "the":
        i += 1
    last = None
    dates = set(lexicon()["calendar_words"])
    while i < len(doc):
        tok = doc[i]
        if i in taken or tok.is_sent_start:
            break
        if tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper and tok.lower_ not in dates:
            last = i
        elif not (tok.lower_ in _JOINERS and last == i - 1):
            break
        i += 1
    return last + 1 if last is not None else end
