"""A name cut at a lower-case name particle is a piece of a longer name, no entity of its own.

Names in Romance and Dutch spellings carry lower-case particles ("Charles de Gaulle", "Luigi Durand de la
Penne", "Mariz e Barros", "Cassa Depositi e Prestiti", "Armada de Chile"). Where the tagger stops at the
particle, the piece before or after it becomes a node of its own ("Gaulle", "Luigi Durand", "Barros",
"Cassa Depositi", "Prestiti", "Armada de") that names nothing the text speaks of.

An entity the reference data does not know is dropped with its relations when every one of its mentions is
cut so: it ends in a particle, it is followed by particles and a capitalised word, or it follows a
capitalised word and particles. The particles (``particle_cut_words`` in the lexicon) are lower-case only, so
"Marine Le Pen" is no cut; Arabic "bin"/"al" are left out (a given name alone is often the text's own short form).

Session 49 census (the int49 graphs of the forty-six development halves): six such nodes in five halves, all
junk, none a gold entity.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..mentions.lexicon import lexicon
from ..mentions.mention import Mention
from ..relations import Relation
from .entity import Entity, drop_entities


def _particles() -> frozenset[str]:
    return frozenset(lexicon()["particle_cut_words"])


def _cap(doc: Doc, i: int) -> bool:
    return 0 <= i < len(doc) and doc[i].text[:1].isupper() and doc[i].text[:1].isalpha()


def _particle(doc: Doc, i: int, words: frozenset[str]) -> bool:
    return 0 <= i < len(doc) and doc[i].text in words  # lower-case only: "Le Pen" is a surname


def cut_mention(doc: Doc, m: Mention) -> bool:
    """Whether mention ``m`` ends in a name particle, or a particle joins it to a capitalised word next to it.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("France's Charles de Gaulle sailed. The Armada de Chile did not. Marine Le Pen spoke.")
    >>> cut = lambda s, e: cut_mention(doc, Mention(s, e, 0, 0, doc[s:e].text, "Platform", "ner"))
    >>> cut(4, 5), cut(2, 3), cut(8, 10), cut(16, 17), cut(2, 5)
    (True, True, True, False, False)
    """
    words = _particles()
    if m.end > m.start and doc[m.end - 1].text in words:
        return True
    j = m.end
    while _particle(doc, j, words):
        j += 1
    if j > m.end and _cap(doc, j):
        return True
    i = m.start - 1
    while _particle(doc, i, words):
        i -= 1
    return i < m.start - 1 and _cap(doc, i)


def drop_particle_cuts(doc: Doc, entities: dict[str, Entity], relations: list[Relation]) -> None:
    """Remove every entity the reference data does not know all of whose mentions are cut at a name particle
    (:func:`cut_mention`), and every relation touching one (both changed in place)."""
    gone = {e.id for e in entities.values()
            if e.ref_id is None and e.label != "Country" and e.mentions and all(cut_mention(doc, m) for m in e.mentions)}
    drop_entities(entities, relations, gone)
