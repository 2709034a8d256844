"""Check gold annotation files against the ontology and their article.

    python tests/goldcheck.py tests/data/dev/tune tests/data/dev/fresh tests/data/dev/check

Each gold ``NAME.json`` must name an existing article, use only the ontology's labels, types and
endpoint rules, give every relation endpoint as an entity name, and every required entity's name
or one of its aliases must occur in the article. With ``--aliases`` every alias must occur too (the
convention since fresh4; the first halves listed catalogue variants as aliases). Prints one line per
problem; exit code 1 if any.

    python tests/goldcheck.py --aliases tests/data/dev/fresh11
"""
from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.ontology import ENTITY_LABELS, PLATFORM_CATEGORIES, allowed  # noqa: E402

STAGES = {"planned", "negotiating", "ordered", "delivering", "delivered", "in_service", "retired", "cancelled"}
DATE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?)?(/(\d{4}(-\d{2}(-\d{2})?)?)?)?$")


def document_file(gold: dict) -> str:
    doc = gold.get("document")
    return doc.get("file", "") if isinstance(doc, dict) else str(doc or "")


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2019", "'")).casefold()


def check_file(path: Path, aliases: bool = False) -> list[str]:
    """Problems of one gold file, each as ``path: problem``; ``aliases``: every alias must occur."""
    problems: list[str] = []

    def bad(msg: str) -> None:
        problems.append(f"{path}: {msg}")

    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"{path}: not readable JSON ({exc})"]
    article = path.parent / document_file(gold)
    if not document_file(gold) or not article.is_file():
        return [f"{path}: document {document_file(gold)!r} is not a file beside it"]
    raw = article.read_text(encoding="utf-8")
    text = _fold(html.unescape(raw) if article.suffix in {".html", ".htm"} else raw)  # "C&ocirc;te"
    doc = gold.get("document")
    if isinstance(doc, dict) and doc.get("published") and not DATE.match(doc["published"]):
        bad(f"published {doc['published']!r} is not an ISO date")
    labels: dict[str, str] = {}
    for ent in gold.get("entities", []):
        name, label = ent.get("name"), ent.get("label")
        if name in labels:
            bad(f"entity {name!r} given twice")
        labels[name] = label
        if label not in ENTITY_LABELS:
            bad(f"entity {name!r}: unknown label {label!r}")
        if label == "Platform" and ent.get("category") not in PLATFORM_CATEGORIES:
            bad(f"platform {name!r}: category {ent.get('category')!r}")
        if ent.get("date") and not DATE.match(ent["date"]):
            bad(f"entity {name!r}: date {ent['date']!r} is not ISO")
        forms = [name, *(ent.get("aliases") or [])]
        if not ent.get("optional") and not any(_fold(f) in text for f in forms if f):
            bad(f"required entity {name!r}: neither its name nor an alias occurs in the article")
        for alias in (ent.get("aliases") or []) if aliases else []:
            if alias and _fold(alias) not in text:
                bad(f"entity {name!r}: alias {alias!r} does not occur in the article")
    for rel in gold.get("relations", []):
        src, typ, dst = rel.get("source"), rel.get("type"), rel.get("target")
        shown = f"{src} -{typ}-> {dst}"
        if src not in labels or dst not in labels:
            bad(f"relation {shown}: an endpoint is not an entity name")
            continue
        if not allowed(labels[src], typ, labels[dst]):
            bad(f"relation {shown}: {labels[src]} -{typ}-> {labels[dst]} is not allowed by the ontology")
        if rel.get("stage") and rel["stage"] not in STAGES:
            bad(f"relation {shown}: stage {rel['stage']!r}")
        if rel.get("when") and not DATE.match(rel["when"]):
            bad(f"relation {shown}: when {rel['when']!r} is not ISO")
    return problems


def main(argv: list[str]) -> int:
    problems: list[str] = []
    aliases = "--aliases" in argv
    folders = [a for a in argv if a != "--aliases"]
    for folder in folders or ["tests/data/dev/tune", "tests/data/dev/check"]:
        for path in sorted(Path(folder).glob("*.json")):
            problems += check_file(path, aliases)
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
