"""Membership said in a relative clause on the bloc and in a clause that repeats it by ellipsis:
"the Southern African Development Community, of which Malawi is a member", "the bloc, to which both
also belong", "two groups in which A and B are founding members" (the relative pronoun stands for the
bloc: the clause's subjects are its members), "A is a member of the bloc, as is B" / "as are B and C"
(the "as" clause repeats the main clause's membership for its own subjects). Cue words are data
(``cues.yaml``, ``membership.relative_member_nouns``, ``membership.relative_member_verbs``).
A noun of states described by such a clause names its members where a verb of including lists them:
"countries that belong to the CSTO include Armenia and Belarus", "the states that are members of the bloc
are A and B"."""
from __future__ import annotations

from collections.abc import Iterator

from ..context import SentenceContext
from ..lexicon import cues
from ..negation import hedged, negated
from ..prepositions import prep_objects
from ..relation import Relation
from .common import DocFacts, blocs, is_bloc, rel
from .membership import _with_terms

_MEMBERS = {"Country", "Organization", "GovernmentBody"}
_RELATIVE = {"which", "whom", "that"}


def relative_members(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    yield from _relative_clause(ctx)
    yield from _as_is(ctx)
    yield from _members_described(ctx)


def _member_verb(verb, lex: dict):
    """The token that makes ``verb``'s subjects members (its member noun, or the verb of belonging),
    else ``None``."""
    if verb.lemma_.lower() in lex["relative_member_verbs"] or verb.lower_ in lex["relative_member_verbs"]:
        return verb
    if verb.lemma_.lower() in lex["relative_member_copulas"]:
        return next((c for c in verb.children if c.dep_ == "attr"
                     and c.lemma_.lower() in lex["relative_member_nouns"]), None)
    return None


def _relative_clause(ctx: SentenceContext) -> Iterator[Relation]:
    """ "X, of which A is a member", "X, to which A and B belong", "X, in which A is a founding member"."""
    lex = cues()["membership"]
    for a in blocs(ctx):
        head = ctx.head_token(a)
        for verb in (c for c in head.children if c.dep_ == "relcl"):
            pronouns = [o for h in (verb, *(c for c in verb.children if c.dep_ == "attr"))
                        for o in prep_objects(h, {"of", "to", "in"}) if o.lower_ in _RELATIVE]
            if not pronouns or pronouns[0].i > verb.i or pronouns[0].i < head.i:
                continue  # the pronoun opens the clause, after the bloc's name
            cue = _member_verb(verb, lex)
            if cue is None or negated(ctx, verb) or hedged(verb):
                continue
            for m in {m.entity: m for m in ctx.subjects(verb, _MEMBERS, plural=True)}.values():
                if m.entity != a.entity:
                    yield rel(ctx, m, "MEMBER_OF", a, 0.75, "membership-relative")


def _main_bloc(ctx: SentenceContext, verb, lex: dict):
    """The bloc the clause of ``verb`` makes its subjects members of: "is a member of X", "belongs to X",
    "joined X"."""
    cue = _member_verb(verb, lex)
    if cue is not None:
        found = ctx.prep_objects(cue, {"of", "to"} if cue is not verb else {"to"}, {"Alliance", "Organization"})
    elif verb.lemma_.lower() in lex["join_verbs"]:
        found = [m for c in verb.children if c.dep_ == "dobj" for m in ctx.group(c, {"Alliance", "Organization"})]
    else:
        return None
    found = [m for m in found if is_bloc(ctx, m)]
    return found[0] if len(found) == 1 else None


def _as_is(ctx: SentenceContext) -> Iterator[Relation]:
    """ "A is a member of X, as is B", "A joined X in 2004, as did B and C": a clause of "as" with no
    complement of its own repeats the main clause for its subjects."""
    lex = cues()["membership"]
    for tok in ctx.tokens:
        if tok.dep_ != "advcl" or tok.lemma_.lower() not in {"be", "do", "have"} \
                or not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) \
                or any(c.dep_ in {"attr", "acomp", "dobj", "prep", "xcomp"} for c in tok.children) \
                or tok.i < tok.head.i:
            continue
        main = tok.head
        if negated(ctx, main) or hedged(main) or negated(ctx, tok):
            continue
        bloc = _main_bloc(ctx, main, lex)
        if bloc is None or not ctx.subjects(main, _MEMBERS, plural=True):
            continue
        for m in {m.entity: m for m in ctx.subjects(tok, _MEMBERS, plural=True)}.values():
            if m.entity != bloc.entity:
                yield rel(ctx, m, "MEMBER_OF", bloc, 0.75, "membership-as-is")


def _members_described(ctx: SentenceContext) -> Iterator[Relation]:
    """ "Countries that belong to the CSTO include A and B": the subject noun's relative clause states
    membership of one bloc (its pronoun the clause's subject), the main verb lists the members."""
    lex = cues()["membership"]
    for verb in ctx.tokens:
        if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE for c in verb.children):
            continue
        noun = verb.head
        if noun.lemma_.lower() not in lex["described_member_nouns"] or noun.dep_ != "nsubj" \
                or noun.head.lemma_.lower() not in lex["listing_verbs"] or negated(ctx, verb) or hedged(verb):
            continue
        main = noun.head
        if negated(ctx, main) or hedged(main):
            continue
        bloc = _main_bloc(ctx, verb, lex)
        if bloc is None:
            continue
        listed = [m for c in main.children if c.dep_ in {"dobj", "attr"} for m in ctx.group(c, _MEMBERS)]
        for m in {m.entity: m for m in listed}.values():
            if m.entity != bloc.entity:
                yield rel(ctx, m, "MEMBER_OF", bloc, 0.7, "membership-described-list")


relative_members = _with_terms(relative_members)
