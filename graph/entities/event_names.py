"""One event under two names in one article becomes one node.

* A second name given in the text: "the Unity exercise, known locally as Birlik, opened", "Exercise
  Sea Shield (Scutul Marii)", "Operation X, also called Y": the name after the cue is an alias of
  the one before it.
* A name the text treats as an event: the object of a verb whose object is always an event ("wrapped
  up Freedom Edge", "conducted Iron Fist") or of a phrase that takes one ("took part in X", "on the
  eve of X"), where the NER read it as a person or a body; its other mentions are the event too.
* A series name without its year beside the one dated edition the article names: a headline's
  "Falcon Strike drill" and the body's "Falcon Strike 2023" are one edition (not when the article
  names two editions of the series, "Falcon Strike 2022" and "Falcon Strike 2023").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..mentions import Mention
from ..mentions.lexicon import lexicon
from .entity import Entity

# what stands between a name and its other name: ", known in the region as", ", also called", " ("
_SECOND_NAME = re.compile(
    r"^\s*(?:\(|,?\s*(?:(?:also|locally|widely|officially|sometimes|commonly|formally)\s+)?"
    r"(?:known|called|named|dubbed|referred\s+to|designated|codenamed|code-named)"
    r"(?:\s+(?:locally|widely|officially|commonly|also))?"
    r"(?:\s+(?:in|by|to)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?\s+as\s+|,?\s*(?:also\s+)?(?:called|dubbed|codenamed)\s+)$")
_YEARED = re.compile(r"^(?:(.+?)[\s-]+((?:19|20)\d\d)|((?:19|20)\d\d)\s+(.+))$")


_GUESSED = {"Person", "Organization", "Company", "Place"}  # the NER's readings an event's name may be given


def _lemmas_before(doc: Doc, start: int, n: int = 4) -> str:
    """The lemmas of up to ``n`` words before ``start`` without articles: "took part in the" -> "take part in"."""
    words = [t.lemma_.lower() for t in doc[max(0, start - n):start] if t.lower_ not in {"the", "a", "an", "this"}]
    return " ".join(words)


def acted_on(doc: Doc, m: Mention) -> bool:
    """Whether the text treats the name ``m`` as an event: the object of an event-taking verb or
    phrase ("wrapped up Freedom Edge", "took part in Iron Fist", "on the eve of Freedom Edge")."""
    lex = lexicon()
    words = m.text.split()
    if m.ref_id or m.label not in _GUESSED or not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    head = doc[m.start:m.end].root
    before = _lemmas_before(doc, m.start)
    if head.dep_ == "dobj" and any((before == v or before.endswith(" " + v)) and head.head.lemma_.lower() == v.split()[0]
                                   for v in lex["event_object_verbs"]):
        return True
    return head.dep_ == "pobj" and any(before == p or before.endswith(" " + p) for p in lex["event_object_phrases"])


def before_it(doc: Doc, m: Mention) -> bool:
    """Whether the name ``m`` is named as what comes later ("on the eve of X", "ahead of X"): its
    sentence's day is not the event's."""
    before = _lemmas_before(doc, m.start)
    return any(before == p or before.endswith(" " + p) for p in lexicon()["event_before_phrases"])


def _stem(name: str) -> str:
    """ "Falcon Strike drill" -> "falcon strike"; "Exercise Falcon Strike" -> "falcon strike"."""
    nouns = {n for kind in lexicon()["event_kinds"].values() for n in kind}
    words = [w for w in name.lower().replace("-", " ").split() if w not in nouns and w not in {"the", "exercise"}]
    return " ".join(words)


def _merge(entities: dict[str, Entity], keep: Entity, gone: Entity) -> None:
    for m in gone.mentions:
        keep.add(m)
    keep.aliases |= gone.aliases | {gone.name}
    for k, v in gone.props.items():
        keep.props.setdefault(k, v)
    del entities[gone.id]


def second_names(entities: dict[str, Entity], mentions: list[Mention], text: str) -> None:
    """Merge an event into the one whose name the text gives just before it as its other name."""
    events = sorted((m for m in mentions if m.label == "Event" and m.entity in entities and
                     entities[m.entity].label == "Event"), key=lambda m: m.start_char)
    for a, b in zip(events, events[1:], strict=False):
        if a.entity == b.entity or a.entity not in entities or b.entity not in entities:
            continue
        if entities[a.entity].ref_id and entities[b.entity].ref_id:
            continue  # two catalogued events are two events
        if _SECOND_NAME.match(text[a.end_char:b.start_char]):
            keep, gone = entities[a.entity], entities[b.entity]
            if gone.ref_id and not keep.ref_id:
                keep, gone = gone, keep
            _merge(entities, keep, gone)


def yearless_editions(entities: dict[str, Entity]) -> None:
    """Merge an uncatalogued event named by a series stem alone into the article's one edition of it."""
    editions: dict[str, list[Entity]] = {}
    for e in entities.values():
        found = _YEARED.match(e.name) if e.label == "Event" else None
        if found:
            stem = _stem(found.group(1) or found.group(4))
            if stem:
                editions.setdefault(stem, []).append(e)
    for e in list(entities.values()):
        if e.label != "Event" or e.ref_id or _YEARED.match(e.name) or e.id not in entities:
            continue
        stem = _stem(e.name)
        found = editions.get(stem, [])
        if stem and len(found) == 1 and found[0].id in entities and found[0].id != e.id:
            _merge(entities, found[0], e)
