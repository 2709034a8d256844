"""Named ships: a noun for one ship directly followed by a capitalised name ("the frigate Bung Tomo",
"the Type 054A frigate Rizhao", "the survey ship SAS Protea", "the patrol vessel KNS Jasiri I"), and
the same name again elsewhere in the document ("the Bung Tomo", "the Protea" for "SAS Protea").

Navies name ships after people, places and ideas, so the name alone says nothing: the noun before it
does. The nouns are the singular ``category_nouns.naval_vessel`` and ``ship_nouns`` in ``lexicon.yaml``;
the ship prefixes (``ship_prefixes``) are kept in the name and dropped for the short form. A name runs on
past a lower-case particle ("HMCS Ville de Québec", "FS Charles de Gaulle"), past "of" after a title
("HMS Prince of Wales", "HMS Duke of York") and over a hyphenated syllable ("ROKS Gang Gam-chan"):
:func:`name_tail_end`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .lexicon import lexicon
from .words import lowers, texts

_ROMAN = re.compile(r"(?:I{1,3}|IV|V|VI{1,3}|IX|X)")
_PREFIX = re.compile(r"[A-Z]{2,5}")
_INITIAL = re.compile(r"[A-Z]\.")
_MAX_WORDS = 5
_NOT_NAMES = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
              "The", "A", "An", "This", "That", "It", "In", "On", "At", "And", "Of", "For"}


@lru_cache(maxsize=1)
def _nouns() -> dict[str, list[list[str]]]:
    """Last word of a ship noun -> the word lists ending in it."""
    lex = lexicon()
    singular = [w for w in lex["category_nouns"]["naval_vessel"] if not w.endswith("s")]  # not "frigates"
    out: dict[str, list[list[str]]] = {}
    for phrase in singular + lex["ship_nouns"]:
        ws = phrase.split()
        out.setdefault(ws[-1], []).append(ws)
    return out


def _name_end(doc: Doc, i: int, prefixes: set[str]) -> int:
    """End of the capitalised name run from token ``i`` (``i`` when there is none)."""
    t = texts(doc)
    end = i
    while end < len(doc) and end - i < _MAX_WORDS:
        w = t[end]
        if end == i and (w in prefixes or _PREFIX.fullmatch(w) and end + 1 < len(doc) and t[end + 1][:1].isupper()):
            end += 1  # "KNS Jasiri": a known or unknown prefix
            continue
        if _INITIAL.fullmatch(w) and end > i and end + 1 < len(doc) and t[end + 1][:1].isupper():
            end += 1  # "USS John S. McCain"
            continue
        if w in _NOT_NAMES or not w[:1].isupper() or not (w.isalpha() or w.replace("-", "").isalpha()) \
                or (w.isupper() and len(w) > 1 and end == i):
            break
        end += 1
    if end > i + 1 or end == i + 1 and t[i] not in prefixes:
        end = name_tail_end(doc, end)  # "HMCS Ville de Québec", "ROKS Gang Gam-chan"
    if end > i and end < len(doc) and _ROMAN.fullmatch(t[end]) and not doc[end].is_sent_start:
        end += 1  # "SAS King Sekhukhune I"
    elif end > i and _hull_number(doc, end):
        end += 1  # "Yuan Wang 5", "Yi Peng 3": a number ends the name
    return end


def _hull_number(doc: Doc, j: int) -> bool:
    """Whether token ``j`` is a number of one to three digits ending a ship's name ("the research vessel Yuan
    Wang 5 docked"), not a count or a measure of what follows ("the frigate Hamburg 12 miles off", "... 3 times",
    "the carrier Liaoning 12 Chinese warships and ...", "24 J-15 jets"): :func:`_opens_noun_phrase`."""
    if j >= len(doc) or not re.fullmatch(r"\d{1,3}", doc[j].text) or doc[j].is_sent_start or not doc[j - 1].whitespace_:
        return False
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    return nxt is None or not _opens_noun_phrase(doc, j) and nxt.text not in {"-", "/", ".", ":"}


def _opens_noun_phrase(doc: Doc, j: int) -> bool:
    """Whether the word after the number ``j`` opens a noun phrase the number counts: a lower-case noun or adjective
    ("12 miles", "3 nautical miles"), a designation ("24 J-15 jets"), a capitalised demonym ("12 Chinese
    warships") or a capitalised word the number modifies as a plural's count."""
    nxt = doc[j + 1]
    if nxt.is_sent_start:
        return False
    w = nxt.text
    if nxt.is_alpha and w.islower():
        return nxt.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}
    if any(c.isdigit() for c in w) and any(c.isalpha() for c in w):
        return True  # a designation: "J-15", "F-16s"
    if not w[:1].isupper():
        return False
    if nxt.pos_ == "ADJ" and nxt.ent_type_ in {"NORP", "Country"}:
        return True  # a demonym: "12 Chinese warships"
    if doc[j].dep_ == "nummod" and doc[j].head.i > j and doc[j].head.tag_ in {"NNS", "NNPS"}:
        return True
    for k in range(j + 1, min(len(doc), j + 4)):  # "14 Type 052D destroyers": a plural noun ends the phrase
        if doc[k].tag_ in {"NNS", "NNPS"} and doc[k].text.islower():
            return True
        if not (doc[k].pos_ in {"PROPN", "ADJ", "NUM", "NOUN"} and not doc[k].is_sent_start):
            return False
    return False


