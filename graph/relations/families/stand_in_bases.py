"""Where platforms named by a stand-in are based: "The fleet, based at X, is down to eleven jets", "the air force
flies them from A and B", "The jets fly from X", "keeps them at Camp Y", "The aircraft will live at Z". A
stand-in (``stand_in_bases.nouns`` with "the", or the pronouns "they"/"them") that a verb of basing or a verb of
flying missions bases at or flies from a place (the ``at``/``from`` phrase of the verb, not a journey "to" a
place) stands for the latest platform named before it in the sentence or the two before, of a category its noun
fits (``categories``), never a missile (``never_categories``), and for a subject "they" not where the subject
before is a plural noun of people (``people_nouns``); that platform is DEPLOYED_TO the place. Cue words are data
(cues.yaml stand_in_bases)."""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from spacy.tokens import Token

from ...mentions import Mention
from ..context import SentenceContext
from ..lexicon import cues
from ..negation import negated
from ..relation import Relation
from .common import DocFacts, rel


def _stand_in(tok: Token, lex: dict) -> bool:
    """A pronoun or a definite noun that stands for platforms named before ("them", "the fleet"); not one an
    adjective sets apart ("the new jets" after the retiring type)."""
    if tok.lower_ in lex["pronouns"]:
        return True
    return tok.lemma_.lower() in lex["nouns"] and tok.pos_ == "NOUN" and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and \
        not any(c.dep_ == "amod" for c in tok.children) and \
        not any(c.dep_ in {"compound", "poss", "nmod"} and c.pos_ in {"PROPN", "NUM"} for c in tok.children) and \
        not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _people_subject_before(ctx: SentenceContext, tok: Token, first: int, lex: dict) -> bool:
    """A subject pronoun ("they") whose nearest subject before is a plural noun of people ("Ukrainian pilots trained
    on the F-16. They now live at X"): it stands for the people, not the platform."""
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    subjects = [t for t in ctx.doc[first:tok.i] if t.dep_ in {"nsubj", "nsubjpass"} or
                t.dep_ == "ROOT" and t.pos_ in {"NOUN", "PROPN"}]
    if not subjects:
        return False
    last = subjects[-1]
    return last.lemma_.lower() in lex["people_nouns"] and (last.tag_ in {"NNS", "NNPS"} or last.lower_ in {
        "personnel", "staff"})


def _antecedent(ctx: SentenceContext, facts: DocFacts, tok: Token, lex: dict) -> Mention | None:
    """The platform ``tok`` stands for, named before it in this sentence or the ``sentences_back`` before and fitting
    its noun: a pronoun's latest in its own sentence, else the one named most often so far (the article's type:
    "the fleet" after a transport flew beside the fighters is the fighters')."""
    fits = lex["categories"].get(tok.lemma_.lower())
    first = ctx.sent.start
    for _ in range(lex["sentences_back"]):
        if first > 0:
            first = ctx.doc[first - 1].sent.start
    counts: dict[str, int] = {}
    for m in facts.mentions:
        e = ctx.entities.get(m.entity)
        if m.start < tok.i and e is not None and e.label == "Platform":
            counts[m.entity] = counts.get(m.entity, 0) + 1
    near = [m for m in facts.mentions if first <= m.start < tok.i and m.entity in counts]
    if not near or fits and any(ctx.entities[m.entity].props.get("category") not in fits for m in near):
        return None  # none, or a platform of another kind named beside: the stand-in is not sure
    own = [m for m in near if m.start >= ctx.sent.start]
    if tok.lower_ in lex["pronouns"] and _people_subject_before(ctx, tok, first, lex):
        return None  # "they" are the pilots or crews named as the subject before
    if tok.lower_ in lex["pronouns"] and own:
        pick = own[-1]
    else:
        pick = max(reversed(near), key=lambda m: counts[m.entity])
    if ctx.entities[pick.entity].props.get("category") in lex["never_categories"]:
        return None  # a missile is never based or flown from a place
    return dataclasses.replace(pick, start=tok.i, end=tok.i + 1)


def _named_body_word(ctx: SentenceContext, tok: Token) -> bool:
    """A stand-in noun that is the last word of another entity's name ("the fleet" beside the Black Sea Fleet)."""
    word = tok.lower_
    return any(e.label != "Platform" and e.name.lower().split()[-1:] == [word] for e in ctx.entities.values())


def _held(verb: Token, lex: dict) -> list[Token]:
    """The stand-ins a verb bases or flies: its subject, its object, the noun a participle hangs on."""
    out = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    if verb.dep_ in {"acl", "relcl"} and verb.tag_ == "VBN":  # "the fleet, based at X"
        out.append(verb.head)
    return [t for t in out if _stand_in(t, lex)]


def _places(ctx: SentenceContext, verb: Token, preps: set[str]) -> list[Mention]:
    """The places of the verb's own ``preps`` phrases (with their conjuncts)."""
    return [m for p in verb.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children
            if o.dep_ == "pobj" for m in ctx.group(o, {"Place"}) if not m.demonym]


def stand_in_bases(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """DEPLOYED_TO from the platform a stand-in names to where a verb of basing or flying puts it."""
    lex = cues()["stand_in_bases"]
    stay, sortie = set(lex["stay_verbs"]), set(lex["sortie_verbs"])
    for verb in ctx.cued_tokens(stay | sortie, pos={"VERB"}):
        lemma = verb.lemma_.lower()
        if lemma not in stay | sortie or negated(ctx, verb) or verb.i in ctx.at:
            continue
        if any(c.dep_ == "prep" and c.lower_ in lex["journey_preps"] for c in verb.children):
            continue  # "flew them from X to Y": a journey
        if lemma in sortie and verb.tag_ not in {"VBZ", "VBP"}:
            continue  # flying from a place is a base only when told as what they do now
        held = _held(verb, lex)
        if not held:
            continue
        places = _places(ctx, verb, set(lex["stay_preps"] if lemma in stay else lex["sortie_preps"]))
        for tok in held:
            p = None if _named_body_word(ctx, tok) else _antecedent(ctx, facts, tok, lex)
            if p is None:
                continue
            for place in places:
                yield rel(ctx, p, "DEPLOYED_TO", place, 0.55, "stand-in-base")
