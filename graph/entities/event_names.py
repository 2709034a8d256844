"""One event under two names in one article becomes one node.

* A second name given in the text: "the Unity exercise, known locally as Birlik, opened", "Exercise
  Sea Shield (Scutul Marii)", "Operation X, also called Y": the name after the cue is an alias of
  the one before it.
* A name the text treats as an event: the object of a verb whose object is always an event ("wrapped
  up Freedom Edge", "conducted Iron Fist") or of a phrase that takes one ("took part in X", "on the
  eve of X"), where the NER read it as a person or a body; its other mentions are the event too.
* A series name without its year beside the one dated edition the article names: a headline's
  "Falcon Strike drill" and the body's "Falcon Strike 2023" are one edition (not when the article
  names two editions of the series, "Falcon Strike 2022" and "Falcon Strike 2023").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..mentions import Mention
from ..mentions.lexicon import lexicon
from .entity import Entity, fold_into

# what stands between a name and its other name: ", known in the region as", ", also called", " ("
_SECOND_NAME = re.compile(
    r"^\s*(?:\(|,?\s*(?:(?:also|locally|widely|officially|sometimes|commonly|formally)\s+)?"
    r"(?:known|called|named|dubbed|referred\s+to|designated|codenamed|code-named)"
    r"(?:\s+(?:locally|widely|officially|commonly|also))?"
    r"(?:\s+(?:in|by|to)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)?\s+as\s+|,?\s*(?:also\s+)?(?:called|dubbed|codenamed)\s+)$")
_YEARED = re.compile(r"^(?:(.+?)[\s-]+((?:19|20)\d\d)|((?:19|20)\d\d)\s+(.+))$")


_GUESSED = {"Person", "Organization", "Company", "Place"}  # the NER's readings an event's name may be given


def _lemmas_before(doc: Doc, start: int, n: int = 4) -> str:
    """The lemmas of up to ``n`` words before ``start`` without articles: "took part in the" -> "take part in"."""
    words = [t.lemma_.lower() for t in doc[max(0, start - n):start] if t.lower_ not in {"the", "a", "an", "this"}]
    return " ".join(words)


def acted_on(doc: Doc, m: Mention) -> bool:
    """Whether the text treats the name ``m`` as an event: the object of an event-taking verb or
    phrase ("wrapped up Freedom Edge", "took part in Iron Fist", "on the eve of Freedom Edge")."""
    lex = lexicon()
    words = m.text.split()
    if m.ref_id or m.label not in _GUESSED or not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    head = doc[m.start:m.end].root
    before = _lemmas_before(doc, m.start)
    if head.dep_ == "dobj" and any((before == v or before.endswith(" " + v)) and head.head.lemma_.lower() == v.split()[0]
                                   for v in lex["event_object_verbs"]):
        return True
    return head.dep_ == "pobj" and any(before == p or before.endswith(" " + p) for p in lex["event_object_phrases"])


def before_it(doc: Doc, m: Mention) -> bool:
    """Whether the name ``m`` is named as what comes later ("on the eve of X", "ahead of X"): its
    sentence's day is not the event's."""
    before = _lemmas_before(doc, m.start)
    return any(before == p or before.endswith(" " + p) for p in lexicon()["event_before_phrases"])


def _stem(name: str) -> str:
    """ "Falcon Strike drill" -> "falcon strike"; "Exercise Falcon Strike" -> "falcon strike"."""
    nouns = {n for kind in lexicon()["event_kinds"].values() for n in kind}
    words = [w for w in name.lower().replace("-", " ").split() if w not in nouns and w not in {"the", "exercise"}]
    return " ".join(words)




def second_names(entities: dict[str, Entity], mentions: list[Mention], text: str) -> None:
    """Merge an event into the one whose name the text gives just before it as its other name."""
    events = sorted((m for m in mentions if m.label == "Event" and m.entity in entities and
                     entities[m.entity].label == "Event"), key=lambda m: m.start_char)
    for a, b in zip(events, events[1:], strict=False):
        if a.entity == b.entity or a.entity not in entities or b.entity not in entities:
            continue
        if entities[a.entity].ref_id and entities[b.entity].ref_id:
            continue  # two catalogued events are two events
        if _SECOND_NAME.match(text[a.end_char:b.start_char]):
            keep, gone = entities[a.entity], entities[b.entity]
            if gone.ref_id and not keep.ref_id:
                keep, gone = gone, keep
            fold_into(entities, keep, gone)


def yearless_editions(entities: dict[str, Entity], apart: frozenset[str] | set[str] = frozenset()) -> None:
    """Merge an uncatalogued event named by a series stem alone into the article's one edition of it.
    ``apart``: events told only as another edition ("the inaugural parade in 1950"), never the article's."""
    editions: dict[str, list[Entity]] = {}
    for e in entities.values():
        found = _YEARED.match(e.name) if e.label == "Event" and e.id not in apart else None
        if found:
            stem = _stem(found.group(1) or found.group(4))
            if stem:
                editions.setdefault(stem, []).append(e)
    for e in list(entities.values()):
        if e.label != "Event" or e.ref_id or _YEARED.match(e.name) or e.id not in entities:
            continue
        stem = _stem(e.name)
        found = editions.get(stem, [])
        if stem and len(found) == 1 and found[0].id in entities and found[0].id != e.id:
            fold_into(entities, found[0], e)


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ROMAN_MARK = re.compile(r"C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_EDITION_END = re.compile(r"^(.+?)(?:\s+|-)((?:19|20)\d\d|[0-4]\d|[IVXLC]+)$")


def _roman(mark: str) -> int | None:
    """ "VII" -> 7; not a numeral, or "I" (a word as often as a numeral) -> ``None``."""
    if mark == "I" or not mark or not _ROMAN_MARK.fullmatch(mark):
        return None
    values = [_ROMAN_VALUES[c] for c in mark]
    return sum(-v if v < w else v for v, w in zip(values, values[1:] + [0], strict=True))


def edition_of(name: str) -> tuple[str, str | None, int | None]:
    """A name's series stem, its edition year and its edition number: "Exercise Falcon 2022" ->
    ("falcon", "2022", None), "Falcon-22" / "Falcon 22" -> ("falcon", "2022", None), "Falcon VII" ->
    ("falcon", None, 7), "seventh Falcon exercise" / "7th Exercise Falcon" -> ("falcon", None, 7),
    "Falcon exercise" -> ("falcon", None, None). The stem is empty where no capitalised word is left."""
    from ..text.numbers import ordinal

    words = name.split()
    if "," in name or not words:  # "exercise, Tamale, 2023-02": a built name, no series
        return "", None, None
    number = ordinal(words[0]) if len(words) > 1 else None
    if number is not None:
        words = words[1:]
    year = None
    found = _EDITION_END.match(" ".join(words))
    if found and found.group(1)[:1].isupper():
        mark = found.group(2)
        if mark.isdigit():
            year = mark if len(mark) == 4 else f"20{mark}"
            words = found.group(1).split()
        elif number is None and (value := _roman(mark)) is not None and "-" not in found.group(0)[len(found.group(1)):]:
            number, words = value, found.group(1).split()
    if not any(w[:1].isupper() and w.lower() not in {"exercise", "the"} for w in words):
        return "", year, number
    return _stem(" ".join(words)), year, number


def one_edition(entities: dict[str, Entity], apart: frozenset[str] | set[str] = frozenset()) -> None:
    """The names of one series' edition in one article, one event: "Exercise Falcon" = "Falcon" =
    "Falcon exercise", and an edition told by its year ("Falcon 2022", "Falcon-22"), its ordinal
    ("seventh Falcon") or a Roman numeral ("Falcon VII") is the one the other names give, where the
    article names no second year nor number of the series ("Falcon IX" beside "Falcon X": two editions;
    an edition dated in another year than the one a name gives: another). Two catalogued events stay two.
    ``apart``: events told only as another edition ("the third edition, in 2006"), no name of this one's."""
    groups: dict[str, list[tuple[Entity, set[str], set[int]]]] = {}
    for e in entities.values():
        if e.label != "Event" or e.id in apart:
            continue
        stem, year, number = edition_of(e.name)
        if not stem or len(stem) < 3:
            continue
        years, numbers = {year} - {None}, {number} - {None}
        for alias in e.aliases:  # "seventh Falcon" of "Exercise Falcon 2022": the same edition's number
            a_stem, a_year, a_number = edition_of(alias)
            if a_stem == stem:
                years |= {a_year} - {None}
                numbers |= {a_number} - {None}
        groups.setdefault(stem, []).append((e, years, numbers))
    for group in groups.values():
        if len(group) < 2 or len({e.ref_id for e, _, _ in group if e.ref_id}) > 1:
            continue
        years = set().union(*(y for _, y, _ in group))
        numbers = set().union(*(n for _, _, n in group))
        if len(years) > 1 or len(numbers) > 1:
            continue  # two editions of the series
        dated = {str(e.props["date"])[:4] for e, _, _ in group if e.props.get("date")}
        if years and dated - years or len(dated) > 1:
            continue  # an edition dated in another year than the named one
        if years and numbers and not any(y and n for _, y, n in group) and not dated:
            continue  # "Falcon 2022" and "Falcon VII": nothing says they are one
        keep = max(group, key=lambda g: (bool(g[0].ref_id), bool(g[1]), len(g[0].mentions), "date" in g[0].props))[0]
        for e, _, _ in group:
            if e is not keep and e.id in entities and keep.id in entities:
                fold_into(entities, keep, e)


def _months(date: str) -> tuple[str, str]:
    """The first and last month a date or a span covers: "2025-05-12/2025-06-02" -> ("2025-05", "2025-06")."""
    first, _, last = str(date).partition("/")
    return first[:7], (last or first)[:7]


def unnamed_edition(entities: dict[str, Entity], unnamed: Entity, series_kind) -> None:
    """The article's own event built from a recurring kind's noun ("exercise, Adazi, 2025-05") where no
    name was taken for it, merged into the one named event of that kind the article dates to the same
    months, or an undated one whose name gives that year ("Kestrel Shield 25"): the generic "the exercise"
    is that edition. A named event of no known kind counts where its name marks an edition. Not where two
    named events could be it, nor where the generic one is undated. Only kinds whose named events are editions
    of a series (``lexicon.yaml`` ``edition_fold_kinds``: exercises), not "the fighting" beside a drill."""
    kind = unnamed.props.get("kind")
    if unnamed.id not in entities or kind not in lexicon()["edition_fold_kinds"] or not unnamed.props.get("date"):
        return
    kinds = {k: set(ns) for k, ns in lexicon()["event_kinds"].items()}
    start, end = _months(unnamed.props["date"])
    found = []
    for e in entities.values():
        stem, year, number = edition_of(e.name)
        if e is unnamed or e.label != "Event" or not stem or not (e.props.get("date") or year):
            continue
        known = e.props.get("kind") or (series_kind(e.ref_id) if e.ref_id else None) \
            or next((k for w in e.name.lower().split() for k, ns in kinds.items() if w in ns), None)
        of_kind = known == kind or known is None and (year or number) and not e.name.startswith("Operation ")
        first, last = _months(e.props["date"]) if e.props.get("date") else (f"{year}-01", f"{year}-12")
        if of_kind and first <= end and start <= last and (not year or year == start[:4]):
            found.append(e)
    if len(found) == 1:
        keep, date = found[0], unnamed.props["date"]
        if str(date).startswith(str(keep.props.get("date", ""))):  # "2025-05-12" tells more than "2025-05"
            keep.props["date"] = date
        fold_into(entities, keep, unnamed)
        keep.aliases.discard(unnamed.name)  # a name built from its noun, place and day: none the text wrote


_ONE_YEAR = re.compile(r"^((?:19|20)\d\d)(?:-\d\d(?:-\d\d)?)?$")


def edition_year_aliases(entities: dict[str, Entity]) -> None:
    """An uncatalogued exercise named without its year but dated by its clause to one year ("in March 2021, when
    ... for Exercise Olympic Eagle") is that year's edition: "Olympic Eagle 2021" and "Exercise Olympic Eagle
    2021" are its names too (an edition is named by its year). Not where another event of the article already
    goes by such a name."""
    exercise = set(lexicon()["event_kinds"]["exercise"])
    taken = {a.casefold() for e in entities.values() if e.label == "Event" for a in (e.name, *e.aliases)}
    for e in entities.values():
        if e.label != "Event" or e.ref_id or re.search(r"\b(?:19|20)\d\d\b", e.name):
            continue
        found = _ONE_YEAR.match(str(e.props.get("date") or ""))
        words = e.name.split()
        written = {w.lower() for form in (e.name, *e.aliases) for w in form.split()}  # "Desert Shield exercise"
        if not found or not (e.props.get("kind") == "exercise" or written & exercise):
            continue
        stem = " ".join(w for w in words if w.lower() not in exercise)
        if not stem or not stem[:1].isupper():
            continue
        for alias in (f"{stem} {found.group(1)}", f"{e.name} {found.group(1)}"):
            if alias.casefold() not in taken:
                e.aliases.add(alias)
                taken.add(alias.casefold())
