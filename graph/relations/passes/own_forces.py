"""A maker supplying a state's armed service: the service is the buyer, not the state as well.

Rules let a government body stand for its state ("the air force ordered 83 jets from HAL" gives HAL's
SUPPLIES to the air force and to India). Where the seller is a company of that same state and the
sentence names one of the state's armed services as the buyer, annotators list the service only
(ANNOTATION.md, "A company supplying its own state's forces": SUPPLIES company -> that body, the state
only when no body is named). The state's relation from that sentence is dropped; one the state has
from any other sentence stays.

A foreign firm's sale goes the same way where the sentence names the service by its own proper name
("the Royal Norland Navy ordered two submarines from Kestrel Yards", "jets ordered by the RNAF"): the
named buyer is the recipient, and the state from that sentence only repeats it (pooled over the 31 dev
halves such a state twin was 6 false, 1 true). A service written generically ("the navy signed with
...", "Norland's air force") stays beside its state: there annotators list the state as often as the
service (5 false, 4 true). A proper name carries its state or its own name word ("the Indian Air Force",
"Royal Navy", "RAAF"); the generic service words with a capital ("The Air Force", "Greece's Air Force") do
not. The state stays, too, where the same sentence tells it as the buyer: the subject or agent of the buying
verb the seller hangs on ("Pakistan bought 36 jets from CAC for the Pakistan Air Force") or a deal told as
one between governments (``acquire.state_deal_words``). A state seller's buyer is its state already
(:mod:`.state_buyers`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from ...entities import Entity
from ...ids import make_id
from ..lexicon import cues
from ..relation import Relation
from .service_twins import service


def company_home(entity: Entity, relations: list[Relation]) -> set[str]:
    """The ids of the countries a company is based in: its catalogue entry's country and the BASED_IN
    relations the article gives it."""
    from ...reference import load_reference

    homes = {r.target for r in relations if r.type == "BASED_IN" and r.source == entity.id}
    entry = load_reference().get(entity.ref_id)
    if entry is not None and entry.props.get("country"):
        homes.add(make_id("Country", entry.props["country"]))
    return homes


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    """Words of a service's name that name no one service: the service_branches words and the generic ones."""
    op = cues()["operate"]
    words = {w for phrases in op["service_branches"].values() for p in phrases for w in p.split()}
    return frozenset(words | op["service_generic_words"])


def proper_named(text: str) -> bool:
    """Whether a service's mention is its own name: past its opener and any possessor, a capitalised word
    other than the generic service words, the name ending in a capitalised word ("the Indian Air Force",
    "Royal Thai Navy", "Pakistan Air Force"), or an acronym ("RAAF"); not a generic service word, even one
    written with a capital ("the navy", "The Air Force", "Norland's Air Force", "the Army").

    >>> proper_named("the Royal Thai Navy"), proper_named("RAAF"), proper_named("Qatar's air force")
    (True, True, False)
    >>> proper_named("The Army"), proper_named("The Air Force"), proper_named("Greece's Air Force")
    (False, False, False)
    """
    words = text.replace("\u2019", "'").split()
    owner = [i for i, w in enumerate(words) if w.endswith(("'s", "'"))]
    if owner:  # "Greece's Air Force": the possessor is no part of the service's name
        words = words[owner[-1] + 1:]
    openers = cues()["operate"]["service_name_openers"]
    words = [w for w in words if w[:1].isalpha() and w.lower() not in openers]
    if not words or not words[-1][0].isupper():
        return False
    if len(words) == 1:
        return len(words[0]) > 1 and words[0].isupper()
    return any(w[0].isupper() and w.lower() not in _generic_words() for w in words)


def _named_in(entity: Entity, start: int | None, end: int | None) -> bool:
    """Whether ``entity`` has a proper-named mention inside the sentence ``[start, end)``."""
    if start is None or end is None:
        return False
    return any(start <= m.start_char < end and proper_named(m.text) for m in entity.mentions)


def _subject_of(verb: Token) -> list[Token]:
    """The subjects and "by" agents of a verb, with its governing verb's where it is an open complement
    ("Pakistan agreed to buy ..."), each with its conjuncts."""
    found = [c for c in verb.children if c.dep_ == "nsubj"]
    found += [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if not found and verb.dep_ == "xcomp":
        found = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return found + [c for t in found for c in t.conjuncts]


def _buying_verb(token: Token) -> Token | None:
    """The nearest buying verb (``acquire.verbs``) over ``token``: the verb a seller's "from"/"with" phrase
    hangs on ("bought 36 jets from CAC", "signed a contract with CAC")."""
    verbs = cues()["acquire"]["verbs"]
    return next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"} and a.lemma_.lower() in verbs), None)


def _told_buyer(r: Relation, doc: Doc | None, sents: list | None) -> bool:
    """Whether the sentence of ``r`` (a company's SUPPLIES to a state) tells the state as the buyer: the subject
    or agent of the buying verb the seller hangs on, or a deal between governments."""
    if doc is None or not sents:
        return False
    sent = next((s for s in sents if s.start_char == r.evidence.get("start")), None)
    if sent is None:
        return False
    words = cues()["acquire"]["state_deal_words"]
    if any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", sent.text.lower()) for w in words):
        return True
    spans = {e: [doc[m.start:m.end].root for m in doc._.mentions
                 if m.entity == e and sent.start <= m.start < sent.end] for e in (r.source, r.target)}
    states = set(spans[r.target])
    for seller in spans[r.source]:
        verb = _buying_verb(seller)
        if verb is not None and states & set(_subject_of(verb)):
            return True
    return False


def drop_home_states(relations: list[Relation], entities: dict[str, Entity], doc: Doc | None = None,
                     sents: list | None = None) -> list[Relation]:
    """``relations`` less each SUPPLIES from a company to a state where the same sentence has the company
    supplying one of that state's armed services: the company's own state, or any state whose service
    the sentence names by its proper name and does not tell as the buyer itself."""
    served: dict[tuple[str, str | None, object], bool] = {}
    for r in relations:
        if r.type == "SUPPLIES" and entities[r.source].label == "Company" and service(entities[r.target]):
            key = (r.source, entities[r.target].country, r.evidence.get("start"))
            named = _named_in(entities[r.target], r.evidence.get("start"), r.evidence.get("end"))
            served[key] = served.get(key, False) or named
    if not served:
        return relations
    homes: dict[str, set[str]] = {}

    def home_state(r: Relation) -> bool:
        if r.type != "SUPPLIES" or entities[r.source].label != "Company" or entities[r.target].label != "Country":
            return False
        named = served.get((r.source, r.target, r.evidence.get("start")))
        if named is None:
            return False
        if r.source not in homes:
            homes[r.source] = company_home(entities[r.source], relations)
        if r.target in homes[r.source]:
            return True
        return named and not _told_buyer(r, doc, sents)

    return [r for r in relations if not home_state(r)]
