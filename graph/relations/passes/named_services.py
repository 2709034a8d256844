"""A state's platform in a sentence that names one of its armed services: the service operates it too.

Rules read a state as the holder of a platform from many shapes ("Thailand signed for four Gripen
fighters ... meant to bring a dozen of the jets to the Royal Thai Air Force", "India signed a contract for
K9 howitzers, doubling the Indian Army's fleet of the guns", "Singapore, which has ordered the F-35B for the
Republic of Singapore Air Force"). Where the same sentence names one armed service of that state (an army,
navy, air force, coast guard; not an office, not a unit below a service), annotators list the service as
the operator (ANNOTATION.md, "Stage and operator conventions": the service required where the text names
it as operator, optional where it is only named beside the platform). The service's OPERATES is added with
the state's stage and evidence; the state's own relation stays (optional beside a named operator, required
where the service is only named).

Not where the sentence tells the service's own fleet (it already operates another platform there: "the air
force relies on the Su-30MKI, but India has also bought the P-8I"), where it names two or more services of
the state (which one is not said), or where the service's branch does not fit the platform's category
(``operate.branch_categories``: an air force flies no ships); nor a body with no branch of its own (joint
armed forces, a parliament, the marines in a list of a deployment's parts). A navy fits an aircraft type whose name
says it flies from ships ("Rafale M": ``operate.naval_aircraft_words``), and its ship in the sentence (a carrier) is
no other fleet of its own. Not from a mention that only modifies a noun of the service's people or bodies ("the
Royal Moroccan Air Force band played", "an air force spokesman": ``operate.service_member_nouns``), nor from a
proper name that carries neither the state's name or adjective nor the service's own catalogued name (the
resolver may give a foreign "Royal Air Force" training the state's pilots to the state: review41 os11).
mendo41 moved no dev half (38 halves identical to int41x 8a634796).
Over the 38 dev halves (session 41, against int41): 18 required OPERATES more in 15 halves, 3 optional, 1 false.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ...entities import Entity
from ...mentions.mention import Mention
from ..lexicon import cues
from ..relation import Relation
from .own_forces import proper_named
from .service_twins import branch, service

RULE = "named-service"


def _branch(body: Entity) -> str | None:
    """A service's branch (``air``, ``sea``, ``land``), a coast guard's the sea's (``operate.sea_guards``)."""
    name = f" {body.name.lower()} "
    return branch(body) or ("sea" if any(f" {w} " in name for w in cues()["operate"]["sea_guards"]) else None)


def _fits(body: Entity, platform: Entity) -> bool:
    """Whether a service of one branch fits a platform's category; a category with no branch fits any branch.
    A body with no branch (joint armed forces, a guard's air wing, the marines, a parliament) fits none."""
    kind = _branch(body)
    wanted = cues()["operate"]["branch_categories"].get(platform.props.get("category") or "")
    return kind is not None and (wanted is None or kind == wanted or (kind == "sea" and _naval_aircraft(platform)))


def _words(text: str) -> str:
    """``text``'s lower-case letters and digits, every other run of characters one space, no space at the ends."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _naval_aircraft(platform: Entity) -> bool:
    """Whether an aircraft type is a navy's by its name (``operate.naval_aircraft_words``: "Rafale M").

    >>> _naval_aircraft(Entity("p", "Platform", "Rafale M", props={"category": "aircraft"}))
    True
    >>> _naval_aircraft(Entity("p", "Platform", "Rafale", props={"category": "aircraft"}))
    False
    """
    words = set(_words(platform.name).split())
    return platform.props.get("category") == "aircraft" and bool(words & set(cues()["operate"]["naval_aircraft_words"]))


def _ship(platform: Entity) -> bool:
    """Whether a platform is a ship: a navy's ship in the sentence of its naval jets ("for the navy's carrier
    Charles de Gaulle") is where they fly from, not another fleet of its own."""
    return platform.props.get("category") == "naval_vessel"


def _member(doc: Doc, m: Mention) -> bool:
    """Whether a service's mention only modifies a noun of its people or bodies (``operate.service_member_nouns``):
    "the Royal Moroccan Air Force band played", "the Air Force's chief said": not the service acting."""
    last = doc[m.end - 1]
    return last.dep_ in {"compound", "poss", "nmod"} and last.head.i >= m.end \
        and last.head.lemma_.lower() in cues()["operate"]["service_member_nouns"]


def _surfaces(entity: Entity | None) -> list[str]:
    """The catalogue's names of ``entity`` (name, aliases, demonyms), or its own name when it has no entry."""
    from ...reference import load_reference

    if entity is None:
        return []
    entry = load_reference().get(entity.ref_id) if entity.ref_id else None
    return [entity.name, *(entry.surfaces() if entry is not None else [])]


def _states_own(m: Mention, body: Entity, state: Entity | None) -> bool:
    """Whether a proper-named mention of ``body`` is the state's service by what it says: it carries the
    state's name or adjective ("the Indian Air Force", "Qatar's Emiri Air Force") or is the service's own
    catalogued name ("Luftwaffe"); not another state's service the resolver gave this state ("the Royal Air
    Force", training the state's pilots). A generic mention ("the air force", "The Navy") names no other state's."""
    if not proper_named(m.text):
        return True
    text = f" {_words(m.text)} "
    own = re.sub(r"^the ", "", _words(m.text))
    if any(own == _words(s) for s in _surfaces(body)):
        return True
    return any(f" {w} " in text for w in map(_words, _surfaces(state)) if w)


def _services_at(doc: Doc, entities: dict[str, Entity], start: int, end: int, state: str) -> set[str]:
    """The armed services of ``state`` named between the character offsets ``start`` and ``end``, by a
    mention that is the service acting and names it as that state's (:func:`_member`, :func:`_states_own`)."""
    return {m.entity for m in doc._.mentions
            if m.entity in entities and start <= m.start_char and m.end_char <= end
            and service(entities[m.entity]) and entities[m.entity].country == state
            and not _member(doc, m) and _states_own(m, entities[m.entity], entities.get(state))}


def named_services(relations: list[Relation], doc: Doc, entities: dict[str, Entity]) -> list[Relation]:
    """OPERATES of the one armed service a state's platform sentence names, beside the state's own."""
    held: dict[tuple[str, int | None], set[str]] = {}
    for r in relations:
        if r.type == "OPERATES":
            held.setdefault((r.source, r.evidence.get("start")), set()).add(r.target)
    have = {(r.source, r.target) for r in relations if r.type == "OPERATES"}
    out: list[Relation] = []
    for r in relations:
        if r.type != "OPERATES" or r.source not in entities or r.target not in entities:
            continue
        if entities[r.source].label != "Country" or entities[r.target].label != "Platform":
            continue
        start, end = r.evidence.get("start"), r.evidence.get("end")
        if start is None or end is None:
            continue
        bodies = _services_at(doc, entities, start, end, r.source)
        if len(bodies) != 1:
            continue
        body = next(iter(bodies))
        own = held.get((body, start), set())
        if own and not (_naval_aircraft(entities[r.target])
                        and all(t in entities and _ship(entities[t]) for t in own)):
            continue
        if (body, r.target) in have or not _fits(entities[body], entities[r.target]):
            continue
        have.add((body, r.target))
        out.append(Relation(body, "OPERATES", r.target, dict(r.evidence), r.confidence, RULE, dict(r.props),
                            r.said))
    return out
