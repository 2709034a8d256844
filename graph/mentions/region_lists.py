"""Regions named in a list before one plural region noun: "the Donetsk and Luhansk regions",
"Kherson and Zaporizhzhia oblasts", "the Murmansk, Irkutsk and Amur regions". Each name is one region
(not the city of that name, nor one place "Donetsk and Luhansk"): the catalogued region "X region" or
"X Oblast" names, else "X Oblast" where the list's noun is "oblasts" or the document writes its regions
as oblasts; a list whose names no catalogue knows as regions is left as it was (plural nouns and
region heads are data: ``region_list_heads`` and ``region_name_heads`` in ``lexicon.yaml``).
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from ..reference import ReferenceData
from .layout import doc_text
from .lexicon import lexicon
from .mention import Mention
from .words import lowers

_SEPARATORS = {",", "and", "or", "&"}
_NOT_MEMBERS = {"Country", "Person", "Platform", "Event"}


def _members(doc: Doc, head: int) -> list[tuple[int, int]]:
    """The ``(start, end)`` token spans of the capitalised names listed right before ``head``."""
    out: list[tuple[int, int]] = []
    i = head
    while i > 0:
        end = i
        while i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha and not doc[i - 1].is_sent_start:
            i -= 1
        if i == end:
            break
        out.append((i, end))
        if i == 0 or doc[i - 1].lower_ not in _SEPARATORS:
            break
        i -= 1
        if doc[i].text == "," and i > 0 and doc[i - 1].lower_ in {"and", "or"}:
            i -= 1
    return out[::-1]


def _region_name(ref: ReferenceData, name: str, singular: str, oblasts: bool) -> tuple[str, str | None] | None:
    """(text, catalogue id) of the region ``name`` names, or ``None``; a name the catalogue knows as
    anything but a city or a region ("the Asia and Pacific regions") names no region of a list."""
    for form in (f"{name} {singular}", *(f"{name} {h}" for h in lexicon()["region_name_heads"])):
        entry = ref.find("Place", form)
        if entry is not None and entry.props.get("kind") != "city":
            return form, entry.id
    if any(e.label != "Place" or e.props.get("kind") not in {"city", "region", None} for e in ref.lookup(name)):
        return None
    return (f"{name} Oblast", None) if oblasts else None


def region_lists(doc: Doc, mentions: list[Mention], ref: ReferenceData,
                 make: Callable[[int, int, str, str | None], Mention]) -> list[Mention]:
    """``mentions`` with each listed region one Place mention named as a region (``make(start, end, text,
    ref_id)`` builds one)."""
    heads = lexicon()["region_list_heads"]
    oblast_doc = "oblast" in doc_text(doc).casefold()
    for i, lower in enumerate(lowers(doc)):  # (the heads looked up without a Token per word)
        singular = heads.get(lower)
        if singular is None or i == 0:
            continue
        members = _members(doc, i)
        if len(members) < 2:
            continue
        s, e = members[0][0], members[-1][1]
        inside = [m for m in mentions if m.start < e and s < m.end]
        if any(m.label in _NOT_MEMBERS and (m.start, m.end) in members for m in inside) \
                or any(m.start < s or m.end > i for m in inside):
            continue  # "the Russian and Ukrainian regions", or a longer name reaching over the list
        oblasts = singular == "oblast" or singular == "region" and oblast_doc
        named = [_region_name(ref, doc[a:b].text, singular, oblasts) for a, b in members]
        if not all(named):
            continue
        mentions = [m for m in mentions if not (m.start < e and s < m.end)]
        mentions += [make(a, b, text, ref_id) for (a, b), (text, ref_id) in zip(members, named, strict=True)]
    return sorted(mentions, key=lambda m: m.start)
