"""A platform used against a party puts its operator in conflict with that party: "the Broncos provided
close air support against the New People's Army", "it flew combat missions against the Islamic State
group". The platform is the subject of the clause that governs "against" (named, a plural of its name's
last word, or "it"/"they" for the platform named just before); its side is the one state the article has
operating it (an ``OPERATES`` of the state or of one of its services). An armed service as the subject
stands for its state ("it" for the air force just named), a passive clause's "by" agent is the side ("the
TB2, used by Ukraine against Russia"); a state as the subject is left to the conflict rules. A platform
that several states operate in the article names no side; an article with no operated platform gives
nothing. The derived fact keeps the sentence as its evidence.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...entities import Entity
from ...mentions.words import lowers
from ..coordination import conjuncts
from ..lexicon import cues
from ..relation import Relation, sentence_place
from ..time import clause_verb
from .service_twins import service

_SIDES = {"Country"}
_TARGETS = {"Country", "Organization"}
_CLIMB = 4  # heads between "against" and the clause verb: "provided close air support against X"


def _denied(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in {"never", "not"} for c in verb.children)


def _operators(relations: list[Relation], entities: dict[str, Entity]) -> dict[str, set[str]]:
    """Platform id -> the states the article has operating it (a service stands for its state)."""
    out: dict[str, set[str]] = {}
    for r in relations:
        if r.type != "OPERATES" or r.source not in entities or r.target not in entities:
            continue
        state = _state(entities[r.source])
        if state and state in entities:
            out.setdefault(r.target, set()).add(state)
    return out


def _state(entity: Entity) -> str | None:
    return entity.id if entity.label == "Country" else entity.country if entity.label == "GovernmentBody" else None


def _platform_words(entities: dict[str, Entity]) -> dict[str, str]:
    """The last word of each platform's name and aliases (lower case) -> the platform, for the words
    that name one platform only ("the Broncos" for the OV-10 Bronco)."""
    seen: dict[str, set[str]] = {}
    for e in entities.values():
        if e.label == "Platform":
            for form in (e.name, *e.aliases):
                if form.split() and form.split()[-1][:1].isupper():
                    seen.setdefault(form.split()[-1].lower(), set()).add(e.id)
    return {w: next(iter(ids)) for w, ids in seen.items() if len(ids) == 1}


def _user(sub: Token, at: dict[int, str], entities: dict[str, Entity], words: dict[str, str]) -> str | None:
    """The platform or armed service a clause subject names: its mention, a plural of a platform's last
    name word ("the Broncos"), or "it"/"they" for the entity named last before it (in its own or the
    previous sentence). A state itself is left to the conflict rules."""
    if sub.i in at:
        found = at[sub.i]
    elif sub.pos_ == "PROPN" and sub.text[:1].isupper():
        found = words.get(sub.lower_) or words.get(sub.lower_.removesuffix("s"))
    elif sub.lower_ in {"it", "they"}:
        first = sub.sent.start
        prev = sub.doc[first - 1].sent.start if first > 0 else first
        found = next((at[i] for i in range(sub.i - 1, prev - 1, -1) if i in at), None)
    else:
        found = None
    if found is None:
        return None
    return found if entities[found].label == "Platform" or service(entities[found]) else None


def used_against(relations: list[Relation], doc: Doc, sents: list[Span],
                 entities: dict[str, Entity]) -> list[Relation]:
    """IN_CONFLICT_WITH facts of the states whose platforms a sentence shows used against a party."""
    operators = _operators(relations, entities)
    if not operators or not relations:
        return []
    doc_id = relations[0].evidence.get("doc")
    at: dict[int, str] = {}
    for m in doc._.mentions:
        if m.entity and m.entity in entities:
            for i in range(m.start, m.end):
                at.setdefault(i, m.entity)
    words = _platform_words(entities)
    have = {(r.source, r.target) for r in relations if r.type == "IN_CONFLICT_WITH"}
    out: list[Relation] = []
    mock = set(cues()["ties"]["mock_words"])
    low = lowers(doc)
    for sent in sents:
        if "against" not in low[sent.start:sent.end]:
            continue  # (no Token built for a sentence without the word)
        for tok in sent:
            if tok.lower_ != "against" or tok.dep_ != "prep":
                continue
            targets = {at[n.i] for p in tok.children if p.dep_ == "pobj" for o in (p, *conjuncts(p))
                       for n in (o, *(c for c in o.children if c.dep_ == "compound"))  # "the Islamic State group"
                       if n.i in at and entities[at[n.i]].label in _TARGETS}
            verb = clause_verb(tok.head, steps=_CLIMB + 1)
            if not targets or verb is None or _denied(verb):
                continue
            if not (tok.head.i == verb.i or (tok.head.dep_ == "dobj" and tok.head.head.i == verb.i)):
                continue  # "against" on the verb or its object ("flew missions against X"), not "sanctions against X"
            if any(t.lower_ in mock for t in sent):
                continue  # "mock combat missions against X during the exercise": no fighting
            subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if verb.dep_ in {"relcl", "acl"} and (not subjects or subjects[0].lower_ in {"which", "that"}):
                subjects = [verb.head]  # "the drones, which flew missions against X"; "drones used against X"
            sides: set[str] = {at[o.i] for p in verb.children if p.dep_ == "agent" for b in p.children
                               if b.dep_ == "pobj" for o in (b, *conjuncts(b))
                               if o.i in at and entities[at[o.i]].label in _SIDES}
            users = {u for sub in subjects for u in [_user(sub, at, entities, words)] if u}
            if not users:
                continue
            if not sides:
                states = set().union(*(operators.get(u, set()) if entities[u].label == "Platform"
                                       else {entities[u].country} for u in users))
                sides = states if len(states) == 1 else set()
            for side in sides:
                for target in targets - {side}:
                    if (side, target) in have or (target, side) in have:
                        continue
                    have.add((side, target))
                    evidence = sentence_place(doc_id, doc, sent)
                    a, b = sorted((side, target))  # an undirected type, its ends in order (as extract keeps them)
                    out.append(Relation(a, "IN_CONFLICT_WITH", b, evidence, 0.55, "platform-used-against"))
    return out
