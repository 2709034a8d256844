"""One membership said of several blocs at once: "a member of the CSTO and the Eurasian Economic
Union", "an EU and NATO member", "members of both the SCO and BRICS". A membership rule reads the
frame for the first bloc of the coordination (whose words sit next to the cue); the blocs joined to
it by "and" share the frame, so the same member is a member of each of them. Where the membership
data knows a joined bloc, it must list the member on the document's date ("a member of NATO and a
partner of the EU" joins nouns, not blocs, and gives nothing)."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..context import SentenceContext
from ..coordination import conjuncts
from ..lexicon import cues
from ..relation import Relation
from .common import DocFacts, is_bloc

_EXCLUSIVE = frozenset({"or", "nor", "but", "not", "neither", "either", "than", "unlike", "instead"})


def _joined_by_and(ctx: SentenceContext, a: Token, b: Token) -> bool:
    """Whether only "and"/"both"/commas/determiners stand between two coordinated tokens (not "or",
    "nor", "but not", "rather than")."""
    lo, hi = sorted((a.i, b.i))
    between = ctx.doc[lo + 1:hi]
    return not any(t.lower_ in _EXCLUSIVE or t.dep_ == "neg" for t in between)


def _bloc_at(ctx: SentenceContext, tok: Token):
    """The bloc mention a conjunct stands for: the bloc itself, or the bloc compound of a member noun
    ("an EU and NATO member": "member" is joined to "EU", NATO is its compound)."""
    m = ctx.at.get(tok.i)
    if m is not None:
        return m if is_bloc(ctx, m) else None
    if tok.lower_ not in cues()["membership"]["member_nouns"] | {"member", "state"}:
        return None
    return next((ctx.at[c.i] for c in tok.children if c.dep_ in {"compound", "poss"} and c.i in ctx.at
                 and is_bloc(ctx, ctx.at[c.i])), None)


def joined_blocs(ctx: SentenceContext, target: str) -> list:
    """The other blocs of the sentence coordinated by "and" with a mention of bloc ``target``."""
    out: dict[str, object] = {}
    for m in (x for x in ctx.mentions if x.entity == target and ctx.sent.start <= x.start < ctx.sent.end):
        head = ctx.head_token(m)
        for tok in conjuncts(head):
            other = _bloc_at(ctx, tok)
            if other is not None and other.entity != target and _joined_by_and(ctx, head, tok):
                out.setdefault(other.entity, other)
    return list(out.values())


def spread(ctx: SentenceContext, facts: DocFacts, r: Relation) -> Iterator[Relation]:
    """Copies of the MEMBER_OF ``r`` for each bloc coordinated with its bloc in the sentence, where the
    membership data (if it knows the bloc) lists the member on the document's date."""
    from .membership import _known_members

    if r.type != "MEMBER_OF" or r.props.get("status") in {"observer", "candidate", "former"}:
        return
    member = facts.entities.get(r.source)
    if member is None:
        return
    for other in joined_blocs(ctx, r.target):
        known = _known_members(ctx, other.entity)
        if known is not None and member.name not in known or other.entity == r.source:
            continue
        yield Relation(r.source, r.type, other.entity, dict(r.evidence), r.confidence, r.rule + "-joined-bloc",
                       {k: v for k, v in r.props.items() if k not in {"valid_from", "valid_to", "status"}})
