"""Run Neo4j's own Cypher linter (tools/cypher-lint, npm @neo4j-cypher/language-support) from tests."""
from __future__ import annotations

import json
import shutil
import subprocess

from conftest import ROOT

from graph.cypher.tables import NODE_COLUMNS, REL_COLUMNS
from graph.ontology import LABELS, REL_TYPES

LINT = ROOT / "tools" / "cypher-lint"
SCHEMA = {"labels": list(LABELS), "relationshipTypes": list(REL_TYPES),
          # "from" and "to" are the keys of the writer's $rows maps, which the linter reads as properties
          "propertyKeys": sorted(set(NODE_COLUMNS) | set(REL_COLUMNS) | {"from", "to"})}


def lint(statements: list[dict]) -> dict[str, list]:
    assert shutil.which("node"), "node is not installed (make install sets it up)"
    assert (LINT / "node_modules").exists(), "run `make install` to install the linter"
    run = subprocess.run(["node", str(LINT / "lint.mjs")], input=json.dumps({"statements": statements, "schema": SCHEMA}),
                         capture_output=True, text=True, timeout=300, check=True)
    return {r["name"]: r["diagnostics"] for r in json.loads(run.stdout)}
