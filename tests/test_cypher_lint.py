"""Every named query, and the statements the code builds, pass Neo4j's own Cypher linter
(npm @neo4j-cypher/language-support, lintCypherQuery) with no diagnostics."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from conftest import ROOT

import queries
from graph.cypher.tables import NODE_COLUMNS, REL_COLUMNS
from graph.ontology import LABELS, REL_TYPES

LINT = ROOT / "tools" / "cypher-lint"
SCHEMA = {"labels": list(LABELS), "relationshipTypes": list(REL_TYPES),
          "propertyKeys": sorted(set(NODE_COLUMNS) | set(REL_COLUMNS))}


def lint(statements: list[dict]) -> dict[str, list]:
    assert shutil.which("node"), "node is not installed (make install sets it up)"
    assert (LINT / "node_modules").exists(), "run `make install` to install the linter"
    run = subprocess.run(["node", str(LINT / "lint.mjs")], input=json.dumps({"statements": statements, "schema": SCHEMA}),
                         capture_output=True, text=True, timeout=300, check=True)
    return {r["name"]: r["diagnostics"] for r in json.loads(run.stdout)}


@pytest.fixture(scope="module")
def results():
    statements = [{"name": q.name, "query": q.text, "parameters": {p.name: "x" for p in q.params}}
                  for q in queries.all_queries()]
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
