"""Holdings whose own sentence tells the goods as still in the making are ``ordered`` (families/making_stage.py).

Whichever rule found an OPERATES fact, its sentence may say the goods are not yet built or handed over: "INS X,
under construction at the yard, should be ready by 2027", "the navy's third Y-class submarine was launched",
"the first Z-class frigate puts to sea for trials" (ANNOTATION.md: a launched boat and a frigate at sea trials
are ``ordered``). A holding read ``in_service`` by default from such a sentence is ``ordered``.
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span

from ...entities import Entity
from ..families.making_stage import in_the_making
from ..families.stage import clause_verb
from ..relation import Relation
from .use_stage import _tokens_in


def apply(relations: list[Relation], sents: list[Span], entities: dict[str, Entity]) -> None:
    """Make, in place, ``ordered`` each ``in_service`` holding whose sentence tells its goods in the making."""
    start_chars = [s.start_char for s in sents]
    for r in relations:
        if r.type != "OPERATES" or r.props.get("stage") != "in_service" or "start" not in r.evidence:
            continue
        sent = sents[bisect_right(start_chars, r.evidence["start"]) - 1]
        if any(in_the_making(p, clause_verb(p)) for p in _tokens_in(entities.get(r.target), sent)):
            r.said = r.said or "in_service"
            r.props["stage"] = "ordered"
