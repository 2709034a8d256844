"""A catalogued chamber, committee or agency written with its state's name: "the US Senate", "the US Fifth Fleet",
"the Senate of the Czech Republic" (government_bodies_chambers.csv, government_bodies_agencies.csv: rows with a
``kind``).

The catalogue's long alias takes the whole span, so the state's words were no mention the sentence rules could see:
the state and its relations were lost ("The Senate of the Czech Republic voted to approve the purchase of 24 F-35
jets": no Czech Republic OPERATES F-35; "The US Fifth Fleet ... shot down Houthi drones": no United States
IN_CONFLICT_WITH Houthis; review42b). The mention is cut as the text was read before those rows: the state's words
(its name, a short name or its demonym, first; or "of [the] <state>" last) are a Country mention of the row's own
country, and the rest keeps the body's catalogue row ("Senate", "Fifth Fleet"). The older catalogues (services,
ministries: "the US Navy", "Ministry of Defence of X") are left as they were.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from ..reference import ReferenceData
from .mention import Mention

MakeMention = Callable[[int, int, str, "str | None", bool], Mention]

#: catalogue kinds of the rows whose written state is cut off (chambers, committees, agencies, components)
_KINDS = frozenset({"chamber", "committee", "agency", "component"})


def _state_words(doc: Doc, m: Mention, ref: ReferenceData) -> tuple[int, int, str, bool] | None:
    """(start, end, country id, whether a demonym) of the row's state named at the start or the end of ``m``."""
    entry = ref.get(m.ref_id)
    if entry is None or entry.props.get("kind") not in _KINDS:
        return None
    country = ref.find("Country", entry.props.get("country", ""))
    if country is None:
        return None
    names = [n for n in (country.name, *country.aliases) if n]
    span = doc[m.start:m.end]
    words = [t.text for t in span]
    for n in range(len(words) - 1, 0, -1):  # "US Senate", "United States Fifth Fleet", "Czech Senate"
        lead = " ".join(words[:n])
        if lead in names or n == 1 and lead in country.demonyms:
            return m.start, m.start + n, country.id, lead not in names
    for k, tok in enumerate(span[:-1]):  # "Senate of the Czech Republic"
        if tok.lower_ != "of" or k == 0:
            continue
        s = k + 1 + (span[k + 1].lower_ == "the" and k + 2 < len(span))
        if " ".join(words[s:]) in names:
            return m.start + s, m.end, country.id, False
    return None


def split_state_named(doc: Doc, mentions: list[Mention], ref: ReferenceData, make: MakeMention) -> list[Mention]:
    """``mentions`` with every catalogued chamber, committee or agency written with its state cut in two (see the
    module docstring)."""
    out: list[Mention] = []
    for m in mentions:
        found = _state_words(doc, m, ref) if m.label == "GovernmentBody" and m.ref_id else None
        if found is None:
            out.append(m)
            continue
        a, b, country_id, demonym = found
        state = make(a, b, "Country", country_id, demonym)
        if a == m.start:
            out += [state, make(b, m.end, m.label, m.ref_id, False)]
        else:
            cut = a - 1 - (doc[a - 1].lower_ == "the")  # before "of [the]"
            out += [make(m.start, cut, m.label, m.ref_id, False), state]
    return out
