"""Whether a cue word sets the two sides of a catalogued rivalry against each other (families/catalogued_dyads.py).

A rivalry word ("threat", "pressure", "drills", "claims", "fear" ...) anywhere in a sentence that names both rivals
is no hostility between them where the two are named as one group that does or suffers something together
("Greece and Turkey joined a NATO exercise", "Pakistan and Afghanistan fear a new wave of floods", "Japan and Russia
face a common threat"), unless the word is mutual ("Greece and Turkey, old rivals", "the claims between them", "their
claims"). A conflict cue keeps its wider reach ("China and Vietnam clashed"), except where that group does something
together: a cooperation verb or a joint or shared thing ("China and Vietnam held joint drills to fight smuggling").
A rivalry word marked joint or shared ("a joint drill"), whose source is neither side ("pressure from nationalists at
home"), that a verb avoids ("pledging to avoid provocations") or that is figurative ("a rare exercise in cooperation")
sets nobody against anybody. Words are in ``cues.yaml`` (``rivalry.sides``)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..context import SentenceContext
from ..lexicon import cues

#: how a name hangs on the noun that stands for its group ("Pakistan and Afghanistan's Taliban government")
_MODIFIER = frozenset({"poss", "amod", "compound"})
#: pronouns that may stand for a group of both sides
_GROUP_PRONOUNS = frozenset({"they", "their", "them", "theirs", "themselves"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    lex = cues()["rivalry"]["sides"]
    out = {k: frozenset(v) for k, v in lex.items() if isinstance(v, list)}
    out["figurative"] = lex.get("figurative", {})
    return out


def _top(tok: Token) -> tuple[Token, bool]:
    """The first conjunct of the coordination a name stands in, lifted once through the noun it modifies or
    possesses when that noun is itself a conjunct; and whether the name is coordinated at all."""
    coordinated = False
    for _ in range(6):
        if tok.dep_ == "conj" and tok.head.i != tok.i:
            tok, coordinated = tok.head, True
        elif tok.dep_ in _MODIFIER and tok.head.i != tok.i and tok.head.dep_ == "conj":
            tok = tok.head
        else:
            break
    return tok, coordinated


def one_group(ctx: SentenceContext, ma, mb) -> Token | None:
    """The word the two mentions' coordination depends on ("Greece and Turkey joined": joined; "the ministers of
    Greece and Turkey": ministers), where the two are conjuncts of one group; else None."""
    ta, tb = ctx.head_token(ma), ctx.head_token(mb)
    (top_a, co_a), (top_b, co_b) = _top(ta), _top(tb)
    if top_a.i != top_b.i or not (co_a or co_b):
        return None
    head = top_a.head
    if top_a.dep_ == "pobj" and head.lower_ in _words()["mutual_preps"]:
        return None  # "the rivalry between Greece and Turkey"
    if top_a.dep_ == "pobj" and head.head.i != head.i:
        head = head.head
    return head


def _inside(tok: Token, head: Token) -> bool:
    return tok.i == head.i or any(a.i == head.i for a in tok.ancestors)


def _mutual(tok: Token, head: Token) -> bool:
    """Whether the cue is said of the group with each other: a rival noun, "between", "each other", "one another",
    or "their" on the cue."""
    w = _words()
    if tok.lower_ in w["mutual_nouns"] or tok.lemma_.lower() in w["mutual_nouns"]:
        return True
    near = [*tok.subtree, *tok.head.children]
    if any(c.dep_ == "prep" and c.lower_ in w["mutual_preps"] for c in near):
        return True
    if any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children):
        return True
    sent = tok.sent
    return any(t.lower_ in {"each", "one"} and t.i + 1 < sent.end and t.doc[t.i + 1].lower_ in {"other", "another"}
               for t in sent)


def _cooperative(head: Token) -> bool:
    """Whether the group's word is a cooperation verb, or it or a verb conjoined to it carries a joint or shared
    thing ("held joint drills", "agreed to ...", "signed a declaration")."""
    w = _words()
    verbs = [head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    for verb in verbs:
        if verb.lemma_.lower() in w["cooperation_verbs"]:
            return True
        for child in verb.children:
            if child.lower_ in w["cooperation_marks"] and child.dep_ in ("advmod", "amod"):
                return True
            if child.dep_ in ("dobj", "attr", "pobj", "prep") and any(
                    t.lower_ in w["cooperation_marks"] and t.dep_ in ("amod", "advmod") and t.i < child.i + 1
                    for t in child.subtree):
                return True
    return False


def _sideless(ctx: SentenceContext, tok: Token, side_at: set[int]) -> bool:
    """Whether a rivalry word itself names no rival's hostility: marked joint or shared, from a source that is
    neither side, avoided, or figurative."""
    w = _words()
    children = list(tok.children)
    if any(c.dep_ in ("amod", "compound", "advmod") and c.lower_ in w["cooperation_marks"] for c in children):
        return True  # "a joint drill", "a common threat"
    for prep in (c for c in children if c.dep_ == "prep" and c.lower_ in w["source_preps"]):
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if objects and not any(t.i in side_at for o in objects for t in o.subtree):
            return True  # "pressure from nationalists at home", "a threat from rising sea levels"
    governor = tok.head
    if tok.dep_ == "pobj" and governor.head.i != governor.i:
        governor = governor.head
    if tok.dep_ in ("dobj", "pobj") and governor.lemma_.lower() in w["avoiding_verbs"]:
        return True  # "pledging to avoid provocations"
    preps = w["figurative"].get(tok.lemma_.lower()) or w["figurative"].get(tok.lower_)
    if preps and tok.pos_ == "NOUN":
        for prep in (c for c in children if c.dep_ == "prep" and c.lower_ in preps):
            for o in (o for o in prep.children if o.dep_ == "pobj"):
                if o.pos_ == "NOUN" and not any(d.dep_ in ("det", "poss") for d in o.children) \
                        and o.i not in ctx.at:
                    return True  # "an exercise in cooperation", "an exercise in futility"
    return False


def _named(ctx: SentenceContext, mentions: list) -> list:
    """The mentions of one side, without the plural pronouns that may point back to a group of both ("Japan and
    Russia fear ... for their fleets") where the side is also named."""
    named = [m for m in mentions if ctx.doc[m.start:m.end].text.lower() not in _GROUP_PRONOUNS]
    return named or mentions


def rival_cues(ctx: SentenceContext, cue_toks: list[Token], rivalry_words: bool, ma_list: list, mb_list: list,
               side_at: set[int]) -> list[Token]:
    """The cue tokens that set a mention of one side against a mention of the other. ``rivalry_words`` says the
    cues are rivalry words (else conflict cues, which keep their reach except in a group's joint act);
    ``side_at`` holds the token positions of every side's mentions."""
    ma_list, mb_list = _named(ctx, ma_list), _named(ctx, mb_list)
    out = []
    for tok in cue_toks:
        if rivalry_words and _sideless(ctx, tok, side_at):
            continue
        apart = False
        for ma in ma_list:
            for mb in mb_list:
                head = one_group(ctx, ma, mb)
                if head is None or not _inside(tok, head) or _mutual(tok, head):
                    apart = True
                elif not rivalry_words and not _cooperative(head):
                    apart = True
                if apart:
                    break
            if apart:
                break
        if apart:
            out.append(tok)
    return out
