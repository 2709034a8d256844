"""A company named by its owner's full name and more words ("Airbus Defence and Space", "Boeing
Israel", "Embraer Defense & Security", "KNDS France") is a division or subsidiary of that owner when
the article names the owner too and the owner is a catalogued firm (reference data): PART_OF, whoever the article is about. A name whose extra words only
say the company's legal form or that it holds others ("X ASA", "X Holdings", "X Group") names a
parent or the same firm, not a part (the words are data: ``cues.yaml`` ``parts.not_part_words``)."""
from __future__ import annotations

from collections.abc import Iterator

from ..lexicon import cues
from ..relation import Relation
from .common import DocFacts, rel

_MIN_OWNER = 3  # characters: a shorter owner name is an initialism that can open unrelated names
_MIN_OWNER_SENTENCES = 2  # an owner named once in passing is no firm the article is about


def _sentences(doc, entity) -> set[int]:
    """The sentences that name ``entity`` in its own words (no pronoun or description standing for it)."""
    return {doc[m.start].sent.start for m in entity.mentions if m.source != "coref"}


def _cut(doc, child) -> bool:
    """Whether every mention of the part goes on with "and" and a capitalised word: a name cut short
    ("Airbus India and South Asia" read as "Airbus India")."""
    def goes_on(m) -> bool:
        return m.end + 1 < len(doc) and doc[m.end].lower_ == "and" and doc[m.end + 1].text[:1].isupper()
    return bool(child.mentions) and all(goes_on(m) for m in child.mentions)


def _owner_of(name: str, owners: dict[str, str], not_part: set[str]) -> str | None:
    """The id of the longest company name that opens ``name`` and leaves words that name a part."""
    best: tuple[int, str] | None = None
    for owner_name, owner_id in owners.items():
        if len(owner_name) < _MIN_OWNER or not name.startswith(owner_name + " "):
            continue
        rest = [w.strip(".,()").lower() for w in name[len(owner_name):].split()]
        if not rest or all(w in not_part for w in rest):
            continue
        if best is None or len(owner_name) > best[0]:
            best = (len(owner_name), owner_id)
    return best[1] if best else None


def _venture(child, owner: str, names: list[str]) -> bool:
    """Whether the part is a joint venture or another group's firm: its catalogued owners (reference data)
    are two or more or not ``owner``, or its name goes on with another company's name ("Leonardo
    Rheinmetall Military Vehicles")."""
    from ...reference import load_reference
    from ...reference.offices import load_owners

    entry = load_reference().get(child.ref_id) if child.ref_id else None
    listed = load_owners().get(entry.name if entry is not None else child.name, [])
    if listed and listed != [owner]:
        return True
    rest = f" {child.name[len(owner):].strip()} "
    return any(f" {n} " in rest for n in names if n not in (owner, child.name))


def named_parents(doc, facts: DocFacts, doc_id: str) -> Iterator[Relation]:
    """PART_OF from a company to the catalogued company whose whole name opens its own, both named in
    the article; the evidence is the first sentence naming both, else the first naming the part."""
    from ..context import SentenceContext

    not_part = set(cues()["parts"]["not_part_words"])
    companies = [e for e in facts.entities.values() if e.label == "Company" and e.mentions]
    owners = {e.name: e.id for e in companies if e.ref_id}  # a catalogued group, not a name cut from a longer one
    mentions = [m for m in doc._.mentions if m.entity]
    names = [e.name for e in companies]
    for child in companies:
        owner_id = _owner_of(child.name, owners, not_part)
        if owner_id is None or owner_id == child.id or _venture(child, facts.entities[owner_id].name, names):
            continue
        if _cut(doc, child) or len(_sentences(doc, facts.entities[owner_id])) < _MIN_OWNER_SENTENCES:
            continue
        owner_sents = {doc[m.start].sent.start for m in facts.entities[owner_id].mentions}
        named = sorted(child.mentions, key=lambda m: m.start)
        shared = [m for m in named if doc[m.start].sent.start in owner_sents]
        first = (shared or named)[0]
        ctx = SentenceContext(doc[first.start].sent, mentions, facts.entities, doc_id)
        yield rel(ctx, child.id, "PART_OF", owner_id, 0.65, "part-of-named-parent")
