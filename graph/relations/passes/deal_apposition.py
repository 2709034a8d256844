"""A deal its sentence describes in an apposition: "12 Mirage 2000-5 fighters from Qatar, a purchase the
ministry shelved in January" is ``cancelled``; "the purchase of 31 drones from X, a deal that is still
being negotiated" is ``negotiating`` (ONTOLOGY.md, Time).

The apposition (a deal noun, ``stage.deal_nouns``, with a relative clause) hangs on the phrase that names
the goods or a party of the SUPPLIES or OPERATES fact; the verb of its clause decides: one of calling off
(``stage.called_off``) in the past, not negated nor under a modal, cancels a deal not yet delivered; one of
talks (``stage.negotiating``) going on now ("is still being negotiated", "is being negotiated") makes a
planned deal a negotiated one.
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span, Token

from ...entities import Entity
from ..families.stage import negative
from ..lexicon import cues
from ..relation import Relation

_BEFORE = {"planned", "negotiating", "ordered"}


def _phrase_top(tok: Token) -> Token:
    """The noun phrase a word of a prepositional chain belongs to ("Qatar" in "fighters from Qatar" -> "fighters")."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in {"pobj", "prep"} or cur.head.i == cur.i:
            break
        cur = cur.head
    return cur


def _now_going_on(verb: Token) -> bool:
    """ "is (still) being negotiated", "is being discussed": a passive or progressive of the present."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return any(c.lower_ == "being" for c in aux) and any(c.tag_ in {"VBZ", "VBP"} for c in aux) \
        or verb.tag_ == "VBG" and any(c.tag_ in {"VBZ", "VBP"} and c.lemma_ == "be" for c in aux)


def clause_stage(sent: Span, ends: set[int]) -> str | None:
    """``cancelled`` or ``negotiating`` where an apposed deal noun's relative clause says so of the phrase holding
    one of the token indices ``ends``; else None."""
    lex = cues()["stage"]
    for noun in sent:
        if noun.dep_ != "appos" or noun.lower_ not in lex["deal_nouns"]:
            continue
        top = _phrase_top(noun.head)
        if not ends & {t.i for t in top.subtree}:
            continue
        for verb in noun.children:
            if verb.dep_ != "relcl" or negative(verb):
                continue
            lemma = verb.lemma_.lower()
            modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
            if lemma in lex["called_off"] and verb.tag_ in {"VBD", "VBN"} and not modal:
                return "cancelled"
            if lemma in lex["negotiating"] and _now_going_on(verb):
                return "negotiating"
    return None


def apply(relations: list[Relation], sents: list[Span], entities: dict[str, Entity]) -> None:
    """Move, in place, the stage of each deal not yet delivered that an apposition of its sentence cancels or
    says is being negotiated (see the module doc)."""
    start_chars = [s.start_char for s in sents]
    for r in relations:
        stage = r.props.get("stage")
        if r.type not in {"SUPPLIES", "OPERATES"} or stage not in _BEFORE or "start" not in r.evidence:
            continue
        sent = sents[bisect_right(start_chars, r.evidence["start"]) - 1]
        ends = {i for e in (r.source, r.target) if e in entities for m in entities[e].mentions
                if sent.start <= m.start and m.end <= sent.end for i in range(m.start, m.end)}
        new = clause_stage(sent, ends)
        if new == "negotiating" and stage != "planned":
            continue
        if new and new != stage:
            r.said = r.said or stage
            r.props["stage"] = new
