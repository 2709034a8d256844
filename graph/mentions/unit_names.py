"""Named units of a state's forces: "the Assam Regiment", "the Rajputana Rifles", "Indo-Pacific Command".
The NER reads the name's first words as a place ("Assam") or the whole as an organisation; a name that
ends in a unit's head (``unit_heads`` in ``lexicon.yaml``) is the unit, a GovernmentBody. A firm's name
keeps its label ("Kestrel Division" of a company is the company's), and so does an organisation whose head
an armed movement's name takes too ("the Hamza Brigade": ``armed_group_unit_heads``).

A place naming an unnamed unit by its home ("the Marseille naval fire battalion", "16 Bihar battalion":
the place modifies a lower-case unit noun, ``lower_unit_nouns``) is no place of the graph: that mention
is dropped (the unit has no name of its own, and the town is where it comes from, not a place where
something happens).

A named unit the NER did not find at all ("the Philippine Fleet", "the Irish Guards", "Canadian Joint
Operations Command", "the Special Jaeger Battalion of the Kaarna Jaeger Regiment": :func:`bare_units`) is the
run of capitalised words before a unit's head with no mention on it, a state's adjective at its start
("Philippine") or a catalogued service's name ("Finnish Defence Forces" + "Logistics Command") taken in (a
state's adjective before a number stays apart: "the Sri Lankan 53 Infantry Division"). A firm's division stays
the firm's (a firm named within a few words before it or after "of", a firm's last word in the name);
troops are no unit ("350 Marines"); headlines and a run with a verb in it are no names.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc

from .layout import in_headline
from .lexicon import lexicon
from .mention import Mention
from .shape import words
from .words import tokens

_RELABELLED = frozenset({"Organization", "Place"})  # labels a unit's name is wrongly given


@lru_cache(maxsize=1)
def _heads() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(h.split()) for h in lexicon()["unit_heads"]), key=len, reverse=True))


@lru_cache(maxsize=1)
def _heads_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """:func:`_heads` by their first word, longest first as there (one dict lookup per token, not a scan)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for h in _heads():
        out.setdefault(h[0], []).append(h)
    return {k: tuple(v) for k, v in out.items()}


def _head_after(doc: Doc, end: int) -> int:
    """How many words after ``end`` are a unit's head (0 when none)."""
    for head in _heads():
        if tuple(t.text for t in doc[end:end + len(head)]) == head:
            return len(head)
    return 0


def _ends_in_head(words: list[str]) -> bool:
    """Whether a name ends in a unit's head no armed movement's name takes."""
    armed = set(lexicon()["armed_group_unit_heads"])
    return any(len(words) > len(h) and tuple(words[-len(h):]) == h and " ".join(h) not in armed for h in _heads())


def _modifies_lower_unit(doc: Doc, m: Mention) -> bool:
    """Whether the place ``m`` modifies a lower-case unit noun at most three lower-case words on
    ("the Marseille naval fire battalion", "the Bihar battalion"; not "in Marseille, the battalion")."""
    nouns = set(lexicon()["lower_unit_nouns"])
    for k in range(m.end, min(m.end + 4, len(doc))):
        tok = doc[k]
        if tok.text in nouns:
            last = doc[m.end - 1]
            return last.dep_ in ("compound", "nmod", "amod") and m.start <= last.i and last.head.i in range(m.end, k + 1)
        if not (tok.is_alpha and tok.text.islower() and tok.pos_ in ("ADJ", "NOUN")):
            return False
    return False


def unit_names(doc: Doc, mentions: list[Mention], make: Callable[[int, int], Mention]) -> list[Mention]:
    """``mentions`` with each named unit one GovernmentBody mention (``make(start, end)`` builds one), a
    place naming an unnamed unit's home left out."""
    out: list[Mention] = []
    starts = {m.start for m in mentions}
    for m in mentions:
        if m.label == "Place" and not m.demonym and _modifies_lower_unit(doc, m):
            continue  # "the Marseille naval fire battalion": no place of the graph
        if m.label == "Place":
            n = _head_after(doc, m.end)
            if n and m.end + n not in starts and not any(x.start == m.end for x in mentions):
                out.append(make(m.start, m.end + n))  # "the Assam" + "Regiment"
                continue
        if m.label in _RELABELLED and not m.ref_id and _ends_in_head(m.text.split()):
            m.label = "GovernmentBody"  # "the Rajputana Rifles"
        out.append(m)
    return out


_OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"})
_UNIT_RANK_WORDS = frozenset({"air", "wing", "squadron", "fleet", "field", "general", "chief"})  # in units' names too
_SERVICE_TAILS = frozenset({"International", "Services"})  # a firm's last words a state's unit takes too
_TROOP_HEADS = frozenset({"Marines", "Commandos", "Rangers"})  # "350 Marines", "American Marines": troops, no unit
_FIRM_UNITS = frozenset({"Division", "Directorate", "Command"})  # heads a firm's part takes too


def _run_start(doc: Doc, head: int, ranks: set[str]) -> int:
    """First word of the capitalised run that ends just before ``head`` (``head`` when there is none)."""
    sent_start = doc[head].sent.start
    j = head
    while j > sent_start:
        t = doc[j - 1]
        if t.lower_ in _OPENERS or t.lower_ in ranks or t.pos_ in ("VERB", "AUX"):
            break
        if (t.is_alpha and t.text[:1].isupper()) or (t.like_num and t.text.isdigit() and len(t.text) <= 3):
            j -= 1
        elif t.text == "-" and not t.whitespace_ and j - 2 >= sent_start and doc[j - 2].text[:1].isupper():
            j -= 1  # "Multi-Domain"
        else:
            break
    return j


def _firm_near(doc: Doc, start: int, end: int, firms: list[Mention]) -> bool:
    """Whether a firm is named in the few words before a unit's name or right after its "of"."""
    return any(start - 4 <= f.end <= start or (f.start in (end + 1, end + 2) and doc[end].lower_ == "of")
               for f in firms)


def bare_units(doc: Doc, mentions: list[Mention], make: Callable[[int, int], Mention]) -> list[Mention]:
    """``mentions`` with each named unit no mention covers added as a GovernmentBody (see the module's
    docstring); a state's adjective or a service's name it takes in is left out."""
    ranks = set(lexicon()["ranks"]) - _UNIT_RANK_WORDS
    heads = _heads_by_first()
    covered: dict[int, Mention] = {i: m for m in mentions for i in m.tokens()}
    tails = set(words()["company_tails"]) - _SERVICE_TAILS
    firms = [m for m in mentions if m.label == "Company" or (m.label == "Organization" and m.text.split()[-1] in tails)]
    added: list[Mention] = []
    dropped: set[int] = set()
    toks = tokens(doc)
    i = 0
    while i < len(doc):
        head = next((h for h in heads.get(toks[i].text, ()) if tuple(t.text for t in toks[i:i + len(h)]) == h), None)
        if head is None or " ".join(head) in _TROOP_HEADS:
            i += 1
            continue
        end = i + len(head)
        start = _run_start(doc, i, ranks)
        nxt = toks[end] if end < len(doc) else None
        if start == i or (nxt is not None and nxt.is_alpha and nxt.text[:1].isupper()) \
                or any(j in covered for j in range(i, end)) or in_headline(doc, toks[start].idx):
            i = end
            continue
        inner = {id(covered[j]): covered[j] for j in range(start, i) if j in covered}
        ok = len(inner) <= 1
        for m in inner.values():
            ok = ok and m.start == start and (
                m.label == "Country" or (m.label == "GovernmentBody" and m.ref_id is not None and m.end < i))
        firm = " ".join(head) in _FIRM_UNITS and (
            _firm_near(doc, start, end, firms) or any(t.text in tails for t in toks[start:i]))
        state = next(iter(inner.values()), None)
        if ok and state is not None and state.label == "Country" and toks[state.end].like_num:
            start, inner = state.end, {}  # "the Sri Lankan 53 Infantry Division": the state stays apart
        if ok and not firm:
            added.append(make(start, end))
            dropped.update(id(m) for m in inner.values())
        i = end
    if not added:
        return mentions
    return sorted([m for m in mentions if id(m) not in dropped] + added, key=lambda m: m.start)
