"""A deal's stage over the whole article, not one sentence.

The stage of a SUPPLIES or OPERATES fact is how far the article says the deal has come by
publication (ONTOLOGY.md, Time): a piece that says Poland "signed for 48 jets" and, three
paragraphs on, that "the first two touched down on Sunday" reports a deal being delivered, though
the sentence naming Poland and the type only says "ordered". Sentences of partial delivery rarely
name the buyer ("The first Rafale was handed over in October", "The remaining six are due next
year"), so they are read per platform type: the type a sentence names, else the one named last
before it. The cue words are ``deal_progress`` in ``cues.yaml``.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from spacy.tokens import Span, Token

from ...entities import Entity
from ...mentions.layout import in_headline
from ...mentions.lexicon import lexicon
from ...mentions.words import lowers, texts, tokens
from ..lexicon import cues
from ..relation import Relation
from ..tense import future_or_modal

_YEAR = re.compile(r"(19[5-9]\d|20\d\d)s?")
_LOOK_BACK = 3  # sentences a subject-less "the remaining six" may point back over


def _negated_or_modal(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children)


def long_ago(sent: Span, base: date | None, names: set[int] = frozenset()) -> bool:
    """Whether the sentence is dated years before publication ("received its first F-16s in 1980"); a
    number inside a name (token indices ``names``: "the Mirage 2000") is no year."""
    if base is None:
        return False
    words = texts(sent.doc)  # (each token's text, no Token made per word)
    return any(int(m.group(1)) < base.year - 1 for i in range(sent.start, sent.end) if i not in names
               for m in [_YEAR.fullmatch(words[i])] if m)


def _described(top: Token, verb: Token) -> set[int]:
    """The token indices of the relative clauses inside ``top``'s clause that describe a noun ("the 12
    jets [it ordered in 2021]", "the jets, [which arrived in 2016]"), unless ``verb`` is in one: they tell
    of their own event, and their year dates it, not the clause's."""
    out: set[int] = set()
    for t in top.subtree:
        if t.dep_ == "relcl" and t.i != top.i and verb.i not in {x.i for x in t.subtree}:
            out.update(x.i for x in t.subtree)
    return out


def clause_long_ago(verb: Token, base: date | None, names: set[int] = frozenset()) -> bool:
    """Whether the clause of ``verb`` (the sentence, or the clause joined by "and" that holds it, without the
    clauses joined to that) is dated years before publication: "received its first F-16s in 1980", not "ordered
    36 jets in 2016, and X handed over the first of them in October" (the year is the order's), nor "has
    received the first four of the 12 jets it ordered in 2021" (the year is the relative clause's, the
    order's: :func:`_described`)."""
    if base is None:
        return False
    top = verb
    while top.dep_ != "conj" and top.head.i != top.i:
        top = top.head  # the clause: up to the sentence's root or to a clause joined to another
    joined = {t.i for c in top.children if c.dep_ == "conj" for t in c.subtree} | _described(top, verb)
    words = texts(verb.doc)
    return any(int(m.group(1)) < base.year - 1 for t in top.subtree if t.i not in joined and t.i not in names
               for m in [_YEAR.fullmatch(words[t.i])] if m)


def _with_word(sent: Span, words: set[str]) -> list[Token]:
    """The sentence's tokens whose lower-case form is one of ``words``, in order."""
    low, toks = lowers(sent.doc), tokens(sent.doc)
    return [toks[i] for i in range(sent.start, sent.end) if low[i] in words]


def _tells_arrival(sent: Span) -> bool:
    """Whether a sentence has a verb of arrival or handover in the past ("was commissioned", "took charge of",
    "arrived"), not negated nor under a modal."""
    lex = cues()["deal_progress"]
    return any(t.lemma_.lower() in lex["arrived"] and t.tag_ in ("VBD", "VBN") and not _negated_or_modal(t)
               for t in sent)


