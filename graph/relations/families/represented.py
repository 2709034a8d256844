"""A state's people named as standing in for it (AFFILIATED_WITH the state): "Fiji was represented by its high
commissioner in Canberra, Ana Tora", the gapped next clause "...; Peru by Foreign Minister Luis Vega", "Chile's
delegation was led by Deputy Defence Minister Pedro Rojas", "a Peruvian delegation headed by X and the ambassador
in Lima, Y". Only a Country stands in this way; a person whose own apposition or title names a body of theirs
("DAPA's head, X", "Y, a member of the Sovereignty Council") is that body's (the rules about people), and the
people after "not"/"rather than" ("not by its leader X") or in a clause of their own ("who has led the country
since X died") are not the state's representatives.

Cues: ``represented.verbs``, ``represented.cut_words``, ``represented.other_clauses``; the leading verbs and led
bodies are ``participation.leading`` / ``participation.led_bodies``.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...mentions import Mention
from ..context import SentenceContext
from ..lexicon import cues
from ..negation import negated
from ..relation import Relation
from .common import DocFacts, rel

_BODY_LABELS = {"GovernmentBody", "Organization", "Company", "Alliance"}


def _country(ctx: SentenceContext, tok: Token) -> Mention | None:
    m = ctx.at.get(tok.i)
    return m if m is not None and ctx.label(m) == "Country" else None


def _owns_body(ctx: SentenceContext, tok: Token, state: Mention) -> bool:
    """Whether ``tok`` (a person's title noun or name) names a body of its own: a possessor, an "of"/"at"
    object or an apposition holding a body's name ("DAPA's head", "a member of the Council"), or a state other
    than the represented ``state`` by possessor, demonym or "of" ("Burkina Faso's foreign minister, X", "British
    barrister Y", "the ambassador of Finland, Z": that state's person, not the represented one's)."""
    parts = [c for c in tok.children if c.dep_ in {"poss", "appos"}]
    parts += [c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"of", "at", "for", "with"}]
    if any(t.i in ctx.at and ctx.label(ctx.at[t.i]) in _BODY_LABELS for c in parts for t in c.subtree):
        return True
    parts += [c for c in tok.children if c.dep_ in {"amod", "compound", "nmod"}]
    return any(m is not None and ctx.label(m) == "Country" and m.entity != state.entity
               for c in parts for t in c.subtree for m in [ctx.at.get(t.i)])


def _hired(tok: Token, lex: dict) -> bool:
    """Whether ``tok`` (a person's name or title noun) is titled a hired counsel ("barrister X", "lawyer Y")."""
    return tok.lemma_.lower() in lex["hired_counsel"] or any(
        c.dep_ in {"compound", "amod", "appos"} and c.lemma_.lower() in lex["hired_counsel"] for c in tok.children)


def _people(ctx: SentenceContext, by: Token, lex: dict, stops: set[int], state: Mention) -> list[Mention]:
    """The people the agent phrase ``by`` names, up to a cut word or the state of a gapped clause (``stops``)
    and outside clauses of their own."""
    cut = next((t.i for t in by.subtree if t.i > by.i and (t.lower_ in lex["cut_words"] or t.i in stops)), None)
    out: list[Mention] = []
    for t in by.subtree:
        m = ctx.at.get(t.i)
        if m is None or ctx.label(m) != "Person" or (cut is not None and t.i > cut) or t.i != ctx.head_token(m).i:
            continue
        chain = []
        a = t
        while a.i != by.i and a.head.i != a.i:
            chain.append(a)
            a = a.head
        if any(x.dep_ in lex["other_clauses"] for x in chain):
            continue
        if _owns_body(ctx, t, state) or (t.dep_ == "appos" and _owns_body(ctx, t.head, state)):
            continue
        if _hired(t, lex) or (t.dep_ == "appos" and _hired(t.head, lex)):
            continue
        if all(m.entity != o.entity for o in out):
            out.append(m)
    return out


def _agents(verb: Token, lex: dict) -> list[Token]:
    """The "by" phrases of ``verb``, less one denied ("..., not by its leader X")."""
    return [c for c in verb.children if (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"))
            and not any(t.lower_ in lex["cut_words"] for t in c.doc[max(c.i - 2, 0):c.i])
            and not any(x.dep_ == "neg" for x in c.children)]


def represented(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    lex = cues()["represented"]
    part = cues()["participation"]
    pairs: list[tuple[Mention, Token, str]] = []
    for verb in ctx.cued_tokens(lex["verbs"]):
        if verb.tag_ != "VBN" or negated(ctx, verb):
            continue
        states = [m for c in verb.children if c.dep_ == "nsubjpass" for m in [_country(ctx, c)] if m]
        if not states:
            continue
        pairs += [(states[0], by, "represented-by") for by in _agents(verb, lex)]
        # the gapped clauses after it: "...; Peru by Foreign Minister X; and Bolivia by its interior minister, Y"
        pairs += [(s, t, "represented-by") for t in ctx.sent if t.i > verb.i and t.lower_ == "by" and t.dep_ == "prep"
                  for s in [_country(ctx, t.head)] if s is not None and s.entity != states[0].entity]
    for verb in ctx.cued_tokens(part["leading"]):
        if verb.tag_ != "VBN" or negated(ctx, verb):
            continue
        bodies = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if verb.dep_ == "acl":
            bodies.append(verb.head)
        for body in bodies:
            if body.lemma_.lower() not in part["led_bodies"] and body.lower_ not in part["led_bodies"]:
                continue
            states = [m for c in body.children if c.dep_ in {"poss", "amod", "compound", "nmod"}
                      for m in [_country(ctx, c)] if m]
            if len(states) == 1:
                pairs += [(states[0], by, "delegation-led-by") for by in _agents(verb, lex)]
    stops = {by.head.i for _, by, _ in pairs if by.dep_ == "prep"}  # "...; Peru by X": Peru ends the list before
    done: set[tuple[str, str]] = set()
    for state, by, rule in pairs:
        for p in _people(ctx, by, lex, stops, state):
            if (p.entity, state.entity) not in done:
                done.add((p.entity, state.entity))
                yield rel(ctx, p, "AFFILIATED_WITH", state, 0.6, rule)
