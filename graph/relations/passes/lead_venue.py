"""One venue per event: the place an article's lead gives an event yields to a place another rule gave it; an
occasion held at a venue or in a town is not also held in the region around it."""
from __future__ import annotations

from ...entities import Entity
from ..lexicon import cues
from ..relation import Relation

# rules whose place leaves the lead's venue standing: the lead's own, and an exercise's training sites
# (an exercise is spread over several)
_NOT_PLACING = {"held-in-lead", "held-in-exercise-site"}
_LEAD = "held-in-lead"


def _placing(rule: str) -> bool:
    """Whether a HELD_IN of ``rule`` places its event elsewhere than the lead: not one of ``_NOT_PLACING``,
    nor the town such a rule's venue lies in (``held-in-lead-town``, ``held-in-lead-within``).

    >>> _placing("held-in-lead-within"), _placing("held-in-lead"), _placing("held-where-drilled")
    (False, False, True)
    """
    return not any(rule == r or rule.startswith(r + "-") for r in _NOT_PLACING)


def _installation(place: Entity) -> bool:
    """Whether a place's name ends in an installation's noun ("X Air Base", "Y Naval Air Station",
    ``event_place.facility_nouns``): a venue in a town, not a town or a region.

    >>> _installation(Entity("p:1", "Place", "Vogler Air Base")), _installation(Entity("p:2", "Place", "Riau"))
    (True, False)
    """
    words = place.name.lower().split()
    return bool(words) and words[-1] in cues()["event_place"]["facility_nouns"]


def placed_once(relations: list[Relation], entities: dict[str, Entity]) -> list[Relation]:
    """A lead's venue yields to a place another rule gave the same event (``held-in-lead``); not to the town
    its own installation lies in ("at the X naval base in Y": held at the base and in Y)."""
    held = [r for r in relations if r.type == "HELD_IN" and entities[r.target].label == "Place"]
    placed = {r.source for r in held if _placing(r.rule)}
    by_town = {r.source for r in held if not _placing(r.rule) and r.rule.startswith(_LEAD + "-")}

    def yields(r: Relation) -> bool:
        return r.source in placed or r.source in by_town and not _installation(entities[r.target])

    return [r for r in relations if not (r.rule == _LEAD and yields(r))]


# kinds of event held at one spot (a ceremony, a parade, a show, a summit, a visit), unlike an exercise or a war
# spread over a region
_POINT_KINDS = frozenset({"ceremony", "parade", "fair", "summit", "visit"})


def _region(place: Entity) -> bool:
    """Whether a place is a region (the catalogue's kind, or a region noun closing its name: "Attock District")."""
    last = place.name.lower().split()[-1] if place.name else ""
    return place.props.get("kind") == "region" or last in cues()["event_place"]["region_nouns"]


# catalogue kinds (places.csv, the gazetteer) of a place that is no town or venue: a region's own kinds and waters,
# and wider areas ("on the shores of the Black Sea in X")
_NOT_SITES = frozenset({"region", "supra_region", "sea", "ocean", "gulf", "strait"})


def _site(place: Entity) -> bool:
    """Whether a place is a town or a venue that pushes out the region an occasion is also placed in: not a region
    (:func:`_region`), nor a catalogued place of a kind that is no town or venue (``_NOT_SITES``).

    >>> _site(Entity("p:1", "Place", "Black Sea", props={"kind": "sea"})), _site(Entity("p:2", "Place", "Kubinka"))
    (False, True)
    """
    return not _region(place) and place.props.get("kind") not in _NOT_SITES


def no_region_beside_venue(relations: list[Relation], entities: dict[str, Entity]) -> list[Relation]:
    """An occasion of a point kind (``_POINT_KINDS``) held in a town or at a venue (:func:`_site`) is not also held
    in a region ("a ceremony at X air base in Y province": at X, not in Y; not "on the shores of the Z Sea in Y"). Of the dev gold's such occasions with a town or
    venue, none has a required region (8 optional, 0 required over forty halves)."""
    from ..families.events import event_kind

    held = [r for r in relations if r.type == "HELD_IN" and r.target in entities and entities[r.target].label == "Place"]
    sited = {r.source for r in held if _site(entities[r.target])}
    ids = {id(r) for r in held}

    def drop(r: Relation) -> bool:
        return id(r) in ids and r.source in sited and _region(entities[r.target]) \
            and event_kind(entities[r.source]) in _POINT_KINDS

    return [r for r in relations if not drop(r)]
