"""What every relation family shares: the document facts, the relation builder and the label sets."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from spacy.tokens import Token

from ...mentions import Mention
from ..context import SentenceContext
from ..deal_time import deal_basis_when, standing_basis_when
from ..relation import Relation
from ..time import deal_when, noun_validity, published_of, relation_when, relative_validity

STATES = {"Country", "GovernmentBody"}
SUPPLIERS = {"Country", "Company"}
MAKERS = {"Company", "Country"}
ORGS = {"Organization", "GovernmentBody", "Company", "Alliance", "Country"}
PLACES = {"Place", "Country"}


def other_year(tokens: Iterable[Token], year: str, only: bool = False) -> bool:
    """Whether ``tokens`` name a year (19xx, 20xx) other than ``year`` ("in 2011", of a 2025 event): any other year,
    or with ``only``, years none of which is ``year`` ("In 2022, ..." but not "in 2024, as in 2022"). An unknown
    ``year`` ("") makes every named year another."""
    named = {t.text for t in tokens if t.shape_ == "dddd" and t.text[:2] in {"19", "20"}}
    return bool(named) and (year not in named if only else bool(named - {year}))


@dataclass
class DocFacts:
    """What rules need to know about the whole document."""

    focal: str | None
    main_event: str | None
    display_event: bool
    entities: dict
    mentions: list = field(default_factory=list)
    known: dict = field(default_factory=dict)  # person id -> country ids of offices the reference data knows

    @cached_property
    def focal_first(self) -> tuple:
        """The focal state's first mention (an empty tuple without one): found once per document, not by a
        walk of every mention each time a cue word asks (that grew with the square of the document)."""
        first = next((m for m in self.mentions if m.entity == self.focal), None)
        return () if first is None else (first,)

    @cached_property
    def country_forms(self) -> dict[str, str]:
        """The document's country entities by every lower-cased name and alias that is no demonym
        (found once per document: several sentences ask)."""
        return {f.lower(): e.id for e in self.entities.values() if e.label == "Country"
                for f in {e.name, *e.aliases} if f[:1].isupper()}


# facts with a deal's stage (ONTOLOGY.md, Time), and the stages that end them
_DEALS = {"SUPPLIES", "OPERATES"}
_ENDS = {"retired", "cancelled"}


def entity_pairs(firsts: list[Mention], seconds: list[Mention]) -> Iterator[tuple[Mention, Mention]]:
    """Each ``(a, b)`` of ``firsts`` x ``seconds`` once per pair of entities (its first mentions)."""
    seen: set[tuple[str, str]] = set()
    for a in firsts:
        for b in seconds:
            if (a.entity, b.entity) not in seen:
                seen.add((a.entity, b.entity))
                yield a, b


def rel(ctx: SentenceContext, source: Mention | str, type_: str, target: Mention | str, confidence: float,
        rule: str, **props: str | None) -> Relation:
    """A relation of the sentence, dated by the clause its mentions are in (ONTOLOGY.md, Time)."""
    src = source if isinstance(source, str) else source.entity
    dst = target if isinstance(target, str) else target.entity
    anchors = [ctx.head_token(m) for e in (source, target)  # the mentions of the fact, source first
               if (m := e if not isinstance(e, str) else next((x for x in ctx.mentions if x.entity == e), None))]
    base, held = published_of(ctx.doc), {}
    if anchors:  # the date of the fact's own clause, not the sentence's first (so the sentence is not dated)
        when = relation_when(ctx.sent, anchors, base)
        if type_ in _DEALS | {"MANUFACTURES"}:  # "were ordered under a 2016 agreement", "a ten-year deal signed in 2019"
            when = deal_basis_when(ctx.sent, anchors, base, when)
        elif type_ == "COOPERATES_WITH":  # "hosts US forces under a 2021 defence cooperation agreement"
            every = [ctx.head_token(x) for x in ctx.mentions if x.entity in (src, dst)]  # not only the first mention
            when = standing_basis_when(ctx.sent, every, base, when)
        if type_ in _DEALS and props.get("stage") not in _ENDS:  # a retirement or a cancellation may lie ahead
            when = deal_when(ctx.sent, base, when)
        evidence = {**ctx.place, "when": when} if when else ctx.place
        held = noun_validity(ctx.sent, anchors, base) if len(anchors) == 2 else {}  # "X, a member since 2004"
        held = {**relative_validity(ctx.sent, anchors, base), **held}  # "X, which had flown Y until 2015"
    else:
        evidence = ctx.evidence
    return Relation(src, type_, dst, evidence, confidence, rule, {**held, **{k: v for k, v in props.items() if v}})


def _lemma_tokens(ctx: SentenceContext, words: set[str]) -> list[Token]:
    return ctx.cued_tokens(words, "either")



def apposition_owners(ctx: SentenceContext, m: Mention, label: str, head_ok: Callable[[Token], bool]) -> Iterator[Mention]:
    """Mentions of ``label`` naming the owner of an unnamed noun set beside ``m`` whose head
    ``head_ok`` accepts ("the Aksungur, a larger TAI design": TAI)."""
    for ap in ctx.head_token(m).children:
        if ap.dep_ != "appos" or ap.i in ctx.at or not head_ok(ap):
            continue
        for c in ap.children:
            owner = ctx.at.get(c.i)
            if c.dep_ in {"compound", "poss", "nmod"} and owner is not None and ctx.label(owner) == label:
                yield owner


def platforms_in(ctx: SentenceContext, noun: Token, skip: set[int]) -> list[Mention]:
    """The distinct platforms of ``noun``'s subtree, in order, leaving out the token indices in ``skip``."""
    out: list[Mention] = []
    for t in noun.subtree:
        m = ctx.at.get(t.i)
        if t.i not in skip and m is not None and ctx.label(m) == "Platform" and all(o.entity != m.entity for o in out):
            out.append(m)
    return out


