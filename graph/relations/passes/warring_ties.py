"""States at war on the article's date are no partners.

A tie word between two states that the reference data lists as sides of an armed conflict active in the article's
year ("the first direct talks between Russian and Ukrainian officials", "a 2003 treaty between the two countries
requires", "unless both governments finally agree where the line runs") names talks, a truce or an old accord of
the two sides, not a partnership: ANNOTATION.md makes a ceasefire or peace deal between warring sides at most an
optional COOPERATES_WITH beside the required IN_CONFLICT_WITH. Such ties are dropped (``conflict_dyads.csv``, the
UCDP/PRIO-based interstate rows; not the rivalry rows, whose sides also cooperate).
On the dev halves of session 45 (int45): 5 false ties in 5 halves, 4 optional, no true one.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from spacy.tokens import Doc

from ...entities import Entity
from ..families.catalogued_dyads import norm_name
from ..relation import Relation


@lru_cache(maxsize=1)
def _wars() -> tuple[tuple[frozenset[str], int, int], ...]:
    """(the two states' normalised names, first year, last year) of the interstate rows of ``conflict_dyads.csv``
    (a row of another kind, "United States, Afghanistan" of 2001-2021, is a war on a regime the state's later
    government was no side of, or a war of a state on a group)."""
    from ...reference.offices import DATA_DIR, read_rows

    return tuple((frozenset({norm_name(r["side_a"]), norm_name(r["side_b"])}), int(r["start_year"]),
                  int(r["end_year"]) if r.get("end_year") else 9999)
                 for r in read_rows(DATA_DIR / "conflict_dyads.csv") if r.get("kind") == "interstate")


def at_war(a: set[str], b: set[str], year: int) -> bool:
    """Whether an interstate row of ``conflict_dyads.csv`` pairs one of the names ``a`` with one of ``b`` in a span
    holding ``year``.

    >>> at_war({"Russia"}, {"Ukraine"}, 2024), at_war({"Russia"}, {"Ukraine"}, 2010)
    (True, False)
    >>> at_war({"United States"}, {"Afghanistan"}, 2015)
    False
    """
    na, nb = {norm_name(x) for x in a}, {norm_name(x) for x in b}
    return not (na & nb) and any(start <= year <= end and any(frozenset({x, y}) == pair for x in na for y in nb)
                                 for pair, start, end in _wars())


def _year(when: str | None) -> int | None:
    """The year a ``when`` value opens with ("1997", "2025-02", "2013-12-17"); None for none or a span's open start.

    >>> _year("1997"), _year("2025-02"), _year(None), _year("/2019")
    (1997, 2025, None, None)
    """
    return int(when[:4]) if when and when[:4].isdigit() else None


def _own_year(r: Relation, doc: Doc | None) -> int | None:
    """The year of the tie's own clause (its ``when``): "signed a friendship treaty in 1997" gives 1997; not the
    year of an old accord's name that a tie standing now rests on ("a 2003 treaty between the two countries
    requires": the year only modifies the noun)."""
    year = _year(r.evidence.get("when"))
    if year is None or doc is None or "start" not in r.evidence:
        return year
    sent = doc.char_span(r.evidence["start"], r.evidence["end"], alignment_mode="expand")
    written = [t for t in sent or () if t.text == str(year)]
    if written and all(t.dep_ in _NOUN_MODIFIERS and t.head.pos_ in {"NOUN", "PROPN"} for t in written):
        return None
    return year


_NOUN_MODIFIERS = frozenset({"nummod", "compound", "amod", "nmod"})  # "a 2003 treaty"


def drop_warring_ties(relations: list[Relation], entities: dict[str, Entity],
                      published: date | None, doc: Doc | None = None) -> list[Relation]:
    """``relations`` without the COOPERATES_WITH of two Country entities that ``conflict_dyads.csv`` lists as
    sides of an interstate conflict active in the tie's own year: the year of its ``when`` (its clause's date,
    "signed a friendship treaty in 1997"), else of ``published`` (all kept where neither is known)."""
    def warring(r: Relation) -> bool:
        a, b = entities.get(r.source), entities.get(r.target)
        if r.type != "COOPERATES_WITH" or a is None or b is None or a.label != "Country" or b.label != "Country":
            return False
        year = _own_year(r, doc) or (published.year if published is not None else None)
        return year is not None and at_war({a.name, *a.aliases}, {b.name, *b.aliases}, year)

    return [r for r in relations if not warring(r)]
