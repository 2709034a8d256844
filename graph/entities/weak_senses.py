"""Which references of a weak event noun (``weak_event_nouns``: "attack", "assault", "seizure", "intercept" ...)
are of another sense than an armed occasion (words: ``weak_event_senses`` in ``graph/mentions/lexicon.yaml``).
A word before the noun makes that one reference medical ("a heart attack", ``modifiers``); the verb that has the
noun ("suffered a seizure", ``undergone``), a court or police verb the noun hangs on by a preposition ("charged
over an assault", ``court_verbs``) or what the noun is of ("an intercept of a soldier's call", ``of_objects``)
make it another sense too. Where the noun's first reference in the text is of another sense, the text's later
"the assault" returns to it: no reference of that noun tells an armed occasion."""
from __future__ import annotations

from spacy.tokens import Token


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _modified(tok: Token, senses: dict) -> bool:
    """A word written before the noun of another sense ("a heart attack", "an epileptic seizure")."""
    words = set(senses["modifiers"].get(tok.lower_, []))
    return any(c.dep_ in {"compound", "amod"} and (c.lower_ in words or _lemma(c) in words) for c in tok.lefts)


def _other_context(tok: Token, senses: dict) -> bool:
    """The verb that has the noun ("suffered a seizure"), a court verb it hangs on by a preposition ("charged over
    an assault", "convicted of assault"), or what it is of ("an intercept of a call")."""
    head = tok.head
    if tok.dep_ in {"dobj", "nsubjpass"} and head.pos_ in {"VERB", "AUX"} \
            and _lemma(head) in senses["undergone"].get(tok.lower_, []):
        return True
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in senses["court_preps"] \
            and head.head.pos_ in {"VERB", "AUX"} and _lemma(head.head) in senses["court_verbs"]:
        return True
    objects = set(senses["of_objects"].get(tok.lower_, []))
    return bool(objects) and any(p.dep_ == "prep" and p.lower_ == "of" and o.dep_ == "pobj"
                                 and (o.lower_ in objects or _lemma(o) in objects)
                                 for p in tok.children for o in p.children)


def other_sense_refs(refs: list[Token], weak: set[str], senses: dict) -> set[int]:
    """The positions of the weak nouns among ``refs`` (in text order) that tell no armed occasion: each one of
    another sense by its own words, and every reference of a noun whose first reference is of another sense."""
    out: set[int] = set()
    first: dict[str, Token] = {}
    for t in sorted(refs, key=lambda x: x.i):
        if t.lower_ not in weak:
            continue
        first.setdefault(t.lower_, t)
        if _modified(t, senses):
            out.add(t.i)
    lost = {w for w, t in first.items() if t.i in out or _other_context(t, senses)}
    return out | {t.i for t in refs if t.lower_ in lost}
