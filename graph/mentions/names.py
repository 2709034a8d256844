"""Whole personal names: a person's name the NER or a reference alias cut short.

* A surname a reference entry lists as an alias ("Yoon", "Bashir", "Santos") inside a longer name
  ("Yoon Seo-yeon", "Bashir Magashi", "Bendito dos Santos Freitas") is part of another person's name,
  not that entry's person.
* A reference name run on into a glued hyphenated piece ("Cho Hyun" + "-woo") is another person.
* A name the NER stopped short of its last part ("Denis Sassou" + "Nguesso") takes the capitalised
  words after it that are no entity and that the document never writes in lower case.

The longer name is looked up in the reference data: as written, else by its first and last words
("Bashir Magashi" is the catalogued "Bashir Salihi Magashi" when one entry fits).
"""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from .lexicon import lexicon
from .mention import Mention
from .shape import words as shape_words
from .words import lowers, texts

_MAX_WORDS = 5  # words of one personal name, particles included


def _stop_words() -> set[str]:
    """Words that never continue a personal name (ranks, titles, months, days)."""
    lex = lexicon()
    return ({w.lower() for w in lex["ranks"]} | {w.lower() for w in lex["person_titles"]}
            | shape_words()["honorifics"] | {"jr", "sr", "jr.", "sr."})


class NameIndex:
    """Catalogued people by (first word, last word) of their names and aliases."""

    def __init__(self, people: Iterable) -> None:
        self.by_ends: dict[tuple[str, str], set[str]] = {}
        for e in people:
            for form in (e.name, *e.aliases):
                parts = form.split()
                if len(parts) >= 2:
                    self.by_ends.setdefault((parts[0].casefold(), parts[-1].casefold()), set()).add(e.id)

    def by_first_last(self, text: str) -> str | None:
        parts = text.split()
        found = self.by_ends.get((parts[0].casefold(), parts[-1].casefold()), set()) if len(parts) >= 2 else set()
        return next(iter(found)) if len(found) == 1 else None


def _glued_piece(doc: Doc, end: int) -> bool:
    """ "-woo" after "Hyun": a hyphen with no space either side and a word after it."""
    return end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
        and not doc[end].whitespace_ and doc[end + 1].is_alpha


def _name_word(doc: Doc, i: int, lower_words: set[str], stop: set[str], persons: set[int]) -> bool:
    """A capitalised word that may continue a personal name: no other entity's, never written in lower
    case in the document, no rank or title."""
    tok = doc[i]
    return tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper() and not tok.is_sent_start \
        and (not tok.ent_type_ or i in persons) and tok.pos_ in {"PROPN", "NOUN"} \
        and tok.lower_ not in lower_words and tok.lower_ not in stop


def whole_names(doc: Doc, mentions: list[Mention], index: NameIndex, ref, make) -> list[Mention]:
    """``mentions`` with cut personal names made whole; ``make(start, end, ref_id)`` builds a Person."""
    people = [m for m in mentions if m.label == "Person"]
    if not people:
        return mentions
    low, text = lowers(doc), texts(doc)
    lower_words = {w for w in text if w.islower()}
    stop = _stop_words()
    particles = shape_words()["name_particles"]
    persons = {i for m in people for i in m.tokens()}
    out = list(mentions)
    done: set[int] = set()
    for m in people:
        if m.start in done:
            continue
        surname = m.ref_id is not None and m.end - m.start == 1
        start, end = m.start, m.end
        if m.ref_id is None or surname:
            while start > 0 and end - start < _MAX_WORDS and surname \
                    and _name_word(doc, start - 1, lower_words, stop, persons) and low[start - 1] not in particles:
                start -= 1
            while end < len(doc) and end - start < _MAX_WORDS:
                if _glued_piece(doc, end):
                    end += 2
                elif low[end] in particles and end + 1 < len(doc) and _name_word(doc, end + 1, lower_words, stop,
                                                                                 persons):
                    end += 2
                elif _name_word(doc, end, lower_words, stop, persons):
                    end += 1
                else:
                    break
        elif _glued_piece(doc, end):  # "Cho Hyun" + "-woo"
            end += 2
        if (start, end) == (m.start, m.end):
            continue
        name = doc[start:end].text
        known = ref.lookup(name, "Person")
        ref_id = known[0].id if len(known) == 1 else index.by_first_last(name)
        whole = make(start, end, ref_id)
        out = [x for x in out if x.end <= start or x.start >= end]
        out.append(whole)
        done.update(range(start, end))
    out.sort(key=lambda x: x.start)
    return out
