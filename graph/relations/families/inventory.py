"""Platforms a state retires: "Peru retired its Mirage 5s", "its F-5s were retired a decade earlier".

ONTOLOGY.md (Time) records a retired type as an ``OPERATES`` with ``stage: retired``. The cue verbs
are ``RETIRE_VERBS``; "scrap" and "withdraw" count only when the platform itself is their object
("scrapped its MiG-21s", not "scrapped plans to buy MiG-21s", which is a cancellation).
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...mentions import Mention
from ..context import SentenceContext
from ..negation import negated
from ..relation import Relation
from .common import STATES, DocFacts, apposition_owners, rel
from .phrases import _antecedent, _subjects, _with_country
from .stage import clause_stage

RETIRE_VERBS = frozenset({"retire", "decommission", "mothball", "scrap", "withdraw", "phase", "ground"})
# verbs that retire only with a particle ("phased out"); the others stand alone
NEEDS_PARTICLE = {"phase": {"out"}, "withdraw": {"from"}}


def _platform_heads(ctx: SentenceContext, tok: Token) -> list[Mention]:
    """Platforms named by ``tok``'s own phrase (itself, its compounds and conjuncts), not deeper."""
    out: list[Mention] = []
    for t in [tok, *tok.conjuncts]:
        for x in [t, *(c for c in t.children if c.dep_ in {"compound", "nmod", "amod", "nummod"})]:
            m = ctx.at.get(x.i)
            if m is not None and ctx.label(m) == "Platform" and all(o.entity != m.entity for o in out):
                out.append(m)
    return out


def _owners(ctx: SentenceContext, facts: DocFacts, tok: Token) -> list[Mention]:
    """The state owning the phrase at ``tok``: "Peru's Mirage 5s", "its F-5s" (an earlier state)."""
    for c in tok.children:
        if c.dep_ != "poss":
            continue
        if c.i in ctx.at:
            owner = ctx.fit(ctx.at[c.i], STATES)
            return [owner] if owner is not None else []
        if c.tag_ == "PRP$":
            return _antecedent(ctx, facts, c, STATES)
    return []


