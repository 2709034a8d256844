"""List each dev article's focal country (the country the rules fall back to) beside its title and
lead, and, when ``tools/focal_expected.csv`` names the reader's answer, whether they agree.

    python tools/focal_list.py tune fresh6        # dev halves by name
    python tools/focal_list.py --wrong tune fresh  # only the disagreements
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

EXPECTED = Path(__file__).with_name("focal_expected.csv")


def expected() -> dict[str, str]:
    """Article stem -> the country a reader would call its main one (a name, or "-" for none)."""
    if not EXPECTED.exists():
        return {}
    with EXPECTED.open(encoding="utf-8") as fh:
        return {row["article"]: row["focal"] for row in csv.DictReader(fh)}


def main(argv: list[str]) -> int:
    from devset import article_of

    from graph.entities.resolve import _Resolver
    from graph.pipeline import Pipeline
    from graph.text import read_document

    wrong_only = "--wrong" in argv
    halves = [a for a in argv if not a.startswith("--")]
    pipeline = Pipeline()
    want = expected()
    wrong = total = 0
    for half in halves:
        for gold in sorted((ROOT / "tests" / "data" / "dev" / half).glob("*.json")):
            document = read_document(article_of(gold))
            doc = pipeline.nlp(document.text[:100_000])
            res = _Resolver(doc, pipeline.ref)
            name = pipeline.ref.get(res.focal).name if res.focal else "-"
            weights = res._country_weights().most_common(3)
            top = ", ".join(f"{pipeline.ref.get(c).name}:{w:g}" for c, w in weights)
            key = gold.stem
            exp = want.get(key)
            ok = "?" if exp is None else ("ok" if name in exp.split("|") else "WRONG")
            total += 1
            wrong += ok == "WRONG"
            if wrong_only and ok != "WRONG":
                continue
            first = next(iter(doc.sents)).text.replace("\n", " ")[:150]
            print(f"{half}/{key}\t{name}\t{ok}\texp={exp}\t[{top}]\n    {document.title[:100]}\n    {first}")
    print(f"{wrong} wrong of {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
