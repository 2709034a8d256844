"""Where a place lies, said by shapes ``events.located`` does not read: a possessor ("Ukraine's Kharkiv
region", "Sweden's island of Gotland") and the reference gazetteer's country of a place when the same
clause names that country ("Azerbaijani towns such as Barda", "Marignane in southern France")."""
from __future__ import annotations

from collections.abc import Iterator

from ..context import SentenceContext
from ..negation import negated
from ..relation import Relation
from .common import PLACES, DocFacts, rel
from .events import COMPASS, PLACE_NOUNS, SITE_NOUNS


def place_country(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """Every rule of the module over one sentence."""
    places = ctx.of({"Place"})
    if not places:
        return
    yield from _possessed(ctx, places)
    yield from _gazetteer(ctx, facts, places)
    yield from _described_after(ctx, places)


def _possessed(ctx: SentenceContext, places: list) -> Iterator[Relation]:
    """ "Ukraine's Kharkiv region", "New Taipei's Bali District", "China's island of Hainan": a place
    whose head (or the place noun it is "of") has a country or another place as possessor; not a
    state's installation, which may lie abroad."""
    for m in places:
        tok = ctx.head_token(m)
        heads = [tok]
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
            heads.append(tok.head.head)  # "its island of Gotland"
        if tok.dep_ == "compound" and tok.head.i not in ctx.at and tok.head.lemma_.lower() in PLACE_NOUNS:
            heads.append(tok.head)  # "Armenia's southern Syunik province"
        for head in heads:
            for c in head.children:
                owner = ctx.at.get(c.i) if c.dep_ == "poss" else None
                if owner is None or owner.entity == m.entity or ctx.label(owner) not in PLACES:
                    continue
                if ctx.label(owner) == "Country" and _installation(ctx.entities[m.entity].name):
                    continue  # "Russia's 102nd Military Base": a state's base abroad, owned, not located
                yield rel(ctx, m, "LOCATED_IN", owner, 0.6, "located-possessor")


# words that may stand between a place and the country it lies in ("Darwin, northern Australia",
# "the Syunik, Gegharkunik and Vayots Dzor provinces, all of them inside Armenia")
_BETWEEN = {",", "in", "inside", "within", "the", "of", "all", "both", "them", "each", "located", "situated",
            "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
            "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
            "south-eastern", "south-western", "occupied", "neighbouring", "neighboring"}


def _installation(name: str) -> bool:
    return bool(set(name.lower().replace("-", " ").split()) & SITE_NOUNS)


def _gazetteer(ctx: SentenceContext, facts: DocFacts, places: list) -> Iterator[Relation]:
    """ "Darwin, northern Australia", "the plant in occupied Ukraine": a place followed, across only
    commas, "in" and words that narrow a country, by the country the reference data puts it in (the
    gazetteer tells a place and its country from two items of a list)."""
    countries = {c.start: c for c in ctx.of({"Country"})}
    if not countries:
        return
    doc = ctx.doc
    for m in places:
        entity = facts.entities.get(m.entity)
        country = entity.props.get("country") if entity is not None else None
        if not country:
            continue
        i = m.end
        while i < ctx.sent.end and i - m.end < 6 and i not in countries and doc[i].lower_ in _BETWEEN:
            i += 1
        c = countries.get(i)
        if c is None or i == m.end or ctx.entities[c.entity].name != country or ctx.head_token(c).dep_ == "poss" \
                or negated(ctx, ctx.head_token(m)):
            continue
        yield rel(ctx, m, "LOCATED_IN", c, 0.55, "located-in-gazetteer")


def _described_after(ctx: SentenceContext, places: list) -> Iterator[Relation]:
    """ "Xi'an, the capital of Shaanxi province", "Baluran, a training area in East Java", "RAAF Base
    Tindal, near Katherine": the words right after a place, read in order where the parser has hung
    them elsewhere: a comma, a place noun described as "in"/"of" another place, or (for an
    installation) "near"/"outside" a town."""
    doc, end = ctx.doc, ctx.sent.end
    for m in places:
        i = m.end
        if i >= end or doc[i].text != ",":
            continue
        i += 1
        installation = _installation(ctx.entities[m.entity].name)
        if installation and i < end and doc[i].lower_ in {"near", "outside"}:
            target = _place_at(ctx, i + 1)
        else:
            if i < end and doc[i].lower_ in {"a", "an", "the"}:
                i += 1
            k = i
            while k < min(end, i + 4) and k not in ctx.at and doc[k].lemma_.lower() not in PLACE_NOUNS:
                k += 1
            if not (k < end - 1 and k not in ctx.at and doc[k].lemma_.lower() in PLACE_NOUNS
                    and doc[k + 1].lower_ in {"in", "of"}):
                continue
            target = _place_at(ctx, k + 2)
        if target is not None and target.entity != m.entity:
            yield rel(ctx, m, "LOCATED_IN", target, 0.55, "located-described-after")


def _place_at(ctx: SentenceContext, i: int):
    """The place or country named at ``i``, past "the" and compass words ("in the south of")."""
    doc, end = ctx.doc, ctx.sent.end
    while i < end and i not in ctx.at and (doc[i].lower_ == "the" or doc[i].lower_ in COMPASS):
        i += 1
    m = ctx.at.get(i) if i < end else None
    return m if m is not None and m.start == i and ctx.label(m) in PLACES else None
