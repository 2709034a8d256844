"""The owner an "its"/"their" before a noun stands for, read from the parse: the subject of the noun's clause,
else of the clause that governs it ("Manila said its navy would fly them": Manila), a pronoun subject passed over
for the governing clause's ("Poland said it would send its army": Poland)."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_GOVERNED = frozenset({"ccomp", "xcomp", "conj", "parataxis"})  # a clause whose owner the governing one may name
_PRONOUNS = frozenset({"it", "they", "we", "this", "that", "which", "who"})


def clause_owner(doc: Doc, noun: Token, state_at: Callable[[Token], str | None]) -> str | None:
    """The state (``state_at`` of the subject's head) an "its" before ``noun`` stands for; "" where the subject
    found names no state ("The company said its army contract"), None where no subject is found."""
    verb = noun
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    for _ in range(6):
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and not (c.left_edge.i <= noun.i <= c.right_edge.i)]
        subject = subjects[0] if subjects else None
        if subject is not None and subject.lower_ not in _PRONOUNS:
            return state_at(subject) or ""
        if verb.dep_ not in _GOVERNED or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None