def retirements(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    for tok in ctx.tokens:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or lemma not in RETIRE_VERBS or negated(ctx, tok):
            continue
        particles = {c.lower_ for c in tok.children if c.dep_ in {"prt", "prep"}}
        if lemma in NEEDS_PARTICLE and not particles & NEEDS_PARTICLE[lemma]:
            continue
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
        owners: list[Mention] = []
        platforms: list[Mention] = []
        if passive:
            for c in tok.children:
                if c.dep_ == "nsubjpass":
                    platforms += _platform_heads(ctx, c)
                    owners += _owners(ctx, facts, c)
            owners += [m for m in ctx.prep_objects(tok, {"by"}, STATES) if m not in owners]
        else:
            for c in tok.children:
                if c.dep_ == "dobj":
                    platforms += _platform_heads(ctx, c)
            if platforms:
                owners = _subjects(ctx, facts, tok, STATES)
        owners = _with_country(ctx, owners, STATES)
        seen: set[tuple[str, str]] = set()
        for o in owners:
            for p in platforms:
                if (o.entity, p.entity) not in seen:
                    seen.add((o.entity, p.entity))
                    yield rel(ctx, o, "OPERATES", p, 0.65, "retired", stage=clause_stage(ctx, tok, "retired"))


OPERATOR_NOUNS = frozenset({"operator", "operators", "user", "users"})
_COPULAS = frozenset({"be", "include", "comprise", "remain", "become"})


def _latest_platform(ctx: SentenceContext, facts: DocFacts, before: int, reach: int = 120) -> list[Mention]:
    """The platform named last before token ``before`` (within ``reach`` tokens); farther back, the
    document's one platform if it names only one."""
    earlier = [m for m in facts.mentions if m.start < before and m.entity in ctx.entities
               and ctx.entities[m.entity].label == "Platform"]
    if earlier and before - earlier[-1].start <= reach:
        return [earlier[-1]]
    if len({m.entity for m in facts.mentions if ctx.entities.get(m.entity) is not None
            and ctx.entities[m.entity].label == "Platform"}) == 1 and earlier:
        return [earlier[-1]]
    return []


def operators(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "The other operators were Germany, France and Spain", "Chile is an operator of the F-16": the
    states a copula sets beside an operator noun operate its "of" platform, else the one just named."""
    for tok in ctx.tokens:
        if tok.lower_ not in OPERATOR_NOUNS or tok.i in ctx.at or negated(ctx, tok):
            continue
        verb = tok.head
        if verb.lemma_.lower() not in _COPULAS or tok.dep_ not in {"nsubj", "attr"}:
            continue
        other = {"attr", "dobj"} if tok.dep_ == "nsubj" else {"nsubj"}
        states = [m for c in verb.children if c.dep_ in other for m in ctx.group(c, STATES)]
        platforms = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in _platform_heads(ctx, next((o for o in c.children if o.dep_ == "pobj"), c))]
        if not platforms and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            platforms = _latest_platform(ctx, facts, ctx.sent.start)
        for s in states:
            for p in platforms:
                yield rel(ctx, s, "OPERATES", p, 0.6, "operators", stage=clause_stage(ctx, verb, "in_service"))


def own_platforms(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "The Luftwaffe declared initial operational capability for its first Arrow 3 battery": a state
    subject's "its"/"their" platform is its own."""
    for p in ctx.of({"Platform"}):
        head = ctx.head_token(p)
        phrase = head
        for _ in range(3):
            if any(c.dep_ == "poss" for c in phrase.children) or phrase.dep_ not in {"compound", "nmod", "amod", "nummod"}:
                break
            phrase = phrase.head
        poss = [c for c in phrase.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}]
        if not poss or poss[0].i > p.start:
            continue
        verb = phrase
        for _ in range(4):
            if verb.pos_ in {"VERB", "AUX"} or verb.head is verb:
                break
            verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or subjects[0].i not in ctx.at:
            continue
        owner = ctx.at[subjects[0].i]
        if ctx.label(owner) not in STATES:
            continue  # "Airbus delivered its first A400M": a maker's own type is not operated by it
        for o in _with_country(ctx, [owner], STATES):
            yield rel(ctx, o, "OPERATES", p, 0.6, "own-platform", stage=clause_stage(ctx, verb, "in_service"))


ARRIVAL_VERBS = frozenset({"go", "arrive", "reach"})


def gone_to(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "the Aksungur has reportedly gone to Nigeria", "the first HIMARS arrived in Taiwan": a platform
    that goes to a state is operated by it."""
    for tok in ctx.tokens:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in ARRIVAL_VERBS or negated(ctx, tok):
            continue
        platforms = [p for c in tok.children if c.dep_ == "nsubj" for p in _platform_heads(ctx, c)]
        if not platforms:
            continue
        preps = {"to"} if tok.lemma_.lower() == "go" else {"in", "to"}
        states = [m for m in ctx.prep_objects(tok, preps, {"Country"})]
        if tok.lemma_.lower() == "reach":
            states += [m for c in tok.children if c.dep_ == "dobj" for m in ctx.group(c, {"Country"})]
        stage = clause_stage(ctx, tok, "delivered")
        for s in states:
            for p in platforms:
                yield rel(ctx, s, "OPERATES", p, 0.6, "gone-to", stage=stage)


USE_VERBS = frozenset({"fire", "launch", "drop", "shoot"})


def fired(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "the Iskander missiles that Russia has fired at Ukraine", "the Geran-2, which Russian forces
    have launched": a state that fires or launches a weapon operates it."""
    for tok in ctx.tokens:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in USE_VERBS or negated(ctx, tok):
            continue
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children) or tok.dep_ == "acl" and tok.tag_ == "VBN"
        platforms = [p for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} for p in _platform_heads(ctx, c)]
        if tok.dep_ in {"relcl", "acl"} and (passive or any(c.dep_ == "dobj" and c.tag_ in {"WDT", "WP"}
                                                            for c in tok.children)):
            platforms += [p for p in _platform_heads(ctx, tok.head) if p not in platforms]
        if not platforms:
            continue
        users = ctx.prep_objects(tok, {"by"}, STATES) if passive else ctx.subjects(tok, STATES)
        for u in _with_country(ctx, users, STATES):
            for p in platforms:
                yield rel(ctx, u, "OPERATES", p, 0.6, "fired", stage=clause_stage(ctx, tok, "in_service"))


def described_owner(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "the J-15T, the first PLA Navy jet shown at Zhuhai": a platform set beside an equipment noun
    that a state body's name modifies is that body's; so is one named right after it ("Royal Saudi
    Air Force F-15s")."""
    from ...mentions.lexicon import category_of

    for p in ctx.of({"Platform"}):
        before = ctx.at.get(p.start - 1)
        if before is not None and before.end == p.start and ctx.label(before) == "GovernmentBody":
            yield rel(ctx, before, "OPERATES", p, 0.6, "body-platform",
                      stage=clause_stage(ctx, ctx.head_token(p), "in_service"))
        for m in apposition_owners(ctx, p, "GovernmentBody", lambda ap: category_of([ap.lower_]) is not None):
            yield rel(ctx, m, "OPERATES", p, 0.6, "described-owner",
                      stage=clause_stage(ctx, ctx.head_token(p), "in_service"))
