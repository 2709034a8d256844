"""A transfer's stage is no holding's (ONTOLOGY.md, Time; ANNOTATION.md, "Stage and operator conventions"):
a SUPPLIES fact is the transfer, which never takes ``in_service`` or ``retired`` (those describe use, an
OPERATES matter). A transfer that some sentence puts in use ("the jets Chile bought from Norway are in
service") is a completed one: ``delivered``."""
from __future__ import annotations

from ..relation import Relation

_USE = {"in_service", "retired"}


def apply(relations: list[Relation]) -> None:
    """Move, in place, the stage of each supply a rule gave a stage of use to ``delivered``."""
    for r in relations:
        if r.type == "SUPPLIES" and r.props.get("stage") in _USE:
            r.said = r.said or r.props["stage"]
            r.props["stage"] = "delivered"
