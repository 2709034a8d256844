"""A commissioned ship's navy: "the Indian Navy sent INS Shivalik to the drills", "Japan's JS Onami
sailed with them". The prefix names the state (``ship_prefixes`` in ``mentions/lexicon.yaml``); that
state's navy named in the same sentence, else the state itself when the sentence names it, else the
state's one navy the article names elsewhere, operates the ship. Ships of other states in the sentence are left alone."""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from spacy.tokens import Token

from ...ids import make_id
from ...mentions import Mention
from ...mentions.lexicon import lexicon
from ..context import SentenceContext
from ..lexicon import cues
from ..relation import Relation
from .common import DocFacts, rel
from .stage import clause_stage

_NAVAL_WORDS = frozenset({"navy", "naval", "maritime"})


def _doc_navy(facts: DocFacts, country: str, ship: Mention) -> list[Mention]:
    """The state's one navy the article names elsewhere ("the US Navy" two paragraphs up), standing in for
    it where the ship's own sentence names neither it nor its state ("the carrier USS Carl Vinson will sail")."""
    navies = {e.id for e in facts.entities.values() if e.label == "GovernmentBody" and e.country == country
              and e.mentions and _NAVAL_WORDS & set(e.name.lower().split())}
    return [dataclasses.replace(ship, entity=navies.pop())] if len(navies) == 1 else []


def _was_once(tok: Token) -> bool:
    """Whether the ship's name is what another ship once was: the attribute of a past "be" that a clause or an
    adverb of ``former_identity_marks`` (``stage`` in ``cues.yaml``) puts before now ("Before she was Viraat, the
    carrier was HMS Hermes", "the frigate was once HMS Argonaut"): a former identity, that holding has ended."""
    marks = cues()["stage"]["former_identity_marks"]
    verb = tok.head
    if tok.dep_ != "attr" or verb.lemma_ != "be" or verb.tag_ != "VBD" or any(c.dep_ == "neg" for c in verb.children):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in marks for c in verb.children) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children) for c in verb.children)


def ships(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    prefixes: dict[str, str] = lexicon()["ship_prefixes"]
    for ship in ctx.of({"Platform"}):
        state = prefixes.get(ctx.doc[ship.start].text)
        if state is None:
            continue
        country = make_id("Country", state)
        navies = [b for b in ctx.of({"GovernmentBody"}) if facts.entities[b.entity].country == country
                  and _NAVAL_WORDS & set(facts.entities[b.entity].name.lower().split())]
        owners = navies or [c for c in ctx.of({"Country"}) if c.entity == country] or _doc_navy(facts, country, ship)
        if owners:
            # in service unless its clause retires it ("fired on the decommissioned tanker BRP X"); a navy that
            # "sent" or "received" a ship is no supply (it deploys it)
            retired = clause_stage(ctx, ctx.head_token(ship), "in_service") == "retired" \
                or _was_once(ctx.head_token(ship))
            yield rel(ctx, owners[0], "OPERATES", ship, 0.6, "ship-prefix", stage="retired" if retired else "in_service")
