"""A demonym before a platform names its user where the article has that state using it.

``native-maker`` reads "the American Patriot" as the United States making the Patriot. Where the same
article has that state operating the type ("Indian, Australian and American P-8 crews share a
detachment", "the last American F-16 assigned to pilot training"), the demonym tells whose jets they
are, not who built them: the maker reading from the demonym is dropped (a maker stated in words,
"built by ...", "US-made", comes by other rules and stays).
"""
from __future__ import annotations

from ..relation import Relation

_USING = {"OPERATES"}


def drop_native_users(relations: list[Relation]) -> list[Relation]:
    """``relations`` less each ``native-maker`` MANUFACTURES whose state operates the same platform by
    another sentence (one demonym read both ways in its own sentence, "a fleet of French Mirages", is no
    evidence of the user)."""
    using: dict[tuple[str, str], set] = {}
    for r in relations:
        if r.type in _USING:
            using.setdefault((r.source, r.target), set()).add(r.evidence.get("start"))
    return [r for r in relations
            if not (r.type == "MANUFACTURES" and r.rule == "native-maker"
                    and using.get((r.source, r.target), set()) - {r.evidence.get("start")})]
