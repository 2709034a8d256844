"""Parties of a gapped clause take part as the first clause's subject does: "The A Navy sent the destroyer X, and
B the frigate Y", "A deployed fighters, B tankers, and C a transport of its own", "A is represented by the
destroyer X, B by the frigate Y", "A has sent about 800 sailors, and the B Navy some 650". The later clauses
leave out the verb: each names a party and what it did, and the party does what the verb's subject does.

A party of a gapped clause is a named state, bloc or body (not a person, nor a demonym), set off by a comma,
"and" or "while" after the verb, followed by what it sent (a noun phrase, a number, or the verb's own
preposition: "B by the frigate Y") and with no verb of its own before the next clause; the nearest verb
before it is the first clause's, and that verb's subject takes part in an event by a fact stated in this
sentence, or (for a verb of sending, ``gapped.verbs``, in a sentence that names no event: "A has sent about
1,600 people, and B some 1,500") in the article's main event. The rest must send what the verb sent (a number,
or a noun of the class of the verb's object): "and B none", "and B 40,000 on its own side of the border", "while
B a formal protest", "and B a spy ship to watch them" give B no part, nor does a first clause that is negated,
modal or a condition ("if A had sent troops, B would have sent ..."). Cue words are data (``cues.yaml``,
``gapped``)."""
from __future__ import annotations

from bisect import bisect_right
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from ...entities import Entity
from ..lexicon import cues
from ..relation import Relation, sentence_place
from .companions import _main_event, token_entities

_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_SUBJECTS = {"nsubj", "nsubjpass"}


def _lex() -> dict:
    return cues()["gapped"]


def _finite(tok: Token) -> bool:
    """Whether a token is a verb with a clause of its own (a tensed verb, or one with a subject)."""
    return tok.pos_ in {"VERB", "AUX"} and (tok.tag_ in _FINITE or any(c.dep_ in _SUBJECTS for c in tok.children))


def _verb_of_subject(tok: Token) -> Token | None:
    """The verb a subject (or the first of coordinated subjects) is the subject of."""
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ in _SUBJECTS and tok.head.pos_ in {"VERB", "AUX"}:
        return tok.head
    return None


def _noun_phrase(doc: Doc, i: int, end: int) -> list[Token]:
    """The noun phrase that opens at token ``i`` (before ``end``), read left to right: "some 650", "two companies"
    (not "of paratroopers"), "its army chief", "a spy ship" (not "to watch them")."""
    out = []
    for t in doc[i:end]:
        if t.pos_ not in {"DET", "NUM", "ADJ", "NOUN", "PROPN", "ADV", "PRON"} and t.text not in {"-", "'s", "’s"}:
            break
        out.append(t)
    return out


def _classes(words: list[Token], at: dict[int, str], entities: dict[str, Entity]) -> set[str]:
    """The classes (``gapped.classes``, ``gapped.class_labels``) the nouns of a phrase are of."""
    lex = _lex()
    lemmas = {t.lemma_.lower() for t in words} | {t.lower_ for t in words}
    labels = {entities[at[t.i]].label for t in words if at.get(t.i) in entities}
    return ({k for k, v in lex["classes"].items() if lemmas & set(v)}
            | {k for k, v in lex["class_labels"].items() if labels & set(v)})


def _first_objects(verb: Token) -> list[list[Token]]:
    """The noun phrases of what the first verb sent: its direct objects and the objects of its own
    prepositions (``gapped.preps``: "represented by an infantry company", "joined X with two frigates")."""
    heads = [c for c in verb.children if c.dep_ == "dobj"]
    heads += [g for c in verb.children if c.dep_ in {"prep", "agent"} and c.lower_ in _lex()["preps"]
              for g in c.children if g.dep_ == "pobj"]
    heads += [g for h in list(heads) for g in h.conjuncts]
    return [[t for t in h.subtree if t.i <= h.i and t.pos_ in {"NOUN", "PROPN", "NUM"}] for h in heads]


def _denies(remnant: list[Token]) -> bool:
    """Whether a gapped clause's rest sends nothing to the first clause's event: a negative ("none", "no ships"),
    a phrase placing it elsewhere ("on its own side of the border", "at home") or a purpose clause of its own ("a
    spy ship to watch them")."""
    lex = _lex()
    words = [t.lower_ for t in remnant]
    for k, w in enumerate(words):
        if w in lex["negatives"] and not (w == "no" and k + 1 < len(words)
                                          and words[k + 1] in lex["not_negative_after_no"]):
            return True
    text = " " + " ".join(words) + " "
    if any(f" {p} " in text for p in lex["elsewhere"]):
        return True
    return any(t.tag_ == "TO" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].pos_ in {"VERB", "AUX"} for t in remnant)


