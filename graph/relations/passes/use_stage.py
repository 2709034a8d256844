"""A holding's stage from what its own sentence says of the goods beside the cue that found it.

A rule reads the stage of an OPERATES fact off the verb that links the holder and the type; the same
sentence often says more about the goods (ONTOLOGY.md, Time):

* goods delivered that the sentence shows in use are ``in_service``: "the Rafales, bought under a 2016
  deal, fired cruise missiles", "bought used Hornets and plans to fly its Hornets until 2032", "already
  fly or have received the fighter" (a verb of use, ``stage.in_use_verbs``, over the platform's phrase);
* goods a successor is named for ("the successor to the RSAF's F-16s") or whose retirement looms ("as F-16
  retirement looms") are ``in_service``, whatever deal for the successor the sentence tells;
* goods the sentence retires are ``retired``: "the gap left by the retirement of X's An-26s" (a noun of
  leaving, ``retirement.leaving_nouns``, not put ahead), "the first of which, HMAS X, was decommissioned"
  (the subject of a verb of loss), "chose the Hornet in 1981 to replace the Mirage III" (a type replaced
  years before publication).
"""
from __future__ import annotations

from bisect import bisect_right
from datetime import date

from spacy.tokens import Span, Token

from ...entities import Entity
from ..families.stage import lost, modality, negative, to_become, use_ahead
from ..lexicon import cues
from ..relation import Relation
from .deal_stage import clause_long_ago

_HELD = {"delivered", "in_service"}
_BEFORE = {"planned", "negotiating", "ordered"}
_PHRASE = {"compound", "nmod", "amod", "appos", "poss", "nummod"}


def _tokens_in(entity: Entity | None, sent: Span) -> list[Token]:
    """The last token of each mention of ``entity`` inside ``sent`` (the head of a name, mostly), and each
    other capitalised token of the sentence that repeats one ("bought used F/A-18 Hornets ... and plans to fly
    its Hornets": the same type)."""
    if entity is None:
        return []
    heads = [sent.doc[m.end - 1] for m in entity.mentions if sent.start <= m.start and m.end <= sent.end]
    names = {t.text for t in heads if t.text[:1].isupper()}
    return heads + [t for t in sent if t.text in names and t not in heads]


def _phrase_head(tok: Token) -> Token:
    """The noun a name's phrase hangs on ("Rafale" in "the Indian Air Force Rafale jets" -> "jets")."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in _PHRASE or cur.head.i == cur.i:
            break
        cur = cur.head
    return cur


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in {"will", "shall", "'ll"}) for c in verb.children)


def _going_on(verb: Token) -> bool:
    """ "fly its Hornets until 2032", "still fly it": a use that lasts, whatever puts it ahead."""
    going = cues()["stage"]["use_ahead"]["going_on"]
    return any(c.lower_ in going for c in verb.children if c.dep_ in {"advmod", "prep"})


def _used(verb: Token) -> bool:
    """A verb of use (``in_use_verbs``) that says the goods are in use: not negated, not put ahead by a modal,
    a plan or "to become the first to fly" (unless the use goes on: "plans to fly them until 2032")."""
    if verb.lemma_.lower() not in cues()["stage"]["in_use_verbs"] or negative(verb):
        return False
    if _going_on(verb):
        return True
    return not (_modal(verb) or use_ahead(verb) or to_become(verb) or modality(verb))


def shown_in_use(platform: Token) -> bool:
    """Whether the verb over a platform's phrase (or the verb of use whose joined verb that is, where the verb of
    use has no object of its own: "already fly or have received the fighter") is a verb of use."""
    head = _phrase_head(platform)
    verb = next((a for a in head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    while verb is not None:
        if _used(verb):
            return True
        if verb.dep_ != "conj" or any(c.dep_ == "dobj" for c in verb.head.children):
            return False
        verb = verb.head
    return False


def _leaving_noun(platform: Token) -> bool:
    """Whether a platform's phrase is what a noun of leaving service is "of", the leaving past: "the
    retirement of Hungary's An-26s" (not "the planned retirement of", "ahead of the retirement of", "the
    retirement of the jets will leave a gap")."""
    lex = cues()["retirement"]
    head = next((a for a in [platform, *list(platform.ancestors)[:3]] if a.dep_ == "pobj" and a.head.lower_ == "of"),
                None)  # (the phrase may be misparsed: "of Hungary's An-26 turboprops" with a verb "turboprops")
    if head is None:
        return False
    noun = head.head.head
    if noun.lemma_.lower() not in lex["leaving_nouns"] and noun.lower_ not in lex["leaving_nouns"]:
        return False
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in cues()["stage"]["planned_marks"] | cues()["stage"]["upcoming"]
           for c in noun.children):
        return False
    above = noun.head
    if noun.dep_ == "pobj" and above.lower_ in lex["ahead_words"] | {"of"}:
        return False  # "before the retirement of", "ahead of the retirement of", "a plan of retirement"
    verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return verb is None or not (_modal(verb) or negative(verb) or modality(verb))


