"""A bloc at its own meeting: whether a sentence's PARTICIPATED_IN of an Alliance is only its members'.

"The heads of state of the X met for the bloc's summit", "X leaders closed their summit", "the ten members
of X were represented": the member states (or their leaders) take part, not the bloc. "X closed its largest
summit", "renamed at its Istanbul summit": the bloc holds a summit of its own. A bloc named as an actor of
its own ("the EU and five states met at their summit", "NATO has sent a contingent"), by its
representatives or delegates, or at a summit "with" another party stays. Words in ``cues.yaml``
(``blocs``).
"""
from __future__ import annotations

from spacy.tokens import Token

from .context import SentenceContext
from .families.events import event_kind
from .lexicon import cues
from .relation import Relation


def _member_noun(tok: Token) -> Token | None:
    """The noun a bloc's mention hangs on ("members of X", "X leaders", "X's allies"), else None."""
    lex = cues()["blocs"]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        noun = tok.head.head
    elif tok.dep_ in {"compound", "poss", "nmod", "amod", "appos"}:
        noun = tok.head
    else:
        return None
    while noun.lower_ in lex["member_links"] and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head  # "the heads of state of X"
    return noun if noun.tag_ == "NNS" and noun.lower_ in lex["member_nouns"] else None


def _own_summit(ctx: SentenceContext, event_id: str) -> bool:
    """Whether the sentence names the event as a summit of its one bloc: "its summit", not "with" another."""
    lex = cues()["blocs"]
    if event_kind(ctx.entities[event_id]) != "summit" or len({m.entity for m in ctx.of({"Alliance"})}) != 1:
        return False
    for m in ctx.mentions:
        if m.entity == event_id:
            head = ctx.head_token(m)
            if any(c.dep_ == "poss" and c.lower_ in lex["own_markers"] for c in head.children) and not any(
                    c.dep_ == "prep" and c.lower_ in lex["other_party_preps"] for c in head.children):
                return True
    return False


def members_not_bloc(ctx: SentenceContext, r: Relation) -> bool:
    """Whether ``r`` has an Alliance take part in an event where the sentence names the bloc only through
    its members, or the event as the bloc's own summit."""
    if r.type != "PARTICIPATED_IN" or ctx.entities[r.source].label != "Alliance":
        return False
    named = [ctx.head_token(m) for m in ctx.mentions if m.entity == r.source and m.source != "coref"]
    if named and all(_member_noun(t) is not None and _member_noun(t).i not in ctx.at for t in named):
        return True  # (a later "the bloc's summit" or "the alliance's quarrels" refers back to it)
    return _own_summit(ctx, r.target)