def first_arrived(sent: Span, base: date | None, goods: set[int] = frozenset(), before: Span | None = None) -> bool:
    """ "The first two jets were handed over in July", "the first Poseidon touched down", "the first
    example delivered": the first of a batch has come (not "will arrive", not "did not", not years ago).
    What came is goods: a platform's name (token indices ``goods``), a number ("the first 16") or a
    word for goods or a batch ("the first batch", "the first jets"), not "the first round of talks"."""
    return first_goods(sent, base, goods, before) is not None


def _phrase(noun: Token) -> list[int]:
    """The token indices of a noun and the words before it in its phrase ("the first five Rafale fighters"),
    without what follows ("Rafales ordered in a contract that also covers a frigate": the frigate is no
    part of the goods counted)."""
    return list(range(noun.left_edge.i, noun.i + 1))


def first_goods(sent: Span, base: date | None, goods: set[int] = frozenset(),
                before: Span | None = None) -> list[int] | None:
    """The token indices of the goods whose first have come, as :func:`first_arrived` finds them ("the
    first five Rafale fighters", "the first of four frigates" -> "four frigates"), else None."""
    lex = cues()["deal_progress"]
    for tok in _with_word(sent, lex["first"]):
        if tok.lower_ not in lex["first"]:
            continue
        if tok.dep_ == "attr" and not long_ago(sent, base, goods) \
                and any(_tells_arrival(x) for x in (sent, before) if x is not None):
            whole = _first_of_several(tok, goods)
            if whole is not None:  # "X was commissioned on Monday. The ship is the first of four frigates ordered from Y"
                return _phrase(whole)
        if tok.dep_ not in ("amod", "nsubj", "nsubjpass", "dobj"):
            continue  # "the first jets", "the first of them", not "first flew"
        noun = tok if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else tok.head
        if not (noun.i in goods or noun is tok or any(c.pos_ == "NUM" for c in noun.children)
                or noun.lemma_.lower() in lex["goods"]):
            continue
        verbs = [noun.head] + [c for c in noun.children if c.dep_ == "acl"]
        if noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "prt") and noun.head.head.pos_ == "VERB":
            verbs.append(noun.head.head)  # "flagged off the first drone": the parser's particle as a preposition
        for verb in verbs:
            if verb.lemma_.lower() not in lex["arrived"] or _negated_or_modal(verb) or clause_long_ago(verb, base, goods):
                continue
            if verb.dep_ == "acl" and verb.head.i == noun.i and _clause_ahead(noun) and not _dated_past(verb, base):
                continue  # "most will be built at home: after an initial batch shipped by X, ...": not yet come
            if verb.tag_ in ("VBD", "VBN") or (verb.tag_ == "VBG" and any(c.dep_ == "auxpass" or c.lower_ in ("is", "are", "being") for c in verb.children)):
                return _phrase(noun)
    return None


def _clause_ahead(noun: Token) -> bool:
    """Whether the clause a noun phrase stands in is put ahead by a modal ("will", "would", "is to"): a
    participle on the noun ("an initial batch shipped by X", "the first jets delivered") has no tense of
    its own and takes that clause's, so the goods it tells of have not come yet."""
    verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and future_or_modal(verb)


def _dated_past(verb: Token, base: date | None) -> bool:
    """Whether a participle carries a time of the past of its own ("the first batch delivered last
    year", "handed over two weeks ago", "shipped in 2023" before a 2025 report; ``past_marks`` of
    ``deal_progress``)."""
    marks = set(cues()["deal_progress"]["past_marks"])
    for t in verb.subtree:
        year = _YEAR.fullmatch(t.text)
        if t.i != verb.i and (t.lower_ in marks or year and base is not None and int(year.group(1)) < base.year):
            return True
    return False


_FIRST_WINDOW = 4  # words between "first" and the name of the goods it counts ("first two F-35As", "first new-build F-16")