@lru_cache(maxsize=1)
def _tail_words() -> tuple[frozenset[str], frozenset[str]]:
    """(``ship_name_particles``, ``ship_name_of_titles``) of the lexicon."""
    lex = lexicon()
    return frozenset(lex["ship_name_particles"]), frozenset(lex["ship_name_of_titles"])


def _name_word(doc: Doc, j: int) -> bool:
    w = doc[j].text
    return w[:1].isupper() and w.isalpha() and w not in _NOT_NAMES and not doc[j].is_sent_start


def name_tail_end(doc: Doc, end: int) -> int:
    """End of a ship's name whose capitalised words end before token ``end``: the name runs on over a
    hyphenated lower-case syllable ("Gam" + "-chan"), a particle and a capitalised word ("Ville" + "de
    Québec", ``ship_name_particles``) and "of" and a capitalised word after a title ("Prince" + "of
    Wales", ``ship_name_of_titles``); ``end`` itself when nothing follows ("INS Kolkata of India").

    >>> import spacy
    >>> doc = spacy.blank("en")("led by HMS Prince of Wales and ROKS Gang Gam-chan, not INS Kolkata of India")
    >>> [doc[2:name_tail_end(doc, 4)].text, doc[7:name_tail_end(doc, 10)].text, doc[14:name_tail_end(doc, 16)].text]
    ['HMS Prince of Wales', 'ROKS Gang Gam-chan', 'INS Kolkata']
    """
    particles, titles = _tail_words()
    while 0 < end < len(doc) - 1:
        w, prev = doc[end].text, doc[end - 1]
        if w in {"-", "\u2011"} and not prev.whitespace_ and not doc[end].whitespace_ \
                and doc[end + 1].is_alpha and (doc[end + 1].text.islower() or _name_word(doc, end + 1)
                                               and prev.text[:1].isupper()):
            end += 2  # "Seong-ryong", "Sachsen-Anhalt", "Al-Diriyah"
            continue
        if (w in particles or w == "of" and prev.text in titles) and _name_word(doc, end + 1):
            end += 2
            while end < len(doc) and _name_word(doc, end):
                end += 1
            continue
        break
    return end


def named_ships(doc: Doc, prefixes: set[str]) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of each named ship and each later mention of its name."""
    low, t = lowers(doc), texts(doc)
    nouns = _nouns()
    found: list[tuple[int, int, str]] = []
    for i, w in enumerate(low):
        if w not in nouns or t[i] != w or i + 1 >= len(doc) or doc[i + 1].is_sent_start:
            continue
        if not any(low[i - len(ws) + 1:i + 1] == ws for ws in nouns[w] if i - len(ws) + 1 >= 0):
            continue
        end = _name_end(doc, i + 1, prefixes)
        if end == i + 1 or (_PREFIX.fullmatch(t[i + 1]) and end == i + 2):
            continue
        if any(doc[j].ent_type_ in {"DATE", "TIME"} for j in range(i + 1, end)):
            continue  # (a country, "the vessel Russia sent", is left by the caller: reference data)
        found.append((i + 1, end, doc[i + 1:end].text))
    return found + _repeated(doc, found, prefixes)


def _repeated(doc: Doc, found: list[tuple[int, int, str]], prefixes: set[str]) -> list[tuple[int, int, str]]:
    """Later mentions of a named ship's name, with or without its prefix, after "the" or a prefix."""
    t = texts(doc)
    taken = {i for s, e, _ in found for i in range(s, e)}
    forms: dict[tuple[str, ...], str] = {}
    for s, e, name in found:
        words = tuple(t[s:e])
        forms[words] = name
        if _PREFIX.fullmatch(words[0]) and len(words) > 1:
            forms[words[1:]] = name
    out: list[tuple[int, int, str]] = []
    for words, name in sorted(forms.items(), key=lambda x: -len(x[0])):
        n = len(words)
        for i in range(len(doc) - n + 1):
            if tuple(t[i:i + n]) != words or any(j in taken for j in range(i, i + n)):
                continue
            if i == 0 or doc[i - 1].lower_ != "the":
                continue  # "the Mendi", not "Mendi" the place or person
            if i + n < len(doc) and t[i + n][:1].isupper() and t[i + n].isalpha():
                continue  # a longer name
            out.append((i, i + n, name))
            taken.update(range(i, i + n))
    return out


