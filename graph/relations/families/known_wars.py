"""Background knowledge: the sides of a catalogued war named in the text are in conflict."""
from __future__ import annotations

from collections.abc import Iterator

from ..context import SentenceContext
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
        entry = ref.get(war.ref_id) if war.label == "Event" and war.ref_id else None
        if entry is None or len(entry.parties) < 2:
            continue
        sides = []
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
        if len(sides) < 2:
            continue
        sents = [doc[m.start].sent for m in war.mentions]
        for i, a in enumerate(sides):
            for b in sides[i + 1:]:
                sent = next((s for s in sents if any(m.entity in {a.id, b.id} and s.start <= m.start < s.end
                                                     for m in mentions)), sents[0])
                ctx = SentenceContext(sent, mentions, facts.entities, doc_id)
                yield rel(ctx, a.id, "IN_CONFLICT_WITH", b.id, 0.65, "known-war", domain="defense")
        for side in sides:
            sent = next((s for s in sents if any(m.entity == side.id and s.start <= m.start < s.end
                                                 for m in mentions)), None)
            if sent is not None:
                yield rel(SentenceContext(sent, mentions, facts.entities, doc_id), side.id, "PARTICIPATED_IN",
                          war.id, 0.6, "known-war")

