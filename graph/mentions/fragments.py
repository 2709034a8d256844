"""Fragments of names the NER cut at punctuation, repaired before the gate judges them.

A name cut at a hyphen, a bracket or a country word leaves a fragment that names nothing
("Monthan Air Force Base" of "Davis-Monthan Air Force Base", "Holos (Voice" of "the Holos (Voice)
party", "Eastern Airlines" of "China Eastern Airlines"), and an amount read into a name leaves a
phrase that is no name ("About 350 US Army"). These rules look only at the span and its neighbours:

* :func:`unclosed_bracket` cuts a name before a bracket it does not close;
* :func:`amount_prefix` drops "about 350" before a name;
* :func:`hyphen_prefix` gives a body or place the word glued to it by a hyphen ("Caspian-Baltic");
* :func:`country_firms` makes a country's name and the firm name right after it one firm;
* :func:`cut_runs` joins a name cut after an initial or a particle to the name that goes on
  ("Steven F." + "Udvar-Hazy Center", "Río de la" + "Plata Defence Forum");
* :func:`letter_prefix` gives a type's name the letter code glued to it by a hyphen ("C-Star");
* :func:`people_pairs` splits "Modi-Macron" (talks) into the two people the text names elsewhere;
* :func:`negated_prefix` drops a name that "non-" negates ("a major non-NATO ally", "non-EU states"): it names
  what the thing is not.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span

from .mention import Mention

MakeMention = Callable[[Span, str, str], Mention]
_APPROXIMATE = {"about", "around", "some", "nearly", "almost", "roughly", "approximately", "over", "up", "more"}
HYPHENS = frozenset({"-", "\u2010", "\u2011"})  # hyphen, hyphen, non-breaking hyphen
_JOINED = {"GovernmentBody", "Organization", "Company", "Place"}


def unclosed_bracket(doc: Doc, m: Mention, make: MakeMention) -> Mention | None:
    """ "Holos (Voice": the name ends before the bracket it never closes (None: nothing is left)."""
    toks = doc[m.start:m.end]
    opened = [t.i for t in toks if t.text == "("]
    if not opened or any(t.text == ")" for t in doc[opened[-1]:m.end]):
        return m
    cut = opened[-1]
    return make(doc[m.start:cut], m.label, m.source) if cut > m.start else None


def amount_prefix(doc: Doc, m: Mention, make: MakeMention) -> Mention:
    """ "About 350 US Army (personnel)": an approximate amount before a name is no part of it."""
    start = m.start
    if start + 2 < m.end and doc[start].lower_ in _APPROXIMATE and doc[start + 1].like_num:
        start += 2
    elif start + 3 < m.end and doc[start].lower_ in {"more", "up"} and doc[start + 1].lower_ in {"than", "to"} \
            and doc[start + 2].like_num:
        start += 3
    return m if start == m.start else make(doc[start:m.end], m.label, m.source)


def hyphen_prefix(doc: Doc, m: Mention, owner: dict[int, Mention], make: MakeMention) -> tuple[Mention, Mention | None]:
    """ "Davis-" + "Monthan Air Force Base", "Caspian-" + "Baltic Foresight Group": a body's or place's
    name glued by a hyphen to a capitalised word before it starts at that word. (The name, and the
    mention it absorbs if any.) A country or a person before the hyphen stays apart ("Russia-Belarus
    Union", "Modi-Macron talks"). A fragment the NER cut at the hyphen itself ("Ground Self-" +
    "Defense Force", "National Anti-" + "Terrorism Committee") opens the name, and so does a run of
    capitalised words glued by hyphens over particles ("Whole-of-Society Defense Committee"):
    :func:`hyphen_start`."""
    s = m.start
    if m.ref_id or m.label not in _JOINED or s < 2 or doc[s - 1].text not in HYPHENS \
            or doc[s - 1].whitespace_ or doc[s - 2].whitespace_ or not doc[s].text[:1].isupper():
        return m, None
    cut = owner.get(s - 1)
    if cut is not None and cut.end == s and not cut.ref_id and not cut.demonym and cut.label != "Country":
        start = hyphen_start(doc, cut.start, owner, cut)  # the NER's fragment ends in the hyphen: no name ends so
        return make(doc[start:m.end], m.label, m.source), cut
    word = doc[s - 2]
    if word.is_sent_start and word.lower_ in {"the", "a"}:
        return m, None
    if not (word.is_alpha and word.text[:1].isupper()):
        start = hyphen_start(doc, s, owner, None)
        return (m, None) if start == s else (make(doc[start:m.end], m.label, m.source), None)
    before = owner.get(word.i)
    if before is not None and (before.label in {"Country", "Person"} or before.demonym or before.start != word.i
                               or before.end != word.i + 1):
        return m, None
    if before is None:
        return make(doc[hyphen_start(doc, s, owner, None):m.end], m.label, m.source), None
    return make(doc[word.i:m.end], m.label, m.source), before


_GLUED_PARTICLES = frozenset({"of", "and", "the", "for", "on", "in", "to"})


def hyphen_start(doc: Doc, start: int, owner: dict[int, Mention], cut: Mention | None) -> int:
    """Where a name that runs on over hyphens starts: back over the words glued to ``start`` by hyphens,
    capitalised words or particles between capitalised words ("Whole-of-Society"), that no other mention
    holds (``cut``, the fragment being absorbed, holds none); ``start`` itself when no capitalised word
    opens such a run ("anti-" or "out-of-" before a name stays out)."""
    def free(i: int) -> bool:
        holder = owner.get(i)
        return holder is None or holder is cut

    k = start
    while k >= 2 and doc[k - 1].text in HYPHENS and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_ \
            and doc[k - 2].is_alpha and free(k - 2) and free(k - 1) \
            and (doc[k - 2].text[:1].isupper() or doc[k - 2].lower_ in _GLUED_PARTICLES):
        k -= 2
    while k < start and not doc[k].text[:1].isupper():
        k += 2  # a run opens with a capitalised word, never with "of-"
    if k < start:  # the NER's span that ends in the run's hyphen ("the National Anti-"): its words open the name
        cut_at = next((e for e in doc.ents if e.start < k < e.end == start), None)
        if cut_at is not None:
            j = cut_at.start + (doc[cut_at.start].lower_ in {"the", "a", "an"})
            if all(free(i) and doc[i].is_alpha and doc[i].text[:1].isupper() for i in range(j, k)):
                k = j
    return k


_LETTER_CODE = re.compile(r"^[A-Z]{1,2}$")


def letter_prefix(doc: Doc, start: int, taken: set[int]) -> int:
    """ "C-Star", "K-Sam": a type's name that opens with a letter code glued to it by a hyphen starts at
    that code (the tagger reads the code and the hyphen as no part of the name); ``start`` when there is none."""
    if start < 2 or doc[start - 1].text not in HYPHENS or doc[start - 1].whitespace_ or doc[start - 2].whitespace_:
        return start
    code = doc[start - 2]
    if not _LETTER_CODE.match(code.text) or {code.i, code.i + 1} & taken or \
            code.i > 0 and doc[code.i - 1].text in HYPHENS and not doc[code.i - 1].whitespace_:
        return start  # (not the middle of a longer hyphened run: "Mk-A-Star")
    return code.i


def particle_prefix(doc: Doc, m: Mention, owner: dict[int, Mention], make: MakeMention) -> Mention:
    """ "Río de la" + "Plata Defence Forum": a name no catalogue knows that the NER started after a name
    particle starts at the capitalised word before the particle."""
    if m.ref_id or m.label not in _JOINED | {"Event"}:
        return m
    k = m.start
    while k > 0 and m.start - k < 2 and doc[k - 1].is_lower and doc[k - 1].lower_ in _PARTICLES:
        k -= 1
    if k == m.start or k == 0:
        return m
    word = doc[k - 1]
    if not (word.is_alpha and word.text[:1].isupper()) or word.i in owner:
        return m
    return make(doc[word.i:m.end], m.label, m.source)


def country_firms(doc: Doc, mentions: list[Mention], make: MakeMention) -> list[Mention]:
    """ "China" + "Eastern Airlines": a country's name (not its demonym) right before a firm name no
    catalogue knows starts that firm's name; the country stays named inside it."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        prev = out[-1] if out else None
        if prev is not None and prev.label == "Country" and not prev.demonym and prev.end == m.start \
                and m.label == "Company" and not m.ref_id and doc[prev.end - 1].whitespace_ \
                and doc[prev.start].text[:1].isupper():
            out[-1] = make(doc[prev.start:m.end], "Company", m.source)
            continue
        out.append(m)
    return out


