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


def _prefix_service(ctx: SentenceContext, facts: DocFacts, ship: Mention) -> list[Mention]:
    """The service the ship's prefix names (``ship_prefix_services``: "RFA" the Royal Fleet Auxiliary), where the
    article names it: in the sentence, else elsewhere."""
    service = lexicon().get("ship_prefix_services", {}).get(ctx.doc[ship.start].text)
    if service is None:
        return []
    here = [b for b in ctx.of({"GovernmentBody"}) if facts.entities[b.entity].name == service]
    if here:
        return here
    known = [e.id for e in facts.entities.values() if e.label == "GovernmentBody" and e.name == service and e.mentions]
    return [dataclasses.replace(ship, entity=known[0])] if known else []


def ships(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    prefixes: dict[str, str] = lexicon()["ship_prefixes"]
    for ship in ctx.of({"Platform"}):
        state = prefixes.get(ctx.doc[ship.start].text)
        if state is None:
            continue
        country = make_id("Country", state)
        navies = _prefix_service(ctx, facts, ship)
        navies = navies or [b for b in ctx.of({"GovernmentBody"}) if facts.entities[b.entity].country == country
                            and _NAVAL_WORDS & set(facts.entities[b.entity].name.lower().split())]
        owners = navies or [c for c in ctx.of({"Country"}) if c.entity == country] or _doc_navy(facts, country, ship)
        if owners:
            # in service unless its clause retires it ("fired on the decommissioned tanker BRP X"); a navy that
            # "sent" or "received" a ship is no supply (it deploys it)
            retired = clause_stage(ctx, ctx.head_token(ship), "in_service") == "retired" \
                or _was_once(ctx.head_token(ship))
            yield rel(ctx, owners[0], "OPERATES", ship, 0.6, "ship-prefix", stage="retired" if retired else "in_service")


def _roster_stage(ctx: SentenceContext) -> str:
    """In service, unless the roster's sentence says its ships are still being built or were withdrawn
    (``operate.roster_ordered_words``, ``operate.roster_retired_words``)."""
    lex = cues()["operate"]
    words = ctx.lemmas | {t.lower_ for t in ctx.sent}
    if words & set(lex["roster_retired_words"]):
        return "retired"
    return "ordered" if words & set(lex["roster_ordered_words"]) else "in_service"


def ship_rosters(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """The ships a roster names after a plural ship noun ("seven X-class submarines in service with the Y Navy: A,
    B and C", "her sisters D and E serve with the Y Navy": ``mentions/ships.py`` roster_ships) are operated by the
    navy the sentence names, else by the article's one navy (of the one state the sentence names, if it names one);
    in service unless the sentence has them still being
    built (ordered) or withdrawn (retired)."""
    spans = {tuple(x) for x in ctx.doc.user_data.get("ship_rosters", ())}
    if not spans:
        return
    listed = [m for m in ctx.of({"Platform"}) if (m.start, m.end) in spans]
    if not listed:
        return
    navies = [b for b in ctx.of({"GovernmentBody"}) if _NAVAL_WORDS & set(facts.entities[b.entity].name.lower().split())]
    if len({b.entity for b in navies}) > 1:
        return  # two navies: whose ships is for another rule
    if not navies:
        states = {c.entity for c in ctx.of({"Country"})}
        if len(states) > 1:
            return
        # the one navy the article names, of the one state the sentence names ("the Russian line included the
        # missile ships A and B") if it names one
        doc_navies = {e.id for e in facts.entities.values() if e.label == "GovernmentBody" and e.mentions
                      and _NAVAL_WORDS & set(e.name.lower().split()) and (not states or e.country in states)}
        if len(doc_navies) != 1:
            return
        navies = [dataclasses.replace(listed[0], entity=doc_navies.pop())]
    stage = _roster_stage(ctx)
    for ship in listed:
        if ship.entity != navies[0].entity:
            yield rel(ctx, navies[0], "OPERATES", ship, 0.6, "ship-roster", stage=stage)
