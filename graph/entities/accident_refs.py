"""Which "crash" nouns tell the article's accident (the ``accident`` kind of ``event_kinds``; words are
``accident_refs`` in ``graph/mentions/lexicon.yaml``): a crash of a vehicle that happened. Not a crash of a
market, of prices or of a website ("the stock market crash", ``other_senses``); not one feared, risked or
supposed ("pilots fear a crash", "a crash of a KF-21 would delay the programme") nor one asked about ("Did a
Su-34 crash near X?"). The kind needs a vehicle told with it somewhere: a crash verb of something that is
no market or website ("the jet crashed", "went down"), or a platform or a vehicle noun in a crash noun's
phrase ("a helicopter crash", "the crash of the An-26")."""
from __future__ import annotations

from spacy.tokens import Token

from ..mentions import Mention
from ..relations.prepositions import prep_objects

_ARGUMENT_DEPS = frozenset({"dobj", "pobj", "attr", "appos", "conj", "compound"})
_DEFINITE = frozenset({"the", "this", "that", "its", "their", "his", "her"})


def _question(tok: Token) -> bool:
    """Whether the sentence of ``tok`` asks ("Did a Su-34 crash near X?")."""
    words = [t for t in tok.sent if not t.is_space]
    return bool(words) and words[-1].text == "?"


def _other_sense(tok: Token, lex: dict) -> bool:
    """A word before the noun, or the crashing verb's subject, of a market, prices or a system."""
    other = set(lex["other_senses"])
    of = prep_objects(tok, "of")
    return any(x.lemma_.lower() in other or x.lower_ in other for c in [*tok.lefts, *of] for x in c.subtree)


def happened(tok: Token, lex: dict) -> bool:
    """Whether the crash noun ``tok`` tells a crash that happened, of a vehicle (see the module)."""
    if _question(tok) or _other_sense(tok, lex):
        return False
    if any(c.dep_ == "det" and c.lower_ in lex["unreal_determiners"] for c in tok.children):
        return False  # "no crash", "another crash"
    if any(x.lower_ in lex["unreal_modifiers"] for c in tok.lefts for x in c.subtree):
        return False  # "a possible crash"
    cur = tok
    while (cur.dep_ in _ARGUMENT_DEPS or cur.dep_ == "prep" and cur.lower_ == "of") and cur.head.i != cur.i:
        # "fear a crash", "the risk of a crash"; not "feared for their lives after the crash"
        cur = cur.head
        if cur.lemma_.lower() in lex["unreal_heads"] or cur.lower_ in lex["unreal_heads"]:
            return False
    if any(c.dep_ in {"det", "poss"} and c.lower_ in _DEFINITE for c in tok.children):
        return True  # "the crash would be investigated": the one told already
    for anc in tok.ancestors:  # "a crash of a KF-21 would delay the programme", "if a crash happened"
        if any(c.dep_ in {"aux", "auxpass", "mark"} and c.lower_ in lex["unreal_markers"] for c in anc.children):
            return False
        if anc.dep_ == "ROOT":
            break
    return True


def vehicle_told(doc, refs: list[Token], mentions: list[Mention], lex: dict) -> bool:
    """Whether a vehicle's crash is told: a crash verb whose subject is of no other sense ("the jet crashed",
    not "the website crashed"), or a platform or a vehicle noun in a crash noun's phrase."""
    from ..relations.families.accidents import crash_word

    other, vehicles = set(lex["other_senses"]), set(lex["vehicle_nouns"])
    for tok in doc:
        if tok.pos_ == "VERB" and crash_word(tok) and not _question(tok) and not any(
                c.dep_ in {"nsubj", "nsubjpass"} and (c.lemma_.lower() in other or c.lower_ in other)
                or c.dep_ in {"aux", "mark"} and c.lower_ in lex["unreal_markers"] for c in tok.children):
            return True
    platforms = {i for m in mentions if m.label == "Platform" for i in range(m.start, m.end)}
    return any(x.i in platforms or x.lemma_.lower() in vehicles for t in refs for x in t.subtree if x.i != t.i)


def own_words(tok: Token, mentions: list[Mention]) -> set[int]:
    """The positions of the words before a crash noun that belong to a platform's or a state's mention ("Russian
    Su-34 crash"): they keep their own readings and stay out of the event's name."""
    taken = {i for m in mentions if m.label in {"Platform", "Country"} for i in range(m.start, m.end)}
    return {x.i for c in tok.lefts for x in c.subtree if x.i in taken}
