"""A post changing hands in one clause (ANNOTATION.md: "the outgoing chief's LEADS has `valid_to`"):

* "X replaced Y", "X succeeds Y", "..., succeeding Y", "X took over the navy from Y", "X took command of the
  army from Y", "moved X into the ministry in place of Y": Y led the body before X;
* "Y handed the navy to X", "command of the wing passed from Y to X": X leads it now, Y led it before.

The body is the one the clause names (the object of taking or handing, "command of B", "at the head of B",
"into B"); else the one body the successor LEADS in that sentence, else the one body of the whole article
the successor has any tie to (LEADS or AFFILIATED_WITH).
The one who gives the post up gets a LEADS with role ``former ...`` and, where the sentence dates the change,
``valid_to`` that date; the one handed a body named in the clause gets its LEADS. Cue words are data
(``cues.yaml``, ``successions``)."""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from ...entities import Entity
from ..lexicon import cues
from ..prepositions import prep_objects
from ..relation import Relation, sentence_place
from ..time import evidence_when, published_of

RULE = "succession"


def _lex() -> dict:
    return cues()["successions"]


def _subject(v: Token) -> Token | None:
    """The one who takes the post: the verb's subject, else that of the verb it hangs on ("..., succeeding Y";
    "chose him to succeed Y": the object of "chose"; "X, who replaced Y": X)."""
    if v.dep_ == "relcl":  # "X, who had taken over from Y": X
        return v.head
    for c in v.children:
        if c.dep_ in {"nsubj", "nsubjpass"}:
            return c
    if v.dep_ == "xcomp":
        obj = next((c for c in v.head.children if c.dep_ == "dobj"), None)
        return obj or _subject(v.head) if v.head.i != v.i else obj
    if v.dep_ in {"advcl", "conj"} and v.head.i != v.i:
        return _subject(v.head)
    return None


def _of_object(noun: Token) -> Token | None:
    """The "of" object of a post noun ("command of the army": army)."""
    return next(iter(prep_objects(noun, "of")), None)


def _in_place_of(v: Token) -> list[Token]:
    return [o for p in v.children if p.dep_ == "prep" and p.lower_ == "in"
            for c in p.children if c.lower_ == "place" for o in prep_objects(c, "of")]


def _changes(v: Token, lex: dict) -> tuple[list[Token], list[Token], list[Token]]:
    """(giving up, taking, bodies named) of the verb ``v``'s clause: tokens, any list may be empty."""
    lemma = v.lemma_.lower()
    if any(c.dep_ == "neg" for c in v.children):
        return [], [], []
    objs = [c for c in v.children if c.dep_ == "dobj"]
    posts = set(lex["post_nouns"])

    def post(t: Token) -> bool:  # "command", not the "Command" of a name
        return t.pos_ == "NOUN" and (t.lemma_.lower() in posts or t.lower_ in posts)

    bodies = [t for o in objs for t in ([_of_object(o)] if post(o) else [o]) if t is not None]
    # "at the head of B", also on the verb a "succeeding Y" hangs on ("begins a term at the head of B, succeeding Y")
    heads = [v, v.head] if v.dep_ == "advcl" else [v]
    bodies += [t for w in heads for h in prep_objects(w, "at") if h.lemma_.lower() == "head" for t in [_of_object(h)]
               if t is not None]
    bodies += prep_objects(v, "into")
    subj = _subject(v)
    taking = [subj] if subj is not None else []
    if lemma in lex["succession_verbs"]:
        return objs, taking, [b for b in bodies if b not in objs]
    if lemma in lex["taking_verbs"] and (any(c.dep_ == "prt" and c.lower_ == "over" for c in v.children)
                                         or any(post(o) for o in objs)):
        return prep_objects(v, "from"), taking, bodies
    if lemma in lex["handing_verbs"]:
        given = prep_objects(v, "to")
        if not given:
            return [], [], []
        if subj is not None and post(subj):
            # "command of the wing passed from Y to X": the post is the subject
            return prep_objects(v, "from"), given, [t for t in [_of_object(subj)] if t is not None]
        symbols = set(lex["symbol_nouns"])
        if any(o.pos_ == "NOUN" and (o.lemma_.lower() in symbols or o.lower_ in symbols) for o in objs):
            return [], given, bodies  # "the minister handed the command's flag to X": who hands it presides
        return ([subj] if subj is not None else []), given, bodies
    moved = _in_place_of(v)
    if moved:
        return moved, objs or taking, bodies
    return [], [], []


