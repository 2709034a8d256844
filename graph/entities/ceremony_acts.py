"""Ceremonies told by their verb: "Queen X and Minister Y launched the frigate Z at the yard in W", "the two
ministers opened the plant", "the navy decommissioned the carrier", "the first jet was rolled out".

Such a verb (``ceremony_acts`` in lexicon.yaml) on a vessel, an aircraft, a vehicle or a site
(``ceremony_act_objects``, or any word of a platform's name) is a ceremony where people or a service
perform it (an active verb whose subject is a person, a body or a noun of office holders, or a passive
one), told as done (not "will launch", "plans to open"). The nouns the verb lists ("the launch", "the
opening") then name that ceremony in the article, and the performers take part in it
(relations/families/events.py). ANNOTATION.md: an unnamed ceremony is an Event named by the writer,
the generic nouns the text uses for it its aliases, the persons who performed it PARTICIPATED_IN.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ..mentions.lexicon import lexicon
from ..mentions.words import pos_tags, tokens
from ..relations.prepositions import prep_objects

#: a token index -> the label of the mention there (None: none)
LabelAt = Callable[[int], "str | None"]

_PERFORMERS = {"Person", "GovernmentBody"}


def act_lemma(verb: Token) -> str | None:
    """The ``ceremony_acts`` key ``verb`` stands for ("launch", "roll out"; "rolled out of the plant", whose
    particle the parser may read as a preposition), else None; for a noun that tells the act alone
    (``ceremony_act_nouns_alone``: "the roll-out") its verb's key."""
    if verb.pos_ in {"NOUN", "PROPN"}:
        return next((k for k, nouns in lexicon()["ceremony_act_nouns_alone"].items() if verb.lower_ in nouns), None)
    if verb.pos_ != "VERB":
        return None
    acts = lexicon()["ceremony_acts"]
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ in {"prt", "prep", "advmod"} and c.i == verb.i + 1 and f"{lemma} {c.lower_}" in acts:
            return f"{lemma} {c.lower_}"
    return lemma if lemma in acts else None


def _platform_phrase(tok: Token, label_at: LabelAt) -> bool:
    """Whether ``tok`` heads a platform's phrase: a platform mention or a word of its kind ("the first jets")."""
    return bool(_object_words(tok) & set(lexicon()["ceremony_act_objects"])) or label_at(tok.i) == "Platform"


def is_act_noun(noun: Token, label_at: LabelAt) -> bool:
    """Whether a noun tells the act alone ("the roll-out of the KF-21", "the KF-21 roll-out"): one of
    ``ceremony_act_nouns_alone`` with a platform as its "of"/"for" object or its modifier."""
    if act_lemma(noun) is None or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    objects = prep_objects(noun, {"of", "for"})
    objects += [c for c in noun.children if c.dep_ in {"compound", "poss", "nmod"}]
    if noun.dep_ == "compound" and noun.head.lower_ in lexicon()["event_kinds"]["ceremony"]:
        # "a roll-out ceremony for the first KF-21": the ceremony's object
        objects += prep_objects(noun.head, {"of", "for"})
    return any(_platform_phrase(o, label_at) for o in objects)


def _object_words(tok: Token) -> set[str]:
    """The lemmas of an object phrase's head and the words that qualify it ("the new ammunition plant",
    "the frigate Bonifaz", "INS Viraat, an aircraft carrier")."""
    out = {tok.lemma_.lower()}
    for c in tok.children:
        if c.dep_ in {"compound", "amod", "nmod", "appos"}:
            out.add(c.lemma_.lower())
            out |= {d.lemma_.lower() for d in c.children if d.dep_ in {"compound", "amod"}}
    if tok.dep_ == "appos":
        out.add(tok.head.lemma_.lower())
    return out


def _acted_on(verb: Token, passive: bool) -> list[Token]:
    dep = "nsubjpass" if passive else "dobj"
    return [c for c in verb.children if c.dep_ == dep]


def _unreal(verb: Token) -> bool:
    words = set(lexicon()["ceremony_act_unreal"])
    if any(c.dep_ in {"aux", "auxpass", "neg"} and c.lower_ in words for c in verb.children):
        return True
    return verb.dep_ in {"xcomp", "ccomp", "advcl", "relcl", "acl"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _subjects(verb: Token) -> list[Token]:
    holder = verb
    while holder.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in holder.children) \
            and holder.head.i != holder.i:
        holder = holder.head
    subj = [c for c in holder.children if c.dep_ == "nsubj"]
    return subj + [t for s in subj for t in s.conjuncts]


def is_ceremony_act(verb: Token, label_at: LabelAt) -> bool:
    """Whether ``verb`` tells a ceremony: a ceremony verb, done (not planned), on a platform or a site,
    performed by people or a service (an active subject of those labels or an office noun) or passive."""
    lemma = act_lemma(verb)
    if lemma is None or _unreal(verb):
        return False
    lex = lexicon()
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    objects = _acted_on(verb, passive)
    if not objects:  # "the first jets rolled out of the plant": the platform itself is the subject
        return lemma in lex["ceremony_acts_intransitive"] and any(
            _platform_phrase(s, label_at) for s in _subjects(verb))
    kinds = set(lex["ceremony_act_objects"])
    if not any(_object_words(o) & kinds or label_at(o.i) == "Platform" for o in objects):
        return False
    if passive:
        return True
    people = set(lex["ceremony_act_people"])
    return any(label_at(s.i) in _PERFORMERS or s.lemma_.lower() in people for s in _subjects(verb))


def ceremony_acts(doc: Doc, label_at: LabelAt) -> list[Token]:
    """The verbs of ``doc`` that tell a ceremony (``is_ceremony_act``), in text order."""
    verbs, toks = _verbs(), tokens(doc)  # (the verbs read once; a Token built only for a verb or a noun)
    return [t for t in (toks[i] for i, pos in enumerate(pos_tags(doc)) if pos in _ACT_POS)
            if t.pos_ == "VERB" and t.lemma_.lower() in verbs and is_ceremony_act(t, label_at)
            or t.pos_ in {"NOUN", "PROPN"} and is_act_noun(t, label_at)]


_ACT_POS = frozenset({"VERB", "NOUN", "PROPN"})


def act_nouns(acts: list[Token]) -> set[str]:
    """The nouns the text may call the ceremonies of ``acts`` by ("the launch", "the opening")."""
    table = lexicon()["ceremony_acts"]
    return {n for v in acts for n in table.get(act_lemma(v) or "", [])}


def _verbs() -> set[str]:
    return {k.split()[0] for k in lexicon()["ceremony_acts"]}
