"""A state body named with the service it belongs to: "the General Staff of the Azerbaijani Armed Forces", "the
Joint Special Operations Command of the Military Forces", "the Gorkha Brigade of the Indian Army".

One mention (a catalogue row's long alias, or a name grown over "of") holds two bodies: the staff, command or unit
and the armed service after "of". The dev gold lists the service as a body of its own, with the staff PART_OF it
(pooled over thirty-nine development halves: sixteen such names in eleven halves, the service listed in fifteen).
The mention is cut before "of": its head keeps the whole name's catalogue row (the row names it canonically), the
service after "of" (and "the") becomes a mention of its own, where it is a catalogued GovernmentBody (by name or
alias: "Azerbaijani Armed Forces") or a bare service of the lexicon (``owned_body_services``: "Military Forces",
"Armed Forces", "Army"), written with a capital. The head must end in a word of a state body's part
(``owned_body_heads``: staff, command, brigade, directorate ...), so "Ministry of Defence of the Russian
Federation" and "Chief of Staff of the Army" (a title, no body mention) are left whole. A head that is the part word
alone ("the Command of the Armed Forces", "the Office of the Navy", "The Academy of the Armed Forces") names no body
of its own: the name is left whole (review42b: a bare kind word cut off was a junk body, or dropped).
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from ..reference import ReferenceData
from .lexicon import lexicon
from .mention import Mention

MakeMention = Callable[[int, int, str, "str | None"], Mention]


def _service(doc: Doc, start: int, end: int, ref: ReferenceData) -> str | None | bool:
    """The catalogue id of the service ``doc[start:end]`` names, True for a bare lexicon service, else False."""
    text = doc[start:end].text
    if not text[:1].isupper():
        return False
    found = ref.find("GovernmentBody", text)
    if found is not None:
        return found.id
    return True if text.lower() in lexicon()["owned_body_services"] else False


def _bare_head(doc: Doc, start: int, k: int) -> bool:
    """Whether ``doc[start:k]`` is a part word alone ("Command", "the Office"): no name of a body of its own."""
    words = [t for t in doc[start:k] if t.lower_ not in {"the", "a", "an"}]
    return len(words) <= 1


def split_owned_bodies(doc: Doc, mentions: list[Mention], ref: ReferenceData, make: MakeMention) -> list[Mention]:
    """``mentions`` with every GovernmentBody "<part> of [the] <service>" cut in two (see the module docstring)."""
    heads = set(lexicon()["owned_body_heads"])
    out: list[Mention] = []
    for m in mentions:
        if m.label != "GovernmentBody":
            out.append(m)
            continue
        cut = None
        for k in range(m.start + 1, m.end - 1):
            if doc[k].lower_ != "of" or doc[k - 1].lower_ not in heads or _bare_head(doc, m.start, k):
                continue
            s = k + 1 + (doc[k + 1].lower_ == "the")
            if s >= m.end:
                continue
            service = _service(doc, s, m.end, ref)
            if service is not False:
                cut = (k, s, service if isinstance(service, str) else None)
                break
        if cut is None:
            out.append(m)
            continue
        k, s, service_id = cut
        out.append(make(m.start, k, m.label, m.ref_id))
        out.append(make(s, m.end, "GovernmentBody", service_id))
    return out


def owned_aliases(doc: Doc, entities: dict) -> None:
    """The whole written form of a part named with its service ("Joint Command of the Armed Forces", cut in two by
    :func:`split_owned_bodies`) stays a name of the part: the gold keeps it among the part's aliases."""
    heads = set(lexicon()["owned_body_heads"])
    starts = {m.start: m for e in entities.values() if e.label == "GovernmentBody" for m in e.mentions}
    for entity in entities.values():
        if entity.label != "GovernmentBody":
            continue
        for m in list(entity.mentions):
            k = m.end
            if k + 1 >= len(doc) or doc[k].lower_ != "of" or doc[k - 1].lower_ not in heads:
                continue
            tail = starts.get(k + 1 + (doc[k + 1].lower_ == "the"))
            if tail is not None and tail.entity != entity.id:
                whole = doc[m.start:tail.end].text
                if whole != entity.name:
                    entity.aliases.add(whole)