def held_until_replaced(platform: Token) -> bool:
    """Whether a platform is what a successor is named for or what is leaving service: "the most suitable
    successor to the RSAF's F-16s", "a replacement for its Hornets", "as F-16 retirement looms" (a noun of
    leaving that the name qualifies): the type is held, whatever deal for its successor the sentence tells."""
    lex = cues()["stage"]
    head = _phrase_head(platform)
    if head.dep_ == "pobj" and head.head.lower_ in {"to", "for", "of"} \
            and head.head.head.lemma_.lower() in lex["successor_nouns"]:
        return True
    return platform.dep_ in _PHRASE | {"det"} and platform.i < platform.head.i \
        and platform.head.lemma_.lower() in cues()["retirement"]["leaving_nouns"]  # (a name may be taken for a det)


def _lost_subject(platform: Token) -> bool:
    """ "the first of which, HMAS X, was decommissioned in April": the subject of a verb of loss (past,
    not negated nor under a modal, not going on)."""
    head = _phrase_head(platform)
    verb = head.head
    return head.dep_ in {"nsubj", "nsubjpass"} and verb.pos_ in {"VERB", "AUX"} and lost(verb) \
        and not any(c.lower_ == "being" for c in verb.children)  # "are being retired one by one": not yet


def _replaced_long_ago(platform: Token, base: date | None, names: set[int]) -> bool:
    """ "chose the Hornet in 1981 to replace the Mirage IIIO": a type replaced years before publication."""
    head = _phrase_head(platform)
    verb = head.head
    return head.dep_ == "dobj" and verb.lemma_.lower() == "replace" and not negative(verb) and not _modal(verb) \
        and clause_long_ago(verb, base, names)


def apply(relations: list[Relation], sents: list[Span], entities: dict[str, Entity], base: date | None) -> None:
    """Move, in place, the stage of each holding its sentence shows in use, lists among a type's customers
    or retires (see the module doc)."""
    start_chars = [s.start_char for s in sents]
    for r in relations:
        stage = r.props.get("stage")
        if r.type != "OPERATES" or stage not in _HELD | _BEFORE or "start" not in r.evidence:
            continue
        sent = sents[bisect_right(start_chars, r.evidence["start"]) - 1]
        goods = _tokens_in(entities.get(r.target), sent)
        names = {i for e in entities.values() if e.label == "Platform" for m in e.mentions
                 if sent.start <= m.start and m.end <= sent.end for i in range(m.start, m.end)}
        new = None
        if stage in _BEFORE:
            if any(held_until_replaced(p) for p in goods):
                r.said = r.said or stage
                r.props["stage"] = "in_service"
            continue
        if any(_leaving_noun(p) or _lost_subject(p) or _replaced_long_ago(p, base, names) for p in goods):
            new = "retired"
        elif stage == "delivered" and any(shown_in_use(p) for p in goods):
            new = "in_service"
        if new and new != stage:
            r.said = r.said or stage
            r.props["stage"] = new
