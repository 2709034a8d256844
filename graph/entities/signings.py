"""A signing told by its verb: "Saudi Arabia and Pakistan signed a mutual defence agreement in Riyadh on
Wednesday", "a treaty that A and B signed in Pyongyang on Wednesday", "Country X and Country Y sign defence
pact at Z academy".

ANNOTATION.md (fresh20-21, fh16 rulings): a treaty or partnership signing is an Event dated at its signing,
its states and signatories its participants, the writer's nouns for it ("the pact", "the agreement") its
aliases. A signing verb of the headline or the lead (the article's news) makes one where it is done (not
"will sign", "plans to sign"), what it signs is an accord (``signing_objects``: no contract, no order), at
least two parties are named (two subjects, or a subject and a "with" party), not only firms, and its clause
gives a date or a place. The resolver leaves it out where the article's own occasion is already a ceremony or the accord is
an event of its own name (the same occasion twice).
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..mentions.lexicon import lexicon

#: a token index -> the label of the mention there (None: none)
LabelAt = Callable[[int], "str | None"]

PARTIES = {"Country", "Person", "Company", "Organization", "Alliance", "GovernmentBody", "ArmedGroup"}
_CLAUSES = {"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis"}


def signed_accord(verb: Token) -> Token | None:
    """The accord noun ``verb`` signs ("signed [a pact]", "[the treaty] was signed", "a treaty that they
    signed"), where the verb is one of ``signing_verbs`` and the noun one of ``signing_objects``; else None."""
    lex = lexicon()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex["signing_verbs"] and verb.lower_ not in lex["signing_verbs"]:
        return None
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lower_ not in {"that", "which"}]
    if verb.dep_ == "relcl" and not objects:
        objects.append(verb.head)  # "a treaty that Putin and Kim signed"
    accords = set(lex["signing_objects"])
    return next((o for o in objects if o.lemma_.lower() in accords or o.lower_ in accords), None)


def _unreal(verb: Token) -> bool:
    words = set(lexicon()["ceremony_act_unreal"])
    if any(c.dep_ in {"aux", "auxpass", "neg"} and c.lower_ in words for c in verb.children):
        return True
    return verb.dep_ in {"xcomp", "ccomp", "advcl", "acl"} and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                   for c in verb.children)


def _own_phrase(verb: Token):
    """The tokens of the verb's own clause (not of a clause inside it)."""
    stack, out = [verb], []
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack += [c for c in tok.children if c.dep_ not in _CLAUSES]
    return out


def signing_parties(verb: Token, label_at: LabelAt) -> list[Token]:
    """The heads of the named parties of a signing: the subjects of the verb (with their conjuncts; a
    relative clause's own subject) and the object of its "with"."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    subj += [t for s in subj for t in s.conjuncts]
    subj += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
             if o.dep_ == "pobj" for o in (o, *o.conjuncts)]
    subj += [o for s in list(subj) for o in s.children if o.dep_ == "appos"]  # "his counterpart, Minister X"
    return [t for t in subj if label_at(t.i) in PARTIES]


def placed_or_dated(verb: Token, label_at: LabelAt) -> bool:
    """Whether the verb's own clause gives a place ("in Riyadh", "at the palace") or a date ("on Wednesday")."""
    for tok in _own_phrase(verb):
        if tok.ent_type_ in {"DATE", "TIME"} or tok.lower_ in {"today", "yesterday"}:
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ in {"in", "at"} and tok.head.head.i == verb.i and any(
                label_at(t.i) == "Place" or t.ent_type_ in {"GPE", "LOC", "FAC"} for t in tok.subtree):
            return True  # "in Riyadh", "at the Magelang military academy"
    return False


def is_signing(verb: Token, label_at: LabelAt) -> bool:
    """Whether ``verb`` tells a signing the graph holds as an event: an accord signed, not put off or in doubt,
    by two or more named parties, placed or dated by its own clause."""
    if signed_accord(verb) is None or _unreal(verb):
        return False
    parties = signing_parties(verb, label_at)
    if len({t.i for t in parties}) < 2 or all(label_at(t.i) == "Company" for t in parties):
        return False  # two firms' joint-venture or supply agreement: business news, no occasion of the graph
    return placed_or_dated(verb, label_at)


def signed_again(verb: Token, label_at: LabelAt) -> bool:
    """Whether ``verb`` tells the article's signing again, with its signatories: "MBS and Sharif signed the pact
    at the palace", "the document they signed", "X signed for the federal government" (a signing verb, done,
    of "the" accord or document, or of none with a "for" side; a person or a state its subject); not an
    accord of another year ("the 1961 treaty that A signed with B")."""
    lex = lexicon()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex["signing_verbs"] and verb.lower_ not in lex["signing_verbs"] \
            or _unreal(verb):
        return False
    accords = set(lex["signing_objects"]) | {"document", "documents"}
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lower_ not in {"that", "which"}]
    if verb.dep_ == "relcl" and not objects:
        objects.append(verb.head)
    if objects:
        accord = objects[0]
        if accord.lemma_.lower() not in accords or not any(c.lower_ in {"the", "this"} for c in accord.children) \
                or any(t.like_num and len(t.text) == 4 for t in accord.subtree):
            return False
    elif not any(p.dep_ == "prep" and p.lower_ == "for" for p in verb.children):
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    subj += [t for s in subj for t in s.conjuncts]
    return any(label_at(t.i) in {"Person", "Country"} for t in subj)