def headline_arrival(sent: Span, goods: set[int] = frozenset()) -> bool:
    """Whether a headline tells in the present that the first of some goods have come: "first" before a
    platform's name ("Greece's first six Rafales touch down at Tanagra", "Nigeria receives first six Super
    Tucano planes") and a word of arrival (``headline_arrived``), not "for the first time" (a visit), not
    negated nor "yet to". Only the headline: the body tells arrivals in the past (:func:`first_arrived`)."""
    if not in_headline(sent.doc, sent.start_char):
        return False
    lex = cues()["deal_progress"]
    low = [lowers(sent.doc)[i] for i in range(sent.start, sent.end)]
    if not any(w in lex["headline_arrived"] for w in low) or any(w in ("not", "yet", "no") for w in low):
        return False
    for k, word in enumerate(low):
        if word not in lex["first"] or (k + 1 < len(low) and low[k + 1] == "time"):
            continue
        if any(sent.start + j in goods for j in range(k + 1, min(len(low), k + 1 + _FIRST_WINDOW))):
            return True
    return False


def _first_of_several(first: Token, goods: set[int]) -> Token | None:
    """ "(The ship) is / was the first of four frigates": ``first`` the attribute of a copula that is neither
    negated nor under a modal, counting one of a number of goods (a platform's name or a goods word): the
    noun of the whole ("frigates"), else None."""
    lex = cues()["deal_progress"]
    verb = first.head
    if verb.lemma_ != "be" or _negated_or_modal(verb):
        return None
    for prep in first.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for whole in prep.children:
            if whole.dep_ == "pobj" and any(c.pos_ == "NUM" for c in whole.children) \
                    and (whole.i in goods or whole.lemma_.lower() in lex["goods"]
                         or any(c.i in goods for c in whole.children)):
                return whole
    return None


def _due(noun: Token) -> bool:
    """Whether a noun is the subject of a word of coming ("are due", "will arrive", "are expected")."""
    lex = cues()["deal_progress"]
    head = noun.head
    if head.lemma_.lower() in lex["due"] and (head.lemma_.lower() in ("due", "expect", "schedule")
                                              or any(c.tag_ == "MD" for c in head.children)):
        return True
    return any(c.lower_ in lex["due"] and c.dep_ in ("acomp", "xcomp", "attr") for c in head.children)


def _counted_noun(word: Token) -> Token:
    """The noun a counting word stands in ("the first four F-35s" -> F-35s; "the first" -> first)."""
    noun = word
    for _ in range(3):
        if noun.dep_ not in ("amod", "nummod", "compound") or noun.head.i == noun.i:
            break
        noun = noun.head
    return noun


def rest_to_come(sent: Span) -> bool:
    """ "The remaining six are due by mid-year", "the rest will arrive in 2026" (not where the first are due
    too: "the first four are due in 2026 and the remaining eight in 2028")."""
    lex = cues()["deal_progress"]
    if any(_due(_counted_noun(t)) for t in _with_word(sent, lex["first"]) if t.dep_ in ("amod", "nsubj", "nsubjpass")):
        return False
    for tok in _with_word(sent, lex["rest"]):
        if tok.lower_ not in lex["rest"] or tok.dep_ not in ("amod", "nsubj", "nsubjpass"):
            continue
        noun = tok if tok.dep_ != "amod" else tok.head
        head = noun.head
        if any(t.lemma_.lower() in lex["disposed"] for t in head.subtree if t.pos_ == "VERB"):
            continue  # "the remaining 14 aircraft are due to be sold": leaving, not coming
        if _due(noun):
            return True
    return False


