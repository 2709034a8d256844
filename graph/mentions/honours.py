"""Military ranks and decorations written like names: "Squadron Leader", "Rear Admiral", "the Order of
Glory", "the Grand Cross of the Legion of Honour". The NER calls them organisations (or a person, a
place); they are no entity of the ontology, so a mention that is only a rank phrase or a decoration's
name is dropped (word lists in ``lexicon.yaml`` under ``rank_phrases`` and ``decorations``).

>>> honour("Squadron Leader"), honour("Order of Glory"), honour("the Legion of Honour"), honour("Red Cross")
(True, True, True, False)
>>> honour("Order of Malta"), honour("Northern Command"), honour("Defence Service Medal")
(False, False, True)
"""
from __future__ import annotations

from functools import lru_cache

from spacy.attrs import IDX
from spacy.tokens import Doc

from .layout import doc_text
from .lexicon import lexicon
from .mention import Mention
from .words import texts

_BODIES = frozenset({"Organization", "GovernmentBody", "Company", "Place"})
_NOT_NAMES = frozenset({"Military", "Company", "Group", "Forces", "Force", "Staff", "Army", "Navy", "Command",
                        "Office", "Council", "Ministry", "Department", "Agency", "Service", "Corps"})
_DETS = ("the ", "a ", "an ", "his ", "her ", "their ", "its ")


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    lex = lexicon()
    dec = lex["decorations"]
    fold = lambda xs: frozenset(x.casefold() for x in xs)  # noqa: E731
    return (fold(lex["rank_phrases"]), fold(dec["names"]), fold(dec["first_words"]), fold(dec["last_words"]),
            fold(dec["not"]))


def honour(text: str) -> bool:
    """Whether a name is only a rank phrase or a decoration's name."""
    ranks, names, firsts, lasts, exceptions = _lists()
    low = " ".join(text.split()).casefold()
    for det in _DETS:
        if low.startswith(det):
            low = low[len(det):]
    if not low or low in exceptions:
        return False
    if low in ranks or low in names or low in _titles():
        return True
    words = low.split()
    if len(words) >= 3 and words[0] in firsts and words[1] == "of":
        return not any(low.startswith(e) for e in exceptions)
    return len(words) >= 2 and words[-1] in lasts


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    lex = lexicon()
    return frozenset(x.casefold() for x in (*lex["rank_phrases"], *lex["rank_words"], *lex["title_phrases"]))


@lru_cache(maxsize=1)
def _firm_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in lexicon()["short_name_tails"])


def rank_words(text: str) -> int:
    """How many first words of a name are a rank or a title ("Squadron Leader Ines Morel": 2)."""
    words = text.split()
    return next((n for n in range(min(len(words) - 1, 5), 0, -1) if " ".join(words[:n]).casefold() in _titles()), 0)


def drop_honours(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions that are not a rank phrase or a decoration (a catalogued entry is kept); a body's name
    that is a rank phrase and a person's name ("Squadron Leader Ines Morel") is that person (after a one-word
    rank two names at least, no firm's word: "General Atomics Global Corporation" is a firm)."""
    out = []
    text, words, titles = doc_text(doc), texts(doc), _titles()
    starts = doc.to_array(IDX).tolist() if len(doc) else []
    for m in mentions:
        end = starts[m.end - 1] + len(words[m.end - 1]) if m.end else 0  # ``doc[k:m.end].text``, without the Span
        if any(text[starts[k]:end].casefold() in titles for k in range(max(0, m.start - 4), m.start)):
            continue  # "Supreme Allied Commander" + "Europe": the last word of a title
        if m.ref_id or m.label == "Event":
            out.append(m)
        elif not honour(m.text):
            n = rank_words(m.text) if m.label in _BODIES else 0
            rest = doc[m.start + n:m.end]
            if n and (2 if n == 1 else 1) <= len(rest) <= 4 and m.label != "Company" \
                    and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest) \
                    and not any(t.text in _NOT_NAMES or t.text.casefold() in _firm_words() for t in rest):
                m = Mention(rest.start, rest.end, rest.start_char, rest.end_char, rest.text, "Person", m.source)
            out.append(m)
    return out
