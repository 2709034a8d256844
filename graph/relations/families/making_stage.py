"""A platform told as still in the making is not yet held (ONTOLOGY.md, Time; ANNOTATION.md: "a launched boat
is ``ordered``", "a frigate at sea trials is ``ordered``").

Where the clause a holding rule reads (its default ``in_service``) says the goods are still being made, built
ahead or tried out before their handover, the holding is ``ordered``:

* the goods' phrase is "under construction" or has a clause of making in progress ("INS X, under construction at
  the yard", "the frigates being built at Y");
* the goods are the subject of a passive making verb in progress ("the class is being built by Z"), of a launch
  of a vessel ("the navy's third submarine was launched"), or of a clause that puts them to trials ("the first
  frigate puts to sea for trials", "began sea trials");
* the goods are the object of a making verb in progress or put ahead ("will build and operate a new class",
  "is building its own frigates").

The words are ``making_stage`` of ``stage`` in ``cues.yaml``."""
from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import cues
from ..prepositions import prep_objects
from ..tense import being_done, put_ahead

_PHRASE_DEPS = {"compound", "nmod", "amod", "nummod", "poss", "appos", "conj"}


def _phrase_head(tok: Token) -> Token:
    """The head noun of the phrase ``tok`` names the goods in ("Tamandaré-class" -> "frigate", "X" of "a class,
    X" -> "class")."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in _PHRASE_DEPS or cur.head == cur:
            break
        cur = cur.head
    return cur


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _under_construction(noun: Token) -> bool:
    """Whether a noun (or the verb of its subject) has "under construction" or a clause "being built" on it."""
    lex = cues()["stage"]["making_stage"]
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in lex["state_preps"] \
                and any(o.dep_ == "pobj" and o.lemma_.lower() in lex["states"] for o in c.children):
            return True
        if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in cues()["stage"]["making"] and being_done(c) \
                and not _negated(c):
            return True
    return False


def _on_trials(verb: Token) -> bool:
    """Whether a verb puts its subject to trials: "puts to sea for trials", "began sea trials"; not a verb that
    ends them or does something else during them ("passed trials", "fired a missile during trials"), trials of
    other goods ("trials of a new seeker") nor trials after work on a built ship ("after a three-year refit")."""
    lex = cues()["stage"]["making_stage"]
    if verb.lemma_.lower() not in lex["trial_verbs"]:
        return False
    if any(p.dep_ == "prep" and p.lower_ in lex["after_preps"] and any(t.lemma_.lower() in lex["after_work"]
                                                                      or t.lower_ in lex["after_work"]
                                                                      for t in p.subtree)
           for p in verb.children):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [o for p in verb.children if p.dep_ == "prep" and p.lower_ != "during"
             for o in p.children if o.dep_ == "pobj"]
    return any(o.lower_ in lex["trials"] and not any(c.dep_ == "prep" and c.lower_ == "of" for c in o.children)
               for o in objs)


def _handed_over(verb: Token) -> bool:
    """Whether the clause verb tells the goods handed over, as done ("was commissioned last year", "entered
    service in 2020")."""
    lex = cues()["stage"]["making_stage"]
    if put_ahead(verb) or _negated(verb) or being_done(verb):
        return False
    lemma = verb.lemma_.lower()
    if lemma in lex["handover_verbs"]:
        return True
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += prep_objects(verb)
    return lemma in lex["entry_verbs"] and any(o.lemma_.lower() in lex["service_objects"] for o in objs)


def _launched_vessel(verb: Token, subject: Token) -> bool:
    """Whether a vessel is the subject of a passive launch told as done ("the third submarine was launched")."""
    lex = cues()["stage"]["making_stage"]
    if verb.lemma_.lower() not in lex["launch_verbs"] or not any(c.dep_ == "auxpass" for c in verb.children) \
            or put_ahead(verb) or _negated(verb):
        return False
    return any(t.lemma_.lower() in lex["vessels"] or t.lower_.endswith("-class") for t in subject.subtree)


def in_the_making(tok: Token, verb: Token | None) -> bool:
    """Whether the goods at ``tok`` are told as still in the making (see the module doc); ``verb`` is the clause
    verb the holding rule reads (``stage.clause_verb``), or None."""
    head = _phrase_head(tok)
    if verb is not None and _handed_over(verb):
        return False  # "HMS X, under construction since 2017, was commissioned last year"
    if _under_construction(head) or _under_construction(tok) or _on_trials(head):
        return True  # (a headline's "the first frigate puts to sea for trials" the tagger took for a noun)
    if verb is None or _negated(verb):
        return False
    making = cues()["stage"]["making"]
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ in {"nsubj", "nsubjpass"} and tok.i in {t.i for t in c.subtree}:
            if lemma in making and being_done(verb):
                return True  # "the class is being built by Z"
            if _launched_vessel(verb, c) or _on_trials(verb) or _under_construction(verb):
                return True
        if c.dep_ == "dobj" and tok.i in {t.i for t in c.subtree} and lemma in making \
                and not any(p.dep_ == "prt" for p in verb.children):  # "is building up its fleet": it grows
            aux = [a for a in verb.children if a.dep_ == "aux"]
            if put_ahead(verb) or verb.tag_ == "VBG" and any(a.lemma_ == "be" for a in aux):
                return True  # "will build and operate a new class", "is building its own frigates"
    return False
