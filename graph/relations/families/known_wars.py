"""Background knowledge: the sides of a catalogued war named in the text are in conflict (not those of a war
they never fought with each other, ``cues.yaml`` ``known_wars.unfought``: the Cold War)."""
from __future__ import annotations

from collections.abc import Iterator

from ..context import SentenceContext
from ..lexicon import cues
from ..relation import Relation
from .common import DocFacts, rel


def known_conflicts(doc, facts: DocFacts, doc_id: str) -> Iterator[Relation]:
    """The sides of a catalogued war named in the document are in conflict, and took part in it,
    where a sentence names the war (the one that also names a side, else the first)."""
    from ...entities import Entity
    from ...reference import load_reference

    ref = load_reference(doc.user_data.get("reference_files", ()))  # the user's --reference files too
    mentions = [m for m in doc._.mentions if m.entity]
    by_ref = {e.ref_id: e for e in facts.entities.values() if e.ref_id}
    for war in list(facts.entities.values()):
        entry = ref.get(war.ref_id) if war.label == "Event" else None
        if entry is not None and len(entry.parties) == 1:
            yield from _group_attack(doc, facts, doc_id, ref, war, entry.parties[0], mentions, by_ref)
            continue
        if entry is None or len(entry.parties) < 2 or war.name in cues()["known_wars"]["unfought"]:
            continue  # (a rivalry of blocs whose sides never fought each other: no dyad, no part taken)
        sides, actor = [], None
        for name in entry.parties:
            for s in ref.lookup(name)[:1]:
                side = by_ref.get(s.id)
                if side is None and any(name.lower() in m.text.lower() for m in war.mentions):
                    # "the invasion of Ukraine" names Ukraine even where no other mention does
                    side = facts.entities.setdefault(s.id, Entity(id=s.id, label=s.label, name=s.name,
                                                                  aliases=set(s.aliases), props=dict(s.props),
                                                                  ref_id=s.id))
                    by_ref[s.id] = side
                if side is not None:
                    sides.append(side)
                    actor = side if name == entry.parties[0] else actor
        if len(sides) < 2:
            continue
        sents = [doc[m.start].sent for m in war.mentions]
        for i, a in enumerate(sides):
            for b in sides[i + 1:]:
                sent = next((s for s in sents if any(m.entity in {a.id, b.id} and s.start <= m.start < s.end
                                                     for m in mentions)), sents[0])
                ctx = SentenceContext(sent, mentions, facts.entities, doc_id)
                yield rel(ctx, a.id, "IN_CONFLICT_WITH", b.id, 0.65, "known-war", domain="defense")
        for side in _taking_part(war, actor, sides):
            sent = next((s for s in sents if any(m.entity == side.id and s.start <= m.start < s.end
                                                 for m in mentions)), None)
            if sent is not None:
                yield rel(SentenceContext(sent, mentions, facts.entities, doc_id), side.id, "PARTICIPATED_IN",
                          war.id, 0.6, "known-war")



def _taking_part(war, actor, sides: list) -> list:
    """The sides of a catalogued war that took part in it: all of them, but of one side's act on another
    ("Russian invasion of Ukraine", "Annexation of Crimea by the Russian Federation", "2023 Azerbaijani
    offensive in Nagorno-Karabakh": a name with a word of ``cues.yaml`` ``known_wars.one_sided``) only its
    ``actor``, the party the catalogue lists first; the side acted on stays in conflict with it."""
    words = set(war.name.lower().replace("-", " ").split())
    if words.isdisjoint(cues()["known_wars"]["one_sided"]):
        return sides
    return [actor] if actor is not None else []


_GROUP_LABELS = {"Organization"}  # an armed group; a single state party is where a coup or an attack happened


def _group_attack(doc, facts: DocFacts, doc_id: str, ref, event, party: str, mentions, by_ref) -> Iterator[Relation]:
    """The one catalogued party of an attack or a revolt that is an armed group ("the Hamas attack of
    October 7", "the Wagner mutiny") took part in it, where the document names the group; a single state
    party is where the event happened (a coup, an attack on it), no participant."""
    side = next((by_ref.get(s.id) for s in ref.lookup(party)[:1] if s.label in _GROUP_LABELS), None)
    if side is None:
        return
    sents = [doc[m.start].sent for m in event.mentions]
    sent = next((s for s in sents if any(m.entity == side.id and s.start <= m.start < s.end for m in mentions)),
                sents[0] if sents else None)
    if sent is not None:
        yield rel(SentenceContext(sent, mentions, facts.entities, doc_id), side.id, "PARTICIPATED_IN",
                  event.id, 0.6, "known-war")
