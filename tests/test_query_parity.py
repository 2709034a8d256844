"""Every named query gives the same rows on the embedded engine as its networkx implementation:
on the seed graph and on a generated graph of 100k edges."""
from __future__ import annotations

import random

import pytest
from conftest import SEED

import queries
from graph.cypher import open_embedded
from graph.pipeline import ingest
from graph.store import Store
from graph.synthetic import synthetic_graph


def _same(a, b):
    assert list(a.columns) == list(b.columns)
    assert a.astype(str).values.tolist() == b.astype(str).values.tolist()


def _params_for(g, rng, n=3):
    """Parameter sets for every named query, drawn from the graph's own names."""
    by_label = {}
    for _, a in g.nodes(data=True):
        by_label.setdefault(a["label"], []).append(a)

    def names(*labels):
        pool = [a for label in labels for a in by_label.get(label, [])]
        picked = rng.sample(pool, min(n, len(pool)))
        return [rng.choice([a["name"], a["name"].upper(), *a["aliases"]]) for a in picked]

    actors = ("Country", "Alliance", "Company", "GovernmentBody", "Organization", "Person")
    sets = {
        "partners": [{"name": x, "domain": d} for x in names("Country") for d in ("", "defense")],
        "alliance_members": [{"name": x} for x in names("Alliance")],
        "platform_actors": [{"name": x} for x in names("Platform")],
        "supply_chains": [{"name": ""}] + [{"name": x} for x in names("Country", "Platform")],
        "joint_ventures": [{"name": ""}] + [{"name": x} for x in names("Company")],
        "people_roles": [{"name": ""}] + [{"name": x} for x in names("Person")],
        "event_displays": [{"name": ""}] + [{"name": x} for x in names("Event")],
        "conflicts": [{"name": ""}] + [{"name": x} for x in names(*actors)],
        "neighbourhood": [{"name": x} for x in names(*actors, "Platform", "Place")],
        "entity": [{"name": x} for x in names(*actors, "Platform")],
    }
    pairs = list(zip(names(*actors), names(*actors), strict=False))
    sets["shortest_path"] = [{"source": a, "target": b} for a, b in pairs]
    sets["relation_evidence"] = [{"source": a, "target": b} for a, b in pairs]
    sets["two_hop"] = [{"entity": x} for x in names(*actors, "Platform")]
    sets["partners_of_partners"] = [{"country": x} for x in names("Country")]
    nodes = list(g.nodes)
    for _ in range(n):  # relations that exist, so evidence rows are compared too
        u, v, d = rng.choice(list(g.edges(data=True)))
        if d["type"] != "MENTIONED_IN":
            sets["relation_evidence"].append({"source": g.nodes[u]["name"], "target": g.nodes[v]["name"]})
            sets["shortest_path"].append({"source": g.nodes[u]["name"], "target": g.nodes[rng.choice(nodes)]["name"]})
    return sets


def test_every_named_query_is_covered():
    assert set(queries.names()) == set(_params_for(synthetic_graph(200, 500), random.Random(0)))


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory, pipeline):
    d = tmp_path_factory.mktemp("seed") / "store"
    ingest([SEED], Store(d), pipeline)
    return d


def test_parity_on_seed(seed_store):
    g = Store(seed_store).graph
    fixed = {"partners": [{"name": "kazakhstan", "domain": ""}], "alliance_members": [{"name": "CSTO"}],
             "platform_actors": [{"name": "Buk"}, {"name": "A400M"}], "event_displays": [{"name": "parade"}],
             "shortest_path": [{"source": "Turkey", "target": "South Korea"}],
             "relation_evidence": [{"source": "Kazakhstan", "target": "Turkey"}],
             "neighbourhood": [{"name": "Paramount Group"}], "joint_ventures": [{"name": "Paramount Group"}],
             "two_hop": [{"entity": "Kazakhstan"}, {"entity": "Buk"}],
             "partners_of_partners": [{"country": "Turkey"}]}
    nonempty = 0
    with open_embedded(seed_store) as db:
        for name, sets in _params_for(g, random.Random(1)).items():
            for params in sets + fixed.get(name, []):
                a, b = queries.run_named(g, name, **params), queries.run_named(db, name, **params)
                _same(a, b)
                nonempty += not a.empty
    assert nonempty > 20


def test_parity_on_100k_edges(tmp_path):
    g = synthetic_graph(20_000, 100_000, seed=5)
    store = Store(tmp_path / "big")
    store.graph = g
    store.save()
    assert g.number_of_edges() >= 100_000
    nonempty = 0
    with open_embedded(store.dir) as db:
        for name, sets in _params_for(g, random.Random(2)).items():
            for params in sets:
                a, b = queries.run_named(g, name, **params), queries.run_named(db, name, **params)
                _same(a, b)
                nonempty += not a.empty
    assert nonempty > 20
