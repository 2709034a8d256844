"""A catalogued surname the document gives to its own person first: "Senator Clara Pistorius questioned the
budget. Pistorius said ..." names one uncatalogued senator twice. The entity ruler matches the bare surname
"Pistorius" as the catalogued German minister's alias; when the text has already named, in full, a person of
that surname whose given name is none of the catalogued person's, the lone surname is no longer that
catalogued person: the resolver then gives it to the full name the text named first (the catalogued one too,
if the text names them in full as well).
"""
from __future__ import annotations

from ..ids import fold
from ..mentions import Mention
from ..reference import RefEntity


def _given_words(entry: RefEntity) -> set[str]:
    """Folded words of the catalogued name and its aliases but their last (the given names written for them)."""
    return {fold(w) for surface in (entry.name, *entry.aliases) for w in surface.split()[:-1]}


def other_given(full: str, entry: RefEntity) -> bool:
    """Whether the full name ``full`` ends in the surname of ``entry`` under a given name none of its own.

    >>> e = RefEntity(id="person:boris-pistorius", label="Person", name="Boris Pistorius", aliases=["Pistorius"])
    >>> other_given("Clara Pistorius", e), other_given("Boris Pistorius", e)
    (True, False)
    """
    words = full.split()
    return len(words) > 1 and fold(words[0]) not in _given_words(entry)


def _proper(full: str, ref) -> bool:
    """A written person's name: every word capitalised, the first no catalogued thing of another kind
    ("Pentagon Austin" is no given name)."""
    words = full.split()
    return all(w[:1].isupper() for w in words) and all(e.label == "Person" for e in ref.lookup(words[0]))


def release_own_namesakes(people: list[Mention], ref, surname) -> None:
    """Clear the catalogue id of each lone surname (the catalogued name's last word, not a given name it is
    known by) that an uncatalogued full name of the document, named before it under another given name, ends
    in (``surname`` reads a name's surname)."""
    for m in people:
        if not m.ref_id or " " in m.text or "-" in m.text:
            continue
        entry = ref.get(m.ref_id)
        if entry is None or fold(m.text) != fold(surname(entry.name)):  # "Prabowo" is Prabowo Subianto's given name
            continue
        key = fold(m.text)
        if any(not o.ref_id and o.start_char < m.start_char and fold(surname(o.text)) == key
               and other_given(o.text, entry) and _proper(o.text, ref) for o in people):
            m.ref_id = None
