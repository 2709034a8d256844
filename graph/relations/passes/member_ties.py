"""A member's tie with its own bloc is its membership, not a second fact.

"Denmark's allies in NATO", "Japan, its partner in the Quad": a rule reading the partnership noun
proposes COOPERATES_WITH between the state and the bloc while another reads MEMBER_OF from the same
words. Where the document gives the pair a membership, the cooperation of the pair is dropped
(ONTOLOGY.md: cooperation is a tie between actors, membership is how a member stands to its bloc).
"""
from __future__ import annotations

from ...entities import Entity
from ..lexicon import cues
from ..relation import Relation


def drop_bloc_ties(relations: list[Relation]) -> list[Relation]:
    """``relations`` without the COOPERATES_WITH of a pair the document also has as MEMBER_OF.

    >>> r = lambda s, t, o: Relation(s, t, o, {}, 0.7, "test")
    >>> [x.type for x in drop_bloc_ties([r("dk", "MEMBER_OF", "nato"), r("dk", "COOPERATES_WITH", "nato"),
    ...                                  r("dk", "COOPERATES_WITH", "se")])]
    ['MEMBER_OF', 'COOPERATES_WITH']
    """
    members = {frozenset((r.source, r.target)) for r in relations if r.type == "MEMBER_OF"}
    return [r for r in relations if not (r.type == "COOPERATES_WITH" and frozenset((r.source, r.target)) in members)]


def drop_universal_memberships(relations: list[Relation], entities: dict[str, Entity]) -> list[Relation]:
    """``relations`` without a MEMBER_OF of a body nearly every state belongs to (``membership.universal_bodies``:
    the United Nations): "Pyongyang remains under UN sanctions", "troops under UN command", "the permanent members
    of the Security Council" tell no membership of the UN, and where one is told it is general knowledge.

    >>> from graph.entities import Entity
    >>> ents = {"un": Entity("un", "Alliance", "United Nations"), "nato": Entity("nato", "Alliance", "NATO")}
    >>> r = lambda s, t, o: Relation(s, t, o, {}, 0.7, "test")
    >>> [x.target for x in drop_universal_memberships([r("kp", "MEMBER_OF", "un"), r("dk", "MEMBER_OF", "nato"),
    ...                                                r("kp", "IN_CONFLICT_WITH", "un")], ents)]
    ['nato', 'un']
    """
    universal = cues()["membership"]["universal_bodies"]
    def universal_body(e: Entity | None) -> bool:
        return e is not None and (e.name in universal or not universal.isdisjoint(e.aliases))
    return [r for r in relations if not (r.type == "MEMBER_OF" and universal_body(entities.get(r.target)))]
