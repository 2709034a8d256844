"""The named queries implemented directly on the networkx graph: the reference the Cypher versions
are tested against (same columns, same rows), and the backend for a graph loaded in memory.

Each function takes the MultiDiGraph and the query's parameters and returns a list of row dicts.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import networkx as nx

from graph.cypher.tables import evidence_item
from graph.dates import MAX_DAY, MIN_DAY, day, holds, iso, start_of, window

Row = dict[str, Any]
When = tuple[Any, Any]  # (lo, hi) days of a time filter
ALWAYS: When = (MIN_DAY, MAX_DAY)


def _when(as_of: str = "", since: str = "", until: str = "") -> When:
    return window(as_of, since, until)


def _held(d: dict, when: When) -> bool:
    return when == ALWAYS or holds(d, *when)


def _matches(attrs: dict, key: str) -> bool:
    return attrs.get("name", "").lower() == key or any(a.lower() == key for a in attrs.get("aliases") or [])


def _edges(g: nx.MultiDiGraph, *types: str, when: When = ALWAYS) -> Iterator[tuple[str, str, dict]]:
    for u, v, d in g.edges(data=True):
        if d["type"] in types and _held(d, when):
            yield u, v, d


def _n(d: dict) -> int:
    return len(d.get("evidence") or [])


def _prov(d: dict) -> str | None:
    return d.get("provenance") or ("text" if d.get("evidence") else None)


def partners(g: nx.MultiDiGraph, name: str, domain: str = "", as_of: str = "", since: str = "", until: str = "") -> list[Row]:
    key, out = name.lower(), []
    for u, v, d in _edges(g, "COOPERATES_WITH", when=_when(as_of, since, until)):
        for a, b in ((u, v), (v, u)):
            c = g.nodes[a]
            if c["label"] == "Country" and _matches(c, key) and (domain == "" or d.get("domain") == domain):
                out.append({"country": c["name"], "partner": g.nodes[b]["name"], "label": g.nodes[b]["label"],
                            "domain": d.get("domain"), "evidence": _n(d)})
    return out


def alliance_members(g: nx.MultiDiGraph, name: str, as_of: str = "", since: str = "", until: str = "") -> list[Row]:
    key, when = name.lower(), _when(as_of, since, until)
    return [{"alliance": g.nodes[v]["name"], "member": g.nodes[u]["name"], "label": g.nodes[u]["label"],
             "provenance": _prov(d)} for u, v, d in _edges(g, "MEMBER_OF", when=when) if _matches(g.nodes[v], key)]


def platform_actors(g: nx.MultiDiGraph, name: str, as_of: str = "", since: str = "", until: str = "") -> list[Row]:
    key, when = name.lower(), _when(as_of, since, until)
    return [{"platform": g.nodes[v]["name"], "relation": d["type"], "actor": g.nodes[u]["name"],
             "label": g.nodes[u]["label"], "detail": d.get("stage") or d.get("role"), "provenance": _prov(d)}
            for u, v, d in _edges(g, "OPERATES", "MANUFACTURES", when=when)
            if g.nodes[v]["label"] == "Platform" and _matches(g.nodes[v], key)]


def supply_chains(g: nx.MultiDiGraph, name: str = "", as_of: str = "", since: str = "", until: str = "") -> list[Row]:
    key, when = name.lower(), _when(as_of, since, until)
    makers: dict[str, set[str]] = {}
    for u, v, _ in _edges(g, "MANUFACTURES", when=when):
        makers.setdefault(v, set()).add(u)
    based: dict[str, set[str]] = {}
    for u, v, _ in _edges(g, "BASED_IN", when=when):
        if g.nodes[u]["label"] == "Company":
            based.setdefault(v, set()).add(u)
    out = []
    for s, o, _ in _edges(g, "SUPPLIES", when=when):
        for _, p, op in g.out_edges(o, data=True):
            if op["type"] != "OPERATES" or g.nodes[p]["label"] != "Platform" or not _held(op, when):
                continue
            made = s in makers.get(p, set()) or bool(based.get(s, set()) & makers.get(p, set()))
            if made and (key == "" or any(_matches(g.nodes[x], key) for x in (s, o, p))):
                out.append({"supplier": g.nodes[s]["name"], "platform": g.nodes[p]["name"],
                            "operator": g.nodes[o]["name"], "stage": op.get("stage")})
    return out


def joint_ventures(g: nx.MultiDiGraph, name: str = "", as_of: str = "", since: str = "", until: str = "") -> list[Row]:
    key = name.lower()
    return [{"venture": g.nodes[u]["name"], "parent": g.nodes[v]["name"], "parent_label": g.nodes[v]["label"],
             "evidence": _n(d)} for u, v, d in _edges(g, "JOINT_VENTURE_OF", when=_when(as_of, since, until))
            if g.nodes[u]["label"] == "Company" and (key == "" or _matches(g.nodes[u], key) or _matches(g.nodes[v], key))]


def people_roles(g: nx.MultiDiGraph, name: str = "", as_of: str = "", since: str = "", until: str = "") -> list[Row]:
    key = name.lower()
    return [{"person": g.nodes[u]["name"], "relation": d["type"], "role": d.get("role"),
             "organisation": g.nodes[v]["name"], "label": g.nodes[v]["label"]}
            for u, v, d in _edges(g, "LEADS", "AFFILIATED_WITH", when=_when(as_of, since, until))
            if g.nodes[u]["label"] == "Person" and (key == "" or _matches(g.nodes[u], key) or _matches(g.nodes[v], key))]


def event_displays(g: nx.MultiDiGraph, name: str = "", as_of: str = "", since: str = "", until: str = "") -> list[Row]:
    key = name.lower()
    return [{"event": g.nodes[v]["name"], "platform": g.nodes[u]["name"], "category": g.nodes[u].get("category"),
             "evidence": _n(d)} for u, v, d in _edges(g, "DISPLAYED_AT", when=_when(as_of, since, until))
            if g.nodes[u]["label"] == "Platform" and g.nodes[v]["label"] == "Event"
            and (key == "" or _matches(g.nodes[v], key))]


def conflicts(g: nx.MultiDiGraph, name: str = "", as_of: str = "", since: str = "", until: str = "") -> list[Row]:
    key, out = name.lower(), []
    for u, v, d in _edges(g, "IN_CONFLICT_WITH", when=_when(as_of, since, until)):
        for a, b in ((u, v), (v, u)):
            if (key == "" and a < b) or (key != "" and _matches(g.nodes[a], key)):
                out.append({"side": g.nodes[a]["name"], "other_side": g.nodes[b]["name"], "domain": d.get("domain"),
                            "evidence": _n(d)})
    return out


def shortest_path(g: nx.MultiDiGraph, source_id: str, target_id: str, max_hops: int = 4, as_of: str = "", since: str = "", until: str = "") -> list[Row]:
    """All shortest paths of at most ``max_hops`` between two entities, avoiding documents."""
    if source_id not in g or target_id not in g or source_id == target_id:
        return []
    when = _when(as_of, since, until)
    und = nx.Graph()
    und.add_nodes_from(n for n, a in g.nodes(data=True) if a["label"] != "Document")
    und.add_edges_from((u, v) for u, v, d in g.edges(data=True)
                       if u in und and v in und and _held(d, when))
    lengths = nx.single_source_shortest_path_length(und, source_id, cutoff=max_hops)
    if target_id not in lengths:
        return []
    return [{"path": [g.nodes[n]["name"] for n in p], "hops": lengths[target_id]}
            for p in nx.all_shortest_paths(und, source_id, target_id)]


def neighbourhood(g: nx.MultiDiGraph, name: str, as_of: str = "", since: str = "", until: str = "") -> list[Row]:
    key, out, when = name.lower(), [], _when(as_of, since, until)
    for u, v, d in g.edges(data=True):
        if d["type"] == "MENTIONED_IN" or not _held(d, when):
            continue
        if _matches(g.nodes[u], key):
            out.append({"entity": g.nodes[u]["name"], "direction": "out", "relation": d["type"],
                        "neighbour": g.nodes[v]["name"], "label": g.nodes[v]["label"]})
        if _matches(g.nodes[v], key):
            out.append({"entity": g.nodes[v]["name"], "direction": "in", "relation": d["type"],
                        "neighbour": g.nodes[u]["name"], "label": g.nodes[u]["label"]})
    return out


def relation_evidence(g: nx.MultiDiGraph, source: str, target: str, type: str = "", as_of: str = "", since: str = "", until: str = "") -> list[Row]:  # noqa: A002
    skey, tkey, out, when = source.lower(), target.lower(), [], _when(as_of, since, until)
    for u, v, d in g.edges(data=True):
        if d["type"] == "MENTIONED_IN" or (type and d["type"] != type) or not _held(d, when):
            continue
        a, b = g.nodes[u], g.nodes[v]
        # once per way the names fit the ends (as the Cypher's two branches: twice only when both fit both)
        for _ in range((_matches(a, skey) and _matches(b, tkey)) + (_matches(a, tkey) and _matches(b, skey))):
            out.append({"source": a["name"], "relation": d["type"], "target": b["name"],
                        "confidence": d.get("confidence"), "provenance": _prov(d),
                        "evidence": [evidence_item(e) for e in d.get("evidence") or []]})
    return out


def entity(g: nx.MultiDiGraph, name: str, as_of: str = "", since: str = "", until: str = "") -> list[Row]:
    key, when = name.lower(), _when(as_of, since, until)

    def present(n: str, a: dict) -> bool:
        if not (as_of or since or until):
            return True
        if a["label"] == "Document" and a.get("published") and when[0] <= day(a["published"]) <= when[1]:
            return True
        return any(d["type"] != "MENTIONED_IN" and holds(d, *when)
                   for _, _, d in (*g.out_edges(n, data=True), *g.in_edges(n, data=True)))

    return [{"id": n, "label": a["label"], "name": a["name"], "aliases": list(a.get("aliases") or []),
             "wikidata": a.get("wikidata")} for n, a in g.nodes(data=True) if _matches(a, key) and present(n, a)]


def two_hop(g: nx.MultiDiGraph, entity_id: str, as_of: str = "", since: str = "", until: str = "") -> list[Row]:
    if entity_id not in g:
        return []
    when = _when(as_of, since, until)

    def incident(n: str) -> Iterator[tuple[str, str]]:
        for _, v, d in g.out_edges(n, data=True):
            if _held(d, when):
                yield v, d["type"]
        for u, _, d in g.in_edges(n, data=True):
            if _held(d, when):
                yield u, d["type"]

    rows = set()
    for m, first in incident(entity_id):
        if g.nodes[m]["label"] == "Document":
            continue
        for b, second in incident(m):
            if b != entity_id and g.nodes[b]["label"] != "Document":
                rows.add((g.nodes[m]["name"], first, second, g.nodes[b]["name"], g.nodes[b]["label"]))
    return [dict(zip(("via", "first", "second", "reached", "label"), r, strict=True)) for r in rows]


def partners_of_partners(g: nx.MultiDiGraph, country_id: str, as_of: str = "", since: str = "", until: str = "") -> list[Row]:
    if country_id not in g or g.nodes[country_id]["label"] != "Country":
        return []
    when = _when(as_of, since, until)

    def coop(n: str) -> set[str]:
        out = {v for _, v, k, d in g.out_edges(n, keys=True, data=True) if k == "COOPERATES_WITH" and _held(d, when)}
        return out | {u for u, _, k, d in g.in_edges(n, keys=True, data=True) if k == "COOPERATES_WITH" and _held(d, when)}

    rows = {(g.nodes[p]["name"], g.nodes[q]["name"], g.nodes[q]["label"])
            for p in coop(country_id) for q in coop(p) if q != country_id}
    return [dict(zip(("partner", "partner_of_partner", "label"), r, strict=True)) for r in rows]


def _detail(d: dict) -> Any:
    return d.get("stage") or d.get("role") or d.get("domain")


def _times(d: dict) -> Row:
    return {"valid_from": iso(day(d.get("valid_from"))), "valid_to": iso(day(d.get("valid_to"), end=True)),
            "first_reported": iso(day(d.get("first_reported"))), "last_reported": iso(day(d.get("last_reported")))}


def timeline(g: nx.MultiDiGraph, name: str, as_of: str = "", since: str = "", until: str = "") -> list[Row]:
    key, out, when = name.lower(), [], _when(as_of, since, until)
    for u, v, d in g.edges(data=True):
        if d["type"] == "MENTIONED_IN" or not _held(d, when):
            continue
        for a, b, direction in ((u, v, "out"), (v, u, "in")):
            if _matches(g.nodes[a], key):
                out.append({"date": iso(start_of(d)), "entity": g.nodes[a]["name"], "direction": direction,
                            "relation": d["type"], "other": g.nodes[b]["name"], "label": g.nodes[b]["label"],
                            "detail": _detail(d), **_times(d),
                            "evidence": [evidence_item(e) for e in d.get("evidence") or []]})
    return out


def changes(g: nx.MultiDiGraph, name: str = "", as_of: str = "", since: str = "", until: str = "") -> list[Row]:
    key, out = name.lower(), []
    lo, hi = _when(as_of, since, until)
    for u, v, d in g.edges(data=True):
        if d["type"] == "MENTIONED_IN":
            continue
        if key and not (_matches(g.nodes[u], key) or _matches(g.nodes[v], key)):
            continue
        row = {"source": g.nodes[u]["name"], "relation": d["type"], "target": g.nodes[v]["name"],
               "detail": _detail(d), "evidence": _n(d)}
        began, ended = start_of(d), day(d.get("valid_to"), end=True)
        if began is not None and lo <= began <= hi:
            out.append({"date": iso(began), "change": "appeared", **row})
        if ended is not None and lo <= ended <= hi:
            out.append({"date": iso(ended), "change": "ended", **row})
    return out


def counts(g: nx.MultiDiGraph, as_of: str = "", since: str = "", until: str = "") -> list[Row]:
    lo, hi = _when(as_of, since, until)
    by_type: dict[str, int] = {}
    for _, _, d in g.edges(data=True):
        if d["type"] != "MENTIONED_IN" and holds(d, lo, hi):
            by_type[d["type"]] = by_type.get(d["type"], 0) + 1
    docs = sum(1 for _, a in g.nodes(data=True) if a["label"] == "Document"
               and (day(a.get("published")) or hi) >= lo and (day(a.get("published")) or lo) <= hi)
    return [{"what": t, "count": n} for t, n in by_type.items()] + [{"what": "Document", "count": docs}]


IMPLEMENTATIONS: dict[str, Callable[..., list[Row]]] = {
    f.__name__: f for f in (partners, alliance_members, platform_actors, supply_chains, joint_ventures, people_roles,
                            event_displays, conflicts, shortest_path, neighbourhood, relation_evidence, entity,
                            two_hop, partners_of_partners, timeline, changes, counts)
}
