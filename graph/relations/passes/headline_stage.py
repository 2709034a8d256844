"""A headline that puts the news ahead ("Turkish Aerospace to Assemble 20 Hurkus for Egyptian Air Force",
"Navy to Induct Rafale M Jets", "Germany to Supply IRIS-T to Ukraine") tells of goods not yet handed over:
"<subject> to <verb> ..." is the headline's future, whatever tense the tagger makes of a capitalised verb
(it often takes "Assemble" or "Supply" for a name and loses the infinitive). A supply or holding that such a
headline gives a stage of goods come (``delivered``, ``delivering``, ``in_service``) takes the stage the body
gives the same fact before the goods came, else ``ordered`` (the headline's "will": ONTOLOGY.md, Time).

The verb is one of ``stage.headline_ahead_verbs`` (making, buying, receiving, sending), right after "to",
and no verb stands before the "to" (not "Egypt Receives Rafales to Replace Mirages", whose news is done).
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span

from ...mentions.layout import in_headline
from ..lexicon import cues
from ..relation import Relation

_AFTER = ("delivered", "delivering", "in_service")
_BEFORE = ("planned", "negotiating", "ordered")
_TYPES = {"SUPPLIES", "OPERATES"}


def puts_ahead(sent: Span) -> bool:
    """Whether a headline reads "<subject> to <verb> ...": its first "to" comes before any verb and is followed by
    a verb of ``stage.headline_ahead_verbs`` (as the tagger may have read it: a name, a preposition's object)."""
    lex = cues()["stage"]
    verbs = lex["headline_ahead_verbs"]
    known = verbs | lex["making"] | lex["bought"] | lex["ordered"] | lex["delivered"] | lex["in_service"]
    toks = [t for t in sent if not t.is_space]
    for i, t in enumerate(toks[:-1]):
        if t.lower_ == "to":
            nxt = toks[i + 1]
            return i > 0 and nxt.text[:1].isupper() and (nxt.lower_ in verbs or nxt.lemma_.lower() in verbs)
        if t.pos_ in {"VERB", "AUX"} or t.lower_ in known or t.lemma_.lower() in known:
            return False  # "Egypt Receives Rafales to Replace ...": the headline's verb comes first
    return False


def apply(relations: list[Relation], sents: list[Span]) -> None:
    """Move, in place, each supply or holding a future headline states as come to the stage the body gives the same
    fact before its goods came, else to ``ordered`` (see the module doc)."""
    if not sents:
        return
    doc = sents[0].doc
    heads = [s for s in sents if in_headline(doc, s.start_char) and puts_ahead(s)]
    if not heads:
        return
    starts = [s.start_char for s in sents]
    ahead = {s.start_char for s in heads}
    for r in relations:
        if r.type not in _TYPES or r.props.get("stage") not in _AFTER or "start" not in r.evidence:
            continue
        sent = sents[bisect_right(starts, r.evidence["start"]) - 1]
        if sent.start_char not in ahead:
            continue
        body = [o.props["stage"] for o in relations if o.key() == r.key() and o.props.get("stage") in _BEFORE
                and not in_headline(doc, o.evidence.get("start", 0))]
        r.props["stage"] = max(body, key=_BEFORE.index) if body else "ordered"