def talks_under_way(sent: Span) -> bool:
    """Whether a sentence says talks on the deal are going on: talks as the subject of a verb of going on
    ("negotiations are under way", "talks continue"), not negated, not under a modal and not put ahead
    ("final contract talks still lie ahead", "talks are ahead" and work "towards a contract" are a choice
    not yet negotiated: ANNOTATION.md, "Stage and operator conventions")."""
    lex = cues()["stage"]
    low, toks = lowers(sent.doc), tokens(sent.doc)
    for i in range(sent.start, sent.end):  # the words first: most sentences hold neither
        if low[i] not in lex["talks_nouns"]:
            continue
        tok = toks[i]
        head = tok.head
        if tok.dep_ not in {"nsubj", "nsubjpass"} or head.lemma_.lower() not in lex["talks_verbs"]:
            continue
        if any(c.dep_ == "neg" or c.tag_ == "MD" or c.lower_ in lex["ahead_words"] for c in head.children):
            continue
        return True
    return False


def progress(sents: list[Span], named_in: dict[int, set[str]], platforms_in: dict[int, set[str]],
             base: date | None, goods: dict[int, str] | None = None) -> dict[str, tuple[str, set[str]]]:
    """Platform entity id -> (``"first"`` (the first have come) or ``"rest"`` (the rest still to
    come, so some have come), the entities named where the article says so). ``goods``: the token
    indices of platform names -> their platform; where the phrase of the goods that came names some
    ("the first of 24 Rafales ordered in a contract that also covers a frigate"), only those moved."""
    goods = goods or {}
    out: dict[str, tuple[str, set[str]]] = {}
    for i, sent in enumerate(sents):
        rest = rest_to_come(sent)
        came = None if rest else first_goods(sent, base, set(goods), sents[i - 1] if i else None)
        if not rest and came is None and not headline_arrival(sent, set(goods)):
            continue
        at = next((j for j in range(i, max(-1, i - _LOOK_BACK - 1), -1) if platforms_in.get(j)), None)
        if at is None:
            continue
        named = named_in.get(i, set())
        counted = {goods[t] for t in came or () if t in goods}
        for p in counted or platforms_in[at]:
            how, before = out.get(p, ("first", set()))
            out[p] = ("rest" if rest else how, before | named)
    return out


def apply(relations: list[Relation], sents: list[Span], entities: dict[str, Entity],
          base: date | None) -> None:
    """Move the stage of the article's holdings (and the supplies of the same sentence) of a type it
    says is partly delivered to ``delivering``."""
    starts = [s.start_char for s in sents]
    platforms_in: dict[int, set[str]] = {}
    named_in: dict[int, set[str]] = {}
    goods: dict[int, str] = {}  # the tokens of platform names -> their platform
    for e in entities.values():
        for m in e.mentions:
            i = bisect_right(starts, m.start_char) - 1
            (platforms_in if e.label == "Platform" else named_in).setdefault(i, set()).add(e.id)
            if e.label == "Platform":
                goods.update(dict.fromkeys(m.tokens(), e.id))
    _negotiated(relations, sents, starts, platforms_in)
    partial = progress(sents, named_in, platforms_in, base, goods)
    if not partial:
        _supplies_follow(relations, starts, platforms_in, entities)
        return
    behind = cues()["deal_progress"]["behind"]

    def country(eid: str) -> str:
        return entities[eid].country or eid if eid in entities else eid

    holders: dict[str, set[str]] = {}  # platform -> the states the article says hold it
    awaiting: dict[str, set[str]] = {}  # platform -> the states whose goods of it are still to come
    def stateless(eid: str) -> bool:  # a unit whose state the article does not give
        return eid in entities and entities[eid].label != "Country" and not entities[eid].country

    for r in relations:
        if r.type == "OPERATES":
            holders.setdefault(r.target, set()).add(country(r.source))
            if r.props.get("stage") in behind and not stateless(r.source):
                awaiting.setdefault(r.target, set()).add(country(r.source))

    def moves(r: Relation, how: str, named: set[str]) -> bool:
        stage = r.props.get("stage")
        if _one_unit(entities.get(r.target)):
            return False  # a named ship is handed over whole, though her sisters are still to come
        if not (stage in behind or (stage == "in_service" and how == "rest")):
            return False  # where several states hold the type, or the buyer only meant to buy, the sentence must name it
        if stage in ("planned", "negotiating"):
            return country(r.source) in {country(n) for n in named}
        # one state awaiting the type: the first to come are its own, or its unit's ("The first Poseidon touched
        # down in December", where another state already flies the type and a squadron is to fly it)
        alone = awaiting.get(r.target, set())
        return len(holders.get(r.target, ())) < 2 or len(alone) == 1 and (alone == {country(r.source)} or stateless(r.source)) \
            or country(r.source) in {country(n) for n in named}

    moved: dict[tuple[str, str], str] = {}  # (recipient's state, platform) -> how, for the supplies
    for r in relations:
        if r.type == "OPERATES" and r.target in partial and moves(r, *partial[r.target]):
            r.said = r.said or r.props.get("stage")
            r.props["stage"] = "delivering"
            moved[(country(r.source), r.target)] = partial[r.target][0]
    for r in relations:  # a supply whose sentence names a type moved for its recipient ("40 on order from Sikorsky")
        if r.type != "SUPPLIES":
            continue
        named = platforms_in.get(bisect_right(starts, r.evidence["start"]) - 1, set())
        hows = [moved[(country(r.target), p)] for p in named if (country(r.target), p) in moved]
        stage = r.props.get("stage")
        if hows and (stage in behind or (stage == "in_service" and "rest" in hows)):
            r.said = r.said or stage
            r.props["stage"] = "delivering"
    _supplies_follow(relations, starts, platforms_in, entities)


