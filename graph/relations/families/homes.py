"""Where platforms are at home: "X is (the) home of the Gripen fighters", "the main home of the Tu-160s,
X air base", "X, home to the F-35s", "X houses the F-16 fleet", "the F-16s are housed at X", "the base at
X, where the jets are stationed", "the Marham-based F-35s". The place is the one the home noun is said
of (the subject of its copula, or its apposition); the platforms are in its "of"/"to" object (cue words:
``deployment_kinds`` in ``cues.yaml``)."""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Token

from ...mentions import Mention
from ...mentions.lexicon import category_of
from ..context import SentenceContext
from ..lexicon import cues
from ..negation import hedged, negated
from ..prepositions import prep_objects
from ..relation import Relation
from .common import DocFacts, rel
from .dispatched import platforms_at

_PLACES = {"Place", "Country"}


def _places_at(ctx: SentenceContext, tok: Token) -> list[Mention]:
    """The places ``tok`` names, or a generic noun's places in its "at"/"in"/"of" object ("the base at X")."""
    found = [m for m in ctx.group(tok, _PLACES) if not m.demonym]
    if found or tok.i in ctx.at:
        return found
    return [m for o in prep_objects(tok, {"at", "in", "of", "near"}) for m in ctx.group(o, _PLACES) if not m.demonym]


def _names_platforms(ctx: SentenceContext, tok: Token, lex: dict) -> bool:
    """Whether ``tok`` stands for platforms: a platform's name, a category noun ("fighters", "frigates")
    or a counting noun ("a squadron of"), not a noun the name only modifies ("F-16 crews", "a Black Hawk
    training centre")."""
    m = ctx.at.get(tok.i)
    if m is not None:
        return ctx.label(m) == "Platform"
    return category_of([tok.lower_]) is not None or tok.lemma_.lower() in lex["group_nouns"]


def _home_holders(tok: Token) -> list[Token]:
    """What a home noun is said of: the subject of its copula ("X is the home of"), the noun it is set
    beside ("X, home to"), or the name set beside it ("the main home of ..., X air base")."""
    out = [c for c in tok.children if c.dep_ == "appos"]
    if tok.dep_ in {"attr", "oprd"}:
        out += [c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if tok.dep_ in {"appos", "npadvmod"}:  # "X, home to Y" (the parser may make it an adverbial of X)
        out.append(tok.head)
    return out


def _housed_by_verb(tok: Token, lex: dict) -> tuple[list[Token], list[Token]]:
    """(platform words, place words) of a housing verb: "X houses Y" (active), "Y are housed at X" (passive)."""
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
    at = prep_objects(tok, lex["housing_preps"])
    if passive:
        return passive, at
    if at:  # "Poland will host the jets at X Air Base": the base, not the state
        subj = at
    if not subj:  # "X Air Base houses ...", the name taken for a compound of the verb
        subj = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    return [c for c in tok.children if c.dep_ == "dobj"], subj


def _where_clause(tok: Token, lex: dict) -> tuple[list[Token], list[Token]]:
    """(platform words, place words) of "the base at X, where Y are stationed": "where" on a stay verb
    in a relative clause; the place is the noun the clause hangs on."""
    verb = tok.head
    if tok.dep_ != "advmod" or verb.lemma_.lower() not in lex["where_verbs"] or verb.dep_ != "relcl":
        return [], []
    place = verb.head
    if place.dep_ == "pobj" and place.head.lower_ == "in" and place.head.head.pos_ == "PROPN":
        place = place.head.head  # "X Air Base in Y Prefecture, where ...": the base, not the region it lies in
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}], [place]


def _based_adjective(ctx: SentenceContext, tok: Token, lex: dict) -> tuple[list[Token], list[Mention]]:
    """(platform words, places) of "the Marham-based F-35s": a place right before "-based"."""
    if tok.i < ctx.sent.start + 2 or ctx.doc[tok.i - 1].text != "-":
        return [], []
    m = ctx.at.get(tok.i - 2)
    if m is None or ctx.label(m) not in _PLACES or m.demonym:
        return [], []
    noun = tok.head if tok.dep_ in {"amod", "compound"} else tok
    while noun.dep_ in {"amod", "compound"} and noun.head != noun:
        noun = noun.head
    return [noun], [m]


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    """Every lemma or form :func:`homes` reads a token by (home nouns, housing verbs, "where", "X-based")."""
    lex = cues()["deployment_kinds"]
    return frozenset(lex["home_nouns"]) | frozenset(lex["housing_verbs"]) | frozenset(lex["based_words"]) | {"where"}


def homes(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """DEPLOYED_TO from the platforms a place is home to, houses or hosts."""
    if not ctx.of({"Platform"}):
        return
    lex = cues()["deployment_kinds"]
    for tok, _ in ctx.cued_forms(_cue_words(), "either"):
        if tok.i in ctx.at:
            continue
        lemma, places, cue = tok.lemma_.lower(), None, tok
        if tok.pos_ in {"NOUN", "PROPN"} and lemma in lex["home_nouns"]:
            housed = prep_objects(tok, lex["home_preps"])
            # "the main home of the X bombers, Y air base": the name set beside the platforms is the home
            holders = _home_holders(tok) + [a for t in housed for a in t.children if a.dep_ == "appos"]
            # a home said of by a copula is negated there ("is no longer home to"); a home noun
            # that is itself the subject is not ("the home of X, Y, was not on the list")
            cue = tok.head if tok.dep_ in {"attr", "oprd"} else None
        elif tok.pos_ == "VERB" and lemma in lex["housing_verbs"]:
            (housed, holders), cue = _housed_by_verb(tok, lex), tok
        elif tok.lower_ == "where":
            (housed, holders), cue = _where_clause(tok, lex), tok.head
        elif tok.lower_ in lex["based_words"]:
            (housed, places), cue = _based_adjective(ctx, tok, lex), tok
        else:
            continue
        platforms = [m for t in housed if _names_platforms(ctx, t, lex) for m in platforms_at(ctx, t)]
        if not platforms or cue is not None and (negated(ctx, cue) or hedged(cue)):
            continue
        if places is None:
            places = [m for t in holders for m in _places_at(ctx, t)]
        for place in places:
            for p in platforms:
                yield rel(ctx, p, "DEPLOYED_TO", place, 0.65, "home-of")
