"""How query results read on the command line: headers as written, a name that matches nothing, one
row per evidence sentence, JSON with evidence as objects."""
from __future__ import annotations

import json

import networkx as nx
import pytest

from graph.cli import main
from graph.store import Store

SENTENCES = ["Kazakhstan and Turkey signed a defence pact.", "They agreed to build drones together."]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Store:
    g = nx.MultiDiGraph()
    g.add_node("country:kz", id="country:kz", label="Country", name="Kazakhstan", aliases=["Qazaqstan"], iso3="KAZ")
    g.add_node("country:tr", id="country:tr", label="Country", name="Turkey", aliases=[], iso3="TUR")
    g.add_node("doc:1", id="doc:1", label="Document", name="An article", aliases=[], path="a.txt", sha256="1" * 64)
    g.add_edge("country:kz", "country:tr", key="COOPERATES_WITH", type="COOPERATES_WITH", confidence=0.8,
               provenance="text", evidence=[{"doc": "doc:1", "sentence": s, "start": 100 * i, "end": 100 * i + len(s)}
                         for i, s in enumerate(SENTENCES)])
    for n in ("country:kz", "country:tr"):
        g.add_edge(n, "doc:1", key="MENTIONED_IN", type="MENTIONED_IN")
    store = Store(tmp_path_factory.mktemp("cli") / "store")
    store.graph = g
    store.save()
    return store


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_name_that_matches_nothing_is_said_and_exits_1(store, capsys):
    code, out, err = run(capsys, "query", "partners", "-p", "name=Atlantis", "--store", str(store.dir))
    assert code == 1 and "no entity named 'Atlantis'" in err and "row(s)" not in out
    code, out, _ = run(capsys, "query", "partners", "-p", "name=qazaqstan", "--store", str(store.dir))
    assert code == 0 and "Turkey" in out


def test_headers_read_as_written(store, capsys):
    code, out, _ = run(capsys, "cypher", "MATCH (n:Country) RETURN labels(n), n.name AS country ORDER BY country",
                       "--store", str(store.dir), "--format", "csv")
    assert code == 0 and out.splitlines()[0] == "labels(n),country"
    assert out.splitlines()[1:] == ["Country,Kazakhstan", "Country,Turkey"]


def test_evidence_is_one_row_per_sentence_and_json_is_not_encoded_twice(store, capsys):
    statement = "MATCH (a:Country)-[r:COOPERATES_WITH]->(b) RETURN a.name, b.name, r.evidence"
    code, out, _ = run(capsys, "cypher", statement, "--store", str(store.dir), "--format", "csv")
    lines = out.splitlines()
    assert code == 0 and lines[0] == "a.name,b.name,sentence,doc" and len(lines) == 1 + len(SENTENCES)
    assert [line.split(",")[2] for line in lines[1:]] == SENTENCES
    code, out, _ = run(capsys, "cypher", statement, "--store", str(store.dir), "--format", "json")
    rows = json.loads(out)
    assert [e["sentence"] for e in rows[0]["r.evidence"]] == SENTENCES and rows[0]["a.name"] == "Kazakhstan"
    code, out, _ = run(capsys, "cypher", statement, "--store", str(store.dir))
    assert code == 0 and "2 row(s)" in out and "[" not in out.split("\n", 3)[-1]
