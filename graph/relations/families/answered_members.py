"""Membership in an explainer's answer and in a bare "became members" clause, the bloc unnamed in the
sentence: "Who belongs to it? / Five Commonwealth countries: A, B and C" (the answer right after a
question about who is in the bloc lists its members), "Egypt, Ethiopia and Iran became members at the
start of 2024" (the members noun is the predicate of the listed states). The bloc is the last one named
before; where the membership data has rows for it, only the states it confirms on the document's date
count, else only a list of two or more states. Cue words are data (``cues.yaml``, ``membership``)."""
from __future__ import annotations

from collections.abc import Iterator

from ...mentions.words import texts
from ..context import SentenceContext
from ..lexicon import cues
from ..negation import hedged, negated
from ..relation import Relation
from .bloc_fit import fitting_bloc
from .common import DocFacts, bloc_entity, rel
from .membership import _known_members, _with_terms

_STATES = {"Country"}


def _bloc_before(facts: DocFacts, start: int) -> str | None:
    """The last bloc named before token ``start``."""
    before = [m for m in facts.mentions if m.start < start and facts.entities.get(m.entity) is not None
              and bloc_entity(facts.entities[m.entity])]
    return before[-1].entity if before else None


def _membership_question(ctx: SentenceContext, lex: dict) -> bool:
    """Whether the sentence right before this one asks who is in a bloc ("Who belongs to it?",
    "Who is left?", "Who else is in the club?")."""
    if ctx.sent.start == 0:
        return False
    written, j = texts(ctx.doc), ctx.sent.start - 1
    while j >= 0 and not written[j].strip():
        j -= 1
    if j < 0 or not written[j].rstrip().endswith("?"):
        return False  # no question mark ends the text before (most sentences: no Span or Token made)
    prev = ctx.doc[ctx.sent.start - 1].sent
    if not prev.text.rstrip().endswith("?"):
        return False
    words = [t.lower_ for t in prev if not t.is_punct]
    return bool(words) and words[0] in lex["question_words"] \
        and bool(set(words) & set(lex["question_cues"])) and len(words) <= 8


def _largest_list(ctx: SentenceContext) -> list:
    """The longest group of two or more states the sentence lists ("A, B and C"), no demonyms."""
    best: list = []
    for m in ctx.of(_STATES):
        if m.demonym:
            continue
        group = [x for x in ctx.group(ctx.head_token(m), _STATES) if not x.demonym]
        if len(group) > len(best):
            best = group
    return best if len(best) >= 2 else []


def _predicate_members(ctx: SentenceContext, lex: dict) -> list:
    """The states whose predicate is a bare members noun: "A and B became members", "both are founding
    members" (no "of" object: the bloc is the one named before); not negated or hedged."""
    out = []
    for tok in ctx.cued_tokens(lex["predicate_member_nouns"], "lower"):
        if tok.lower_ not in lex["predicate_member_nouns"] or tok.dep_ not in {"attr", "oprd"} or tok.i in ctx.at:
            continue
        if any(c.dep_ == "prep" and c.lower_ in {"of", "in"} for c in tok.children):
            continue  # "members of X": the bloc is named (membership rules)
        verb = tok.head
        if verb.lemma_.lower() not in lex["predicate_verbs"] or negated(ctx, verb) or hedged(verb):
            continue
        subjects = ctx.subjects(verb, _STATES)  # and each subject the parser split off ("A, B and C": two nsubj)
        subjects += [m for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for m in ctx.group(c, _STATES)]
        out += [m for m in {(x.start, x.entity): x for x in subjects}.values() if not m.demonym]
    return out


def answered_members(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """MEMBER_OF for the states an explainer's answer lists, and for "A and B became members"."""
    lex = cues()["membership"]
    found: list[tuple] = []
    if _membership_question(ctx, lex):
        alliance = _bloc_before(facts, ctx.doc[ctx.sent.start - 1].sent.end)
        found += [(m, alliance, "membership-answer") for m in _largest_list(ctx)]
    predicate = _predicate_members(ctx, lex)
    if predicate:
        named = [m for m in ctx.mentions if m.entity in facts.entities and bloc_entity(facts.entities[m.entity])]
        if not named:
            alliance = fitting_bloc(ctx, facts, unnamed=False)  # "A became the 31st member": the bloc that fits
            found += [(m, alliance, "membership-predicate") for m in predicate]
    seen: set[tuple[str, str]] = set()
    for m, alliance, rule in found:
        if alliance is None or (m.entity, alliance) in seen:
            continue
        known = _known_members(ctx, alliance)
        if known is not None and facts.entities[m.entity].name not in known:
            continue
        if known is None and rule == "membership-predicate" and len(found) < 2:
            continue  # no data: only a list says membership on its own
        seen.add((m.entity, alliance))
        yield rel(ctx, m, "MEMBER_OF", alliance, 0.6, rule)


answered_members = _with_terms(answered_members)
