"""Makers named in a participial clause before the thing they made: "Developed by Iran's Aerospace
Industries Organization, the satellite-guided missile ..." -> MANUFACTURES maker -> the missile
(the clause's subject: a platform, or "the missile" standing for the latest one of its category);
the country of origin a demonym names ("the American Patriot"); "the Aksungur, a TAI design"."""
from __future__ import annotations

from collections.abc import Iterator

from ..context import SentenceContext
from ..lexicon import cues
from ..negation import negated
from ..relation import Relation
from .common import MAKERS, DocFacts, apposition_owners, rel
from .phrases import _maker, _platforms_of, _recent_platform


def participial_makers(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    lex = cues()["manufacture"]
    for tok in ctx.tokens:
        lemma = tok.lemma_.lower()
        if lemma not in lex["verbs"] or tok.tag_ != "VBN" or tok.dep_ != "advcl" or negated(ctx, tok):
            continue
        if tok.i > tok.head.i:
            continue  # "..., built by X": after the clause it is no longer about the subject
        makers = ctx.prep_objects(tok, {"by"}, MAKERS | {"GovernmentBody"})
        if not makers:
            continue
        subjects = [c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        platforms = [p for s in subjects for p in _platforms_of(ctx, s)]
        if not platforms:
            platforms = next((f for s in subjects if (f := _recent_platform(ctx, facts, s))), [])
        role = lex["roles"].get(lemma, "producer")
        for mk in makers:
            maker = _maker(ctx, mk)
            for p in platforms if maker is not None else []:
                yield rel(ctx, maker, "MANUFACTURES", p, 0.7, "made-by-clause", role=role)


# the first part of a joint demonym ("Franco-Italian", "Anglo-French", "Sino-Pakistani")
COMBINING_FORMS = {"franco": "France", "anglo": "United Kingdom", "russo": "Russia", "sino": "China",
                   "indo": "India", "italo": "Italy", "germano": "Germany", "turco": "Turkey", "greco": "Greece",
                   "hispano": "Spain", "luso": "Portugal", "polono": "Poland", "nippo": "Japan",
                   "korean": "South Korea", "swedish": "Sweden", "norwegian": "Norway", "german": "Germany",
                   "british": "United Kingdom", "french": "France", "italian": "Italy", "spanish": "Spain",
                   "american": "United States", "israeli": "Israel", "turkish": "Turkey", "pakistani": "Pakistan"}


def native_makers(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "the American Patriot", "the Russian Su-57": a demonym before a catalogued platform whose
    reference origin is that country names its maker; a demonym that is not its origin ("the Indian
    Su-30MKI") names an operator and gives nothing here."""
    from ...reference import load_reference

    ref = load_reference()
    for p in ctx.of({"Platform"}):
        e = ctx.entities[p.entity]
        entry = ref.get(e.ref_id) if e.ref_id else None
        if entry is None or not entry.origin:
            continue
        i = p.start - 1
        while i >= ctx.sent.start and ctx.doc[i].pos_ == "ADJ" and i not in ctx.at:
            i -= 1  # "the American long-range Patriot"
        m = ctx.at.get(i)
        if m is None or not m.demonym or ctx.label(m) != "Country":
            continue
        names = [ctx.entities[m.entity].name]
        if m.start >= 2 and ctx.doc[m.start - 1].text == "-":  # "Franco-Italian": the first partner too
            names.append(COMBINING_FORMS.get(ctx.doc[m.start - 2].lower_, ""))
        for name in names:
            if name in entry.origin:
                country = next((x for x in ctx.entities.values() if x.label == "Country" and x.name == name), None)
                if country is not None:
                    yield rel(ctx, country.id, "MANUFACTURES", p, 0.6, "native-maker", role="producer")
                elif name == names[0]:
                    yield rel(ctx, m, "MANUFACTURES", p, 0.6, "native-maker", role="producer")


DESIGN_NOUNS = frozenset({"design", "product", "model", "creation", "development", "type"})


def design_of(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "the Aksungur, a larger TAI design": a platform set beside a company's design or product."""
    for p in ctx.of({"Platform"}):
        for m in apposition_owners(ctx, p, "Company", lambda ap: ap.lemma_.lower() in DESIGN_NOUNS):
            yield rel(ctx, m, "MANUFACTURES", p, 0.6, "design-of", role="developer")