def _of_kind(remnant: list[Token], verb: Token, at: dict[int, str], entities: dict[str, Entity]) -> bool:
    """Whether a gapped clause's rest names something of the kind the first verb sent: its noun phrase a number
    or of a class (or the word) of the first verb's object ("two companies" after "a battalion", "six Gripens"
    after "four fighters", not "a formal protest" nor "a warning")."""
    start = 1 if remnant and remnant[0].lower_ in _lex()["preps"] and remnant[0].pos_ == "ADP" else 0
    np = _noun_phrase(remnant[0].doc, remnant[start].i, remnant[-1].i + 1) if len(remnant) > start else []
    nouns = [t for t in np if t.pos_ in {"NOUN", "PROPN"} or at.get(t.i) in entities]
    if not nouns:
        return any(t.pos_ == "NUM" or t.like_num for t in np)  # "some 650", "two each"
    objects = _first_objects(verb)
    own = {t.lemma_.lower() for o in objects for t in o} | {t.lower_ for o in objects for t in o}
    if own & ({t.lemma_.lower() for t in nouns} | {t.lower_ for t in nouns}):
        return True
    return bool(_classes(nouns, at, entities) & {c for o in objects for c in _classes(o, at, entities)})


def _segment(doc: Doc, i: int, end: int) -> tuple[list[Token] | None, int]:
    """The words from token ``i`` to the clause's end (a comma, semicolon, stop, "while") and that end's index;
    None where a verb of its own comes first."""
    out: list[Token] = []
    for t in doc[i:end]:
        if t.text in {",", ";", ".", ":"} or t.lower_ in {"while", "whereas"}:
            return out, t.i
        if _finite(t):
            return None, t.i
        out.append(t)
    return out, end


def _opens_noun_phrase(t: Token) -> bool:
    return t.pos_ in {"DET", "NUM", "ADJ", "NOUN", "PROPN"} or t.tag_ == "PRP$"


def _remnant_fits(sent: Span, i: int, verb: Token, at: dict[int, str], entities: dict[str, Entity]) -> bool:
    """Whether the words from token ``i`` on read as the rest of a gapped clause: a noun phrase or a number
    ("the frigate Y", "some 650", "two each", "its foreign minister") or the verb's own preposition ("by the
    frigate Y"), with no verb of its own before the clause ends, that sends to the first clause's event what the
    first verb sent (``_denies``, ``_of_kind``). An apposition of the party may come first ("and B, a guest from
    outside the region, a transport of its own"; "and B, its rival, a warning" sends nothing)."""
    doc = sent.doc
    if i >= sent.end:
        return False
    first = doc[i]
    preps = {c.lower_ for c in verb.children if c.dep_ in {"prep", "agent"}}
    opens_prep = first.lower_ in preps and first.lower_ in _lex()["preps"]
    if not (_opens_noun_phrase(first) or opens_prep):
        return False
    remnant, k = _segment(doc, i, sent.end)
    if not remnant or _denies(remnant):
        return False
    if _of_kind(remnant, verb, at, entities):
        return True
    if opens_prep or k + 1 >= sent.end or doc[k].text != "," or not _opens_noun_phrase(doc[k + 1]):
        return False
    rest, _ = _segment(doc, k + 1, sent.end)  # the party's apposition, then its rest
    return bool(rest) and not _denies(rest) and _of_kind(rest, verb, at, entities)


def _unasserted(verb: Token) -> bool:
    """Whether the first verb's clause states no fact: negated ("did not send"), modal ("would have sent") or a
    condition ("if A had sent"), itself or the verb it is the complement of ("did not want to send")."""
    marks = _lex()["conditional_marks"]
    v: Token | None = verb
    while v is not None:
        kids = list(v.children)
        if any(c.dep_ == "neg" or c.tag_ == "MD" and c.dep_ in {"aux", "auxpass"} for c in kids):
            return True
        if any(c.dep_ == "mark" and c.lower_ in marks for c in kids):
            return True
        if any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in marks for g in c.children)
               for c in kids):
            return True  # the main clause of a condition
        v = v.head if v.dep_ == "xcomp" and v.head is not v else None
    return False


