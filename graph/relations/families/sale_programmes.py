"""Sales through a state's own arms-sale programme (``cues.yaml``: ``acquire.sale_programmes``): a purchase
"through the Foreign Military Sales programme", "a foreign military sale that Congress was notified of", "the
Foreign Military Sales package covers seven batteries" is a sale by the state that runs the programme (the
United States), named in the sentence or elsewhere in the article, where the sentence tells of goods or their
purchase (not "pilots train under the Foreign Military Sales programme"). The buyer is the one other state the
sentence names, or, when it names none, the article's state. A sentence naming several other states, a
programme whose state the article never names, or a denied clause gives nothing.
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Span, Token

from ..context import SentenceContext
from ..lexicon import cues
from ..negation import negated
from ..relation import Relation
from ..tense import put_ahead
from ..time import clause_verb
from .common import DocFacts, rel
from .stage import clause_stage

_BUYERS = {"Country"}
#: goods words that also make other phrases ("as part of the Foreign Military Sales programme")
_NO_GOODS = {"part", "parts"}


def _abbreviation_told(tok: Token, lex: dict) -> bool:
    """Whether a programme named by one bare word ("FMS") is the programme: followed by a word of a sale or its
    channel ("the FMS case", "the FMS route") or the bare object of "through" / "via" / "under" ("bought through
    FMS"); not "chose a new FMS for its jets" (a flight management system)."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in lex["sale_abbreviation_nouns"]:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in lex["sale_abbreviation_preps"] \
        and not any(c.dep_ in {"det", "amod", "poss"} for c in tok.children)


def _programme(sent: Span, phrases: dict[str, str], lex: dict) -> tuple[Token, Token, str] | None:
    """The first and last tokens of the first programme name in ``sent`` and the state that runs it."""
    toks = list(sent)
    for i in range(len(toks)):
        for phrase, state in phrases.items():
            words = phrase.split()
            run = toks[i:i + len(words)]
            if len(run) == len(words) and all(t.lower_ == w or t.lemma_.lower() == w for t, w in zip(run, words, strict=True)) \
                    and (len(words) > 1 or _abbreviation_told(run[0], lex)):
                return run[0], run[-1], state
    return None


def _goods_told(ctx: SentenceContext, first: Token, last: Token) -> bool:
    """Whether the sentence tells of goods or their purchase outside the programme's own name: a platform, a goods
    noun ("jets", "equipment"), a word of buying or selling or of a deal ("bought", "the purchase", "the FMS case"), a
party or the book of sales ("Supplier:", "the largest FMS portfolios");
    not "Pakistani pilots train in Texas under the Foreign Military Sales programme" (training)."""
    if ctx.of({"Platform"}):
        return True
    words = _goods_words()
    return any(t.lemma_.lower() in words or t.lower_ in words for t in ctx.sent if not first.i <= t.i <= last.i)


@lru_cache(maxsize=1)
def _goods_words() -> frozenset[str]:
    """The words :func:`_goods_told` reads as goods or their purchase (gathered once, not per sentence)."""
    lex = cues()
    return frozenset((set(lex["supply"]["goods"]) | set(lex["supply"]["verbs"]) | set(lex["supply"]["nouns"])
                      | set(lex["acquire"]["verbs"]) | set(lex["acquire"]["deal_nouns"]) | set(lex["acquire"]["ordered"])
                      | set(lex["acquire"]["sale_abbreviation_nouns"]) | set(lex["acquire"]["sale_told_words"]))
                     - set(lex["acquire"]["channel_nouns"]) - _NO_GOODS)


def programme_sales(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """The programme's state supplies the buyer: "India is buying the helicopters through the US Foreign
    Military Sales channel" (United States -> India)."""
    lex = cues()["acquire"]
    found = _programme(ctx.sent, lex["sale_programmes"], lex)
    if found is None:
        return
    first, tok, state = found
    if not _goods_told(ctx, first, tok):
        return  # "pilots train in Texas under the Foreign Military Sales programme": no goods change hands
    seller = next((e.id for e in ctx.entities.values() if e.label == "Country" and e.name == state), None)
    verb = clause_verb(tok, 6)  # (the programme may hang on a noun of the clause: "talks under the FMS programme")
    if seller is None or negated(ctx, tok) or verb is not None and negated(ctx, verb):
        return  # "did not buy the jets through the Foreign Military Sales programme"
    buyers = {m.entity for m in ctx.of(_BUYERS) if m.entity != seller}
    if not buyers and facts.focal in ctx.entities and facts.focal != seller \
            and ctx.entities[facts.focal].label in _BUYERS:
        buyers = {facts.focal}  # "The purchase goes through the Foreign Military Sales system": the article's state
    if len(buyers) != 1:
        return
    words = {t.lower_ for t in (verb if verb is not None else tok).subtree}  # "opened talks under ...": negotiating
    stage = clause_stage(ctx, tok, "ordered", words)
    if stage == "cancelled":
        return
    if stage == "ordered" and verb is not None and put_ahead(verb):
        stage = "planned"  # "the next tranche is expected to follow the same Foreign Military Sales route"
    yield rel(ctx, seller, "SUPPLIES", next(iter(buyers)), 0.6, "programme_sales", stage=stage)