@lru_cache(maxsize=1)
def _roster_words() -> tuple[frozenset[str], frozenset[str]]:
    """(plural ship nouns a roster of names follows, words of being that open one): ``ship_roster_nouns`` and
    ``ship_roster_links`` in the lexicon, with the plural ``category_nouns.naval_vessel``."""
    lex = lexicon()
    plural = {p.split()[-1] for p in lex["category_nouns"]["naval_vessel"] if p.endswith("s")}
    return frozenset(plural | set(lex["ship_roster_nouns"])), frozenset(lex["ship_roster_links"])


def roster_nouns() -> frozenset[str]:
    """The plural ship nouns a roster of names follows."""
    return _roster_words()[0]


_ROSTER_REACH = 14  # words between a roster's noun and its colon or link ("submarines already in service with X:")


def _roster_names(doc: Doc, i: int, prefixes: set[str]) -> list[tuple[int, int, str]]:
    """The names listed from token ``i``: "A, B and C", "A and B", each a capitalised name (:func:`_name_end`);
    fewer than two names is no list."""
    out: list[tuple[int, int, str]] = []
    sent_end = doc[i].sent.end if i < len(doc) else i
    while i < sent_end:
        if doc[i].is_sent_start and out:
            break
        end = _name_end(doc, i, prefixes)
        if end == i or _PREFIX.fullmatch(doc[i].text) and end == i + 1:
            break
        out.append((i, end, doc[i:end].text))
        j = end
        if j < sent_end and doc[j].text == ",":
            j += 1
        if j < sent_end and doc[j].lower_ == "and":
            j += 1
        if j == end:
            break
        i = j
    return out if len(out) >= 2 else []


def _heads_phrase(noun) -> bool:
    """Whether a roster noun heads the phrase before a colon, not the object of another noun's preposition
    ("Ports of call for the patrol boats: A, B" and "Commanders of the boats: A and B" list no boats)."""
    while noun.dep_ in {"conj", "appos"} and noun.head.i != noun.i:
        noun = noun.head
    return not (noun.dep_ == "pobj" and noun.head.head.pos_ in {"NOUN", "PROPN", "PRON"})


def _subject_of(noun, link) -> bool:
    """Whether a roster noun is (in) the subject of its word of being ("the navy's other frigates are A and B")."""
    t = noun
    while t.head.i != t.i and t.head.i != link.i:
        t = t.head
    return t.head.i == link.i and t.dep_ in {"nsubj", "nsubjpass"}


def _ship_antecedent(doc: Doc, i: int, prefixes: set[str]) -> bool:
    """Whether a ship stands before token ``i`` in its sentence or the one before ("her sister ships", or "her
    sisters" after "the frigate X was refitted"): a singular ship noun (:func:`_nouns`) or a ship prefix."""
    sent = doc[i].sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    nouns = _nouns()
    low = lowers(doc)
    return any(low[j] in nouns or doc[j].text in prefixes for j in range(start, i))


def roster_ships(doc: Doc, prefixes: set[str]) -> list[list[tuple[int, int, str]]]:
    """Each list of ship names that a plural ship noun opens: the noun right before the names ("the later boats
    D, E and F", "her sisters A and B"), a colon after it ("seven X-class submarines already in service with
    the navy: A, B and C") or a word of being after it ("the navy's other X-class frigates are A, B and C").
    As with one named ship, the noun says what the names are. Each list is ``[(start, end, name), ...]``."""
    nouns, links = _roster_words()
    sister_nouns = frozenset(lexicon()["ship_sister_nouns"])
    low = lowers(doc)
    out: list[list[tuple[int, int, str]]] = []
    taken: set[int] = set()
    for i, w in enumerate(low):
        if w not in nouns or i + 1 >= len(doc) or not (doc[i].text == w or doc[i].is_sent_start
                                                          and doc[i].text == w.capitalize()):
            continue  # "Sisters A and B serve with ...": the noun opening its sentence
        if w in sister_nouns and not _ship_antecedent(doc, i, prefixes):
            continue  # "her sisters Maria and Ana": a person's sisters
        starts = [i + 1]
        sent_end = doc[i].sent.end
        for k in range(i + 1, min(sent_end, i + 1 + _ROSTER_REACH)):
            t = doc[k]
            if t.text == ":" and _heads_phrase(doc[i]) or t.lemma_.lower() in links and t.pos_ in {"AUX", "VERB"} \
                    and _subject_of(doc[i], t):
                starts.append(k + 1)
                break
            if t.text == ":" or t.lemma_.lower() in links and t.pos_ in {"AUX", "VERB"}:
                break
            if t.tag_ in {"VBD", "VBZ", "VBP", "MD"} or t.text in {";", "."}:
                break
        for s in starts:
            if s in taken:
                continue
            names = _roster_names(doc, s, prefixes)
            if names and not any(doc[a].ent_type_ in {"DATE", "TIME", "CARDINAL"} for a0, e, _ in names
                                 for a in range(a0, e)):
                out.append(names)
                taken.update(a for a0, e, _ in names for a in range(a0, e))
                break
    return out

