"""A ship class the NER did not see: "three Tamarin-class boats", "twelve Kestrel-class patrol vessels". A
capitalised name no mention covers, run on by a hyphen into "class" and followed by a ship noun
(``category_nouns.naval_vessel`` in the lexicon), perhaps after one modifier ("Larkspur-class anti-submarine
frigate"), is a class of naval vessels named "<Name>-class <noun>" in the singular, as such classes are titled
("Tamarin-class boat", "Larkspur-class frigate"); the catalogue's class where it knows the name. Not
"world-class", "first-class" (lower case, or a common word capitalised: "World-class amphibious ships"), nor a name the NER or the ruler already holds.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc

from ..reference import ReferenceData
from .lexicon import lexicon
from .mention import Mention

_NOUNS = sorted({tuple(n.split()) for n in [*lexicon()["category_nouns"]["naval_vessel"], "boat", "boats"]},
                key=len, reverse=True)  # (a class's "boats" are its ships: "three Tamarin-class boats")

_GRADES = set(lexicon()["grade_class_words"])


def _vessel_noun(doc: Doc, i: int) -> int:
    """End of the ship noun phrase starting at token ``i`` (``i`` where there is none)."""
    for words in _NOUNS:
        j = i + len(words)
        if j <= len(doc) and tuple(t.lower_ for t in doc[i:j]) == words:
            return j
    return i


def _modifier(doc: Doc, i: int) -> int:
    """Length of one lower-case modifier a ship noun may follow after "-class": a hyphenated compound
    ("anti-submarine", "guided-missile", "nuclear-powered") or an adjective ("amphibious"); 0 where there is none."""
    if i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_ \
            and doc[i].is_lower and doc[i + 2].is_lower:
        return 3
    return 1 if i < len(doc) and doc[i].is_lower and doc[i].pos_ == "ADJ" else 0


def _singular(text: str) -> str:
    return text[:-1] if text.endswith("s") and not text.endswith("ss") else text


def unseen_classes(doc: Doc, taken: set[int]) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each ship class named "<Name>-class <ship noun>" on tokens no mention holds."""
    for i in range(len(doc) - 3):
        name, dash, word = doc[i], doc[i + 1], doc[i + 2]
        if word.lower_ != "class" or dash.text not in {"-", "\u2010", "\u2011"} or name.whitespace_ or dash.whitespace_:
            continue
        start = i
        while start > 0 and doc[start - 1].is_alpha and doc[start - 1].text.istitle() and doc[start - 1].whitespace_ \
                and not doc[start - 1].is_sent_start and start - 1 not in taken:
            start -= 1  # "the Arleigh Burke-class": the whole name
        if not (name.is_alpha and name.text[:1].isupper()) or taken & set(range(start, i + 3)) \
                or start == i and name.lower_ in _GRADES:  # "World-class amphibious ships": a grade
            continue
        at = i + 3 + _modifier(doc, i + 3)  # "Larkspur-class anti-submarine frigate": a class of frigates
        end = _vessel_noun(doc, at)
        if end == at:
            continue
        noun = " ".join(_singular(t.text) if k == end - 1 else t.text for k, t in enumerate(doc[at:end], at))
        yield start, end, f"{doc[start:i + 1].text}-class {noun.lower()}"


def ship_classes(doc: Doc, mentions: list[Mention], ref: ReferenceData,
                 make: Callable[..., Mention]) -> list[Mention]:
    """``mentions`` with the ship classes :func:`unseen_classes` finds added (the catalogue's entry where a
    name or alias of a naval vessel is "<Name>-class" or "<Name> class")."""
    taken = {i for m in mentions for i in m.tokens()}
    out = list(mentions)
    for start, end, name in unseen_classes(doc, taken):
        stem = name.split("-class")[0]
        entry = next((e for form in (f"{stem}-class", f"{stem} class", name) for e in ref.lookup(form, "Platform")), None)
        m = make(doc[start:end], "Platform", "reference" if entry else "context", entry.id if entry else None,
                 "naval_vessel")
        if entry is None:
            m.text = name
        out.append(m)
    return out
