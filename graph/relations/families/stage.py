"""The stage of a supply or an operation (ONTOLOGY.md, Time) that a cue token states, from the verbs
governing it, the cue itself and its tense and aspect."""
from __future__ import annotations

from spacy.tokens import Token

from ..context import SentenceContext
from ..lexicon import cues


def _governors(tok: Token) -> list[Token]:
    """The verbs and nouns ``tok`` hangs under: "plans to buy", "a contract to supply", "talks on buying"."""
    out = []
    cur = tok
    for _ in range(3):
        if cur.dep_ not in {"xcomp", "acl", "relcl", "advcl", "pcomp", "pobj", "prep", "ccomp", "dobj"} or cur.head is cur:
            break
        cur = cur.head
        if cur.pos_ in {"VERB", "NOUN", "AUX", "ADJ"}:
            out.append(cur)
    return out


def stage_of(ctx: SentenceContext, tok: Token, objects: list[Token] = ()) -> str | None:
    """The stage a cue token states: governing verbs first ("plans to buy" -> planned, "agreed to buy"
    -> ordered), then the cue itself with its tense and aspect ("is receiving" -> delivering, "will
    deliver" -> ordered, "delivered" -> delivered, "operates" -> in_service)."""
    lex = cues()["stage"]
    lemma = tok.lemma_.lower()
    words = {lemma, tok.lower_}
    if lemma == "replace":  # "will replace its ageing Kfirs": what is replaced is still in service
        return "in_service"
    for g in _governors(tok):
        glem = {g.lemma_.lower(), g.lower_}
        for stage in ("cancelled", "planned", "negotiating"):
            if glem & lex[stage]:
                return stage
        if glem & lex["delivering"] and words & lex["delivered"]:
            return "delivering"  # "began delivering", "started to receive"
        if glem & lex["ordered"] and not (words & lex["in_service"]):
            return "ordered"
    if any(t.lower_ in {"intent", "understanding", "memorandum", "mou"} for o in objects for t in o.subtree):
        return "planned"  # "signed a letter of intent / memorandum of understanding on ..."
    children = list(tok.children)
    future = any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in {"will", "shall", "'ll"}) for c in children)
    progressive = tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in children)
    first = any(t.lower_ in lex["delivering"] for o in objects for t in o.subtree) or \
        any(t.lower_ in lex["delivering"] for t in tok.children if t.dep_ in {"advmod", "amod"}) or \
        any(ph in ctx.sent.text.lower() for ph in lex["delivering_phrases"]) or \
        tok.dep_ == "acl" and any(t.lower_ in lex["delivering"] for t in tok.head.children if t.dep_ == "amod")
    if words & lex["cancelled"]:
        return "cancelled"
    if words & lex["retired"] and lemma != "replace":
        return "retired"
    if words & lex["negotiating"]:
        return "negotiating"
    if words & lex["planned"]:
        return "planned"
    if lemma in lex["bought"] and any(c.lower_ == "being" for c in children):
        return "ordered"  # "the aircraft are being acquired from the United States": under way
    if lemma in lex["bought"] and tok.tag_ in {"VBD", "VBN"} and not future:
        return "delivering" if first else "delivered"
    if words & lex["ordered"] and tok.pos_ != "NOUN":
        return "ordered"
    if lemma == "take" and any(o.lemma_.lower() == "delivery" for o in objects):
        words = {"receive"}
    if words & lex["delivered"]:
        if future or tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
            return "ordered"
        if progressive or first:
            return "delivering"
        return "delivered"
    if words & lex["in_service"]:
        return "ordered" if future else "in_service"
    return None
