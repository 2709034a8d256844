"""Adding or merging one typed edge of the store's MultiDiGraph."""
from __future__ import annotations

import networkx as nx

from ..dates import close_merged, close_new


def add_edge(g: nx.MultiDiGraph, source: str, type_: str, target: str, **attrs) -> None:
    """Add or merge the ``type_`` edge; evidence lists are unioned, confidence is the maximum."""
    if g.has_edge(source, target, key=type_):
        data = g.edges[source, target, type_]
        known = dict(data)
        seen = {(e["doc"], e["start"]) for e in data.get("evidence", [])}
        for item in attrs.get("evidence", []):
            if (item["doc"], item["start"]) not in seen:
                data.setdefault("evidence", []).append(item)
        if "confidence" in attrs:
            data["confidence"] = max(data.get("confidence", 0.0), attrs["confidence"])
        if data.get("provenance") == "reference" and attrs.get("provenance") == "text":
            data["provenance"] = "text"
        for k, pick in (("first_reported", min), ("last_reported", max)):  # ISO dates compare as strings
            if attrs.get(k) and data.get(k):
                data[k] = pick(data[k], attrs[k])
        for k, v in attrs.items():
            data.setdefault(k, v)
        close_merged(data, known, attrs)  # a later report that ends the fact closes it (valid_to)
    else:
        attrs = dict(attrs)
        close_new(attrs)
        g.add_edge(source, target, key=type_, type=type_, **attrs)
