"""Negated and cancelled facts: "did not attend", "skipped", "stayed away", "boycotted",
"declined to take part", "no Armenian official took part". A rule calls :func:`negated` on the
token that states its fact (the verb, or the noun of "the boycott of") before yielding a
positive relation. Cue words are in ``cues.yaml`` (``negation``)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from .lexicon import cues

_SUBJ = {"nsubj", "nsubjpass"}


@lru_cache(maxsize=1)
def _phrasal() -> dict[str, set[str]]:
    """The particles of each verb of the phrasal absence verbs ("stay away": stay -> {away})."""
    out: dict[str, set[str]] = {}
    for verb, particle in (p.split() for p in cues()["negation"]["phrasal"]):
        out.setdefault(verb, set()).add(particle)
    return out


def _absent_verb(tok: Token) -> bool:
    """ "skip", "boycott", "stay away", "call off": the verb itself denies taking part."""
    lemma = tok.lemma_.lower()
    if lemma in cues()["negation"]["verbs"]:
        return True
    wanted = _phrasal().get(lemma)
    if not wanted:
        return False
    particles = {c.lower_ for c in tok.children if c.dep_ in {"prt", "advmod"}}
    particles |= {o.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "at" for o in c.children}  # "stay at home"
    return bool(wanted & particles)


def negated(ctx, tok: Token, itself: bool = True) -> bool:
    """Whether the clause stating ``tok`` denies it: a negation particle on it or its auxiliaries,
    a negative governing verb ("declined to attend", "failed to deliver"), a negative subject
    ("no official took part", "neither leader attended"), or an absence verb ("skipped").
    ``itself=False`` lets ``tok`` be a denying verb that states a fact of its own ("cancelled
    their agreements" is a rupture; "did not cancel" still denies it). Answered once per token
    and sentence (many rules ask about the same verb)."""
    memo = getattr(ctx, "negations", None)
    if memo is None:
        return _negated(tok, itself)
    key = (tok.i, itself)
    if key not in memo:
        memo[key] = _negated(tok, itself)
    return memo[key]


def answer_word(tok: Token) -> bool:
    """ "No. Mali and Niger forced French troops out": a question's answer ("yes", "no") cut off by a
    stop or comma is no subject of the clause that follows, nor a negation of it."""
    return tok.lower_ in {"no", "yes"} and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text in {".", ",", ";", ":", "!"}


def _negated(tok: Token, itself: bool) -> bool:
    lex = cues()["negation"]
    cur = tok
    from_conj = False  # reached the current verb from a verb conjoined to it
    for _ in range(4):
        children = list(cur.children)
        if any(c.dep_ == "neg" or (c.dep_ in {"advmod", "aux"} and c.lower_ in lex["particles"]) for c in children):
            return True
        if cur.i == tok.i and any(c.dep_ == "dobj" and _none_of(c, lex["determiners"]) for c in children):
            return True  # "has sent no delegation since 2022", "took no part": the verb's own object is denied
        if any(c.dep_ == "advmod" and c.lower_ in {"longer", "more"} and any(g.dep_ == "neg" for g in c.children)
               for c in children):
            return True  # "Russia no longer guarantees ...", "no more supplies"
        # an absence verb denies its own clause, not a positive verb conjoined to it: "skipped the summit and
        # sent her deputy in her place" (the deputy went); a negation particle still spreads ("did not attend or send")
        if _absent_verb(cur) and (itself or cur is not tok) and not from_conj:
            return True
        if _opened_denied(cur, children, lex["clause_openers"]):
            return True  # "Nor is Turkmenistan a member", "Neither did Armenia attend"
        for c in children:
            if c.dep_ in _SUBJ and (c.lower_ in lex["determiners"] and not answer_word(c)
                                    or any(d.lower_ in lex["determiners"] for d in c.children
                                           if d.dep_ in {"det", "neg", "preconj"})):  # "neither A nor B appeared"
                return True
        if cur.dep_ == "ccomp" and _absent_verb(cur.head):  # "denied that it had supplied"
            return True
        if cur.dep_ == "acl" and cur.head.dep_ == "dobj" and _absent_verb(cur.head.head) \
                and cur.head.head.lemma_.lower() not in cues()["stage"]["cancelled"] \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
            return True  # "declined an invitation to join BRICS"; "scrapped plans to acquire" is a cancelled stage
        if cur.dep_ in {"xcomp", "pcomp", "conj"} and cur.head != cur:  # "declined to attend", "ruled out hosting"
            if cur.dep_ == "conj" and any(c.dep_ in _SUBJ for c in children):
                break  # a conjoined clause with its own subject is not under the first one's negation
            from_conj = cur.dep_ == "conj" and not _absent_verb(cur)
            cur = cur.head
            continue
        break
    return False


def _opened_denied(verb: Token, children: list[Token], openers: list[str]) -> bool:
    """Whether an inverted clause is denied by the word that opens the sentence: "Nor is X a member",
    "Neither did Y send troops" (the opener is the verb's own word, first in the sentence, before its subject)."""
    subjects = [c.i for c in children if c.dep_ in _SUBJ]
    for c in children:
        if c.lower_ in openers and c.dep_ in {"cc", "preconj", "advmod", "dep"} and c.i < verb.i \
                and all(c.i < s for s in subjects) \
                and all(t.is_punct or t.is_space or t.is_quote for t in verb.doc[verb.sent.start:c.i]):
            return True
    return False


def _none_of(noun: Token, determiners: list[str]) -> bool:
    """Whether a noun is denied by its own determiner: "no delegation", "neither side" (not "no fewer than
    ten ships", where "no" qualifies the number)."""
    return any(d.dep_ in {"det", "neg"} and d.lower_ in determiners and not answer_word(d) for d in noun.children)


def denied_object(tok: Token) -> bool:
    """Whether a noun is what a denying verb takes: "cancelled their agreements", "rejected the deal"."""
    head = tok.head
    return tok.dep_ in {"dobj", "nsubjpass"} and head != tok and _absent_verb(head)


def hedged(tok: Token) -> bool:
    """Whether a fact is only talked about as possible: a modal on its verb or the verb governing
    its noun ("could sign", "may cooperate"), or a hedging adjective ("a possible partnership").
    Hedge words are in ``cues.yaml`` (``ties.hedges``)."""
    words = cues()["ties"]["hedges"]
    if any(c.dep_ == "amod" and c.lower_ in words for c in tok.children):
        return True
    verb = tok
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"}:
            break
        if verb.head == verb:
            return False
        verb = verb.head
    if any(c.dep_ == "aux" and c.lower_ in words for c in verb.children):
        return True
    # "X had hoped a win would deepen its ties with Y": a clause only hoped for
    hopes = cues()["ties"]["hope_verbs"]
    return verb.dep_ == "ccomp" and (verb.head.lemma_.lower() in hopes or verb.head.lower_ in hopes)


def ruptured(tok: Token) -> Token | None:
    """The verb that ends the tie a noun names, if one does: "severed relations", "cancel their
    agreements", "ties were suspended". A ruptured tie is a conflict, not a tie. Verbs in
    ``cues.yaml`` (``ties.rupture_verbs``)."""
    head = tok.head
    if tok.dep_ in {"dobj", "nsubjpass"} and head != tok and head.lemma_.lower() in cues()["ties"]["rupture_verbs"]:
        return head
    return None


def noun_negated(ctx, tok: Token) -> bool:
    """Whether a noun's fact is denied: "no ties with", "did not sign an agreement with", "never
    held talks with", "refused to deepen cooperation": a negative determiner on the noun, or a
    negated verb that takes it."""
    lex = cues()["negation"]
    if any(c.dep_ in {"det", "neg"} and c.lower_ in lex["determiners"] for c in tok.children):
        return True
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.pos_ == "VERB":  # "agreed on cooperation with"
        verb = verb.head
        if any(c.dep_ == "dobj" for c in verb.children):
            return False  # "never backed Russia in its war": the verb's own object is what it denies
    return tok.dep_ in {"dobj", "attr", "nsubjpass", "pobj"} and verb is not tok and verb.pos_ in {"VERB", "AUX"} \
        and negated(ctx, verb)


def soured(tok: Token) -> bool:
    """Whether a tie a noun names has gone bad: "strained relations with", "ties between A and B have
    soured" (a conflict, not a tie). Words in ``cues.yaml`` (``ties.strained_adjectives``,
    ``ties.souring_verbs``)."""
    lex = cues()["ties"]
    if any(c.dep_ == "amod" and c.lower_ in lex["strained_adjectives"] for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ in {"nsubj", "nsubjpass"} and head != tok and head.lemma_.lower() in lex["souring_verbs"]:
        return True
    if tok.dep_ == "nsubj" and head.lemma_.lower() in lex["linking_verbs"]:  # "relations have been tense"
        return any(c.dep_ in {"acomp", "attr"} and c.lower_ in lex["strained_adjectives"] for c in head.children)
    # "a decision that soured relations with Paris", "the row poisoned ties with Beijing"
    return tok.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in lex["souring_verbs"] | lex["spoiling_verbs"]
