"""Membership told by a bare member noun in a sentence that names no bloc: "Hungary, the other ally yet to
ratify", "Armenia, still formally one of the six member states, sent no one", "Turkmenistan, the third
observer", "five allies pledged systems: Patriots from A, B, C and D and a SAMP/T from E". The bloc is the
most recent named one the sentence fits (:func:`.bloc_fit.fitting_bloc`: the data ever lists the state under
it, an ordinal or count within its size); the membership data confirms each state on the document's date (a
member noun: a member then; an observer noun: an observer then), so a bloc the data does not know gives
nothing. The noun is said of the state by apposition ("Hungary, the other ally"; "A, one of the six member
states"); a counted plural noun ("five allies") as a clause's subject takes the sentence's states the data
confirms when exactly that many are. An owned noun is another's ("a US ally", "an ally of Japan", "member of
parliament"); an "ally" needs a word that makes it a bloc's ("the other ally", "the newest ally", "the 32nd
ally"); a denied or deferred noun ("not a member", "a former member", "a would-be member") gives nothing. Words in ``cues.yaml`` (``membership.member_nouns_bare``)."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...text.numbers import cardinal, ordinal
from ..context import SentenceContext
from ..lexicon import cues
from ..relation import Relation
from .bloc_fit import fitting_bloc
from .common import DocFacts, blocs, rel
from .membership import _with_terms


def _owned(ctx: SentenceContext, tok: Token) -> bool:
    """Whether the noun is another's: a possessor, compound or adjective that names something ("a US ally",
    "Japan's partner", "an American ally"), or an "of"/"in" object ("an ally of Japan", "member of parliament")."""
    for c in tok.children:
        if c.dep_ in {"poss", "compound", "nmod"} and c.lower_ not in {"its", "their", "member"}:
            return True
        if c.dep_ == "amod" and (c.i in ctx.at or c.text[:1].isupper()):
            return True
        if c.dep_ == "prep" and c.lower_ in {"of", "in", "to", "for", "with"}:
            return True
    return any(t.lower_ in {"non", "non-"} or t.lower_.startswith("non-") for t in tok.lefts)


def _unreal(tok: Token, lex: dict) -> bool:
    """Whether the noun denies or defers the membership: "not a member", "a former member", "a would-be
    member", "the prospective ally" (the data's status on the date is not the text's)."""
    noun = tok.head if tok.dep_ == "compound" else tok
    return any(c.dep_ == "neg" or c.lower_ in lex["unreal"] for t in (tok, noun) for c in t.children) \
        or any(t.lower_ in {"not", "never", "no"} for t in (*noun.lefts, *tok.doc[max(tok.sent.start, noun.left_edge.i - 2):noun.left_edge.i]))


def _said_of(ctx: SentenceContext, tok: Token) -> list:
    """The state mentions a member noun is said of by apposition: "Hungary, the other ally", "Armenia, one
    of the six member states" (through "one of")."""
    noun = tok.head if tok.dep_ == "compound" else tok  # "member states": the head noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        noun = noun.head.head
    if noun.dep_ == "appos":
        m = ctx.at.get(noun.head.i)
    elif noun.dep_ in {"nsubj", "nsubjpass"} and noun.left_edge.i - 2 >= ctx.sent.start \
            and ctx.doc[noun.left_edge.i - 1].text == ",":
        # "Armenia, still one of the six member states, sent no one": the parser's second subject
        m = ctx.at.get(ctx.doc[noun.left_edge.i - 2].i)
        if m is None or ctx.head_token(m).dep_ not in {"nsubj", "nsubjpass"} or ctx.head_token(m).head != noun.head:
            return []
    else:
        return []
    return [m] if m is not None and ctx.label(m) == "Country" and not m.demonym else []


def _counted_subject(ctx: SentenceContext, tok: Token) -> int | None:
    """The count of a plural member noun that is a clause's subject: "five allies announced ..."."""
    if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.tag_ != "NNS":
        return None
    return next((cardinal(c.lower_) for c in tok.children if c.dep_ == "nummod" and cardinal(c.lower_)), None)


def member_nouns(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    lex = cues()["membership"]["member_nouns_bare"]
    if blocs(ctx):
        return  # the bloc is named (or described) in the sentence: the membership rules read it
    found: list[tuple[object, str]] = []
    for tok in ctx.tokens:
        low = tok.lemma_.lower()
        kind = "observer" if low in lex["observer_nouns"] else "member" if low in lex["member_nouns"] else None
        if kind is None or tok.i in ctx.at or _owned(ctx, tok) or _unreal(tok, lex):
            continue  # another's ally, "not a member", "a former member"
        if low in lex["marked_nouns"] and not any(
                c.dep_ in {"amod", "nummod"} and (c.lower_ in lex["marks"] or ordinal(c.lower_) or cardinal(c.lower_))
                for c in tok.children):
            continue  # "a close ally" is anyone's: "the other ally", "the newest ally", "the 32nd ally"
        said = _said_of(ctx, tok)
        if said:
            found += [(m, kind) for m in said]
            continue
        count = _counted_subject(ctx, tok)
        if count:
            found.append((count, kind))
    if not found:
        return
    bloc = fitting_bloc(ctx, facts, unnamed=False)
    if bloc is None:
        return
    from ...reference.bloc_members import bloc_names
    from ...reference.offices import load_offices

    names = bloc_names(facts.entities[bloc])
    if not names:
        return
    day = ctx.doc.user_data.get("published")
    members = load_offices().members(set(names), day)
    if members is None:
        return
    observers = {m.country for m in load_offices().memberships if m.alliance in names and m.status == "observer"
                 and m.holds_on(day)}
    states = [m for m in ctx.of({"Country"}) if not m.demonym and m.source != "coref"]
    for what, kind in found:
        allowed = observers if kind == "observer" else members
        if isinstance(what, int):
            confirmed = list({m.entity: m for m in states if facts.entities[m.entity].name in allowed}.values())
            if len(confirmed) == what:
                for m in confirmed:
                    yield rel(ctx, m, "MEMBER_OF", bloc, 0.6, "membership-counted-noun")
        elif facts.entities[what.entity].name in allowed:
            yield rel(ctx, what, "MEMBER_OF", bloc, 0.6, "membership-member-noun")


member_nouns = _with_terms(member_nouns)
