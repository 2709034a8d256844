"""Platforms a state sends somewhere, named as the object: "Germany deployed a battery of Patriot systems
to Poland", "the navy dispatched two frigates to the Red Sea", "the deployment of F-35s to X". The
verb class (``deployment_kinds.dispatch_verbs`` in ``cues.yaml``) is the point, not the subject: the
platforms in the object (or in a counting noun's "of" object) went to the places the verb's own phrase
names. A deployment only asked for, refused or weighed ("called for the deployment of X") is none."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...mentions import Mention
from ..context import SentenceContext
from ..lexicon import cues
from ..negation import hedged, negated
from ..prepositions import prep_objects
from ..relation import Relation
from .common import DocFacts, rel
from .events import _destinations

_PLATFORM = {"Platform"}
# links from a cue up to the word that may make it unrealised ("urged X to deploy", "called for the deployment")
_UP = {"xcomp", "pobj", "prep", "dobj", "ccomp", "nsubj", "nsubjpass"}


def platforms_at(ctx: SentenceContext, tok: Token) -> list[Mention]:
    """The platforms ``tok`` names: its own mention and conjuncts, the names modifying a generic head
    ("two Eurofighter jets"), else those of a counting noun's "of" object ("a battery of Patriot systems")."""
    found = ctx.group(tok, _PLATFORM)
    if not found and tok.i not in ctx.at:  # "the Tu-160 bombers, X air base": a named apposition hides the modifiers
        found = [ctx.at[c.i] for c in tok.lefts if c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Platform"]
    if found or tok.lemma_.lower() not in cues()["deployment_kinds"]["group_nouns"]:
        return found
    out: list[Mention] = []
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for o in p.children:
                if o.dep_ == "pobj":
                    out += [m for m in platforms_at(ctx, o) if m not in out]
    return out


def unrealised(tok: Token) -> bool:
    """Whether a deployment is only asked for, refused or weighed: a verb of ``unrealised_heads`` up to
    three links above the cue ("urged Berlin to deploy", "called for the deployment of")."""
    heads = cues()["deployment_kinds"]["unrealised_heads"]
    cur = tok
    for _ in range(3):
        if cur.dep_ not in _UP or cur.head == cur:
            return False
        cur = cur.head
        if cur.pos_ in {"VERB", "NOUN"} and cur.lemma_.lower() in heads:
            return True
    return False


def _sent_objects(tok: Token, lex: dict) -> list[Token]:
    """The words naming what a dispatch cue moves: a verb's direct object, a noun's "of" object."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in lex["dispatch_verbs"]:
        return [c for c in tok.children if c.dep_ == "dobj"]
    if tok.pos_ == "NOUN" and lemma in lex["dispatch_nouns"]:
        return prep_objects(tok, "of")
    return []


def _datives(ctx: SentenceContext, tok: Token, where: set[str]) -> list[Mention]:
    """Places after a "to" the parser marks as the dative of a verb of sending ("sent X to the Red Sea")."""
    return [m for d in tok.children if d.dep_ == "dative" and d.lower_ == "to" for o in d.children
            if o.dep_ == "pobj" for m in ctx.group(o, where) if not m.demonym]


def dispatched(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """DEPLOYED_TO from the platforms a dispatch verb or noun moves to the places of its own phrase."""
    if not ctx.of(_PLATFORM):
        return
    lex = cues()["deployment_kinds"]
    preps = set(cues()["deployment"]["place_preps"])
    for tok in ctx.tokens:
        if tok.i in ctx.at:
            continue
        objs = _sent_objects(tok, lex)
        moved = [m for o in objs for m in platforms_at(ctx, o)]
        if not moved or negated(ctx, tok) or hedged(tok) or unrealised(tok):
            continue
        where = {"Place", "Country"} if tok.lemma_.lower() in lex["to_country"] else {"Place"}
        places = _destinations(ctx, tok, where, preps) + _datives(ctx, tok, where)
        if tok.pos_ == "NOUN":  # "the deployment of F-35s to X": the parser may hang "to X" on the platforms
            places += [m for o in objs for m in _destinations(ctx, o, where, preps) if m not in places]
        for place in places:
            for p in moved:
                yield rel(ctx, p, "DEPLOYED_TO", place, 0.65, "dispatched")
