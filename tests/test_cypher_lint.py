"""Every named query, and the statements the code builds, pass Neo4j's own Cypher linter
(npm @neo4j-cypher/language-support, lintCypherQuery) with no diagnostics."""
from __future__ import annotations

import pytest
from cypherlint import lint

import queries


@pytest.fixture(scope="module")
def results():
    statements = [{"name": q.name, "query": q.text, "parameters": {p.name: "x" for p in q.params}}
                  for q in queries.all_queries()]
    # the texts the helpers run after the name lookup: anchors typed with the entity's label
    statements += [{"name": f"{q.name}:typed", "query": q.typed({p.name: "Person" for p in q.params}),
                    "parameters": {p.name: "x" for p in q.params}} for q in queries.all_queries()]
    # and, when no time is given, without the time tests
    statements += [{"name": f"{q.name}:timeless",
                    "query": q.text_for({p.name: "" for p in q.params}, {p.name: "Person" for p in q.params}),
                    "parameters": {p.name: "x" for p in q.params}} for q in queries.all_queries()]
    statements += [
        {"name": "canary-undefined-variable", "query": "MATCH (n) RETURN m", "parameters": {}},
        {"name": "canary-syntax", "query": "MATCH (n RETURN n", "parameters": {}},
        {"name": "canary-parameter", "query": "MATCH (n) WHERE n.name = $name RETURN n", "parameters": {}},
    ]
    return lint(statements)


def test_linter_is_alive(results):
    for canary in ("canary-undefined-variable", "canary-syntax", "canary-parameter"):
        assert any(d["severity"] == "error" for d in results[canary]), canary


@pytest.mark.parametrize("name", queries.names())
def test_named_query_has_no_diagnostics(results, name):
    assert results[name] == []
    assert results[f"{name}:typed"] == []
    assert results[f"{name}:timeless"] == []
