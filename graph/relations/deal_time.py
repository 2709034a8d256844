"""When a deal's facts hold, from the deal they rest on (ONTOLOGY.md, Time).

A supply, a holding or a licence told as done under a dated deal takes the deal's date where its own
clause gives none: "The two ships were ordered under a 2016 agreement" (2016), "flies 36 jets bought
from France under a deal signed in 2016" (2016). A deal of stated length gives an interval from its
start: "under a ten-year agreement signed in 2019" (2019/2029), "signed a five-year contract in
2021" (2021/2026). A fact still under way or ahead keeps its own time ("Under the contract signed in
2021, Athens is buying 18 jets": the news's). The words are ``basis_*`` and ``term_*`` of ``time``
in ``cues.yaml``.
"""
from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from ..mentions.layout import doc_text
from ..text.numbers import CARDINALS, alternation, cardinal
from .lexicon import cues
from .time import _YEAR_TOKEN, _paragraph_sentences, _reported, resolved_dates, verb_of

_LENGTH = re.compile(r"(?:^|[\s(])(\d{1,2}|" + alternation(CARDINALS) +
                     r")[\s-]+(\w+?)s?(?:[\s-]+long)?\s*$", re.I)
_VERB_STEPS = 2  # the verbs above a mention whose deal the fact may rest on: its own and the one it hangs on


def _words() -> dict:
    return cues()["time"]


def _term_from_length(noun: Token) -> int | None:
    """The years of a deal's term its noun phrase writes before the noun: "a five-year contract",
    "a 10-year lease", "a ten year agreement"; None without one."""
    left = [t for t in noun.subtree if t.i < noun.i]
    if not left:
        return None
    text = doc_text(noun.doc)[left[0].idx:noun.idx]
    m = _LENGTH.search(text)
    if m is None or m.group(2).lower() not in _words()["term_units"]:
        return None
    count = m.group(1).lower()
    years = cardinal(count)
    return years if years and 0 < years <= 99 else None


def _with_term(start: str, years: int | None) -> str:
    """``start`` as an interval of ``years`` at its own precision ("2021-03" and 5 -> "2021-03/2026-03")."""
    if not years or not start[:4].isdigit():
        return start
    end = f"{int(start[:4]) + years}{start[4:]}"
    if end.endswith("-02-29"):
        end = end[:-2] + "28"
    return f"{start}/{end}"


def _signing_date(noun: Token, sent: Span, base: date | None) -> str | None:
    """The date a deal noun's phrase gives its signing or start: a year modifying it ("a 2016
    agreement"), a date on a clause that signs or starts it ("a deal signed in 2016", "a lease that
    runs from 2019"), or a date phrase on the noun itself ("a ten-year agreement from 2019"); not a
    deadline ("a contract due by 2030") nor a report's date."""
    words = _words()
    for c in noun.children:
        if c.i < noun.i and c.dep_ in {"nummod", "compound", "amod", "nmod", "npadvmod"} and _YEAR_TOKEN.fullmatch(c.text):
            return c.text
    inside: set[int] = set()
    for c in noun.children:
        if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in words["term_verbs"] \
                or c.dep_ == "prep" and c.lower_ in words["term_preps"]:
            inside.update(t.i for t in c.subtree)
    if not inside:
        return None
    for span, value in resolved_dates(sent, base):
        start = value.split("/")[0]
        if span.root.i in inside and start and not _reported(span):
            return start
    return None


def _antecedent_date(noun: Token, sent: Span, base: date | None) -> str | None:
    """The signing date of the deal a definite deal noun points back to ("Brazil signed the contract in
    2014. The first jets were built under the contract in Sweden"): in the three sentences before it in
    its paragraph, the same noun's own date (:func:`_signing_date`) or the date on the verb that signs it."""
    if not any(c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in noun.children):
        return None
    lemma, verbs = noun.lemma_.lower(), _words()["basis_verbs"]
    for prev in _paragraph_sentences(sent)[:3]:
        for u in prev:
            if u.pos_ != "NOUN" or u.lemma_.lower() != lemma:
                continue
            own = _signing_date(u, prev, base)
            if own:
                return own
            if u.dep_ == "dobj" and u.head.lemma_.lower() in verbs:
                dated = [v for span, v in resolved_dates(prev, base) if (w := verb_of(span)) is not None
                         and w.i == u.head.i and not _reported(span) and v.split("/")[0]]
                if dated:
                    return dated[0].split("/")[0]
    return None