def _one_unit(entity: Entity | None) -> bool:
    """Whether a platform is one named unit, not a type: a name opening with a ship prefix ("PNS Tughril",
    "HMS Glasgow"; ``ship_prefixes`` of the mention lexicon)."""
    if entity is None or entity.label != "Platform" or not entity.name.split():
        return False
    return entity.name.split()[0] in lexicon()["ship_prefixes"]


def _negotiated(relations: list[Relation], sents: list[Span], starts: list[int],
                platforms_in: dict[int, set[str]]) -> None:
    """A choice or plan of the article's news (a type its headline or lead names: "Norway picks the Type 26")
    that the article says is being negotiated ("talks with the yard are continuing") is
    ``negotiating``, as are the supplies whose sentences name that type."""
    if not any(talks_under_way(s) for s in sents):
        return
    news = platforms_in.get(0, set()) | platforms_in.get(1, set())
    for r in relations:
        if r.type not in {"OPERATES", "SUPPLIES"} or r.props.get("stage") != "planned":
            continue
        named = {r.target} if r.type == "OPERATES" else platforms_in.get(bisect_right(starts, r.evidence["start"]) - 1, set())
        if named & news:
            r.said = r.said or "planned"
            r.props["stage"] = "negotiating"


def _supplies_follow(relations: list[Relation], starts: list[int], platforms_in: dict[int, set[str]],
                     entities: dict[str, Entity]) -> None:
    """A supply whose sentence names a type the article says its recipient is receiving ("took delivery
    of its first Apaches ... half of an order for six Apaches that India signed with the US") is being
    delivered too, whatever its own sentence says of the order; not when the sentence also names a
    type the recipient is not receiving ("will fly the Prachand alongside Apaches ordered from the
    United States": the supply may be of either)."""
    def country(eid: str) -> str:
        return entities[eid].country or eid if eid in entities else eid

    receiving = {(country(r.source), r.target) for r in relations
                 if r.type == "OPERATES" and r.props.get("stage") == "delivering"}
    for r in relations:
        if r.type != "SUPPLIES" or r.props.get("stage") not in {"ordered", "delivered"}:
            continue
        named = platforms_in.get(bisect_right(starts, r.evidence["start"]) - 1, set())
        if named and all((country(r.target), p) in receiving for p in named):
            r.said = r.said or r.props.get("stage")
            r.props["stage"] = "delivering"
