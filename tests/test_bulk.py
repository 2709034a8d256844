"""The bulk load's Arrow tables hold the cells node_row / rel_row give (graph/cypher/tables.py),
whether read from the store's log of record or from node-link data."""
from __future__ import annotations

import json

from graph.cypher import bulk
from graph.cypher.tables import node_row, rel_row
from graph.store import Store
from graph.store import db as sql
from graph.synthetic import add_dates, synthetic_graph


def _graph():
    g = add_dates(synthetic_graph(300, 1500, seed=7), seed=8)
    u, v, k = next(iter(g.edges(keys=True)))
    g.edges[u, v, k].update(note="extra", valid_from="2019/2021-03", status=None)  # props, an interval, a null
    w, x, k2 = list(g.edges(keys=True))[1]
    g.edges[w, x, k2].pop("evidence")  # reference: no evidence
    g.edges[w, x, k2]["provenance"] = "reference"
    g.nodes[u]["published"] = "2020-05"
    return g


def _expected(g):
    rels = {}
    for a, b, attrs in g.edges(data=True):
        key = (attrs["type"], g.nodes[a]["label"], g.nodes[b]["label"])
        rels.setdefault(key, []).append({"from": a, "to": b, **rel_row(attrs)})
    nodes = {}
    for _, attrs in g.nodes(data=True):
        nodes.setdefault(attrs["label"], []).append(node_row(attrs))
    return nodes, rels


def _canon(rows):
    for r in rows:
        r["evidence"] = sorted(json.dumps(json.loads(e), sort_keys=True) for e in r["evidence"])
    return sorted(rows, key=lambda r: (r.get("from") or r.get("id"), r.get("to") or ""))


def _check(tables, g):
    nodes, rels = _expected(g)
    got_nodes, got_rels = tables
    assert {label: sorted(t.to_pylist(), key=lambda r: r["id"]) for label, t in got_nodes} == \
        {label: sorted(rows, key=lambda r: r["id"]) for label, rows in nodes.items()}
    made = {(t, s, d): make() for t, s, d, make in got_rels}
    assert list(made) == sorted(rels)
    for key, table in made.items():
        assert _canon(table.to_pylist()) == _canon(rels[key]), key


def test_tables_from_node_link_data():
    g = _graph()
    data = {"nodes": [dict(a) for _, a in g.nodes(data=True)],
            "edges": [{"source": u, "target": v, **a} for u, v, a in g.edges(data=True)]}
    before = json.dumps(data, sort_keys=True)
    _check(bulk.from_data(data), g)
    assert json.dumps(data, sort_keys=True) == before  # the caller's data is left as it was


def test_tables_from_the_store(tmp_path):
    g = _graph()
    store = Store(tmp_path / "s")
    store.replace(g)
    conn = sql.connect(store.dir / sql.DB_FILE)
    try:
        _check(bulk.from_store(conn), store.graph)
    finally:
        conn.close()


def test_tables_built_in_small_batches_are_the_same():
    g = _graph()
    data = {"nodes": [dict(a) for _, a in g.nodes(data=True)],
            "edges": [{"source": u, "target": v, **a} for u, v, a in g.edges(data=True)]}
    edges = data["edges"]
    evidence = [[bulk.evidence_item(x) for x in e.get("evidence") or ()] for e in edges]
    args = (data["nodes"], [e["type"] for e in edges], [e["source"] for e in edges], [e["target"] for e in edges])
    whole = {(t, s, d): make() for t, s, d, make in bulk.rel_tables(*args, edges, evidence)}
    texts = [json.dumps({k: v for k, v in e.items() if k != "evidence"}) for e in edges]  # properties as JSON text
    small = {(t, s, d): make() for t, s, d, make in bulk.rel_tables(*args, texts, evidence, batch=7)}
    assert list(small) == list(whole) and len(whole) > 10
    for key, table in whole.items():
        assert small[key].equals(table), key


def test_an_edge_end_that_is_no_node_is_refused():
    """Edge ends are looked up among the node ids (in Arrow): an end that is no node raises, as the
    dictionary lookup did, naming the end."""
    import pytest

    nodes = [{"id": "c:a", "label": "Country", "name": "A"}, {"id": "o:n", "label": "Organization", "name": "N"}]
    ok = [(t, s, d, make().num_rows) for t, s, d, make in
          bulk.rel_tables(nodes, ["MEMBER_OF"], ["c:a"], ["o:n"], [{"type": "MEMBER_OF"}], [[]])]
    assert ok == [("MEMBER_OF", "Country", "Organization", 1)]
    with pytest.raises(KeyError, match="o:missing"):
        list(bulk.rel_tables(nodes, ["MEMBER_OF", "MEMBER_OF"], ["c:a", "c:a"], ["o:n", "o:missing"],
                             [{"type": "MEMBER_OF"}] * 2, [[], []]))
