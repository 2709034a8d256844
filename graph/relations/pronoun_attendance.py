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

from collections.abc import Sequence

from spacy.tokens import Token

from .lexicon import cues
from .scope import meeting_point, questioned

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


def _others_clause(pronoun: Token, event: Token) -> bool:
    """Whether ``event`` is told in a clause with a subject of its own, not the pronoun or another "he"/"she", between
    it and where it meets the pronoun ("He praised the marines who took part in Cobra Gold": the marines took part;
    "He said the troops joined the drill")."""
    top = meeting_point(pronoun, event)
    cur = event
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i != pronoun.i
                                               and c.lower_ not in {"he", "she"} for c in cur.children):
            return True
        cur = cur.head
    return False


def stated_attendance(pronoun: Token, events: Sequence[Token] = ()) -> bool:
    """Whether the clause of a subject "he"/"she" states what its person did as done (see the module); with the
    tokens that name the event (``events``), also that the taking part is the pronoun's own, not that of another
    clause's subject (:func:`_others_clause`)."""
    if events and all(_others_clause(pronoun, e) for e in events):
        return False
    lex = cues()["participation"]
    hedges = set(lex["hedge_heads"])
    modals = set(lex["hedge_modals"])
    sending = set(lex["sending"])
    if questioned(pronoun):
        return False  # "Will he attend the NATO summit in The Hague?": asked, not told
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