def derive(relations: list[Relation], entities: dict, type_: str, rule: str,
           facts: Callable[[object, object], Iterator[tuple[str, str, str]]]) -> list[Relation]:
    """Facts implied by the ``type_`` relations whose two ends are entities: ``facts(source, target)``
    names them as keys; each one not already known becomes a copy of the relation it comes from
    (its evidence kept) with confidence at most 0.55 and ``rule``."""
    have = {r.key() for r in relations}
    out: list[Relation] = []
    for r in relations:
        if r.type != type_ or r.source not in entities or r.target not in entities:
            continue
        for key in facts(entities[r.source], entities[r.target]):
            if key not in have:
                have.add(key)
                out.append(replace(r, source=key[0], type=key[1], target=key[2],
                                   confidence=min(r.confidence, 0.55), rule=rule, props=dict(r.props)))
    return out


@lru_cache(maxsize=1)
def _international_bodies() -> frozenset[str]:
    """Ids of the international agencies, courts and banks (``organizations_international.csv``): states
    join them as they join a bloc, though they are no bloc themselves (Organization)."""
    from ...reference.loader import DATA_DIR, read_entries

    return frozenset(e.id for e in read_entries(DATA_DIR / "organizations_international.csv", "Organization"))


def bloc_entity(entity) -> bool:
    """An entity states are members of: an Alliance, or an international agency, court or bank."""
    return entity.label == "Alliance" or (entity.label == "Organization" and entity.ref_id in _international_bodies())


def is_bloc(ctx, m) -> bool:
    """``bloc_entity`` of a mention's entity."""
    return bloc_entity(ctx.entities[m.entity])


def blocs(ctx) -> list:
    """The sentence's mentions of blocs (``bloc_entity``), in order."""
    return [m for m in ctx.of({"Alliance", "Organization"}) if is_bloc(ctx, m)]
