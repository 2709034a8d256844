"""Another edition of the article's named recurring event, told by a relative or ordinal reference.

An article about one edition of a series ("Garuda Shield 2023", "Desert Flag 2025") often looks back or
ahead at another one without its name: "the 2022 edition", "last year's edition", "the ninth edition was
held in November 2023", "the previous ADEX, held in October 2021", "the inaugural summit in Sochi in 2019",
"the next summit is due in Washington in July 2024". Such a reference is an event of its own, the series'
edition of the year it gives (its own year word, "last year's" / "next year's", else the one other year its
sentence gives, else "last year" / "next year" in its sentence); without a year it is left alone.

The words are data (``other_edition_refs`` in ``graph/mentions/lexicon.yaml``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ..mentions.lexicon import lexicon
from ..text.numbers import ordinal

_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass
class OtherEdition:
    """A reference to another edition: its tokens ``start:end``, its ``year`` and how it is written
    (without its article: "last year's edition", "ninth edition", "previous ADEX")."""

    start: int
    end: int
    year: int
    written: str


def _marker(tok, words: dict) -> str | None:
    """The word before an edition noun that points away from the article's edition: "previous",
    "inaugural", "ninth", "2022", or "last" of "last year's"; else None."""
    for c in tok.lefts:
        low = c.lower_
        if c.dep_ in {"amod", "nummod", "compound", "advmod", "npadvmod"} and (
                low in words["relative"] or ordinal(low) is not None or _YEAR.fullmatch(c.text)):
            return low
        if c.dep_ == "poss" and c.lower_ == "year" and any(g.lower_ in words["year_before"] for g in c.lefts):
            return next(g.lower_ for g in c.lefts if g.lower_ in words["year_before"])
    return None


def _told_of(tok, words: dict) -> bool:
    """Whether the text tells something of the edition ``tok`` names: it is its clause's subject ("the last
    edition was held off X", "the previous edition drew 21 nations"), it carries a participle ("the 2023
    edition held in X"), or something took place in or at it ("flew in the ninth edition"); not an edition
    only compared with ("larger than the 2023 edition", "since the seventh edition", "building on the 2022
    edition") nor one that was not held ("the 2021 show was called off")."""
    if tok.dep_ in {"nsubj", "nsubjpass"}:
        verb = tok.head
        return verb.lemma_.lower() not in words["not_held"] and not any(
            c.dep_ == "prt" and f"{verb.lemma_.lower()} {c.lower_}" in words["not_held"] for c in verb.children)
    if any(c.dep_ == "acl" and c.tag_ == "VBN" for c in tok.children):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in words["within"]


def _year_of(tok, marker: str, own: int, words: dict) -> int | None:
    """The year the reference ``tok`` gives (see the module doc), or None: its own year word, "last year's",
    else the one year written shortly after it in its own clause (not in a relative clause: "the 29th
    edition of the drill, which the navy started in 1971"), else "last year" in its sentence for a marker
    that counts back ("previous", "ninth"; not "first")."""
    if _YEAR.fullmatch(marker):
        return int(marker)
    poss = next((c for c in tok.lefts if c.dep_ == "poss" and c.lower_ == "year"), None)
    if poss is not None:
        return own - 1 if marker in words["year_before"] else None
    sent = tok.sent
    apart = {i for t in sent if t.dep_ == "relcl" and not (t.left_edge.i <= tok.i <= t.right_edge.i)
             for i in range(t.left_edge.i, t.right_edge.i + 1)}
    years = {int(t.text) for t in sent[max(0, tok.i + 1 - sent.start):] if _YEAR.fullmatch(t.text)
             and t.i - tok.i <= words["window"] and t.i not in apart
             and t.doc[t.i - 1].lower_ not in words["series_start"]}
    if len(years) == 1:
        return years.pop()
    if years or marker in words["first"]:
        return None
    low = [t.lower_ for t in sent]
    if any(w in words["year_before"] and low[i + 1] == "year" for i, w in enumerate(low[:-1])):
        return own - 1
    return None


def other_editions(doc: Doc, own_year: int, heads: set[str], taken: set[int]) -> list[OtherEdition]:
    """The references in ``doc`` to another edition than the article's (of year ``own_year``): an edition
    noun or one of ``heads`` (the article's event nouns, its series' names) with a word that
    points away ("previous", "inaugural", an ordinal, another year, "last year's"), dated to a year that
    is not ``own_year``. ``taken``: tokens of other mentions such a reference may not cover (named events)."""
    words = {k: set(v) if isinstance(v, list) else v for k, v in lexicon()["other_edition_refs"].items()}
    nouns = set(words["nouns"]) | {h.lower() for h in heads if " " not in h}
    names = [h.split() for h in heads if " " in h]  # "the previous Coral Shield": the series' name as its head
    out: list[OtherEdition] = []
    for tok in doc:
        if tok.i in taken or tok.pos_ not in {"NOUN", "PROPN"} or tok.lower_ not in nouns and not any(
                [t.text for t in doc[max(0, tok.i + 1 - len(n)):tok.i + 1]] == n for n in names):
            continue
        if tok.dep_ == "appos" and tok.head.i in taken or any(c.dep_ == "appos" and c.i in taken for c in tok.children):
            continue  # "since Reforger in 1988, the last comparable drill": another event, named there
        if tok.dep_ in {"nsubj", "attr"} and tok.head.lemma_ == "be" and any(
                c.i in taken for c in tok.head.children if c.dep_ in {"nsubj", "attr"} and c.i != tok.i):
            continue  # "the last comparable drill was Reforger in 1988"
        if not _told_of(tok, words):
            continue
        marker = _marker(tok, words)
        if marker is None or any(c.lower_ in words["same"] for c in tok.lefts):
            continue
        year = _year_of(tok, marker, own_year, words)
        if year is None or year >= own_year:  # the article's own edition, or one not yet held
            continue
        left = [c for c in tok.lefts if c.dep_ not in {"det", "punct", "cc", "prep"}]
        start = min([tok.i, *(c.left_edge.i for c in left)])
        if tok.i - start + 1 > 4 or any(i in taken for i in range(start, tok.i)):
            continue
        out.append(OtherEdition(start, tok.i + 1, year, doc[start:tok.i + 1].text))
    return out
