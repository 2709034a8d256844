"""Tense and aspect of a verb as the relation rules read it: told as done, going on, put ahead or in doubt, and the
years written in its clause. One place for each reading, so that every family asks the same question the same way."""
from __future__ import annotations

from spacy.tokens import Token

#: auxiliaries of time to come besides the modals: "will", "shall", "'ll"
_FUTURE_AUX = frozenset({"will", "shall", "'ll"})


def present_simple(verb: Token) -> bool:
    """A verb of the present tense with no auxiliary ("builds", "assemble"): what it says goes on now."""
    return verb.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def simple_present(verb: Token) -> bool:
    """A verb of the simple present, also a bare form joined to one ("Romania and Bulgaria buy the jets and receive
    them": the tagger's VB for "receive" shares the present of "buy")."""
    if present_simple(verb):
        return True
    return verb.tag_ == "VB" and verb.dep_ == "conj" and present_simple(verb.head) \
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def future_or_modal(verb: Token) -> bool:
    """Whether an auxiliary of the verb is a modal or one of time to come ("would receive", "will join", "'ll
    fly")."""
    return any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in _FUTURE_AUX) for c in verb.children)


def put_ahead(verb: Token) -> bool:
    """Whether the verb's act is put ahead or in doubt: a modal, "will", "shall" or the "to" of an infinitive
    ("would receive", "will be delivered", "is to take the oath"): not told as done."""
    return future_or_modal(verb) or any(c.dep_ in {"aux", "auxpass"} and c.lower_ == "to" for c in verb.children)


def being_done(verb: Token) -> bool:
    """Whether a passive is told as going on ("being delivered"): not done yet."""
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ == "being" for c in verb.children)


def past_done(verb: Token) -> bool:
    """The simple past with no auxiliary ("received") or a participle with "have" or "be" ("has received", "were
    handed over"): an act told as done."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return verb.tag_ == "VBD" and not aux or verb.tag_ == "VBN" and any(a.lemma_ in {"have", "be"} for a in aux)


def years_in(tok: Token) -> list[int]:
    """The four-digit years written in a token's subtree ("delivered in 2021", "from 2027")."""
    return [int(t.text) for t in tok.subtree if t.like_num and len(t.text) == 4 and t.text.isdigit()]
