"""A person named with the body they come from right after the name (AFFILIATED_WITH): "Commodore (retd) X of
the Goa Maritime Studies Centre said", "X, of the Vienna Institute, said", "Inspector X of Sweden's National
Police" (the body may follow its state's possessive). The title rules (families/people.py) read most such names
already; this one also reads the names their titles miss (a parenthesis after the rank, a comma before "of", no
title at all); not the owner of a named part after its possessive ("of the Commission's Joint Staff
Department": the part is the person's body; "of the Air Force's international affairs office" is the Air Force's).
A LEADS of the same person and body, which a leader's title gives, wins
(passes/represented_states.py).

Cues: ``person_of.preps``, ``person_of.labels``.
"""
from __future__ import annotations

from collections.abc import Iterator

from ...mentions import Mention
from ..context import SentenceContext
from ..lexicon import cues
from ..relation import Relation
from .common import DocFacts, rel


def _body_after(ctx: SentenceContext, i: int, labels: set[str]) -> Mention | None:
    """The body whose name starts at token ``i`` ("the", a state's possessive "Finland's" may come first)."""
    end = ctx.sent.end
    if i < end and ctx.doc[i].lower_ == "the":
        i += 1
    m = ctx.at.get(i)
    if m is not None and ctx.label(m) == "Country" and m.end + 1 < end and ctx.doc[m.end].lower_ in {"'s", "\u2019s"}:
        i = m.end + 1
        m = ctx.at.get(i)
    if m is None or m.start != i or ctx.label(m) not in labels:
        return None
    if m.end + 1 < end and ctx.doc[m.end].lower_ in {"'s", "\u2019s"} and ctx.doc[m.end + 1].text[:1].isupper():
        return None  # "of the Commission's Joint Staff Department": the named part is theirs, not the owner
    return m


def person_of(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    lex = cues()["person_of"]
    labels = set(lex["labels"])
    for p in ctx.of({"Person"}):
        i = p.end
        if i < ctx.sent.end and ctx.doc[i].text == ",":
            i += 1
        if i >= ctx.sent.end or ctx.doc[i].lower_ not in lex["preps"]:
            continue
        body = _body_after(ctx, i + 1, labels)
        if body is not None and body.entity != p.entity:
            yield rel(ctx, p, "AFFILIATED_WITH", body, 0.6, "person-of-body")
