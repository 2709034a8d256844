"""The ontology of ``ONTOLOGY.md`` in code: labels, relationship types, endpoint rules.

Nothing outside it enters the graph: :func:`validate_node` and :func:`validate_edge`
are called on every write to the store.

>>> validate_edge("Country", "MEMBER_OF", "Alliance", {"confidence": 0.9,
...     "evidence": [{"doc": "d", "sentence": "s", "start": 0, "end": 1}]})
>>> allowed("Platform", "LEADS", "Country")
False
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .errors import OntologyError

LABELS: tuple[str, ...] = (
    "Country", "Alliance", "Company", "GovernmentBody", "Organization",
    "Person", "Platform", "Event", "Place", "Document",
)
ENTITY_LABELS = tuple(label for label in LABELS if label != "Document")
ACTORS = frozenset({"Country", "Alliance", "Company", "GovernmentBody", "Organization", "Person"})

PLATFORM_CATEGORIES: tuple[str, ...] = (
    "air_defense", "armored_vehicle", "aircraft", "helicopter", "uav", "naval_vessel",
    "unmanned_surface_vessel", "ground_robot", "missile", "artillery", "other",
)

# type -> (allowed source labels, allowed target labels)
RELATIONS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "MEMBER_OF": (frozenset({"Country", "Organization", "GovernmentBody"}), frozenset({"Alliance", "Organization"})),
    "COOPERATES_WITH": (ACTORS, ACTORS),
    "IN_CONFLICT_WITH": (ACTORS, ACTORS),
    "SUPPLIES": (frozenset({"Country", "Company"}), frozenset({"Country", "GovernmentBody"})),
    "OPERATES": (frozenset({"Country", "GovernmentBody"}), frozenset({"Platform"})),
    "MANUFACTURES": (frozenset({"Company", "Country"}), frozenset({"Platform"})),
    "JOINT_VENTURE_OF": (frozenset({"Company"}), frozenset({"Company", "Country", "GovernmentBody"})),
    "BASED_IN": (frozenset({"Company", "Organization", "GovernmentBody"}), frozenset({"Country"})),
    "PART_OF": (frozenset({"GovernmentBody", "Organization", "Company"}),
                frozenset({"Country", "GovernmentBody", "Organization", "Company"})),
    "LEADS": (frozenset({"Person"}),
              frozenset({"Country", "GovernmentBody", "Organization", "Company", "Alliance"})),
    "AFFILIATED_WITH": (frozenset({"Person"}), frozenset({"Organization", "GovernmentBody", "Company", "Country"})),
    "PARTICIPATED_IN": (ACTORS, frozenset({"Event"})),
    "DISPLAYED_AT": (frozenset({"Platform"}), frozenset({"Event"})),
    "HELD_IN": (frozenset({"Event"}), frozenset({"Place", "Country"})),
    "HOSTED_BY": (frozenset({"Event"}),
                  frozenset({"Country", "Person", "GovernmentBody", "Organization", "Alliance"})),
    "COMMEMORATES": (frozenset({"Event"}), frozenset({"Event"})),
    "LOCATED_IN": (frozenset({"Place"}), frozenset({"Place", "Country"})),
    "DEPLOYED_TO": (frozenset({"Platform"}), frozenset({"Place", "Country"})),
    "MENTIONED_IN": (frozenset(ENTITY_LABELS), frozenset({"Document"})),
}
REL_TYPES: tuple[str, ...] = tuple(RELATIONS)
UNDIRECTED = frozenset({"COOPERATES_WITH", "IN_CONFLICT_WITH"})

DOMAINS = ("defense", "defense_industry", "security", "political", "economic")
STAGES = ("planned", "negotiating", "ordered", "delivering", "delivered", "in_service", "retired", "cancelled")
OPERATES_STATUS = STAGES  # the former name of the SUPPLIES/OPERATES stage values
MANUFACTURES_ROLES = ("developer", "producer", "assembler", "licensee")
PROVENANCE = ("text", "reference")

# property -> allowed values, per relationship type (only where the ontology fixes them)
ENUM_PROPERTIES: dict[str, dict[str, tuple[str, ...]]] = {
    "COOPERATES_WITH": {"domain": DOMAINS},
    "IN_CONFLICT_WITH": {"domain": DOMAINS},
    "SUPPLIES": {"stage": STAGES},
    "OPERATES": {"stage": STAGES},
    "MANUFACTURES": {"role": MANUFACTURES_ROLES},
}
EVIDENCE_KEYS = ("doc", "sentence", "start", "end")


def allowed(source_label: str, rel_type: str, target_label: str) -> bool:
    """Whether the ontology allows ``source -[rel_type]-> target``."""
    rule = RELATIONS.get(rel_type)
    return bool(rule) and source_label in rule[0] and target_label in rule[1]


def validate_node(attrs: Mapping[str, Any]) -> None:
    """Raise :class:`OntologyError` unless ``attrs`` is a valid node."""
    label = attrs.get("label")
    if label not in LABELS:
        raise OntologyError(f"unknown node label {label!r}")
    for key in ("id", "name"):
        if not isinstance(attrs.get(key), str) or not attrs[key].strip():
            raise OntologyError(f"{label} node lacks a non-empty {key!r}")
    aliases = attrs.get("aliases")
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise OntologyError(f"node {attrs['id']!r}: aliases must be a list of strings")
    if label == "Platform" and attrs.get("category") not in PLATFORM_CATEGORIES:
        raise OntologyError(f"platform {attrs['id']!r}: category {attrs.get('category')!r} is not one of the ontology's")


def validate_edge(source_label: str, rel_type: str, target_label: str, attrs: Mapping[str, Any]) -> None:
    """Raise :class:`OntologyError` unless the edge fits its type's signature and carries provenance."""
    if rel_type not in RELATIONS:
        raise OntologyError(f"unknown relationship type {rel_type!r}")
    if not allowed(source_label, rel_type, target_label):
        raise OntologyError(f"{source_label} -[{rel_type}]-> {target_label} is not allowed by the ontology")
    for prop, values in ENUM_PROPERTIES.get(rel_type, {}).items():
        if prop in attrs and attrs[prop] is not None and attrs[prop] not in values:
            raise OntologyError(f"{rel_type}.{prop} = {attrs[prop]!r} is not one of {values}")
    if rel_type == "MENTIONED_IN":
        return
    provenance = attrs.get("provenance", "text")
    if provenance not in PROVENANCE:
        raise OntologyError(f"{rel_type}: provenance {provenance!r} is not one of {PROVENANCE}")
    evidence = attrs.get("evidence") or []
    if provenance == "reference":
        if evidence:
            raise OntologyError(f"{rel_type}: a reference relation carries no evidence")
        return
    if not evidence:
        raise OntologyError(f"{rel_type}: a relation from text needs evidence")
    for item in evidence:
        if not isinstance(item, Mapping) or any(k not in item for k in EVIDENCE_KEYS):
            raise OntologyError(f"{rel_type}: evidence items need the keys {EVIDENCE_KEYS}")
    confidence = attrs.get("confidence")
    if not isinstance(confidence, int | float) or not 0.0 <= confidence <= 1.0:
        raise OntologyError(f"{rel_type}: confidence must be a number in [0, 1]")
