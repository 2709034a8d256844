"""A state's OPERATES carried to the one armed service of that state the article names for the platform's
branch: "Thailand flies Northrop F-5Es" in an article that names the Royal Thai Air Force gives the air
force's ``in_service`` too; "Australia retired its Taipans" with the Australian Army named, the army's.

ANNOTATION.md ("Stage and operator conventions") lists the named service as the operator (required) and its
state at most optional; where the service is not named as operator it is optional. Either way the
service's twin of the state's relation states no new fact, so it is added where the article names exactly
one service of the state for the platform's branch (``operate.branch_categories``: a jet to an air force,
a ship to a navy, a tank or a gun to an army; the service's branch from the words of its name,
``operate.service_branches``). Helicopters, drones, missiles and air defence belong to several branches
and are left alone, as is a state whose article names two services of the branch. Use, retirement and
arriving goods pass anywhere (``operate.service_stages``); a purchase only where the service is named in
the same sentence or the fact is in the article's lead (``operate.service_deal_stages``): a deal in the
background is the state's. Plans, talks, handovers of old stock and cancellations stay the state's.
"""
from __future__ import annotations

from ...entities import Entity
from ..lexicon import cues
from ..relation import Relation
from .service_twins import service

LEAD_PARAGRAPHS = 2  # the title and the first paragraph


def branch(entity: Entity) -> str | None:
    """The branch (``air``, ``sea``, ``land``) of an armed service from the words of its name.

    >>> branch(Entity("b", "GovernmentBody", "Royal Thai Air Force"))
    'air'
    >>> branch(Entity("b", "GovernmentBody", "Coast Guard")) is None
    True
    """
    name = f" {entity.name.lower()} "
    for kind, words in cues()["operate"]["service_branches"].items():
        if any(f" {w} " in name for w in words):
            return kind
    return None


def _services(entities: dict[str, Entity]) -> dict[tuple[str, str], list[Entity]]:
    """The article's armed services by (state, branch)."""
    out: dict[tuple[str, str], list[Entity]] = {}
    for e in entities.values():
        kind = branch(e) if service(e) else None
        if kind is not None:
            out.setdefault((e.country, kind), []).append(e)
    return out


def _paragraph(text: str, at: int) -> int:
    """The index of the paragraph (a run of text between line breaks) holding character ``at``."""
    return sum(1 for line in text[:at].split("\n")[:-1] if line.strip())


def _named_near(body: Entity, r: Relation, text: str) -> bool:
    """Whether ``body`` is named in the sentence of ``r``'s evidence, or that evidence is in the lead."""
    start, end = r.evidence.get("start"), r.evidence.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return False
    return _paragraph(text, start) < LEAD_PARAGRAPHS or any(start <= m.start_char < end for m in body.mentions)


def state_services(relations: list[Relation], entities: dict[str, Entity], text: str) -> list[Relation]:
    """Each state OPERATES of a platform of a one-branch category, made again from the state's one named
    service of that branch (same evidence, stage and rule), unless the service holds the platform already."""
    lex = cues()["operate"]
    services = _services(entities)
    held = {(r.source, r.target) for r in relations if r.type == "OPERATES"}
    out: list[Relation] = []
    for r in relations:
        state, platform = entities.get(r.source), entities.get(r.target)
        if r.type != "OPERATES" or state is None or platform is None or state.label != "Country":
            continue
        stage = r.props.get("stage")
        kind = lex["branch_categories"].get(platform.props.get("category", ""))
        found = services.get((state.id, kind), []) if kind else []
        if len(found) != 1 or (found[0].id, r.target) in held:
            continue
        if stage not in lex["service_stages"] and not (
                stage in lex["service_deal_stages"] and _named_near(found[0], r, text)):
            continue
        held.add((found[0].id, r.target))
        out.append(Relation(found[0].id, "OPERATES", r.target, dict(r.evidence), r.confidence, "state-service",
                            dict(r.props), r.said))
    return out
