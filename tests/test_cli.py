"""The command line, run as a user would (a subprocess)."""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT


def geopol(*args, env=None):
    return subprocess.run([sys.executable, "-m", "graph", *args], capture_output=True, text=True, cwd=ROOT, env=env)


def test_bad_files_are_reported_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Kazakhstan is a member of the CSTO.", encoding="utf-8")
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x00\xffdata")
    (folder / "latin.txt").write_bytes("Türkiye signed a deal.".encode("latin-1"))
    run = geopol("ingest", str(folder), str(tmp_path / "missing.txt"), "--store", str(tmp_path / "s"))
    assert run.returncode == 1
    lines = [line for line in run.stderr.splitlines() if line.startswith("error")]
    assert len(lines) == 4
    for name, reason in [("empty.txt", "empty"), ("binary.txt", "binary"), ("latin.txt", "UTF-8"),
                         ("missing.txt", "no such file")]:
        assert any(name in line and reason in line for line in lines), (name, run.stderr)
    assert "Traceback" not in run.stderr
    assert geopol("export", "json", str(tmp_path / "g.json"), "--store", str(tmp_path / "s")).returncode == 0
    data = json.loads((tmp_path / "g.json").read_text())
    assert any(e["type"] == "MEMBER_OF" for e in data["edges"])
    assert "MEMBER_OF" in run.stdout and "documents: 1 in store" in run.stdout


def test_store_from_environment_and_stats(tmp_path):
    import os

    env = {**os.environ, "GEOPOL_STORE": str(tmp_path / "envstore")}
    (tmp_path / "a.txt").write_text("Poland ordered K2 tanks from South Korea.", encoding="utf-8")
    assert geopol("ingest", str(tmp_path / "a.txt"), env=env).returncode == 0
    assert (tmp_path / "envstore" / "store.sqlite").exists()
    stats = geopol("stats", env=env)
    assert stats.returncode == 0 and "Country" in stats.stdout and "documents: 1" in stats.stdout


def test_progress_bar_for_many_files(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(7):
        (folder / f"{i}.txt").write_text(f"Report {i}. Turkey supplied drones to Niger.", encoding="utf-8")
    run = geopol("ingest", str(folder), "--store", str(tmp_path / "s"), "--out", str(tmp_path / "o.json"))
    assert run.returncode == 0, run.stderr
    assert "7/7" in run.stderr
    assert json.loads((tmp_path / "o.json").read_text())["nodes"]


def test_corrupt_store_gives_one_line(tmp_path):
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "graph.json").write_text("[1, 2")
    run = geopol("stats", "--store", str(tmp_path / "s"))
    assert run.returncode == 2 and "graph.json" in run.stderr and "Traceback" not in run.stderr
