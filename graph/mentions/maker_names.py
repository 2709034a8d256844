"""A maker's name printed before a catalogued model ("the Dassault Rafale M", "Airbus C295 transports",
"the Lockheed Martin F-16 Block 70") names the firm as well as the type.

The catalogue lists such forms as aliases of the platform, so the phrase matcher reads the whole run as
one platform and the firm, though the text names it, is no mention. :func:`maker_names` splits the run:
a firm mention for the maker's words and a platform mention for the rest, when the words before the
model are a catalogued company that the catalogue lists among the platform's makers. Three prefixes are
part of the type's name and stay whole: a design bureau's name before a designation that opens with the
bureau's letters ("Sukhoi Su-30", "Antonov An-124", "Ilyushin Il-76", as in
``component._maker_prefixes``), a maker's initials ("HAL Dhruv", "BAE Hawk") and the name of a firm
that later merged into the maker ("Northrop F-5", "Lockheed C-130").

>>> from graph.reference import load_reference
>>> ref = load_reference()
>>> [ref.get(i).name for i in makers_of(ref, ref.find("Platform", "Rafale M").id)]
['Dassault Aviation']
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from ..reference import ReferenceData
from .mention import Mention

Make = Callable[..., Mention]  # (span, label, source, ref_id, category) -> Mention


def makers_of(ref: ReferenceData, platform_id: str) -> set[str]:
    """The ids of the catalogued companies the catalogue lists as the platform's makers."""
    entry = ref.get(platform_id)
    if entry is None:
        return set()
    return {c.id for name in entry.makers for c in ref.lookup(name, "Company")}


_FIRM_WORDS = frozenset({"aviation", "aerospace", "aeronautics", "systems", "group", "company", "corporation",
                         "industries", "defence", "defense", "technologies", "holdings", "ab", "ag", "sa", "se",
                         "inc", "inc.", "ltd", "limited", "plc", "gmbh", "s.p.a."})


def _predecessor(prefix: str, company: str) -> bool:
    """Whether ``prefix`` is the name of a firm that merged into ``company``: the company's name goes on
    with another proper name, not a firm word ("Northrop" of "Northrop Grumman", "Lockheed" of
    "Lockheed Martin"; not "Dassault" of "Dassault Aviation"). A type built before the merger bears the
    old firm's name as part of its own ("the Northrop F-5", "the Lockheed C-130").

    >>> _predecessor("Northrop", "Northrop Grumman"), _predecessor("Dassault", "Dassault Aviation")
    (True, False)
    """
    words, head = company.split(), prefix.split()
    return len(words) > len(head) and words[:len(head)] == head and words[len(head)].casefold() not in _FIRM_WORDS


def _maker_end(doc: Doc, m: Mention, ref: ReferenceData) -> tuple[int, str] | None:
    """(end token, company id) of the longest maker's name that opens platform mention ``m``."""
    makers = makers_of(ref, m.ref_id) if m.ref_id else set()
    if not makers:
        return None
    for cut in range(m.end - 1, m.start, -1):
        company = next((c for c in ref.lookup(doc[m.start:cut].text, "Company") if c.id in makers), None)
        if company is None:
            continue
        rest, prefix = doc[cut:m.end].text, doc[m.start:cut].text
        if rest[:2].casefold() == prefix[:2].casefold() or not rest[:1].isalnum():
            return None  # "Sukhoi Su-30", "Ilyushin Il-76": the bureau's letters, one name
        if prefix.isupper() or _predecessor(prefix, company.name):
            return None  # "HAL Dhruv", "BAE Hawk"; "Northrop F-5", "Lockheed C-130": part of the type's name
        return cut, company.id
    return None


def maker_names(doc: Doc, mentions: list[Mention], ref: ReferenceData, make: Make) -> list[Mention]:
    """``mentions`` with each catalogued platform that opens with one of its makers' names split into
    the maker's Company mention and the model's Platform mention."""
    out: list[Mention] = []
    for m in mentions:
        found = _maker_end(doc, m, ref) if m.label == "Platform" else None
        if found is None:
            out.append(m)
            continue
        cut, company_id = found
        out.append(make(Span(doc, m.start, cut), "Company", "reference", company_id))
        out.append(make(Span(doc, cut, m.end), "Platform", m.source, m.ref_id, m.category))
    return out
