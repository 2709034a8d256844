"""Aid given to another party as a tie: "Turkey agreed to provide military training and financial
support to the armed forces of Djibouti", "France will offer logistical support to the Ivorian army",
"Kenya has received training from Britain", "pledged $1.5 billion in aid to Moldova" (the giver and the receiver cooperate; arms given are
:mod:`.supply`'s)."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..context import SentenceContext
from ..coordination import conjuncts
from ..lexicon import cues, domain_of
from ..negation import hedged, negated
from ..prepositions import prep_objects
from ..relation import Relation
from .common import DocFacts
from .conflict_sides import members_of
from .tie_parties import clause_subjects, group, receiving_body, tie


def _aid(verb: Token) -> list[Token]:
    """The aid nouns a giving verb gives, with their conjuncts ("training and financial support")."""
    nouns = cues()["ties"]["aid_nouns"]
    objects = [t for c in verb.children if c.dep_ == "dobj" for t in (c, *conjuncts(c))]
    # "$1.5 billion in aid", "90 billion euros of support": the aid a sum given is counted in
    objects += [t for o in objects if o.lemma_.lower() not in nouns
                for t in prep_objects(o, cues()["ties"]["aid_sum_preps"], conjuncts=True)]
    return [t for t in objects if t.lemma_.lower() in nouns]


def aid_given(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """The giver of support, training or assistance and the party it goes "to"; the receiver of it and
    the party it comes "from" ("Kenya has received training from Britain and the United States")."""
    ties = cues()["ties"]
    yield from _aid_ties(ctx, facts, ties["receive_aid_verbs"], "from", "aid-received")
    yield from _aid_ties(ctx, facts, ties["give_verbs"], "to", "aid-given")


def _aid_ties(ctx: SentenceContext, facts: DocFacts, verbs, prep: str, rule: str) -> Iterator[Relation]:
    """The clause's subject of an aid verb (``verbs``) and the parties named by the ``prep`` objects of the
    verb or of its aid nouns: those it gives aid "to", or receives it "from"."""
    for verb in ctx.verbal(verbs):
        aid = _aid(verb)
        if not aid or negated(ctx, verb) or hedged(verb):
            continue
        others: list[str] = []
        for holder in (verb, *aid):
            for o in prep_objects(holder, prep):
                if prep == "to" and not receiving_body(ctx, o):
                    continue  # "help to the Chinese crew" is rescue, not a tie: a state, a body or its forces
                others += [r for r in group(ctx, facts, o) or members_of(ctx, facts, o) if r not in others]
        if not others:
            continue
        domain = domain_of(ctx.lemmas) or "defense"
        for a in clause_subjects(ctx, facts, verb):
            for b in others:
                if found := tie(ctx, a, "COOPERATES_WITH", b, 0.7, rule, domain):
                    yield found
