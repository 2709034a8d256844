"""Whole personal names: a person's name the NER or a reference alias cut short.

* A surname a reference entry lists as an alias ("Yoon", "Bashir", "Santos") inside a longer name
  ("Yoon Seo-yeon", "Bashir Magashi", "Bendito dos Santos Freitas") is part of another person's name,
  not that entry's person.
* A reference name run on into a glued hyphenated piece ("Cho Hyun" + "-woo") is another person.
* A name the NER stopped short of its last part ("Denis Sassou" + "Nguesso") takes the capitalised
  words after it that are no entity and that the document never writes in lower case.
* A name cut by the NER or by a one-word catalogue form inside it takes its other parts either side
  (:func:`_name_piece`): a hyphenated part ("Kim Min-jun", "Anwar-ul-Haq"), a particle glued to a
  part ("al-Rashidi"), an initial ("J. Ellis Carver"), the given name opening the sentence ("Lucia
  Ferreira Lopes, an analyst ..."), and a word a catalogue holds as a one-word place or firm between
  or before parts of the name ("Tomas Adelaide Varga"); the particles are data (``name_particles``,
  ``hyphen_name_particles`` in ``lexicon.yaml``).

The longer name is looked up in the reference data: as written, else by its first and last words
("Bashir Magashi" is the catalogued "Bashir Salihi Magashi" when one entry fits).
"""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from .lexicon import lexicon
from .mention import Mention
from .shape import _common_words
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


_BODIES = {"Company", "Organization", "ORG", "GovernmentBody"}  # a name before which a person's name is a firm's
_OTHER_ONE_WORD = {"Place", "Company", "Organization", "Person", "PERSON"}  # a one-word form that may be a name's part


def _glued(doc: Doc, i: int) -> bool:
    """``doc[i]`` is a hyphen with no space either side between two words ("Min" "-" "jun")."""
    return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
        and doc[i - 1].is_alpha and doc[i + 1].is_alpha


def _initial(doc: Doc, i: int) -> bool:
    """ "J." of "J. Ellis Carver": one capital letter and a full stop."""
    t = doc[i].text
    return len(t) == 2 and t[0].isupper() and t[1] == "."


def _name_piece(doc: Doc, i: int, lower_words: set[str], stop: set[str], persons: set[int],
                opening: bool, other: bool = True) -> bool:
    """A capitalised word that may be a part of a personal name the NER or a one-word catalogue form cut
    off: no title or rank, never written in lower case; the sentence's first word only when ``opening``
    (a given name before the rest of the name); a one-word place, firm or person form of the catalogue
    or the NER is taken too when ``other`` (the word is this person's part)."""
    tok = doc[i]
    if not (tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper()) or tok.lower_ in stop \
            or tok.like_num:  # "Warrant Officer Class One X": no number word is a name's part
        return False
    if _glued(doc, i + 1) and not tok.ent_type_:  # "In-chul", "Ju-ae": a hyphenated part, whatever "in" is
        return True
    if tok.lower_ in lower_words or tok.pos_ not in {"PROPN", "NOUN"}:
        return False
    if tok.is_sent_start and not opening:
        return False
    if tok.is_sent_start and tok.ent_type_ not in {"PERSON", "Person"} and tok.lower_ in _common_words():
        return False  # "Meeting Xi ...", "Prosecutor Karim Khan": an opener or a role the lists lack, no given name
    if tok.ent_type_ and i not in persons:
        if tok.ent_type_ not in _OTHER_ONE_WORD or not other:
            return False
        if tok.ent_iob_ != "B" or (i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I"):
            return False  # a word of a longer name of another thing
    return True


def _wider(doc: Doc, start: int, end: int, low: list[str], lower_words: set[str], stop: set[str],
           persons: set[int], particles: set[str], glued_particles: set[str]) -> tuple[int, int]:
    """``(start, end)`` of a person's name widened over the parts the NER or the catalogue cut off."""
    def words() -> int:
        return len(doc[start:end].text.split())

    begin = start

    while start > 0 and words() < _MAX_WORDS:
        if start > 1 and _glued(doc, start - 1):  # "Anwar-ul-" + "Haq", "Ju-" + "ae"
            start -= 2
        elif _initial(doc, start - 1) and not (start > 1 and doc[start - 2].text[:1].isupper()
                                                and not doc[start - 2].is_sent_start):
            start -= 1  # "F." + "Austin Blessard" (not "Mr. F." of a title run)
        elif _name_piece(doc, start - 1, lower_words, stop, persons, opening=True,
                         other=doc[start - 1].is_sent_start):  # "Rafael Ortega, who ...", not "Kerala Governor X"
            start -= 1
        else:
            break
    if start < begin and start > 0 and doc[start - 1].ent_type_ in _BODIES and doc[start - 1].whitespace_ \
            and doc[start - 1].lower_ not in stop:
        start = begin  # "Napindo" + "Media Ashatama": a firm's name goes on, no person's
    while end < len(doc) and words() < _MAX_WORDS:
        if _glued(doc, end):  # "Kim In" + "-chul"
            end += 2
        elif low[end] in glued_particles and end + 2 < len(doc) and _glued(doc, end + 1) \
                and doc[end + 2].text[:1].isupper():
            end += 3  # "al-Dosari"
        elif low[end] in particles and end + 1 < len(doc) \
                and _name_piece(doc, end + 1, lower_words, stop, persons, opening=False):
            end += 2  # "na Ayudhaya"
        elif _name_piece(doc, end, lower_words, stop, persons, opening=doc[end - 1].is_alpha
                         and doc[end - 1].whitespace_ == " "):  # "Kim Ju" + "Ae": no sentence starts there
            end += 1
        else:
            break
    return start, end


def whole_names(doc: Doc, mentions: list[Mention], index: NameIndex, ref, make) -> list[Mention]:
    """``mentions`` with cut personal names made whole; ``make(start, end, ref_id)`` builds a Person."""
    people = [m for m in mentions if m.label == "Person"]
    if not people:
        return mentions
    low, text = lowers(doc), texts(doc)
    lower_words = {w for w in text if w.islower()}
    stop = _stop_words()
    wide_stop = stop | shape_words()["not_given_names"]  # "Governor", "Specialist" open no name
    particles = shape_words()["name_particles"]
    glued_particles = shape_words()["hyphen_name_particles"] | particles
    persons = {i for m in people for i in m.tokens()}
    out = list(mentions)
    done: set[int] = set()
    for m in people:
        if m.start in done:
            continue
        surname = m.ref_id is not None and m.end - m.start == 1
        start, end = m.start, m.end
        if m.ref_id is None or surname:
            start, end = _wider(doc, start, end, low, lower_words, wide_stop, persons, particles, glued_particles)
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
