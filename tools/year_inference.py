"""How well a yearless dateline's year is inferred: every dev article whose gold gives a full
publication date is re-dated as if its dateline said only "Nov. 23" (the body after the headline,
byline and dateline; the gold's month and day), and the year ``_with_year`` infers is compared.

    python tools/year_inference.py [HALF ...]     # default: the twelve development halves

Prints each miss (with the step of :func:`~graph.text.metadata.year_and_step` that decided it), the
right/wrong count of every step and the total; ``--count`` prints the total alone (a half read blind).
Never pass a held-out half.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import devset  # noqa: E402

from graph.text import read_document  # noqa: E402
from graph.text.metadata import layout, year_and_step  # noqa: E402

HALVES = ("tune", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10",
          "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19",
          "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28",
          "fresh29", "fresh30", "fresh31", "fresh32", "fresh33", "fresh34",
          "fresh35", "fresh36", "fresh37", "fresh38", "fresh39", "fresh40", "fresh41", "fresh42",
          "fresh43", "fresh44", "fresh45")


def main(argv: list[str]) -> None:
    count_only = "--count" in argv
    argv = [a for a in argv if a != "--count"]
    halves = [Path(a) for a in argv] or [ROOT / "tests" / "data" / "dev" / h for h in HALVES]
    ok = total = 0
    steps: dict[str, list[int]] = {}
    for half in halves:
        if "check" in half.parts:
            raise SystemExit("the check half is held out")
        for gold_path in sorted(half.glob("*.json")):
            document = json.loads(gold_path.read_text(encoding="utf-8"))["document"]
            published = document.get("published") if isinstance(document, dict) else None
            if not published or len(published) < 10:
                continue
            doc = read_document(devset.article_of(gold_path))
            lay = layout(doc.text)
            start = max(x[1] for x in (lay.headline, lay.byline, lay.dateline, (0, 0)) if x)
            got, step = year_and_step(f"0000{published[4:]}", doc.text[start:], doc.title or "")
            total += 1
            ok += got == published
            steps.setdefault(step, [0, 0])[got != published] += 1
            if got != published and not count_only:
                print(f"{half.name} {gold_path.stem}: gold {published} inferred {got} by {step}")
    if not count_only:
        for step, (right, wrong) in sorted(steps.items(), key=lambda kv: -sum(kv[1])):
            print(f"  {step:10} right {right:3}  wrong {wrong:3}")
    print(f"{ok}/{total} years inferred")


if __name__ == "__main__":
    main(sys.argv[1:])
