"""A fleet's retirement over the whole article, not one sentence.

A piece about a type leaving service ("the Orions have flown their final mission", "the type left
service in March") tells its history too: "New Zealand took delivery of five
P-3Bs in 1966" is then a holding that has ended, not a delivery (ONTOLOGY.md, Time: ``retired``).
Where the article retires a type, for one holder in a sentence or by a farewell of the type, every
holding of that type by the same state (the state and its services) that the article reports as
delivered, being delivered or in service is retired too, closed on the day the retirement is dated.
The cue words are ``retirement`` in ``cues.yaml``.
"""
from __future__ import annotations

from bisect import bisect_right
from datetime import date

from spacy.tokens import Span, Token

from ...entities import Entity
from ..lexicon import cues
from ..relation import Relation
from ..time import evidence_when

_HELD = {"delivered", "delivering", "in_service"}


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children) or any(c.dep_ == "neg" for c in tok.head.children)


def _still_to_leave(sent: Span) -> bool:
    """Whether a sentence puts the type's leaving service ahead: "two weeks before the type leaves service",
    "ahead of its retirement", "until it is withdrawn from service" (``ahead_words``, ``leaving_nouns``)."""
    lex = cues()["retirement"]
    for tok in sent:
        if tok.lower_ not in lex["ahead_words"]:
            continue
        if tok.dep_ == "mark" and tok.head.lemma_.lower() in lex["leaving_verbs"]:
            return True  # "before the type leaves service"
        if tok.dep_ == "prep" or tok.lower_ == "ahead":
            objs = [o for c in (tok, *tok.children) for o in c.children if o.dep_ == "pobj"]
            if any(o.lemma_.lower() in lex["leaving_nouns"] for o in objs):
                return True  # "ahead of its retirement", "before the stand-down"
    return False


def farewell(sent: Span) -> bool:
    """Whether a sentence takes leave of a type: a farewell outing ("flew a farewell tour", "the
    farewell flypast"), a final outing ("flew their final mission"), or the type leaving service
    ("left service", "was withdrawn from service"); not negated, not a modal's, and not where the
    sentence puts the leaving ahead ("a farewell tour two weeks before the type leaves service": it
    still serves)."""
    lex = cues()["retirement"]
    if _still_to_leave(sent):
        return False
    for tok in sent:
        low = tok.lemma_.lower()
        if low in lex["farewell_words"] and tok.dep_ in {"compound", "amod", "nmod"} \
                and tok.head.lemma_.lower() in lex["outings"] and not _negated(tok.head):
            return True
        if low in lex["outings"] and any(c.dep_ == "amod" and c.lower_ in lex["last_words"] for c in tok.children) \
                and tok.head.pos_ == "VERB" and tok.head.tag_ in {"VBD", "VBN"} and not _negated(tok.head):
            return True  # "flew their final mission" (not "will fly its last sortie in May")
        if low == "service" and tok.dep_ in {"dobj", "pobj"}:
            verb = tok.head if tok.dep_ == "dobj" else tok.head.head
            if verb.lemma_.lower() in lex["leaving_verbs"] and not _negated(verb) \
                    and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
                return True  # "leaves service", "was withdrawn from service", "left service"
    return False


def _retiring_state(r: Relation, entities: dict[str, Entity], ended: dict) -> tuple[str | None, str] | None:
    """The one retirement of ``r``'s type an operator with no state of its own takes: "No. 23 Squadron" or "Air
    Transport Wing 63" in a piece on the air force's farewell to the type (a unit the text never places is the
    retiring state's); None for a state, a placed body, or a type two states retire."""
    holder = entities.get(r.source)
    if holder is None or holder.label == "Country" or holder.country:
        return None
    keys = [k for k in ended if k[1] == r.target]
    return keys[0] if len(keys) == 1 else None


def apply(relations: list[Relation], sents: list[Span], entities: dict[str, Entity], base: date | None) -> None:
    """Retire, in place, the holdings of each type the article retires (see the module doc)."""
    starts = [s.start_char for s in sents]
    platforms_in: dict[int, set[str]] = {}
    for e in entities.values():
        if e.label != "Platform":
            continue
        for m in e.mentions:
            platforms_in.setdefault(bisect_right(starts, m.start_char) - 1, set()).add(e.id)

    def country(eid: str) -> str:
        return entities[eid].country or eid if eid in entities else eid

    holders: dict[str, set[str]] = {}
    for r in relations:
        if r.type == "OPERATES":
            holders.setdefault(r.target, set()).add(country(r.source))
    ended: dict[tuple[str | None, str], str | None] = {}  # (state or None for the type's only one, type) -> end
    for r in relations:
        if r.type == "OPERATES" and r.props.get("stage") == "retired":
            ended[(country(r.source), r.target)] = r.props.get("valid_to") or r.evidence.get("when")
    for i, sent in enumerate(sents):
        types = platforms_in.get(i, set())
        if len(types) == 1 and farewell(sent):
            (p,) = types
            if len(holders.get(p, ())) == 1:
                ended.setdefault((None, p), evidence_when(sent, base))
    if not ended:
        return
    for r in relations:
        if r.type != "OPERATES" or r.props.get("stage") not in _HELD:
            continue
        key = (country(r.source), r.target)
        if key not in ended and (None, r.target) not in ended:
            key = _retiring_state(r, entities, ended)
            if key is None:
                continue
        end = ended.get(key) or ended.get((None, r.target))
        r.said = r.said or r.props.get("stage")
        r.props["stage"] = "retired"
        if end:
            r.props["valid_to"] = end
