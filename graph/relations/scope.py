"""Clause scope shared by every relation family: a fact whose two ends meet inside a clause the sentence
only asks about or makes a condition ("asked whether the exercise was aimed at X", "if A joins B",
"unless both governments agree where the line runs") is not stated, whichever rule read it.

:func:`unasserted` asks it of one token (its clause and every clause above it); :func:`hypothetical`
of a relation, through the tokens of its two ends in the sentence (where their paths meet). Words in
``cues.yaml`` (``negation.unasserted_marks``, ``negation.concessive``).
"""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import cues


def marks() -> frozenset[str]:
    """The conjunctions that make a clause unasserted (``negation.unasserted_marks``)."""
    return frozenset(cues()["negation"]["unasserted_marks"])


def _asks(tok: Token, words: frozenset[str], concessive: set[str]) -> bool:
    """Whether ``tok`` heads a clause a question or condition word introduces (not "even if")."""
    for c in tok.children:
        if c.dep_ == "mark" and c.lower_ in words:
            before = tok.doc[c.i - 1] if c.i > tok.sent.start else None
            if before is None or before.lower_ not in concessive:
                return True
    return False


def unasserted(tok: Token) -> bool:
    """Whether ``tok`` stands in a clause, or under a clause, that "whether", "if" or "unless" opens
    ("asked whether X was aimed at Y": both names; "went ahead even if Y attended": no)."""
    words, concessive = marks(), set(cues()["negation"]["concessive"])
    cur = tok
    for _ in range(40):  # a parse is a tree: its root is its own head
        if _asks(cur, words, concessive):
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def meeting_point(a: Token, b: Token) -> Token:
    """The lowest token both ``a`` and ``b`` stand under (one of them, if the other stands under it)."""
    above = {a.i}
    cur = a
    while cur.head.i != cur.i:
        cur = cur.head
        above.add(cur.i)
    cur = b
    while cur.i not in above and cur.head.i != cur.i:
        cur = cur.head
    return cur


def hypothetical(firsts: list[Token], seconds: list[Token]) -> bool:
    """Whether a relation between an end named at ``firsts`` and one named at ``seconds`` (the tokens of
    their mentions in one sentence; either list may be empty where the sentence names that end only by
    description) is only asked about or supposed: every pair meets inside an unasserted clause (an end
    named alone: every mention of it stands in one). Nothing named: nothing to say (False)."""
    if not firsts or not seconds:
        named = firsts or seconds
        return bool(named) and all(unasserted(t) for t in named)
    return all(unasserted(meeting_point(a, b)) for a in firsts for b in seconds)


def asked(tok: Token) -> bool:
    """Whether ``tok`` stands in a yes/no question: the sentence ends in a question mark and opens (past a
    quote or a lead-in such as "and") with a verb of ``negation.yes_no_openers`` that is ``tok``'s clause
    verb, its auxiliary, or a verb above it ("Is Turkey still a member of NATO?", "Does this make Brazil part
    of NATO?"). A wh-question ("When did Tajikistan join?") takes its fact as given: not asked."""
    lex = cues()["negation"]
    sent = tok.sent
    last = next((t for t in reversed(sent) if not t.is_space and not t.is_quote and t.text not in {")", "]"}), None)
    if last is None or last.text != "?":
        return False
    leads = set(lex["question_lead_ins"])
    first = next((t for t in sent if not (t.is_space or t.is_quote or t.is_punct or t.lower_ in leads)), None)
    if first is None or first.lower_ not in lex["yes_no_openers"] or first.pos_ not in {"AUX", "VERB"}:
        return False
    above, cur = {tok.i}, tok
    while cur.head.i != cur.i:
        cur = cur.head
        above.add(cur.i)
    return first.i in above or first.dep_ in {"aux", "auxpass"} and first.head.i in above


_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _ends_in_question_mark(sent) -> bool:
    last = next((t for t in reversed(sent) if not t.is_space and not t.is_quote and t.text not in {")", "]"}), None)
    return last is not None and last.text == "?"


def _inverted(verb: Token) -> bool:
    """Whether an auxiliary of ``verb`` stands before its subject ("will he attend", "would Ankara buy")."""
    subjects = [c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    return bool(subjects) and any(c.dep_ in {"aux", "auxpass"} and c.i < min(subjects) for c in verb.children)


def _wh_led(verb: Token) -> bool:
    """Whether a wh-word opens ``verb``'s own clause ("Who will supply the jets?"); not a relative clause's
    "which"/"who" (that clause tells, the question is the sentence's)."""
    if verb.dep_ in {"relcl", "acl"}:
        return False
    first = min(verb.subtree, key=lambda t: t.i)
    return first.tag_ in _WH_TAGS and first.head.i == verb.i


def _opened(verb: Token) -> bool:
    """Whether the sentence opens (past a lead-in such as "and") with a yes/no opener (``negation.yes_no_openers``)
    that is ``verb`` or its auxiliary (:func:`asked`'s test, for one verb; also an opening "Will" the parser hangs
    on the verb's subject: "Will cooperation with Britain ever resume?")."""
    lex = cues()["negation"]
    leads = set(lex["question_lead_ins"])
    first = next((t for t in verb.sent if not (t.is_space or t.is_quote or t.is_punct or t.lower_ in leads)), None)
    return first is not None and first.lower_ in lex["yes_no_openers"] and first.pos_ in {"AUX", "VERB"} \
        and (first.i == verb.i or first.dep_ in {"aux", "auxpass"} and (first.head.i == verb.i or (
            first.head.dep_ in {"nsubj", "nsubjpass"} and first.head.head.i == verb.i)))  # "Will" hung on the subject


def questioned(tok: Token) -> bool:
    """Whether ``tok`` stands in a direct question: the sentence ends in a question mark and ``tok``'s clause
    verb, or a verb above it, opens the sentence as a yes/no question (:func:`asked`), has an inverted auxiliary
    ("Will he attend the summit in The Hague?", "After the vote, will the air force buy Gripens?") or a wh-word
    opening its clause ("Who will supply the jets?"). A relative clause inside the question tells its fact ("Why
    did Colombia, which bought Kfirs from Israel, choose the Gripen?": Colombia bought them): the climb stops at
    it. Wider than :func:`asked` (which the membership and pair rules use): for a rule reading an act as done or
    planned, even "When will X buy Y?" asks, not states."""
    if not _ends_in_question_mark(tok.sent):
        return False
    cur = tok
    for _ in range(40):  # a parse is a tree: its root is its own head
        if cur.pos_ in {"VERB", "AUX"} and (_opened(cur) or _inverted(cur) or _wh_led(cur)):
            return True
        if cur.head.i == cur.i or cur.dep_ in {"relcl", "acl"} and cur.pos_ in {"VERB", "AUX"}:
            return False
        cur = cur.head
    return False