def _acquiring(verb: Token) -> bool:
    """Whether a verb's act is the deal itself ("ordered", "bought", "leased"), which its signing dates; not
    a delivery under it ("the first jets were delivered under the contract": later than the signing)."""
    lex = cues()["stage"]
    return verb.lemma_.lower() in lex["ordered"] | lex["bought"] | {"lease"}


def _past(verb: Token) -> bool:
    """Whether a verb tells of a finished act: simple past ("were ordered", "bought") or a bare
    participle on a noun ("jets bought from France"), not the present perfect, a progressive, a
    future or a modal."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBD":
        return not auxes
    if verb.tag_ != "VBN":
        return False
    return all(a.tag_ == "VBD" and a.lemma_ == "be" for a in auxes)


def _deal_nouns(anchors: list[Token]) -> list[tuple[Token, Token, str]]:
    """(verb, deal noun, how) for each deal a fact's clause rests on: ``"basis"`` for a deal noun under
    a basis preposition on a verb over a mention ("ordered under a 2016 agreement"), ``"signed"`` for
    one a signing verb over a mention takes as its object ("signed a five-year contract with X")."""
    words, out, seen = _words(), [], set()
    for a in anchors:
        verbs = [t for t in (a, *a.ancestors) if t.pos_ in {"VERB", "AUX"}][:_VERB_STEPS]
        for verb in verbs:
            if verb.i in seen:
                continue
            seen.add(verb.i)
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ in words["basis_preps"]:
                    out += [(verb, n, "basis") for n in prep.children
                            if n.dep_ == "pobj" and n.lemma_.lower() in words["basis_nouns"]]
            if verb.lemma_.lower() in words["basis_verbs"]:
                out += [(verb, n, "signed") for n in verb.children
                        if n.dep_ == "dobj" and n.lemma_.lower() in words["basis_nouns"]]
    return out


def _own_date(sent: Span, verb: Token, noun: Token, base: date | None) -> bool:
    """Whether a date of the sentence hangs on ``verb`` itself, outside the deal's phrase ("delivered
    in 2022 under a 2016 contract": the delivery has a time of its own)."""
    deal = {t.i for t in noun.subtree}
    return any(span.root.i not in deal and (v := verb_of(span)) is not None and v.i == verb.i
               for span, _ in resolved_dates(sent, base))


def deal_basis_when(sent: Span, anchors: list[Token], base: date | None, when: str | None) -> str | None:
    """The time of a deal's fact (SUPPLIES, OPERATES, MANUFACTURES) from the deal its clause rests on:
    the deal's signing date for a purchase told in the past under a dated deal without a date of its own
    ("were ordered under a 2016 agreement", "the contract" of a sentence before that signs it), an interval from its start where the deal's length is
    stated ("under a ten-year deal signed in 2019"; "signed a five-year contract in 2021"); else ``when``."""
    for verb, noun, how in _deal_nouns(anchors):
        years = _term_from_length(noun)
        if how == "basis":
            if not _past(verb) and not years or _own_date(sent, verb, noun, base):
                continue  # "Athens is buying 18 jets under a contract signed in 2021": the news's time
            signed = _signing_date(noun, sent, base) or _antecedent_date(noun, sent, base)
            if signed and (_past(verb) and _acquiring(verb) or years):
                return _with_term(signed, years)
        elif years:
            start = _signing_date(noun, sent, base) or when
            if start and "/" not in start:
                return _with_term(start, years)
    return when


def standing_basis_when(sent: Span, anchors: list[Token], base: date | None, when: str | None) -> str | None:
    """The time of a standing tie (COOPERATES_WITH) its clause rests on a dated deal for, in any tense:
    "Jordan, which hosts US forces under a 2021 defence cooperation agreement" (2021), "trains the navy
    under a ten-year pact signed in 2019" (2019/2029); else ``when``. A tie with a date of its own keeps
    it ("in 2023 the two navies drilled together under a 2014 accord": 2023)."""
    for verb, noun, how in _deal_nouns(anchors):
        if how != "basis" or _own_date(sent, verb, noun, base):
            continue
        signed = _signing_date(noun, sent, base)
        if signed:
            return _with_term(signed, _term_from_length(noun))
    return when
