"""A word of a catalogued platform's written or catalogued name standing alone ("the Millennium" after "Embraer
KC-390 Millennium", "the last Prowler" after "EA-6B Prowler"), which the NER took for a place, person,
organisation or event, or the catalogue for another type it names by that word alone ("the Broncos" after
"OV-10 Bronco", not the Bronco carrier the document never names in full): a short name of that platform.

Only a capitalised alphabetic word of four or more letters after the name's first word counts ("Rafale"
alone is the family of "Rafale M", not a short name of it), that names no catalogued entry of
another label ("Ningbo" stays the city), that is no word of a person's name in the document
("Kuznetsov" after "Admiral Kuznetsov"), no generic word of a designation ("Block", "Class") and that
belongs to one catalogued platform of the document only.
"""
from __future__ import annotations

import re

from ..ids import fold
from ..mentions import Mention
from ..reference.loader import RefEntity, ReferenceData

_TAKEN_FOR = frozenset({"Place", "Person", "Organization", "Company", "Event"})
_WORD = re.compile(r"^[A-Z][a-z]{3,}$")
_ROMAN = re.compile(r"^(?:[IVX]+)s?$")  # a mark number after a popular name ("Phantom II", "Phantom IIs")
# words of designations that name no one type ("F-16 Block 70", "Type 26 class", "Leopard 2 tank")
_GENERIC = frozenset({
    "block", "class", "type", "model", "series", "version", "variant", "mark", "tank", "tanks", "system",
    "systems", "missile", "missiles", "radar", "drone", "drones", "aircraft", "fighter", "helicopter",
    "vehicle", "vehicles", "frigate", "destroyer", "submarine", "corvette", "carrier", "launcher", "howitzer",
    "super", "advanced", "light", "heavy", "medium", "combat", "strike", "attack", "multirole", "transport",
    "tanker", "trainer", "patrol", "maritime", "naval", "army", "navy", "force", "defence", "defense", "air",
    "ground", "land", "space", "joint", "royal", "national", "republic", "new", "next", "generation", "plus",
})


def _word(text: str) -> str | None:
    """The one word of ``text`` without a leading article or a plural "s" ("the Prowlers" -> "Prowler")."""
    words = text.split()
    if len(words) == 2 and words[0].lower() == "the":
        words = words[1:]
    if len(words) != 1:
        return None
    word = words[0]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 5 else word


def _written_out(text: str) -> bool:
    """A designation or a several-word name ("OV-10", "Bronco ATTC"), not a lone word ("Broncos")."""
    return " " in text or any(c.isdigit() for c in text)


def _variant_of(entry: RefEntity, family: RefEntity | None) -> bool:
    """``entry`` is named as a variant of ``family`` ("Rafale M" of "Rafale"): the family's name alone is
    the family, not a short name of the variant."""
    return family is not None and any(fold(s).startswith(fold(family.name)) for s in entry.surfaces())


def platform_words(mentions: list[Mention], ref: ReferenceData) -> None:
    """Relabel, in place, the mentions that are a lone word of a catalogued platform's written name."""
    people = {w for m in mentions if m.label == "Person" and " " in m.text for w in m.text.split()}
    owners: dict[str, set[str]] = {}
    for ref_id in {m.ref_id for m in mentions if m.label == "Platform" and m.ref_id}:
        entry = ref.get(ref_id)
        written = {m.text for m in mentions if m.ref_id == ref_id}
        for surface in {*written, *(entry.surfaces() if entry else ())}:
            for w in surface.split()[1:]:  # not the first word: "Rafale" of "Rafale M" is the family
                if _WORD.match(w) and w.lower() not in _GENERIC:
                    owners.setdefault(w, set()).add(ref_id)
    if not owners:
        return
    full = {m.ref_id for m in mentions if m.label == "Platform" and m.ref_id and _written_out(m.text)}
    for m in mentions:
        if m.label == "Platform" and m.ref_id and m.ref_id not in full:
            pass  # a lone word the catalogue gives another type ("Bronco" after "OV-10 Bronco")
        elif m.label not in _TAKEN_FOR or m.ref_id:
            continue
        word = _word(m.text)
        ids = owners.get(word or "", set()) - {m.ref_id}
        if len(ids) != 1 or word in people or any(e.label != "Platform" for e in ref.lookup(word)) \
                or m.label == "Platform" and not ids <= full:
            continue
        entry = ref.get(next(iter(ids)))
        if entry is None or m.label == "Platform" and _variant_of(entry, ref.get(m.ref_id)):
            continue
        m.label, m.ref_id, m.category = "Platform", entry.id, entry.props.get("category")


def _popular_names(mentions: list[Mention]) -> dict[str, set[str]]:
    """Word -> catalogue ids of the platforms whose written name gives it as a popular name after a
    designation: "Phantom" of "F-4 Phantom IIs", "Poseidon" of "Boeing P-8A Poseidon", "Thunder" of "K9 Thunder".
    The word must end the name (bar a mark number: "Phantom II"): the first word of a two-word name
    ("Fighting" of "F-16 Fighting Falcon", "Global" of "RQ-4 Global Hawk") is an ordinary word elsewhere."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        if m.label != "Platform" or not m.ref_id:
            continue
        words = m.text.split()
        for k in range(1, len(words)):
            w = words[k]
            ends = all(_ROMAN.match(x) or any(c.isdigit() for c in x) for x in words[k + 1:])
            if any(c.isdigit() for c in words[k - 1]) and ends and _WORD.match(w) and w.lower() not in _GENERIC:
                out.setdefault(w, set()).add(m.ref_id)
    return out


def lone_popular_names(doc, mentions: list[Mention], ref: ReferenceData) -> list[Mention]:
    """New Platform mentions for a platform's popular name standing alone where no mention covers it ("Japan
    ordered the Phantom from the United States", "the wing's Phantoms" after "F-4 Phantom IIs"; "five
    Poseidons" after "Boeing P-8A Poseidon"): the word a written name puts after its designation, capitalised,
    belonging to one platform of the document only, naming no catalogued entry of another label and no word
    of a person's name, and standing alone (no capitalised word joined to it: not "Phantom Works")."""
    names = _popular_names(mentions)
    if not names:
        return []
    covered = {i for m in mentions for i in range(m.start, m.end)}
    people = {w for m in mentions if m.label == "Person" for w in m.text.split()}
    out: list[Mention] = []
    for t in doc:
        if t.i in covered or t.pos_ not in {"PROPN", "NOUN"}:
            continue
        word = _word(t.text)
        ids = names.get(word or "", set())
        if len(ids) != 1 or word in people or any(e.label != "Platform" for e in ref.lookup(word)):
            continue
        before = doc[t.i - 1] if t.i > t.sent.start else None
        after = doc[t.i + 1] if t.i + 1 < t.sent.end else None
        if before is not None and before.pos_ == "PROPN" and before.i not in covered or \
                after is not None and (after.text[:1].isupper() or after.text[:1].isdigit() or after.text == "-"):
            continue  # part of a longer name ("Boeing Phantom Works", "Phantom 2")
        entry = ref.get(next(iter(ids)))
        if entry is None:
            continue
        out.append(Mention(t.i, t.i + 1, t.idx, t.idx + len(t.text), t.text, "Platform", "coref", entry.id,
                           entry.props.get("category")))
    return out
