"""Place names the NER cuts into pieces: names joined by lower-case particles, regions ending in
a compass word, and venues whose proper part stands before a generic one.

* "Ronchi dei Legionari", "Villanova d'Albenga", "Huis ten Bosch", "Parc des Expositions de
  Paris-Nord Villepinte": capitalised words joined by particles (``place_particles``) are one name;
* "Ilocos Norte", "Kivu Sud": a compass word in another language (``compass_suffixes``) ends it;
* "Laoag International Airport": a venue the NER starts at its generic word (``venue_qualifiers``)
  takes the capitalised words before it.

Such a chain is a place where it covers a place mention or stands after a locative preposition;
it never swallows a country, a platform or a known person (word lists in ``lexicon.yaml`` under
``name_shape``).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from .mention import Mention
from .shape import words
from .words import tokens

_ELIDED = re.compile(r"^[dlDL]['\u2019][A-Z]")  # "d'Albenga", "l'Aquila"
_FOREIGN = {"Country", "Platform", "Alliance", "Event"}


def _cap(tok) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha or bool(_ELIDED.match(tok.text))


def _chain(doc: Doc, i: int) -> tuple[int, bool]:
    """End of the capitalised chain starting at ``i`` and whether a particle or compass word joins it."""
    toks = tokens(doc)
    w = words()
    particles, compass = w["place_particles"], w["compass_suffixes"]
    end, joined = i + 1, bool(_ELIDED.match(toks[i].text))
    while end < len(doc):
        tok = toks[end]
        if _cap(tok) and not tok.is_sent_start:
            joined = joined or bool(_ELIDED.match(tok.text)) or tok.lower_ in compass
            end += 1
        elif tok.lower_ in particles and tok.is_lower:
            after = end + 1  # "de la", "von der": particles in a row
            while after < len(doc) and toks[after].lower_ in particles and toks[after].is_lower and after - end < 2:
                after += 1
            if after >= len(doc) or not _cap(toks[after]):
                break
            joined, end = True, after
        elif tok.text == "-" and not tok.whitespace_ and end + 1 < len(doc) and _cap(toks[end + 1]) \
                and not toks[end - 1].whitespace_:
            end += 1  # "Paris-Nord"
        else:
            break
    return end, joined


def compound_places(doc: Doc, mentions: list[Mention], locative: Callable[[Mention], bool]) -> list[tuple[int, int]]:
    """Spans (start, end) of place names made of pieces; ``locative`` tells "at X", "in X"."""
    toks = tokens(doc)
    if not mentions:
        return []
    at = {i: m for m in mentions for i in m.tokens()}
    qualifiers = words()["venue_qualifiers"]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        tok = toks[i]
        if not _cap(tok) or tok.pos_ in {"DET", "ADP", "PRON", "CCONJ", "AUX", "VERB"}:
            i += 1
            continue
        end, joined = _chain(doc, i)
        inside = list({id(m): m for k in range(i, end) if (m := at.get(k)) is not None}.values())
        start = i
        first = inside[0] if inside else None
        if not joined and first is not None and first.label == "Place" and first.source != "reference" \
                and first.start > i and toks[first.start].lower_ in qualifiers:
            start, joined = i, True  # "Laoag" + "International Airport"
        i = max(end, i + 1)
        if not joined or end - start < 2 or not inside:
            continue
        if any(m.start < start or m.end > end for m in inside):
            continue  # a longer mention already holds part of it
        if any(m.label in _FOREIGN and not (m.label == "Country" and m.source != "reference") for m in inside) \
                or any(m.label == "Person" and m.source == "reference" for m in inside):
            continue
        if len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end):
            if inside[0].label == "Place" or not locative(inside[0]):
                continue  # the NER has the whole name; a locative makes it a place ("at Huis ten Bosch")
        placed = any(m.label == "Place" for m in inside)
        probe = Mention(start, end, toks[start].idx, toks[end - 1].idx + len(toks[end - 1]), doc[start:end].text,
                        "Place", "pattern")
        if placed or locative(probe):
            out.append((start, end))
    return out