def _gapped_parties(sent: Span, verb: Token, at: dict[int, str], entities: dict[str, Entity]) -> list[str]:
    """The parties of the gapped clauses after ``verb`` (see the module's docstring)."""
    lex = _lex()
    doc = sent.doc
    out: list[str] = []
    i = verb.i + 1
    while i < sent.end:
        t = doc[i]
        if _finite(t) or t.text in {";", ":"}:
            break  # a clause of its own: what follows is its, not the first verb's
        e = at.get(i)
        k = i - 1 if doc[i - 1].lower_ == "the" else i  # "and the B Navy some 650"
        before = doc[k - 1]
        opens = before.text == "," or before.lower_ in lex["openers"]
        # the party opens a clause, not the middle of a list ("sent jets to A, B and C": B follows A)
        opens = opens and not (k >= sent.start + 2 and at.get(k - 2) is not None
                               and entities[at[k - 2]].label in lex["labels"])
        span = list(takewhile(lambda x, e=e: at.get(x.i) == e, doc[i:sent.end])) if e is not None else []
        proper = any(x.pos_ == "PROPN" or x.tag_ == "NNP" for x in span)  # a name, not a demonym ("Peruvian")
        if e is None or not opens or entities[e].label not in lex["labels"] or not proper:
            i += 1
            continue
        # the parties of one gapped clause: "and India, Canada and Pakistan two each"
        names, j = [], i
        while j < sent.end:
            m = at.get(j)
            if m is not None:
                if entities[m].label in lex["labels"] and m not in names:
                    names.append(m)
                while j < sent.end and at.get(j) == m:
                    j += 1
                continue
            if doc[j].text == "," or doc[j].lower_ == "and":
                j += 1
                continue
            break
        if j < sent.end and doc[j].lower_ in {"'s", "’s"}:
            i = j  # "and Canada's frigate": a possessor, no party of a clause
            continue
        if _remnant_fits(sent, j, verb, at, entities):
            out += [m for m in names if m not in out]
        i = max(j, i + 1)
    return out


def gapped(relations: list[Relation], doc: Doc, sents: list, entities: dict[str, Entity]) -> list[Relation]:
    """PARTICIPATED_IN facts of the parties of gapped clauses (see the module's docstring)."""
    lex = _lex()
    taking = [r for r in relations if r.type == "PARTICIPATED_IN" and r.source in entities
              and entities[r.source].label in lex["labels"]]
    if not taking:
        return []
    at = token_entities(doc, entities)
    have = {r.key() for r in relations}
    starts = [s.start_char for s in sents]

    def sentence_at(start: int) -> Span | None:
        k = bisect_right(starts, start) - 1
        return sents[k] if k >= 0 and start < sents[k].end_char else None

    # (sentence, source, event, whether the verb must be one of sending)
    jobs = [(sentence_at(r.evidence.get("start", -1)), r.source, r.target, False, r.evidence["doc"]) for r in taking]
    main = _main_event(entities)
    at_main = {r.source for r in taking if r.target == main}
    if at_main:
        eventful = {k for k, s in enumerate(sents) for t in s if at.get(t.i) in entities
                    and entities[at[t.i]].label == "Event"}
        doc_id = taking[0].evidence["doc"]
        jobs += [(s, src, main, True, doc_id) for k, s in enumerate(sents) if k not in eventful and "," in s.text
                 for src in {at[t.i] for t in s if at.get(t.i) in at_main}]
    out: list[Relation] = []
    for sent, source, event, sending, doc_id in jobs:
        if sent is None or "," not in sent.text:
            continue
        verbs = {v.i: v for t in sent if at.get(t.i) == source and (v := _verb_of_subject(t)) is not None}
        for verb in verbs.values():
            if _unasserted(verb) or sending and verb.lemma_.lower() not in lex["verbs"]:
                continue
            for party in _gapped_parties(sent, verb, at, entities):
                key = (party, "PARTICIPATED_IN", event)
                if party != source and party != event and key not in have:
                    have.add(key)
                    out.append(Relation(party, "PARTICIPATED_IN", event,
                                        sentence_place(doc_id, doc, sent),
                                        0.5, "gapped-clause"))
    return out
