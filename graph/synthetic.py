"""A random graph that satisfies the ontology, for benchmarks and scale tests.

Node names are unique (``Country 17``) and some nodes carry aliases; every edge type is drawn with
endpoints its signature allows, with evidence pointing into a handful of synthetic documents.

>>> g = synthetic_graph(200, 600, seed=1)
>>> g.number_of_nodes(), g.number_of_edges() >= 590
(200, True)
"""
from __future__ import annotations

import random

import networkx as nx

from .ontology import ENTITY_LABELS, PLATFORM_CATEGORIES, RELATIONS, UNDIRECTED

_WEIGHTS = {"Country": 3, "Alliance": 1, "Company": 4, "GovernmentBody": 3, "Organization": 2, "Person": 4,
            "Platform": 5, "Event": 2, "Place": 3}


def synthetic_graph(nodes: int, edges: int, seed: int = 0, documents: int = 50) -> nx.MultiDiGraph:
    """An ontology-valid MultiDiGraph with ``nodes`` entity nodes and about ``edges`` relations."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    labels = list(_WEIGHTS)
    by_label: dict[str, list[str]] = {label: [] for label in ENTITY_LABELS}
    for i in range(nodes):
        label = rng.choices(labels, weights=[_WEIGHTS[x] for x in labels])[0]
        node_id = f"{label.lower()}:n{i}"
        attrs = {"id": node_id, "label": label, "name": f"{label} {i}",
                 "aliases": [f"{label[:3].upper()}{i}"] if rng.random() < 0.3 else []}
        if label == "Platform":
            attrs["category"] = rng.choice(PLATFORM_CATEGORIES)
        g.add_node(node_id, **attrs)
        by_label[label].append(node_id)
    docs = [f"doc:{i:016x}" for i in range(documents)]
    types = [t for t in RELATIONS if t != "MENTIONED_IN"]
    added = attempts = 0
    while added < edges and attempts < edges * 3:
        attempts += 1
        type_ = rng.choice(types)
        sources, targets = RELATIONS[type_]
        src_labels = [x for x in sorted(sources) if by_label.get(x)]  # sorted: same graph on every run
        dst_labels = [x for x in sorted(targets) if by_label.get(x)]
        if not src_labels or not dst_labels:  # a tiny graph may lack a label
            continue
        src_label, dst_label = rng.choice(src_labels), rng.choice(dst_labels)
        u, v = rng.choice(by_label[src_label]), rng.choice(by_label[dst_label])
        if u == v:
            continue
        if type_ in UNDIRECTED and u > v:
            u, v = v, u
        if g.has_edge(u, v, key=type_):
            continue
        start = rng.randrange(0, 5000)
        attrs = {"type": type_, "provenance": "text", "confidence": round(rng.random(), 3),
                 "evidence": [{"doc": rng.choice(docs), "sentence": f"Sentence about {u} and {v}.",
                               "start": start, "end": start + 40}]}
        if type_ in {"COOPERATES_WITH", "IN_CONFLICT_WITH"}:
            attrs["domain"] = rng.choice(["defense", "security", "political", "economic", "defense_industry"])
        if type_ == "OPERATES":
            attrs["stage"] = rng.choice(["ordered", "in_service", "retired"])
        if type_ in {"LEADS", "AFFILIATED_WITH"}:
            attrs["role"] = rng.choice(["president", "minister", "analyst", "CEO"])
        g.add_edge(u, v, key=type_, **attrs)
        added += 1
    return g


def add_dates(g: nx.MultiDiGraph, seed: int = 0, share: float = 0.8) -> nx.MultiDiGraph:
    """Give ``share`` of the relations report dates (``first_reported``/``last_reported``, at day, month
    or year precision, 2005-2025), some of them ``valid_from``/``valid_to`` (a closed fact), and events
    a ``date``: the time filters then have something to choose. Changes ``g`` in place and returns it."""
    rng = random.Random(seed)

    def when(lo: int = 2005) -> str:
        y, m, d = rng.randint(lo, 2025), rng.randint(1, 12), rng.randint(1, 28)
        return rng.choice([f"{y}", f"{y}-{m:02d}", f"{y}-{m:02d}-{d:02d}", f"{y}-{m:02d}-{d:02d}"])

    for _, _, d in g.edges(data=True):
        if rng.random() >= share:
            continue
        first = when()
        d["first_reported"], d["last_reported"] = first, max(first, when(int(first[:4])))
        for item in d.get("evidence") or ():
            item["reported"] = first
        if rng.random() < 0.25:
            d["valid_from"] = when(2000)
        if rng.random() < 0.2:
            d["valid_to"] = when(int(d.get("valid_from", first)[:4]))
    for _, a in g.nodes(data=True):
        if a["label"] == "Event" and rng.random() < 0.7:
            a["date"] = when()
    return g
