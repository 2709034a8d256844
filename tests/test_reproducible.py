"""The same article gives the same graph on every run: Python's hash seed (which orders sets of strings) must
not choose anything. Two fresh interpreters with different PYTHONHASHSEED values extract the seed article and an
invented one built around ties (three full names sharing a word and a length, a lone form of them) and write the
graphs; the files must be byte-identical. Real pipeline, real subprocesses.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

TIES = ("Kim Jong Un opened the new shipyard in Sinpo on Tuesday. Kim Ra Hee and Kim Su Bin, two of his "
        "ministers, toured the halls with Kim Yo Han. Kim said the yard would build two more submarines, and Ra "
        "said the navy would take them in 2026. Russia and China sent observers; Iran and Belarus did not.")

SCRIPT = """
import sys
from pathlib import Path
from graph.pipeline import Pipeline
from graph.store.interchange import write_graph
from graph.text import read_document
from graph.text.metadata import Metadata
from graph.text.sources import Document
out = Path(sys.argv[1]); seed = Path(sys.argv[2])
pipeline = Pipeline()
write_graph(pipeline.process(read_document(seed)), out / "seed.json")
doc = Document.from_text(sys.argv[3], "ties.txt", meta=Metadata(published="2024-10-10", date_source="cli"))
write_graph(pipeline.process(doc), out / "ties.json")
"""


def _extract(tmp: Path, seed: str, article: Path) -> Path:
    out = tmp / f"run{seed}"
    out.mkdir()
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", SCRIPT, str(out), str(article), TIES], check=True, env=env, cwd=ROOT,
                   timeout=600)
    return out


def test_two_hash_seeds_give_identical_graphs(tmp_path):
    article = next((ROOT / "seeds").glob("*.md"), None) or next(p for p in (ROOT / "seeds").iterdir()
                                                                  if p.suffix in {".txt", ".html", ".md"})
    # seeds 1 and 5 gave the lone "Kim" to different people before names40 (seeds 1-4 and 6 agreed)
    first, second = _extract(tmp_path, "1", article), _extract(tmp_path, "5", article)
    for name in ("seed.json", "ties.json"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
