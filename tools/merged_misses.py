"""Junk and duplicate nodes of a merged store per development half (``score.py --merged -v``).

    python tools/merged_misses.py fresh8 fresh7        # lists, then a rate line per half
    python tools/merged_misses.py --rates tune fresh   # rate lines only
Name the halves: tune, fresh, fresh2 ... (never the held-out ones).
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.devset import DEV_DIR, SCORER, build_merged  # noqa: E402


def main(argv: list[str]) -> None:
    from graph.pipeline import Pipeline

    rates_only = "--rates" in argv
    pipeline = Pipeline()
    lines = []
    for half in (a for a in argv if not a.startswith("-")):
        gold_dir = DEV_DIR / half
        out = Path(tempfile.mkdtemp(prefix=f"geopol-merged-{half}-"))
        merged = build_merged(gold_dir, out / "store", pipeline)
        text = subprocess.run([sys.executable, str(SCORER), "--gold-dir", str(gold_dir), "--merged", str(merged), "-v"],
                              capture_output=True, text=True, check=True).stdout
        body, last = text.rstrip("\n").rsplit("\n", 1) if "\n" in text.strip() else ("", text.strip())
        if not rates_only:
            print(f"== {half}\n{body}")
        lines.append(f"{half:7} {last}")
    print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1:])
