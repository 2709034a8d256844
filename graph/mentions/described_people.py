"""People the NER missed, found by how the text describes them.

A run of two to four capitalised proper nouns (particles and glued hyphens inside, as in
:func:`shape.name_run`) that no mention covers is a person's name where the text goes on to
describe a person: ", who ..." (a body is "which"); an apposition holding a person's role (", Baykar's
chairman and ...", ", a consultant with ..."); an attribution ("said X," / "X of the Y Institute
said"); a role noun it stands in apposition to ("the country's ambassador to Y, X"); a catalogued office title before it ("the Inspector-General of Police, X,"); or a role the name
acts "as" ("X attended as the personal envoy of ..."). Names of months,
titles and ranks never start or continue such a run.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from .lexicon import lexicon
from .shape import NAME_SUFFIXES, name_run
from .words import phrase_at, texts, tokens

_MAX_NAMES = 4
# words before a lone surname that make it a place's or a firm's name, not the person's
_NO_PERSON_BEFORE = {"the", "a", "an", "at", "to", "in", "near", "from", "into", "outside", "inside", "via"}


@lru_cache(maxsize=1)
def _words() -> dict[str, set[str]]:
    lex = lexicon()
    titles = {w for t in lex["person_titles"] for w in t.split()}
    roles = set(lex["apposition_roles"]) | set(lex["institution_cues"]["roles"]) | {
        t for t in lex["person_titles"] if " " not in t}
    stop = {w.lower() for w in lex["ranks"]} | titles | {"the", "a", "an", "in", "on", "at", "by", "for", "of"}
    return {"roles": roles - {"general", "colonel", "admiral"}, "stop": stop, "verbs": set(lex["person_verbs"]),
            "speech": set(lex["speech_before"])}


def _cap(tok) -> bool:
    return tok.text[:1].isupper() and tok.text.replace("-", "").replace("'", "").isalpha() and not tok.text.isupper()


def _runs(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    toks = tokens(doc)
    stop = _words()["stop"]

    def free(t: Token) -> bool:  # a proper noun no mention covers ("Celso de Amorim": after a particle too)
        return t.i not in taken and _cap(t) and t.pos_ == "PROPN"

    def name(t: Token) -> bool:
        return free(t) and t.lower_ not in stop

    out = []
    i = 0
    while i < len(doc):
        end, names = name_run(doc, i, name, free, _MAX_NAMES)
        if names >= 2 and (end >= len(doc) or not _cap(toks[end]) or end in taken):
            out.append((i, end))
        i = max(end, i + 1)
    return out


def _described(doc: Doc, s: int, e: int) -> bool:
    w = _words()
    nxt = doc[e] if e < len(doc) else None
    if nxt is not None and nxt.text == "," and e + 1 < len(doc):
        if doc[e + 1].lower_ == "who":
            return True  # "X, who studies ..."
        for t in doc[e + 1:min(len(doc), e + 9)]:  # "X, Baykar's chairman and ...", "X, a consultant with Y"
            if t.is_punct and t.text not in {"-", "'s"} or t.pos_ in {"VERB", "AUX"}:
                break
            if t.lower_ in w["roles"] and t.pos_ == "NOUN":
                return True
    if attributed(doc, s, e):
        return True  # "said X of the Y Unit"
    if s > 1 and doc[s - 1].text == "," and _after_office(doc, s - 1):
        return True  # "the Inspector-General of Police, X, retired"
    root = doc[s:e].root
    if s > 1 and doc[s - 1].text == "," and root.dep_ == "appos" and _role_before(root.head, s, w["roles"]):
        return True  # "China's ambassador to Pakistan, X", "the ministry's spokesman, X"
    if root.dep_ == "nsubj":
        verb = root.head
        if nxt is not None and nxt.lower_ == "of" and verb.lower_ in w["verbs"]:
            return True  # "X of the Y Endowment said"
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
            if any(o.lower_ in w["roles"] for o in prep.children if o.dep_ == "pobj"):
                return True  # "X attended as the personal envoy of ..."
    return False


def _role_before(head: Token, start: int, roles: set[str]) -> bool:
    """Whether the word a name stands in apposition to is a role noun before it ("the ministry's
    spokesman, X")."""
    return head.i < start - 1 and head.pos_ == "NOUN" and head.lower_ in roles


def _after_office(doc: Doc, end: int) -> bool:
    """Whether a catalogued office title (``office_titles.csv``) ends right before ``end``."""
    from ..reference.titles import catalogued_titles

    titles = catalogued_titles()
    return any(phrase_at(doc, end - n, end) in titles
               for n in range(2, 8) if end - n >= 0)


def attributed(doc: Doc, start: int, end: int) -> bool:
    """Whether the name ``doc[start:end]`` is the speaker a speech verb before it names ('"...," said X,',
    "said X of the Y Unit"; ``speech_before``)."""
    return start > 0 and doc[start - 1].lower_ in _words()["speech"] \
        and (end >= len(doc) or doc[end].lower_ in {",", ".", "of"})


def described_people(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """(start, end) of the people's names no mention covers that the text describes as people."""
    return [(s, e) for s, e in _runs(doc, taken) if _described(doc, s, e)]


def described_person(doc: Doc, start: int, end: int) -> bool:
    """Whether a two- or three-word name of capitalised proper nouns is described as a person."""
    span = doc[start:end]
    return 2 <= len(span) <= 3 and all(_cap(t) and t.pos_ == "PROPN" and t.lower_ not in _words()["stop"] for t in span) \
        and _described(doc, start, end)



def later_surnames(doc: Doc, people: list[tuple[int, int]], taken: set[int]) -> list[int]:
    """Tokens that name a person by the surname alone after the full name ("Lena Vogt spoke. Vogt is a
    veteran of ..."): a capitalised proper noun no mention covers, equal to the last word of a longer
    person's name written before it, standing alone (no capitalised word beside it, no article or place's
    preposition before it: "the Tata group", "Bayraktar TB2", "flown to Woodbourne" are no people)."""
    toks = tokens(doc)
    firsts: dict[str, int] = {}
    for s, e in people:
        last = e - 1
        while last > s + 1 and toks[last].text in NAME_SUFFIXES:
            last -= 1  # "Romeo Brawner Jr.": the surname is Brawner
        if last - s >= 1 and _cap(toks[last]):
            firsts.setdefault(toks[last].text, e)
    out = []
    for t in (toks[i] for i, w in enumerate(texts(doc)) if w in firsts):
        seen = firsts.get(t.text)
        if seen is None or t.i < seen or t.i in taken or t.pos_ != "PROPN":
            continue
        before = toks[t.i - 1] if t.i else None
        after = toks[t.i + 1] if t.i + 1 < len(doc) else None
        if before is not None and (_cap(before) and not before.is_sent_start and before.pos_ == "PROPN"
                                   or before.lower_ in _NO_PERSON_BEFORE) \
                or after is not None and _cap(after) and after.pos_ == "PROPN":
            continue
        out.append(t.i)
    return out
