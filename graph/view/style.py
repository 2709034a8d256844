"""Colours and shapes: one per node label, one colour and caption per relationship type.

Shapes are vis-network shapes that draw their caption below, so node size can follow degree.
Cooperation is a solid green line, conflict a dashed red one; every other type has its own hue.

>>> LABEL_STYLE["Country"].shape, TYPE_STYLE["IN_CONFLICT_WITH"].dashes
('dot', True)
>>> set(LABEL_STYLE) == set(LABELS) and set(TYPE_STYLE) == set(REL_TYPES)
True
>>> node_size(0), node_size(100)
(10.0, 40.0)
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass

from ..ontology import LABELS, REL_TYPES, UNDIRECTED


@dataclass(frozen=True)
class LabelStyle:
    """How nodes of one label are drawn."""

    color: str
    border: str
    shape: str


@dataclass(frozen=True)
class TypeStyle:
    """How edges of one relationship type are drawn."""

    color: str
    caption: str
    width: float = 1.5
    dashes: bool = False
    arrows: bool = True


LABEL_STYLE: dict[str, LabelStyle] = {
    "Country": LabelStyle("#3b7dd8", "#1f4f94", "dot"),
    "Alliance": LabelStyle("#8e5cc9", "#5b3390", "hexagon"),
    "Company": LabelStyle("#f28e2b", "#b45f12", "square"),
    "GovernmentBody": LabelStyle("#17a2a2", "#0c6b6b", "triangle"),
    "Organization": LabelStyle("#d97fb4", "#9c4677", "hexagon"),
    "Person": LabelStyle("#edc948", "#a88a14", "dot"),
    "Platform": LabelStyle("#6a9f3a", "#3f6620", "diamond"),
    "Event": LabelStyle("#e15759", "#9a2628", "star"),
    "Place": LabelStyle("#9c755f", "#654736", "triangleDown"),
    "Document": LabelStyle("#a0a7b0", "#69707a", "square"),
}

_TYPE_COLORS: dict[str, str] = {
    "MEMBER_OF": "#8e5cc9",
    "SUPPLIES": "#f28e2b",
    "OPERATES": "#3b7dd8",
    "MANUFACTURES": "#b07a3b",
    "JOINT_VENTURE_OF": "#d97fb4",
    "BASED_IN": "#7f8c99",
    "PART_OF": "#17a2a2",
    "LEADS": "#c9a227",
    "AFFILIATED_WITH": "#d6b85a",
    "PARTICIPATED_IN": "#b35ab0",
    "DISPLAYED_AT": "#e0797a",
    "HELD_IN": "#8f6d57",
    "HOSTED_BY": "#c05780",
    "COMMEMORATES": "#a2548f",
    "LOCATED_IN": "#a89282",
    "DEPLOYED_TO": "#4f7d2b",
}

TYPE_STYLE: dict[str, TypeStyle] = {
    "COOPERATES_WITH": TypeStyle("#2ca02c", "cooperates with", width=3.0, arrows=False),
    "IN_CONFLICT_WITH": TypeStyle("#d62728", "in conflict with", width=3.0, dashes=True, arrows=False),
    "MENTIONED_IN": TypeStyle("#c3c8ce", "mentioned in", width=0.8, dashes=True),
    **{t: TypeStyle(c, t.lower().replace("_", " ")) for t, c in _TYPE_COLORS.items()},
}
assert all(TYPE_STYLE[t].arrows is (t not in UNDIRECTED) for t in REL_TYPES)

#: drawn for a label or type the ontology does not know (never written by geopol, but harmless)
FALLBACK_LABEL = LabelStyle("#cccccc", "#888888", "dot")
FALLBACK_TYPE = TypeStyle("#999999", "related to")


def label_style(label: str | None) -> LabelStyle:
    return LABEL_STYLE.get(label or "", FALLBACK_LABEL)


def type_style(rel_type: str | None) -> TypeStyle:
    return TYPE_STYLE.get(rel_type or "", FALLBACK_TYPE)


def node_size(degree: int) -> float:
    """Node radius in pixels: 10 for an isolated node, growing with the square root of degree up to 40."""
    return round(min(40.0, 10.0 + 3.0 * math.sqrt(degree)), 1)


def legend(labels: list[str], types: list[str]) -> dict:
    """The styles of the labels and types present, in ontology order, for the page's legend."""
    order_l = [x for x in LABELS if x in labels] + sorted(set(labels) - set(LABELS))
    order_t = [x for x in REL_TYPES if x in types] + sorted(set(types) - set(REL_TYPES))
    return {"labels": [{"name": x, **asdict(label_style(x))} for x in order_l],
            "types": [{"name": x, **asdict(type_style(x))} for x in order_t]}