def _named(tokens: list[Token]) -> list[Token]:
    """The tokens with, for a rank the parser made the head ("to Vice Admiral X": Admiral), its apposition."""
    return [*tokens, *(c for t in tokens for c in t.children if c.dep_ == "appos")]


def successions(relations: list[Relation], doc: Doc, sents: list[Span], entities: dict[str, Entity]) -> list[Relation]:
    """LEADS facts of the people a sentence has a post change hands between."""
    lex = _lex()
    verbs = set(lex["succession_verbs"]) | set(lex["taking_verbs"]) | set(lex["handing_verbs"])
    labels = set(lex["labels"])
    docs = [r.evidence.get("doc") for r in relations if r.evidence.get("doc")]
    if not docs:
        return []
    people: dict[int, str] = {}
    named_people: set[int] = set()  # not a "he" resolved to someone: a successor is named
    bodies: dict[int, str] = {}
    for m in doc._.mentions:
        e = entities.get(m.entity) if m.entity else None
        if e is None:
            continue
        for i in m.tokens():
            if e.label == "Person":
                people[i] = e.id
                if m.source != "coref":
                    named_people.add(i)
            elif e.label in labels:
                bodies[i] = e.id
    starts = [s.start_char for s in sents]
    leads: dict[str, list[tuple[str, int, Relation]]] = {}
    for r in relations:
        if r.type == "LEADS" and r.evidence.get("start") is not None:
            leads.setdefault(r.source, []).append((r.target, bisect_right(starts, r.evidence["start"]) - 1, r))
    have = {r.key() for r in relations}
    published = published_of(doc)
    out: list[Relation] = []
    for k, sent in enumerate(sents):
        for v in sent:
            if v.pos_ not in {"VERB", "AUX"} or v.lemma_.lower() not in verbs and not _in_place_of(v):
                continue
            gone, came, named = _changes(v, lex)
            gone, came = _named(gone), _named(came)  # "to Vice Admiral X": the rank's apposition
            gone = [people[t.i] for t in gone if t.i in people]
            told = [people[t.i] for t in came if t.i in named_people]
            came = [people[t.i] for t in came if t.i in people]
            named = list(dict.fromkeys(bodies[t.i] for t in named if t.i in bodies))
            if not gone and not came:
                continue
            if len(named) == 1:
                body, role = named[0], None
            else:
                mine = [x for p in came for x in leads.get(p, [])]
                here = {t for t, j, _ in mine if j == k and entities[t].label != "Country"}
                every = {t for t, _, _ in mine if entities[t].label != "Country"}
                # the article's one post of the successor: no other tie of his that the change may be about
                other = {r.target for r in relations if r.source in came and r.type in {"LEADS", "AFFILIATED_WITH"}}
                pick = here if len(here) == 1 else every if len(every) == 1 and not here and other <= every else set()
                if not pick:
                    continue
                body = next(iter(pick))
                role = next((x[2].props.get("role") for x in mine if x[0] == body and x[2].props.get("role")), None)
            evidence = sentence_place(docs[0], doc, sent)
            when = evidence_when(sent, published)
            for p in gone:
                key = (p, "LEADS", body)
                if p in came or key in have:
                    continue
                have.add(key)
                props = {"role": f"former {role}" if role else "former"}
                if when:
                    props["valid_to"] = when
                out.append(Relation(p, "LEADS", body, dict(evidence), 0.55, RULE + "-former", props))
            for p in told if len(named) == 1 else []:
                key = (p, "LEADS", body)
                if p in gone or key in have:
                    continue
                have.add(key)
                out.append(Relation(p, "LEADS", body, {**evidence, "when": when} if when else dict(evidence), 0.55,
                                    RULE, {"valid_from": when} if when else {}))
    return out
