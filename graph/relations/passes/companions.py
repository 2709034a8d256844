"""People who come to an event with someone who takes part in it take part too: "He was flanked by his two
predecessors, A and B, and by Premier C", "He was accompanied by General D and Admiral E", "The prime
minister flew in with F and G", "The ceremony was led by H, alongside I and J". The sentence names the
companions but not the event: the event is the one the person they accompany takes part in.

Cue words are data (``cues.yaml``, ``companions``): verbs whose agent comes along (``passive_verbs``: "was
accompanied by"), verbs of coming or attending whose "with" object comes along (``with_verbs``: "flew in
with"), and prepositions of standing beside (``beside_preps``: "alongside"). The person accompanied is the
verb's subject, a name or a "he"/"she" the resolver gave a person (or, for "led by H, alongside I", the
agent beside the companions). Their event is one they take part in by a fact of this sentence or of the
``BACK`` sentences before it, else the article's main event when they take part in it; never where the
sentence names another event, or the verb is negated or still to come ("will be accompanied by")."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from ...entities import Entity
from ...mentions.words import lemma_lowers, lowers
from ..lexicon import cues
from ..relation import Relation, sentence_place

BACK = 3  # sentences before the companions' one where the accompanied person's event may be stated
_NOT_NOW = {"will", "would", "shall", "'ll", "to", "may", "might", "could", "should"}
_PRONOUNS = {"he", "she"}
_CLAUSES = {"relcl", "acl", "advcl", "ccomp"}  # "Admiral X, who heads Y": no companion in it


def _lex() -> dict:
    return cues()["companions"]


def _people(tok: Token, at: dict[int, str], entities: dict[str, Entity]) -> list[str]:
    """The people named under ``tok`` (a phrase of companions), not inside a clause of their own."""
    out: list[str] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        e = at.get(t.i)
        if e is not None and entities[e].label == "Person" and e not in out:
            out.append(e)
        stack += [c for c in t.children if c.dep_ not in _CLAUSES]
    return out


def _objects(prep: Token) -> list[Token]:
    """The objects of a preposition and of the ones conjoined to it ("by A, and by B")."""
    preps = [prep] + [c for c in prep.conjuncts if c.pos_ == "ADP"]
    preps += [c for p in list(preps) for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP"]
    return [o for p in dict.fromkeys(preps) for o in p.children if o.dep_ == "pobj"]


def _not_now(verb: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ in {"aux", "auxpass"} and c.lower_ in _NOT_NOW) for c in verb.children)


def _subject(verb: Token, at: dict[int, str], entities: dict[str, Entity]) -> str | None:
    """The person the verb's subject names; for a "he"/"she" the resolver left alone, the one person the
    subject of the sentence before names ("Minister X told delegates ... He was accompanied by Y")."""
    for c in verb.children:
        if c.dep_ in {"nsubj", "nsubjpass"}:
            e = at.get(c.i)
            if e is None and c.lower_ in _PRONOUNS and c.sent.start > 0:
                return _previous_subject(c.doc[c.sent.start - 1].sent, at, entities)
            return e if e is not None and entities[e].label == "Person" else None
    return None


def _previous_subject(sent: Span, at: dict[int, str], entities: dict[str, Entity]) -> str | None:
    """The one person named in the subject of ``sent``'s main verb (or as its root, where the parser took the
    name for it), else the one person ``sent`` names."""
    def people(tokens) -> set[str]:
        return {at[t.i] for t in tokens if t.i in at and entities[at[t.i]].label == "Person"}
    found = people(t for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree)
    found = found or people([sent.root, *(c for c in sent.root.children if c.dep_ == "compound")]) or people(sent)  # "President X, wearing ..., watched": X parsed as root
    return next(iter(found)) if len(found) == 1 else None


def pairs(sent: Span, at: dict[int, str], entities: dict[str, Entity]) -> Iterator[tuple[str, list[str]]]:
    """(the person accompanied, their companions) of each companion phrase of ``sent``."""
    lex = _lex()
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in lex["passive_verbs"] and not _not_now(tok):
            host = _subject(tok, at, entities) if any(c.dep_ == "nsubjpass" for c in tok.children) else None
            agents = [c for c in tok.children if c.dep_ == "agent" or c.dep_ == "conj" and c.lower_ == "by"]
            objects = [o for a in agents for o in _objects(a)]
            if agents:  # "by A, and Admiral B": a name the parser hung on the verb as its conjunct
                objects += [c for c in tok.children if c.dep_ == "conj" and c.pos_ in {"PROPN", "NOUN"}]
            mates = [p for o in objects for p in _people(o, at, entities)]
            if host and mates:
                yield host, mates
        elif tok.pos_ == "VERB" and lemma in lex["with_verbs"] and not _not_now(tok):
            host = _subject(tok, at, entities)
            withs = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"]
            withs += [g for c in tok.children if c.dep_ == "prt" for g in c.children if g.lower_ == "with"]
            mates = [p for w in withs for o in _objects(w) for p in _people(o, at, entities)]
            if host and mates:
                yield host, mates
        elif tok.lower_ in lex["beside_preps"] and tok.dep_ == "prep" and tok.head.pos_ == "VERB" \
                and not _not_now(tok.head):
            verb = tok.head
            host = _subject(verb, at, entities)
            if host is None:  # "was led by H, alongside I": the agent
                agents = [o for c in verb.children if c.dep_ == "agent" for o in _objects(c)]
                named = [p for o in agents for p in _people(o, at, entities)]
                host = named[0] if len(named) == 1 else None
            mates = [p for o in _objects(tok) for p in _people(o, at, entities)]
            if host and mates:
                yield host, mates


def _main_event(entities: dict[str, Entity]) -> str | None:
    """The article's main event: the event of its own (no catalogued one) it mentions most."""
    events = [e for e in entities.values() if e.label == "Event" and not e.ref_id]
    main = max(events, key=lambda e: len(e.mentions), default=None)
    return main.id if main else None


