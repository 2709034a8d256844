"""A firm named in full and then by a shorter name within one document is one entity:

* "Hanwha Aerospace" ... "Hanwha", "RADA Electronic Industries" ... "RADA": the short name is the
  full name's first words and the words it drops are a firm's tails (``short_name_tails`` in
  ``lexicon.yaml``: Aerospace, Systems, Group, AG...);
* "Leonardo DRS" ... "DRS": the short name is the full name's last words and the words it drops
  name another firm of the document (the parent).

Only a short name no catalogue knows is folded, whatever label the NER gave it (a firm's acronym
read as a place); when several firms fit, a "X Group" wins ("Tata" beside "Tata Group" and "Tata
Advanced Systems") and otherwise nothing is folded.
"""
from __future__ import annotations

from functools import lru_cache

from ..mentions.lexicon import lexicon
from .entity import Entity

_SHORT = frozenset({"Company", "Organization", "Place"})  # labels a firm's short name is given


@lru_cache(maxsize=1)
def _tails() -> frozenset[str]:
    return frozenset(w.casefold() for w in lexicon()["short_name_tails"])


def _fits(short: list[str], full: list[str], firms: set[str]) -> bool:
    """Whether ``short`` names the firm ``full`` (word lists)."""
    n = len(short)
    if n >= len(full):
        return False
    if full[:n] == short:
        return all(w.casefold() in _tails() for w in full[n:])
    return full[-n:] == short and " ".join(full[:-n]).casefold() in firms


def fold_short_firms(entities: dict[str, Entity]) -> None:
    """Merge each uncatalogued short firm name into the one firm of ``entities`` it shortens (in place)."""
    firms = [e for e in entities.values() if e.label == "Company"]
    names = {e.name.casefold() for e in firms} | {a.casefold() for e in firms for a in e.aliases}
    went: dict[str, Entity] = {}  # a folded firm -> the firm it went into ("Colt CZ" -> "Colt CZ Group")
    for key, entity in list(entities.items()):
        if entity.ref_id or entity.label not in _SHORT or not entity.name[:1].isupper():
            continue
        words = entity.name.split()
        if words[-1].casefold() in _tails():
            continue
        fits = [f for f in firms if f is not entity and _fits(words, f.name.split(), names)]
        if len(fits) > 1:
            fits = [f for f in fits if f.name.split()[-1] == "Group"]
        if len(fits) != 1:
            continue
        full = fits[0]
        while full.id in went:  # its full name was folded into a longer one already: follow it there
            full = went[full.id]
        if full is entity:
            continue
        for mention in entity.mentions:
            mention.label = full.label
            full.add(mention)
        went[key] = full
        del entities[key]
