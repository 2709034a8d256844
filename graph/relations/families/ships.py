"""A commissioned ship's navy: "the Indian Navy sent INS Shivalik to the drills", "Japan's JS Onami
sailed with them". The prefix names the state (``ship_prefixes`` in ``mentions/lexicon.yaml``); that
state's navy named in the same sentence, else the state itself when the sentence names it, else the
state's one navy the article names elsewhere, operates the ship. Ships of other states in the sentence are left alone."""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from spacy.tokens import Token

from ...entities.entity import Entity
from ...ids import make_id
from ...mentions import Mention
from ...mentions.lexicon import lexicon
from ...mentions.ships import roster_nouns
from ..context import SentenceContext
from ..lexicon import cues
from ..relation import Relation
from .common import DocFacts, rel
from .stage import clause_stage

_NAVAL_WORDS = frozenset({"navy", "naval", "maritime"})


def _naval(entity: Entity) -> bool:
    """Whether a body's name says it is a navy ("Indian Navy", "Naval Forces", "Maritime Self-Defense Force")."""
    return bool(_NAVAL_WORDS & set(entity.name.lower().split()))


def _doc_navy(facts: DocFacts, country: str, ship: Mention) -> list[Mention]:
    """The state's one navy the article names elsewhere ("the US Navy" two paragraphs up), standing in for
    it where the ship's own sentence names neither it nor its state ("the carrier USS Carl Vinson will sail")."""
    navies = {e.id for e in facts.entities.values() if e.label == "GovernmentBody" and e.country == country
              and e.mentions and _naval(e)}
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
                            and _naval(facts.entities[b.entity])]
        owners = navies or [c for c in ctx.of({"Country"}) if c.entity == country] or _doc_navy(facts, country, ship)
        if owners:
            # in service unless its clause retires it ("fired on the decommissioned tanker BRP X"); a navy that
            # "sent" or "received" a ship is no supply (it deploys it)
            retired = clause_stage(ctx, ctx.head_token(ship), "in_service") == "retired" \
                or _was_once(ctx.head_token(ship))
            yield rel(ctx, owners[0], "OPERATES", ship, 0.6, "ship-prefix", stage="retired" if retired else "in_service")


_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis", "csubj"})


def _roster_clause(ship: Token) -> list[Token]:
    """The words of the clause that governs a roster's name: its verb (the first verb above it) and what hangs on
    that verb, without the clauses under it ("which searched for the lost boat", "while a third was decommissioned",
    "in order to guard")."""
    verb = ship
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    out, todo = [], [verb]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.children if c.dep_ not in _CLAUSE_DEPS or c.i == ship.i]
    return sorted(out, key=lambda t: t.i)


def _has_cue(words: list[str], cues_: list[str]) -> bool:
    """Whether a cue (one word, or several as a phrase: "under construction", "on order") is among ``words``."""
    text = " " + " ".join(words) + " "
    return any(f" {c} " in text for c in cues_)


def _roster_stage(ctx: SentenceContext, ship: Mention) -> str:
    """In service, unless the clause that governs the roster says its ships are still being built or were
    withdrawn (``operate.roster_ordered_words``, ``operate.roster_retired_words``: words or phrases)."""
    lex = cues()["operate"]
    clause = _roster_clause(ctx.head_token(ship))
    words, lemmas = [t.lower_ for t in clause], [t.lemma_.lower() for t in clause]
    if _has_cue(words, lex["roster_retired_words"]) or _has_cue(lemmas, lex["roster_retired_words"]):
        return "retired"
    ordered = lex["roster_ordered_words"]
    return "ordered" if _has_cue(words, ordered) or _has_cue(lemmas, ordered) else "in_service"


def _roster_noun(ctx: SentenceContext, ship: Mention) -> Token | None:
    """The plural ship noun that opens the roster ``ship`` is in (the nearest before it in the sentence)."""
    nouns = roster_nouns()
    return next((t for t in reversed(ctx.doc[ctx.sent.start:ship.start]) if t.lower_ in nouns), None)


def _roster_owner(ctx: SentenceContext, facts: DocFacts, noun: Token) -> tuple[list[Mention], bool]:
    """(the navy the roster's own phrase names, whether the phrase names another owner): the possessor or modifier
    of the roster noun ("the Indian Navy's boats A and B" -> that navy; "the Chinese Coast Guard cutters A and B",
    "Vietnamese boats A and B" -> another's: no sentence's or article's navy) or a civil ship word on it ("the
    tankers A and B", "merchant ships": ``operate.roster_civil_words``, no navy's)."""
    civil = set(cues()["operate"]["roster_civil_words"])
    if noun.lower_ in civil or noun.lemma_.lower() in civil:
        return [], True
    mods = [t for t in noun.subtree if t.i < noun.i]
    if any(t.lower_ in civil for t in mods):
        return [], True
    found = [ctx.at[t.i] for t in mods if t.i in ctx.at]
    owners = [m for m in found if ctx.label(m) == "GovernmentBody"
              and _naval(facts.entities[m.entity])]
    others = [m for m in found if ctx.label(m) in {"Country", "GovernmentBody", "Company", "Organization", "Alliance"}
              and m not in owners]
    return owners[:1], bool(others) and not owners


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
    noun = _roster_noun(ctx, listed[0])
    owners, foreign = _roster_owner(ctx, facts, noun) if noun is not None else ([], False)
    if foreign:
        return  # another's ships, or civil ones: no navy of the sentence or the article
    navies = owners or [b for b in ctx.of({"GovernmentBody"})
                        if _naval(facts.entities[b.entity])]
    if len({b.entity for b in navies}) > 1:
        return  # two navies: whose ships is for another rule
    if not navies:
        states = {c.entity for c in ctx.of({"Country"})}
        if len(states) > 1:
            return
        # the one navy the article names, of the one state the sentence names ("the Russian line included the
        # missile ships A and B") if it names one
        doc_navies = {e.id for e in facts.entities.values() if e.label == "GovernmentBody" and e.mentions
                      and _naval(e) and (not states or e.country in states)}
        if len(doc_navies) != 1:
            return
        navies = [dataclasses.replace(listed[0], entity=doc_navies.pop())]
    stage = _roster_stage(ctx, listed[0])
    for ship in listed:
        if ship.entity != navies[0].entity:
            yield rel(ctx, navies[0], "OPERATES", ship, 0.6, "ship-roster", stage=stage)