_PARTICLES = {"de", "la", "del", "de la", "da", "do", "di", "du", "des", "van", "von", "der", "den", "le", "y"}
_INITIAL = re.compile(r"^[A-Z]\.$")


def cut_runs(doc: Doc, mentions: list[Mention], make: MakeMention) -> list[Mention]:
    """ "Steven F." + "Udvar-Hazy Center", "Río de la" + "Plata Defence Forum": a name that ends in an initial
    or a name particle, right before another name, is the start of that name (of the second one's label)."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        prev = out[-1] if out else None
        if prev is not None and prev.end == m.start and not prev.ref_id and not m.ref_id \
                and prev.end - prev.start > 1 and doc[prev.start].text[:1].isupper() \
                and (_INITIAL.match(doc[prev.end - 1].text) or doc[prev.end - 1].lower_ in _PARTICLES) \
                and doc[m.start].text[:1].isupper() and not doc[m.start].is_sent_start:
            out[-1] = make(doc[prev.start:m.end], m.label, m.source)
            continue
        out.append(m)
    return out


def people_pairs(doc: Doc, mentions: list[Mention], make: MakeMention) -> list[Mention]:
    """ "Modi-Macron talks": a "person" of two names glued by a hyphen, each the name or surname of another
    person of the text, is those two people."""
    names = {w for m in mentions if m.label == "Person" and m.end - m.start != 3 for w in (m.text, m.text.split()[-1])}
    out: list[Mention] = []
    for m in mentions:
        toks = doc[m.start:m.end]
        if m.label == "Person" and not m.ref_id and len(toks) == 3 and toks[1].text in HYPHENS \
                and not toks[0].whitespace_ and not toks[1].whitespace_ and toks[0].text in names \
                and toks[2].text in names and toks[0].text != toks[2].text:
            out += [make(doc[m.start:m.start + 1], "Person", m.source), make(doc[m.end - 1:m.end], "Person", m.source)]
            continue
        out.append(m)
    return out


def negated_prefix(doc: Doc, m: Mention) -> bool:
    """Whether "non-" stands glued before the name: "a major non-NATO ally of the United States" is no mention of
    NATO, "non-EU states" none of the EU (a name that itself begins with the word, "Non-Aligned Movement", is kept)."""
    return m.start >= 2 and doc[m.start - 1].text in HYPHENS and doc[m.start - 2].lower_ == "non" \
        and not doc[m.start - 1].whitespace_ and not doc[m.start - 2].whitespace_


def repair(doc: Doc, mentions: list[Mention], make: MakeMention) -> list[Mention]:
    """The mentions with the fragments above made whole (or dropped where nothing of a name is left, or where
    "non-" negates the name)."""
    out: list[Mention] = []
    for m in mentions:
        if negated_prefix(doc, m):
            continue
        fixed = unclosed_bracket(doc, m, make)
        if fixed is not None:
            out.append(amount_prefix(doc, fixed, make))
    owner = {i: m for m in out for i in m.tokens()}
    absorbed: set[int] = set()
    joined: list[Mention] = []
    for m in out:
        fixed, gone = hyphen_prefix(doc, particle_prefix(doc, m, owner, make), owner, make)
        if gone is not None:
            absorbed.add(id(gone))
        joined.append(fixed)
    joined = [m for m in joined if id(m) not in absorbed]
    return people_pairs(doc, cut_runs(doc, country_firms(doc, joined, make), make), make)
