"""Background knowledge: an article about a state that names its standing adversary treats their
conflict as known (the two Koreas, India and Pakistan, a state and the insurgents it fights). The
pairs and the day each conflict began are ``reference/data/rivalries.csv`` (each row with its source);
the rule fires only where the article's own state (``DocFacts.focal``) is one side and the text names
the other, so the Koreas in a Beijing parade report stay apart."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from functools import lru_cache

from ..context import SentenceContext
from ..relation import Relation
from ..time import parse_date, published_of
from .common import DocFacts, rel


@lru_cache(maxsize=1)
def rivals_by_side() -> dict[str, tuple[tuple[str, str], ...]]:
    """Reference id of a side -> (reference id of the other side, the day their conflict began), both ways."""
    from ...reference import load_reference
    from ...reference.loader import DATA_DIR
    from ...reference.offices import read_rows

    ref = load_reference()
    out: dict[str, list[tuple[str, str]]] = {}
    for row in read_rows(DATA_DIR / "rivalries.csv"):
        ids = [next((e.id for e in ref.lookup(row[k].strip())[:1]), None) for k in ("side", "other")]
        if None in ids:
            continue
        began = (row.get("from") or "").strip()
        out.setdefault(ids[0], []).append((ids[1], began))
        out.setdefault(ids[1], []).append((ids[0], began))
    return {k: tuple(v) for k, v in out.items()}


def _begun(began: str, day: date | None) -> bool:
    start = parse_date(began) if began else None
    return day is None or start is None or start <= day


def _listed(tok) -> bool:
    """Whether a name is, or names the owner of, one of three or more conjoined phrases ("Brunei, Cambodia,
    Indonesia and Laos", "Japan's minister, Philippine Defence Secretary X and Australia's Y")."""
    for _ in range(4):
        if len(tok.conjuncts) >= 2:
            return True
        if tok.dep_ not in {"compound", "amod", "poss", "nmod", "appos"} or tok.head is tok:
            return False
        tok = tok.head
    return False


def standing_rivals(doc, facts: DocFacts, doc_id: str) -> Iterator[Relation]:
    """The article's own state and each catalogued adversary the text names by name (not only by a
    pronoun, nor only as one of a list of three or more) are in conflict; the evidence is the first
    sentence naming both, else the first naming the adversary (outside a list)."""
    focal = facts.entities.get(facts.focal) if facts.focal else None
    if focal is None or focal.label != "Country" or not focal.ref_id:
        return
    day = published_of(doc)
    by_ref = {e.ref_id: e.id for e in facts.entities.values() if e.ref_id}
    named = [m for m in facts.mentions if m.source != "coref"]
    alone = [m for m in named if not _listed(doc[m.end - 1])]
    for other_ref, began in rivals_by_side().get(focal.ref_id, ()):
        other = by_ref.get(other_ref)
        if other is None or not _begun(began, day):
            continue
        sents = [doc[m.start].sent for m in alone if m.entity == other]
        if not sents:
            continue  # named only in a list ("the ten members - A, B, C ..."): no party to the article's story
        both = [s for s in sents if any(m.entity == focal.id and s.start <= m.start < s.end for m in named)]
        sent = (both or sents)[0]
        ctx = SentenceContext(sent, [m for m in facts.mentions if sent.start <= m.start < sent.end],
                              facts.entities, doc_id)
        yield rel(ctx, focal.id, "IN_CONFLICT_WITH", other, 0.55, "standing-rival", domain="defense")
