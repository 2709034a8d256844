"""Every named query gives the same rows on the embedded engine as its networkx implementation:
on the seed graph and on a generated graph of 100k edges (with report and validity dates), also
under the time filters ``as_of``, ``since`` and ``until``."""
from __future__ import annotations

import random

import pytest
from conftest import SEED
from queryparams import params_for as _params_for
from queryparams import with_times

import queries
from graph.cypher import open_embedded
from graph.pipeline import ingest
from graph.store import Store
from graph.synthetic import add_dates, synthetic_graph


def _same(a, b):
    assert list(a.columns) == list(b.columns)
    assert a.astype(str).values.tolist() == b.astype(str).values.tolist()


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
        for name, sets in with_times(_params_for(g, random.Random(1)), random.Random(3)).items():
            for params in sets + fixed.get(name, []):
                a, b = queries.run_named(g, name, **params), queries.run_named(db, name, **params)
                _same(a, b)
                nonempty += not a.empty
    assert nonempty > 20


def test_parity_on_100k_edges(tmp_path):
    g = add_dates(synthetic_graph(20_000, 100_000, seed=5), seed=6)
    store = Store(tmp_path / "big")
    store.graph = g
    store.save()
    assert g.number_of_edges() >= 100_000
    nonempty = 0
    with open_embedded(store.dir) as db:
        for name, sets in with_times(_params_for(g, random.Random(2)), random.Random(4), n=1).items():
            for params in sets:
                a, b = queries.run_named(g, name, **params), queries.run_named(db, name, **params)
                _same(a, b)
                nonempty += not a.empty
    assert nonempty > 20
