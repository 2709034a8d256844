"""Joint activities of two forces: "the Indonesian Navy carried out joint patrols with the Philippine
Navy", "Vietnam conducted combined drills with Cambodia", "joint exercises of A and B", "Chinese and
Russian bombers flew a joint patrol". A patrol, operation or flight is a tie only when the text calls it
joint; its sides are the one doing it and its "with" objects, else every pair of its named parties."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..context import SentenceContext
from ..lexicon import cues, domain_of
from ..negation import hedged, negated
from ..relation import Relation
from .common import DocFacts
from .tie_parties import crowd, group, multilateral, tie
from .ties import partners, sides


def joint_activities(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """COOPERATES_WITH between the doer of a joint activity and its "with" partners."""
    lex = cues()["ties"]
    nouns, qualifiers = lex["joint_activity_nouns"], lex["joint_qualifiers"]
    if ctx.words.isdisjoint(nouns):
        return  # no joint activity's noun (every token's lemma is among the sentence's words)
    for tok, (lemma, _), pos in zip(ctx.tokens, ctx.forms, ctx.pos, strict=True):
        if pos not in {"NOUN", "PROPN"} or lemma not in nouns or tok.i in ctx.at and ctx.label(ctx.at[tok.i]) != "Event" \
                or not any(c.dep_ in {"amod", "compound"} and c.lower_ in qualifiers for c in tok.children):
            continue
        verb = tok.head if tok.dep_ in {"dobj", "nsubjpass"} else tok
        if negated(ctx, verb) or hedged(verb):
            continue
        domain = domain_of(ctx.lemmas) or "defense"
        if multilateral(tok):
            continue  # "a joint multinational exercise with X": its parties attend it (PARTICIPATED_IN)
        others = partners(ctx, facts, tok, {"with", "alongside"})
        if others:
            for a in sides(ctx, facts, tok, set(nouns)):
                for b in others:
                    if found := tie(ctx, a, "COOPERATES_WITH", b, 0.7, "joint-activity", domain):
                        yield found
            continue
        yield from _among(ctx, facts, tok, nouns, lex["joint_party_preps"], domain)


def _one_state(facts: DocFacts, a: str, b: str) -> bool:
    """Two bodies of one state (its services, ministries): their joint activity is no tie between parties."""
    ea, eb = facts.entities.get(a), facts.entities.get(b)
    return ea is not None and eb is not None and ea.label == eb.label == "GovernmentBody" \
        and ea.country is not None and ea.country == eb.country


def _among(ctx: SentenceContext, facts: DocFacts, tok: Token, nouns: set[str], preps: set[str],
           domain: str) -> Iterator[Relation]:
    """Each pair of the parties of a joint activity that names no "with" partner: its "of"/"between"/"by"
    objects ("joint exercises of A and B", "joint training between A and B"), else its doers when they
    are two or more ("Chinese and Russian bombers flew a joint patrol", "A and B held joint drills")."""
    objs = [o for c in tok.children if c.dep_ in {"prep", "agent"} and c.lower_ in preps
            for o in c.children if o.dep_ == "pobj"]
    # one phrase names them all ("between A and B", "among the three navies"), not two ("of X ... by Y")
    parties = next((found for o in objs if len(found := group(ctx, facts, o, plural=True)) > 1), [])
    if not parties:
        parties = sides(ctx, facts, tok, set(nouns))
    if crowd(parties) or multilateral(tok):
        return  # "troops from five states began joint drills": a multilateral event its parties attend
    for i, a in enumerate(parties):
        for b in parties[i + 1:]:
            if _one_state(facts, a, b):
                continue  # "a combined exercise of the X Air Force and the X Army": one state's services
            if found := tie(ctx, a, "COOPERATES_WITH", b, 0.65, "joint-parties", domain):
                yield found
