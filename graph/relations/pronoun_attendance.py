"""Whether a sentence that names a person only by "he"/"she" tells that the person took part in an event.

The resolver gives a subject "he"/"she" the person the sentences before are about (entities/antecedents.py
``person_pronouns``); the relation rules then read the pronoun like the name. For a taking part that reading holds
only where the pronoun's own clause states it as done: not told back from before the story ("He had attended last
year", a past perfect: an earlier occasion), not only expected or possible ("he is expected at the summit", "he may
attend": ``participation.hedge_heads``, ``participation.hedge_modals``), and not a sending of someone else ("He sent
his foreign secretary": whoever a person sends goes in their place, ``participation.sending``).

>>> from graph.mentions import build_nlp
>>> doc = build_nlp()("He had attended the forum in 2019.")
>>> stated_attendance(doc[0])
False
>>> doc = build_nlp()("He flew to Vilnius for the summit.")
>>> stated_attendance(doc[0])
True
"""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import cues

_PERFECT = frozenset({"had", "'d"})


def _clause_verbs(pronoun: Token) -> list[Token]:
    """The verb the pronoun is the subject of and the verbs above it that it hangs on ("is expected to attend":
    attend, expected)."""
    verb = pronoun.head
    out = [verb]
    while verb.dep_ in {"xcomp", "conj", "ccomp"} and verb.head.i != verb.i and len(out) < 4:
        verb = verb.head
        out.append(verb)
    return out


def stated_attendance(pronoun: Token) -> bool:
    """Whether the clause of a subject "he"/"she" states what its person did as done (see the module)."""
    lex = cues()["participation"]
    hedges = set(lex["hedge_heads"])
    modals = set(lex["hedge_modals"])
    sending = set(lex["sending"])
    verbs = _clause_verbs(pronoun)
    for verb in verbs:
        aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
        if aux & _PERFECT or aux & modals or verb.lemma_.lower() in hedges:
            return False
    # the verbs conjoined under the pronoun's own ("had been ... and had flown"), and the clauses it governs
    # ("is expected to attend")
    below = [c for c in pronoun.head.children if c.dep_ in {"conj", "xcomp"} and c.pos_ in {"VERB", "AUX"}]
    for verb in below:
        aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
        if aux & _PERFECT or aux & modals:
            return False
    return pronoun.head.lemma_.lower() not in sending
