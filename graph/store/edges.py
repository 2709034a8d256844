"""Merging one typed edge: the rules shared by the log of record (``write.py``) and the in-memory
MultiDiGraph of a document's fragment (:func:`add_edge`)."""
from __future__ import annotations

from typing import Any

import networkx as nx

from ..dates import ENDING, close_merged, close_new

# how far along its course a deal is, for reports of one day: a partial delivery ("the first of 12 has
# arrived") says more than "delivered" of the one that came
_RANK = {stage: n for n, stage in enumerate(("planned", "negotiating", "ordered", "delivered", "delivering",
                                             "in_service"))}
# types whose stage is how far the deal or the holding has come, furthest along over all reports
FURTHEST = {"OPERATES", "SUPPLIES"}


def merged_stage(known: dict[str, Any], attrs: dict[str, Any]) -> str | None:
    """The stage of a supply or an operation after another report of it: the furthest along the
    deal's course, whichever report said it ("ordered 12 more" and "already flies 14": in service; a
    later article's new order does not undo the deliveries). Ending stages (cancelled, retired) are
    :func:`close_merged`'s: a report that ends the fact closes it."""
    old, new = known.get("stage"), attrs.get("stage")
    if not old or not new or old in ENDING["stage"] or new in ENDING["stage"]:
        return old or new
    if (known.get("type") or attrs.get("type")) not in FURTHEST:
        return old
    return max(old, new, key=lambda s: _RANK.get(s, -1))


def merge_edge(known: dict[str, Any], attrs: dict[str, Any]) -> dict[str, Any]:
    """Edge properties (evidence apart) after merging ``attrs`` into ``known``."""
    out = dict(known)
    if "confidence" in attrs:
        out["confidence"] = max(known.get("confidence", 0.0), attrs["confidence"])
    if known.get("provenance") == "reference" and attrs.get("provenance") == "text":
        out["provenance"] = "text"
    for k, pick in (("first_reported", min), ("last_reported", max)):  # ISO dates compare as strings
        if attrs.get(k) and known.get(k):
            out[k] = pick(known[k], attrs[k])
    for k, v in attrs.items():
        if k != "evidence":
            out.setdefault(k, v)
    if attrs.get("stage"):
        out["stage"] = merged_stage(known, attrs)
    close_merged(out, known, attrs)  # a later report that ends the fact closes it (valid_to), never deletes it
    return out


def add_edge(g: nx.MultiDiGraph, source: str, type_: str, target: str, **attrs) -> None:
    """Add or merge the ``type_`` edge; evidence lists are unioned by (doc, start), the other
    properties merge as :func:`merge_edge` says."""
    if g.has_edge(source, target, key=type_):
        data = g.edges[source, target, type_]
        merged = merge_edge(data, attrs)
        seen = {(e["doc"], e["start"]) for e in data.get("evidence", [])}
        for item in attrs.get("evidence", []):
            if (item["doc"], item["start"]) not in seen:
                data.setdefault("evidence", []).append(item)
        data.update(merged)
        if "evidence" in attrs:
            data.setdefault("evidence", attrs["evidence"])
    else:
        attrs = dict(attrs)
        close_new(attrs)
        g.add_edge(source, target, key=type_, type=type_, **attrs)
