"""Which bloc named earlier in the document a sentence means when it only describes one: "the bloc", "the
alliance", "the same bloc", "the 31st member", "joined in 2004". The most recent named bloc that the
description FITS, not merely the most recent one: a bloc the membership data knows fits only if it has a term
(any status, any date) for a state the sentence names, and only if it ever had as many members as an ordinal or
count on a member noun says ("the 31st member" is no member of a bloc of 27); a noun that is a word of some
blocs' names ("the organisation", "the union", "the accords", ``cues.yaml`` ``membership.bloc_fit.name_nouns``)
prefers a bloc whose name holds it. "Finland, which became the 31st member in April" after a sentence on the
European Union means NATO, named before it; "Tajikistan belongs to the same bloc" after a sentence on the
Organization of Turkic States means the CSTO named before that."""
from __future__ import annotations

from ...reference.bloc_members import ever_listed
from ...text.numbers import cardinal, ordinal
from ..context import SentenceContext
from ..lexicon import cues
from .common import DocFacts, bloc_entity


def _counts(ctx: SentenceContext) -> list[int]:
    """The ordinals and counts the sentence puts on a member noun: "the 31st member", "all 32 allies",
    "one of the six member states"."""
    lex = cues()["membership"]["bloc_fit"]
    out = []
    for tok in ctx.tokens:
        if tok.lemma_.lower() not in lex["count_nouns"] and tok.lower_ not in lex["count_nouns"]:
            continue
        head = tok.head if tok.dep_ == "compound" else tok  # "member states": the count sits on "states"
        for c in (*tok.children, *(head.children if head is not tok else ())):
            if c.dep_ not in {"nummod", "amod"}:
                continue
            n = ordinal(c.lower_) if c.dep_ == "amod" else cardinal(c.lower_)
            if n:
                out.append(n)
    return out


def _name_nouns(ctx: SentenceContext) -> set[str]:
    """The words of blocs' names the sentence uses as a bloc noun: "the organisation", "that union"."""
    lex = cues()["membership"]["bloc_fit"]
    return {lex["name_nouns"][t.lower_] for t in ctx.tokens if t.lower_ in lex["name_nouns"]
            and any(c.dep_ in {"det", "poss"} for c in t.children)}


def _fits_name(entity, words: set[str]) -> bool:
    forms = " ".join((entity.name, *entity.aliases)).lower().replace("organization", "organisation")
    return any(w in forms.split() for w in words)


def fitting_bloc(ctx: SentenceContext, facts: DocFacts, *, unnamed: bool = True) -> str | None:
    """The bloc a sentence that names none means (see the module): the most recent bloc named before it
    that fits; with ``unnamed`` and no bloc named before, the document's most named one if it fits; None
    where none does."""
    before: list[str] = []
    for m in facts.mentions:
        if m.start < ctx.sent.start and facts.entities.get(m.entity) is not None and bloc_entity(facts.entities[m.entity]):
            if m.entity in before:
                before.remove(m.entity)
            before.append(m.entity)
    order = list(reversed(before))
    rest = sorted((e for e in facts.entities.values() if bloc_entity(e) and e.id not in order),
                  key=lambda e: -len(e.mentions))
    if not order and unnamed:
        order = [e.id for e in rest[:1]]  # no bloc named yet: the document's most named one
    states = {facts.entities[m.entity].name for m in ctx.of({"Country"}) if m.entity in facts.entities}
    counts = _counts(ctx)
    fitting = []
    for bloc in order:
        known = ever_listed(facts.entities[bloc])
        if known is not None:
            ever, size = known
            if states and not states & ever:
                continue  # "Tajikistan belongs to the same bloc": not a bloc that never had it
            if counts and max(counts) > size:
                continue  # "the 31st member": not a bloc of 27
        fitting.append(bloc)
    if not fitting:
        return None
    words = _name_nouns(ctx)
    named = [b for b in fitting if words and _fits_name(facts.entities[b], words)]
    return (named or fitting)[0]
