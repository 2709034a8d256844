"""A maker supplying a state's armed service: the service is the buyer, not the state as well.

Rules let a government body stand for its state ("the air force ordered 83 jets from HAL" gives HAL's
SUPPLIES to the air force and to India). Where the seller is a company of that same state and the
sentence names one of the state's armed services as the buyer, annotators list the service only
(ANNOTATION.md, "A company supplying its own state's forces": SUPPLIES company -> that body, the state
only when no body is named). The state's relation from that sentence is dropped; one the state has
from any other sentence stays.

A foreign firm's sale goes the same way where the sentence names the service by its own proper name
("the Royal Norland Navy ordered two submarines from Kestrel Yards", "jets ordered by the RNAF"): the
named buyer is the recipient, and the state from that sentence only repeats it (pooled over the 31 dev
halves such a state twin was 6 false, 1 true). A service written generically ("the navy signed with
...", "Norland's air force") stays beside its state: there annotators list the state as often as the
service (5 false, 4 true). A state seller's buyer is its state already (:mod:`.state_buyers`).
"""
from __future__ import annotations

from ...entities import Entity
from ...ids import make_id
from ..relation import Relation
from .service_twins import service


def company_home(entity: Entity, relations: list[Relation]) -> set[str]:
    """The ids of the countries a company is based in: its catalogue entry's country and the BASED_IN
    relations the article gives it."""
    from ...reference import load_reference

    homes = {r.target for r in relations if r.type == "BASED_IN" and r.source == entity.id}
    entry = load_reference().get(entity.ref_id)
    if entry is not None and entry.props.get("country"):
        homes.add(make_id("Country", entry.props["country"]))
    return homes


def proper_named(text: str) -> bool:
    """Whether a service's mention is its own name: two or more words ending in a capitalised one ("the
    Indian Air Force", "Royal Thai Navy") or an acronym ("RAAF"); not a generic service word, even one written
    with a capital ("the navy", "Norland's air force", "the Army").

    >>> proper_named("the Royal Thai Navy"), proper_named("RAAF"), proper_named("Qatar's air force")
    (True, True, False)
    >>> proper_named("The Army")
    False
    """
    words = [w for w in text.replace("'s", " ").split() if w[:1].isalpha() and w.lower() not in {"the", "its"}]
    if not words or not words[-1][0].isupper():
        return False
    return len(words) > 1 or (len(words[0]) > 1 and words[0].isupper())


def _named_in(entity: Entity, start: int | None, end: int | None) -> bool:
    """Whether ``entity`` has a proper-named mention inside the sentence ``[start, end)``."""
    if start is None or end is None:
        return False
    return any(start <= m.start_char < end and proper_named(m.text) for m in entity.mentions)


def drop_home_states(relations: list[Relation], entities: dict[str, Entity]) -> list[Relation]:
    """``relations`` less each SUPPLIES from a company to a state where the same sentence has the company
    supplying one of that state's armed services: the company's own state, or any state whose service
    the sentence names by its proper name."""
    served: dict[tuple[str, str | None, object], bool] = {}
    for r in relations:
        if r.type == "SUPPLIES" and entities[r.source].label == "Company" and service(entities[r.target]):
            key = (r.source, entities[r.target].country, r.evidence.get("start"))
            named = _named_in(entities[r.target], r.evidence.get("start"), r.evidence.get("end"))
            served[key] = served.get(key, False) or named
    if not served:
        return relations
    homes: dict[str, set[str]] = {}

    def home_state(r: Relation) -> bool:
        if r.type != "SUPPLIES" or entities[r.source].label != "Company" or entities[r.target].label != "Country":
            return False
        named = served.get((r.source, r.target, r.evidence.get("start")))
        if named is None:
            return False
        if named:
            return True
        if r.source not in homes:
            homes[r.source] = company_home(entities[r.source], relations)
        return r.target in homes[r.source]

    return [r for r in relations if not home_state(r)]
