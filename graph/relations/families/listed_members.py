"""States listed together beside a small bloc that the membership data confirms, each one, as its members on
the document's date: "Troops came from A, B, C and D, joined by officers of the CSTO Secretariat", "Among the
CARICOM contingents are those of A, B and C", "Indonesia holds the chair of ASEAN this year. Besides Indonesia,
the participants are A, B and C". The structure is the list, not a membership word: a bloc named in the
sentence (or, for a list of three or more, in the sentence before) and a coordination of states all of which
the data lists as its members. A bloc the data does not know, or one of more members than
``membership.listed_members.max_bloc_members`` (``cues.yaml``), gives nothing: any list of Western states is
all in NATO or the EU; one state outside the bloc, a denied clause or a bloc named only to be denied
("a non-NATO ally") gives nothing either."""
from __future__ import annotations

from collections.abc import Iterator

from ..context import SentenceContext
from ..lexicon import cues
from ..negation import negated
from ..relation import Relation
from .common import DocFacts, bloc_entity, blocs, rel
from .membership import _clause, _known_members, _negated_name


def _lists(ctx: SentenceContext) -> list[list]:
    """The sentence's coordinations of named states (each a list of mentions of distinct countries, in
    order): a country's conjuncts, not a capital standing for its state nor a pronoun."""
    countries = [m for m in ctx.of({"Country"}) if m.source != "coref"]
    if len({m.entity for m in countries}) < 2:
        return []  # (most sentences: no list of two states to look for)
    seen: set[frozenset[str]] = set()
    out: list[list] = []
    for m in countries:
        group = [g for g in ctx.group(ctx.head_token(m), {"Country"}) if g in countries]
        key = frozenset(g.entity for g in group)
        if len(key) >= 2 and key not in seen:
            seen.add(key)
            out.append(group)
    return out


def _blocs_before(ctx: SentenceContext, facts: DocFacts, named: set[str]) -> list[str]:
    """The blocs the sentence before names (not those this one names), in order."""
    if ctx.sent.start == 0:
        return []
    prev = ctx.doc[ctx.sent.start - 1].sent
    out: list[str] = []
    for m in facts.mentions:
        entity = facts.entities.get(m.entity)
        if prev.start <= m.start < prev.end and m.source != "coref" and entity is not None and bloc_entity(entity) \
                and m.entity not in named and m.entity not in out:
            out.append(m.entity)
    return out


def listed_members(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    lex = cues()["membership"]["listed_members"]
    lists = _lists(ctx)
    if not lists:
        return
    here = list(dict.fromkeys(a.entity for a in blocs(ctx) if a.source != "coref" and not _negated_name(ctx, a)))
    wanted = [(b, lex["min_listed"]) for b in here]
    wanted += [(b, lex["min_listed_before"]) for b in _blocs_before(ctx, facts, set(here))]
    for bloc, least in wanted:
        known = _known_members(ctx, bloc)
        if not known or len(known) > lex["max_bloc_members"]:
            continue
        for group in lists:
            if len({m.entity for m in group}) < least or any(facts.entities[m.entity].name not in known for m in group):
                continue
            if negated(ctx, _clause(ctx.head_token(group[0]))):
                continue  # "A, B and C did not take part"
            for m in group:
                yield rel(ctx, m, "MEMBER_OF", bloc, 0.6, "membership-listed")
