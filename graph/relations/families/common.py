"""What every relation family shares: the document facts, the relation builder and the label sets."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ...mentions import Mention
from ..context import SentenceContext
from ..relation import Relation

STATES = {"Country", "GovernmentBody"}
SUPPLIERS = {"Country", "Company"}
MAKERS = {"Company", "Country"}
ORGS = {"Organization", "GovernmentBody", "Company", "Alliance", "Country"}
PLACES = {"Place", "Country"}


@dataclass
class DocFacts:
    """What rules need to know about the whole document."""

    focal: str | None
    main_event: str | None
    display_event: bool
    entities: dict
    mentions: list = field(default_factory=list)
    known: dict = field(default_factory=dict)  # person id -> country ids of offices the reference data knows


def rel(ctx: SentenceContext, source: Mention | str, type_: str, target: Mention | str, confidence: float,
        rule: str, **props: str | None) -> Relation:
    src = source if isinstance(source, str) else source.entity
    dst = target if isinstance(target, str) else target.entity
    return Relation(src, type_, dst, ctx.evidence, confidence, rule, {k: v for k, v in props.items() if v})


def _lemma_tokens(ctx: SentenceContext, words: set[str]) -> list[Token]:
    return [t for t, (lemma, low) in zip(ctx.tokens, ctx.forms, strict=True) if lemma in words or low in words]