def token_entities(doc: Doc, entities: dict[str, Entity]) -> dict[int, str]:
    """Token index -> the entity (of ``entities``) of the mention that covers it; a later mention wins."""
    return {i: m.entity for m in doc._.mentions if m.entity in entities for i in m.tokens()}


def companions(relations: list[Relation], doc: Doc, sents: list, entities: dict[str, Entity]) -> list[Relation]:
    """PARTICIPATED_IN facts of the companions of the people who take part in an event."""
    if not _lex()["passive_verbs"] or not any(r.type == "PARTICIPATED_IN" for r in relations):
        return []
    starts = [s.start_char for s in sents]
    taking: dict[str, list[tuple[str, int]]] = {}  # person -> (event, sentence number of the fact)
    for r in relations:
        if r.type == "PARTICIPATED_IN" and r.source in entities and entities[r.source].label == "Person":
            taking.setdefault(r.source, []).append((r.target, bisect_right(starts, r.evidence["start"]) - 1))
    if not taking:
        return []
    doc_id = next(r.evidence["doc"] for r in relations if r.type == "PARTICIPATED_IN")
    at = token_entities(doc, entities)
    named_events: dict[int, set[str]] = {}
    for m in doc._.mentions:
        if m.entity in entities and entities[m.entity].label == "Event":  # named or described ("the ASEAN summit")
            named_events.setdefault(bisect_right(starts, m.start_char) - 1, set()).add(m.entity)
    words = set(_lex()["passive_verbs"]) | set(_lex()["with_verbs"]) | set(_lex()["beside_preps"])
    lemmas, lows = lemma_lowers(doc), lowers(doc)
    main = _main_event(entities)
    have = {r.key() for r in relations}
    out: list[Relation] = []
    for k, sent in enumerate(sents):
        if words.isdisjoint(lemmas[sent.start:sent.end]) and words.isdisjoint(lows[sent.start:sent.end]):
            continue  # (read from the document's word lists: no Token per word)
        for host, mates in pairs(sent, at, entities):
            events = taking.get(host, [])
            near = {e for e, j in events if k - BACK <= j <= k}
            if not near and main in {e for e, _ in events}:
                near = {main}
            named = named_events.get(k, set())
            if len(near) != 1 or named - near:
                continue  # no one event, or the sentence names another
            event = next(iter(near))
            for mate in mates:
                key = (mate, "PARTICIPATED_IN", event)
                if mate != host and key not in have:
                    have.add(key)
                    out.append(Relation(mate, "PARTICIPATED_IN", event,
                                        sentence_place(doc_id, doc, sent),
                                        0.5, "companion"))
    return out
