"""The notebooks, stored without outputs, run top to bottom against a fresh store; a cell error fails."""
from __future__ import annotations

import json
import os

import nbformat
import pytest
from conftest import ROOT
from nbclient import NotebookClient

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_notebooks_are_stored_without_outputs():
    assert {p.name for p in NOTEBOOKS} >= {"explore.ipynb", "add-your-articles.ipynb"}
    for path in NOTEBOOKS:
        for cell in json.loads(path.read_text())["cells"]:
            if cell["cell_type"] == "code":
                assert not cell.get("outputs") and cell.get("execution_count") is None, path.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs(path, tmp_path, monkeypatch):
    monkeypatch.setenv("GEOPOL_STORE", str(tmp_path / "store"))
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = json.dumps(outputs)
    if path.name == "explore.ipynb":
        assert "Kazakhstan" in text and "image/png" in text  # tables and the centrality chart
        assert text.count("srcdoc") == 2  # the network and the map drawn inline
        assert text.count('id=\\"geopol-vis-network\\"') == 1  # vis-network once per notebook
        supply = next(c for c in nb.cells if c.cell_type == "code" and "supply_chains" in c.source)
        assert "Airbus" in json.dumps(supply.outputs)  # every section shows data: supply chains too
        assert os.path.exists(tmp_path / "store" / "store.sqlite")
    else:
        assert "Rheinmetall Defence Lietuva" in text.split("after:")[1]  # the correction took effect
        assert not os.path.exists(tmp_path / "store")  # a scratch store: the user's store is untouched
