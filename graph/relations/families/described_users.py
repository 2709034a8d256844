"""A platform described by an unnamed goods noun a state or service possesses: "the A400M is the Luftwaffe's
main transport", "the C-390, the Brazilian Air Force's new transport", "the K9 remains Poland's main howitzer":
the possessor operates it (in service unless the clause says otherwise).

The describing noun is the platform's apposition, the attribute of a copula (``supply.copulas``) whose subject
the platform is, or the noun a platform name the parser hung on it after a comma modifies; it is a noun of
goods (``manufacture.described_goods``, as a maker's name on it is read in ``makers.design_of``). A
noun qualified as a prospect ("Poland's future tank") or an earlier holding ("the army's former trainer")
names no fleet of now (``operate.not_held_words``).
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...mentions import Mention
from ..context import SentenceContext
from ..lexicon import cues
from ..negation import negated
from ..relation import Relation
from .common import STATES, DocFacts, rel
from .makers import unnamed_goods
from .stage import clause_stage


def describing_nouns(ctx: SentenceContext, p: Mention) -> list[Token]:
    """The unnamed goods nouns that describe platform ``p`` (its apposition, its copula's attribute, the
    noun after a comma its name modifies, or the noun it stands in apposition to)."""
    head = ctx.head_token(p)
    found = [c for c in head.children if c.dep_ == "appos" and c.i > head.i]
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in cues()["supply"]["copulas"]:
        found += [c for c in head.head.children if c.dep_ == "attr" and c.i > head.i]
    beside = head.head
    if head.dep_ in {"nmod", "compound"} and beside.i >= p.end and any(t.text == "," for t in ctx.doc[p.end:beside.i]):
        found.append(beside)
    if head.dep_ == "appos" and beside.i < p.start:  # "the Luftwaffe's main transport, the A400M"
        found.append(beside)
    # a design noun names a maker's work, not a fleet ("the Altay is Turkey's own design")
    return [n for n in found if unnamed_goods(ctx, n, designs=False, own=p)]


def _now(noun: Token) -> bool:
    """Whether the noun names goods held now, not a prospect or an earlier holding."""
    skip = cues()["operate"]["not_held_words"]
    return not any(c.dep_ in {"amod", "compound", "advmod"} and c.lower_ in skip for c in noun.children)


def described_users(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    for p in ctx.of({"Platform"}):
        for noun in describing_nouns(ctx, p):
            if not _now(noun):
                continue
            verb = noun.head if noun.dep_ == "attr" else ctx.head_token(p).head
            if negated(ctx, verb):
                continue
            for c in noun.children:
                m = ctx.at.get(c.i) if c.dep_ == "poss" else None
                owner = ctx.fit(m, STATES) if m is not None else None
                if owner is not None and not owner.demonym:
                    yield rel(ctx, owner, "OPERATES", p, 0.55, "described-user",
                              stage=clause_stage(ctx, verb, "in_service"))
