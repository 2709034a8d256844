"""A place named with a lower-case word of its administrative unit: "São Paulo state", "the Preah Sihanouk
province", "the province of Namur", "the district of Celle". The unit is a place of its own, not the city
(or the bare name) inside it: the Place mention grows over the unit's word. The name alone stays an alias of
the unit where nothing else in the document goes by it (``canon.region_stems``).

Words are data in ``lexicon.yaml``: ``region_suffixes`` and ``admin_state_words`` after the name (not before
another noun: "the Kursk region governor"), the same suffixes and ``admin_of_extra`` before "of" + the name
(not a capital's: "the district of Dakar" is the city; not a catalogued region's: "the province of Idlib" is
the catalogue's Idlib; nor a name the document also writes alone, one place then). A sea's, an
ocean's or a broad region's name before a unit word is a description ("a Gulf state", "an Arctic state"),
and a Country's ("the Turkish state") is the state itself: neither grows.

Of the required gold places the code of session 35 missed in thirty-three dev halves, thirteen (ten halves)
were such units it had named by the bare name ("X state" six times, "X province" or "province of X" six,
"district of X" once); where the writers name a unit by its bare name, the alias keeps the match.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc

from ..reference import ReferenceData
from .lexicon import lexicon
from .mention import Mention

_NOT_UNITS = frozenset({"ocean", "sea", "supra_region"})  # catalogue kinds whose name describes ("Gulf state")
# catalogue kinds that "<unit> of" does not turn into another place: a capital's district is the city ("the district
# of Dakar"), a catalogued region is the unit itself ("the province of Idlib" is the catalogue's Idlib)
_UNIT_KINDS = frozenset({"capital", "region"})


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    lex = lexicon()
    after = frozenset(lex["name_shape"]["region_suffixes"]) | frozenset(lex["admin_state_words"])
    return after, frozenset(lex["name_shape"]["region_suffixes"]) | frozenset(lex["admin_of_extra"])


def _unit_after(doc: Doc, m: Mention) -> bool:
    """Whether a lower-case unit word right after ``m`` heads the name ("São Paulo state,"), with no
    noun after it ("the Kursk region governor") and no new sentence between."""
    after, _ = _words()
    e = m.end
    if e >= len(doc) or not doc[e].is_lower or doc[e].lower_ not in after or doc[e].is_sent_start:
        return False
    return e + 1 >= len(doc) or doc[e + 1].pos_ not in {"NOUN", "PROPN", "ADJ"} or doc[e + 1].is_sent_start


def _unit_before(doc: Doc, m: Mention) -> bool:
    """Whether "<unit> of" stands right before ``m`` ("the province of Namur"), in the same sentence."""
    _, before = _words()
    s = m.start
    return s >= 2 and doc[s - 1].lower_ == "of" and doc[s - 2].is_lower and doc[s - 2].lower_ in before \
        and not doc[s].is_sent_start and not doc[s - 1].is_sent_start


def admin_places(doc: Doc, mentions: list[Mention], ref: ReferenceData,
                 make: Callable[[int, int], Mention]) -> list[Mention]:
    """``mentions`` with every Place mention written with its unit's word grown over it (``make(start,
    end)`` builds the unit's Place mention, with no catalogue entry: the catalogue's place is the city).

    >>> from graph.mentions import build_nlp
    >>> doc = build_nlp()("The plant is in the province of Namur, and a second one in Goiás state.")
    >>> sorted(m.text for m in doc._.mentions if m.label == "Place")
    ['Goiás state', 'Province of Namur']
    """
    out: list[Mention] = []
    bare = Counter(m.text for m in mentions if m.label == "Place")
    for m in mentions:
        if m.label != "Place" or m.demonym:
            out.append(m)
            continue
        entry = ref.get(m.ref_id) if m.ref_id else None
        kinds = {entry.props.get("kind")} if entry is not None else {e.props.get("kind") for e in ref.lookup(m.text, "Place")}
        if kinds & _NOT_UNITS:
            out.append(m)
        elif _unit_after(doc, m):
            out.append(make(m.start, m.end + 1))
        elif _unit_before(doc, m) and not kinds & _UNIT_KINDS and bare[m.text] == 1:
            # (not "the district of Dakar": a capital's district is the city; not "the province of Idlib":
            # the catalogue's entry is the province already (review36); not where the name also
            # stands alone: "the province of X" ... "fighting in X" is one place, the bare name)
            unit = make(m.start - 2, m.end)
            unit.text = unit.text[:1].upper() + unit.text[1:]  # "Province of Namur", a name
            out.append(unit)
        else:
            out.append(m)
    return out
