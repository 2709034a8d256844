"""Two states of a standing partnership the reference data lists on the article's date, named in one sentence with a
cooperation word and with no third state, company or bloc beside them: "India and France marked the 25th year of
their strategic partnership" (``partnership_dyads.csv``: strategic partnerships, treaties of alliance, defence
cooperation agreements, US major non-NATO allies, normalisation accords, each row with its public source).

The cooperative twin of the catalogued conflict dyads: the cue words are the ``partnership`` words of ``cues.yaml``;
a cue the sentence negates does not count, nor does a sentence with a conflict cue (a pair the sentence sets against
each other), a side named only as the place where something happens ("a drill in India", "training in the US"), or a sentence naming a
third state or any company, organisation or bloc, or naming both only as objects of "with" (a third party's
partners: "it signed an accord with A and normalised relations with B") (lists of visitors, a third party's partners, firms' ventures: on
the development halves of session 39 such sentences were mostly no tie between the two)."""
from __future__ import annotations

from collections.abc import Iterator

from ..context import SentenceContext
from ..coordination import list_head
from ..lexicon import cues, domain_of
from ..negation import negated
from ..relation import Relation
from ..time import published_of
from .catalogued_dyads import active_dyad
from .common import DocFacts
from .tie_parties import cue_tokens, tie

#: words before a name that make it a place, not a partner ("a drill in India")
_PLACE_WORDS = frozenset({"in", "over", "into", "across", "from", "near", "off", "inside", "at"})
#: labels whose presence in the sentence means the tie may be another party's ("Safran and HAL", "under AUKUS")
_CROWD = frozenset({"Company", "Organization", "Alliance"})


def active_partnership(a: set[str], b: set[str], year: int) -> bool:
    """Whether a row of ``partnership_dyads.csv`` pairs one of the names ``a`` with one of ``b`` in a span holding
    ``year``.

    >>> active_partnership({"India"}, {"France"}, 2024), active_partnership({"India"}, {"France"}, 1990)
    (True, False)
    """
    return active_dyad(a, b, year, "partnership_dyads.csv")


def _place(ctx: SentenceContext, m) -> bool:
    """Whether the mention is a place word's object, right after it or past an article and adjectives ("a drill
    in India", "pilots training in the US")."""
    start = m.start
    while start > ctx.sent.start and (ctx.doc[start - 1].lower_ == "the" or ctx.doc[start - 1].pos_ == "ADJ"):
        start -= 1
    return start > ctx.sent.start and ctx.doc[start - 1].lower_ in _PLACE_WORDS


def _with_object(ctx: SentenceContext, m) -> bool:
    """Whether the mention is the object of "with" (or a conjunct of one): "it joined the accords with A and
    normalised relations with B" ties a third party to each of them, not them to each other."""
    tok = list_head(ctx.head_token(m))
    return tok.dep_ == "pobj" and tok.head.lower_ == "with"


def catalogued_partners(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    day = published_of(ctx.doc)
    if day is None:
        return
    words = set(cues()["partnership"]["words"])
    if not any((lemma in words or low in words) and not negated(ctx, tok)
               for tok, (lemma, low) in zip(ctx.tokens, ctx.forms, strict=True)
               if not (ctx.at.get(tok.i) is not None and ctx.at[tok.i].entity in ctx.entities)):
        return
    lex = cues()["conflict"]
    if any(not negated(ctx, t) for t in cue_tokens(ctx, set(lex["nouns"]), set(lex["verbs"]))):
        return
    states: dict[str, set[str]] = {}
    for m in ctx.mentions:
        entity = facts.entities.get(m.entity) if m.entity else None
        if entity is None:
            continue
        if entity.label in _CROWD:
            return
        if entity.label != "Country" or m.entity in states:
            continue
        if _place(ctx, m):
            continue
        states[m.entity] = {entity.name, *entity.aliases}
    if len(states) != 2:
        return
    a, b = states
    if all(_with_object(ctx, m) for m in ctx.mentions if m.entity in states):
        return  # "Manila signed accords with Tokyo and, later, with Canberra": each is Manila's partner
    if active_partnership(states[a], states[b], day.year):
        if found := tie(ctx, a, "COOPERATES_WITH", b, 0.5, "cooperation-catalogued-partnership",
                        domain_of(ctx.lemmas) or "defense"):
            yield found
