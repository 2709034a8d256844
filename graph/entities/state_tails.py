"""A body named once with its state and once without is one body: "the Japan Self-Defense Forces ... members
of the Self-Defense Forces", "the Swedish Defence Materiel Administration ... the Defence Materiel
Administration". The short name is the tail of exactly one body of the article whose name (or alias) puts a
state before it ("Japan", "Swedish") or after it ("... of Japan"); the dev gold keeps such tails as aliases of
the full name. A tail of two bodies ("Navy" beside "Indian Navy" and "Pakistan Navy") stays apart, and a tail
of generic words only ("Armed Forces", "Ministry of Defence") is left to the bare-body rules.
"""
from __future__ import annotations

from collections.abc import Callable

from .entity import Entity

_LABELS = {"GovernmentBody", "Organization"}


def _state_forms(name: str, tail: str, is_state: Callable[[str], bool]) -> bool:
    """Whether ``name`` is ``tail`` with a state before ("Japan Self-Defense Forces") or after it ("... of Japan")."""
    if name.endswith(" " + tail):
        head = name[:-len(tail) - 1].removeprefix("the ").strip()
        return bool(head) and is_state(head)
    if name.startswith(tail + " of "):
        return is_state(name[len(tail) + 4:].removeprefix("the ").strip())
    return False


def state_tails(entities: dict[str, Entity], is_state: Callable[[str], bool], generic: set[str]) -> None:
    """Merge an uncatalogued body named by the tail of one state-named body of the article into it."""
    bodies = [e for e in entities.values() if e.label in _LABELS]
    for short in bodies:
        words = short.name.lower().replace("-", " ").split()
        if short.ref_id or short.id not in entities or len(words) < 2 or not short.name[:1].isupper() \
                or all(w in generic for w in words):
            continue
        owners = [e for e in bodies if e is not short and e.id in entities
                  and any(_state_forms(n, short.name, is_state) for n in {e.name, *e.aliases})]
        if len(owners) != 1:
            continue
        full = owners[0]
        for m in short.mentions:
            m.label = full.label
            full.add(m)
        full.aliases |= short.aliases | {short.name}
        del entities[short.id]
