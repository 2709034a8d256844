"""The objects of a token's prepositional phrases: "a member of NATO" gives NATO for "member" and "of".

Rules ask this of a token very often ("the objects of the verb's 'from'", "of the noun's 'of' or 'for'"):
:func:`prep_objects` is the one reading of it. It reads only the token's own ``prep`` children and their
``pobj`` objects: not an ``agent`` ("by X" of a passive), a ``dative`` ("to X" the parser marks as such),
nor a clause after a preposition (``pcomp``), which rules that want them read themselves.
"""
from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from .coordination import conjuncts as _conjuncts


def prep_objects(tok: Token, words: str | Collection[str] | None = None, *, conjuncts: bool = False) -> list[Token]:
    """The ``pobj`` objects of ``tok``'s ``prep`` children, in the order of the text's prepositions and then of
    each one's objects. ``words`` keeps only the prepositions whose lower-case form is that word (a string) or
    is among those words (a collection); ``None`` keeps every preposition. With ``conjuncts`` each object is
    followed by the other members of its list (:func:`.coordination.conjuncts`): "a member of NATO and the EU"
    gives NATO and the EU. Nothing is deduplicated: an object two lists name comes twice.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["members", "of", "NATO", "and", "the", "EU", "from", "Europe"]
    >>> heads = [0, 0, 1, 2, 5, 2, 0, 6]
    >>> deps = ["ROOT", "prep", "pobj", "cc", "det", "conj", "prep", "pobj"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    >>> prep_objects(doc[0]), prep_objects(doc[0], "of"), prep_objects(doc[0], {"from", "to"})
    ([NATO, Europe], [NATO], [Europe])
    >>> prep_objects(doc[0], "of", conjuncts=True), prep_objects(doc[2])
    ([NATO, EU], [])
    """
    if isinstance(words, str):
        words = (words,)
    found = [o for p in tok.children if p.dep_ == "prep" and (words is None or p.lower_ in words)
             for o in p.children if o.dep_ == "pobj"]
    if conjuncts:
        return [x for o in found for x in (o, *_conjuncts(o))]
    return found
