"""Evidence in a text for the year it was written in, for a dateline that gives none ("ALMATY, Nov. 23
(Wire) -"), read as a human reader would, never from the clock:

* a year told relative to the writing: "last year, when ... in May 2025" (written 2026), "the chair
  passes to Laos next year, in 2024" (2023), "this year's edition, Birlik-2025";
* an anniversary counted from a year the text or the reference table gives: "the 80th anniversary of
  the victory" (1945 + 80), "33 years of independence", "50 years since the 1975 accords";
* the latest year the reference data knows (:func:`horizon`): a text is taken as written no later,
  the fixed stand-in for "today" in the fallbacks.

Each signal votes for years (:func:`story_votes`); the caller decides how much a vote may move.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..dates import MONTH_ABBREVIATIONS
from ..reference.offices import DATA_DIR, read_rows
from .numbers import CARDINALS, ORDINALS, alternation

_YEAR = re.compile(r"\b(19[0-9]\d|20[0-4]\d)\b")
# a year that bounds a span or a deadline, not a time told of ("since 2005", "by 2030", "2024-2026")
_NOT_TOLD = re.compile(r"(?:\b(?:by|until|till|through|to|from|before|after|since|end\s+of)\s+|\d\s*[-\u2013/]\s*)$", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
# a clause: "..., and last year he went further" tells of a year apart from the one before the comma
_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\b|;|:|\s[\u2014\u2013]\s")
_RELATIVE = {"last": 1, "this": 0, "next": -1}
_RELATIVE_YEAR = re.compile(r"\b(last|this|next)\s+year(?:'s|\u2019s)?\b", re.I)
# what ties a year to the relative phrase before it: "last year, when ... 2025", "last year (2024)",
# "last year's edition, Birlik-2024", "this year, in 2025"; a year merely beside it is another time
# ("Mali in 2022 and Burkina Faso early last year", "24 in 2015 and 30 more this year")
_TOLD_AS = re.compile(r"^(?:'s|\u2019s)?\s*(?:\(|,\s*(?:when|in)\b|edition\b|'s\s+edition\b)", re.I)
_ANNIVERSARY = re.compile(rf"\b(?:(\d{{1,3}})(?:st|nd|rd|th)|({alternation(ORDINALS)}))\s+anniversary\b"
                          r"|\b(\d{1,3})\s+years\s+(?:since|of|after)\b", re.I)
# an anniversary kept in another year than the writing: "in 2021 they marked the 50th anniversary"
_ELSEWHEN = re.compile(r"\b(?:last|next)\s+year\b|\b(?:in|since|by|until)\s+(?:19|20)\d\d\b", re.I)


@lru_cache(maxsize=1)
def horizon() -> int:
    """The latest year the shipped reference data knows of (``people.csv`` terms): a text is read as
    written no later. A fixed property of the data, not of the day the text is read."""
    years = [int(v[:4]) for r in read_rows(DATA_DIR / "people.csv") for v in (r.get("from"), r.get("to")) if v and v[:4].isdigit()]
    return max(years, default=2000)


@lru_cache(maxsize=1)
def _founding() -> list[tuple[re.Pattern[str], int]]:
    """(cue pattern, year) of the events anniversaries count from (``founding_years.csv``)."""
    rows = []
    for r in read_rows(DATA_DIR / "founding_years.csv"):
        cues = [c.strip() for c in (r.get("cues") or "").split("|") if c.strip()]
        if cues and (r.get("year") or "").isdigit():
            rows.append((re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in cues) + r")(?!\w)"), int(r["year"])))
    return rows


def _told_years(clause: str) -> set[int]:
    """The years a clause tells of, not those bounding a span or a deadline."""
    return {int(m.group(1)) for m in _YEAR.finditer(clause) if not _NOT_TOLD.search(clause[:m.start()])}


def relative_votes(body: str) -> dict[int, int]:
    """Years of writing that "last/this/next year" imply beside the one year their clause names:
    "last year, when ... in May 2025" votes 2026; "next year's edition, Cope Thunder 2026" votes 2025.
    A clause naming no year, or two, says nothing.

    >>> relative_votes("The jet drew notice last year, when it flew in May 2025. It will fly next year.")
    {2026: 1}
    """
    votes: dict[int, int] = {}
    for sentence in _SENTENCE.split(body):
        for clause in _CLAUSE.split(sentence):
            found = list(_RELATIVE_YEAR.finditer(clause))
            if len({m.group(1).lower() for m in found}) != 1 or len(_told_years(clause)) != 1:
                continue
            rest = clause[found[0].end():]
            year = _YEAR.search(rest)
            if year and _TOLD_AS.search(rest[:year.start()]) and not _NOT_TOLD.search(rest[:year.start()]):
                year_of = int(year.group(1)) + _RELATIVE[found[0].group(1).lower()]
                votes[year_of] = votes.get(year_of, 0) + 1
    return votes


def anniversary_votes(body: str) -> dict[int, int]:
    """Years of writing an anniversary counts to: the Nth anniversary (or N years since/of) of a year
    its sentence names ("50 years since the 1975 accords") or of an event the reference table dates
    ("the 80th anniversary of the victory", "33 years of Kazakhstan's independence"); not one its
    sentence places in another year ("in 2021 they marked the 50th anniversary").

    >>> anniversary_votes("Crowds marked the 80th anniversary of the end of the Second World War.")
    {2025: 1}
    """
    votes: dict[int, int] = {}
    for n, base in _anniversaries(body):
        if base:
            votes[base + n] = votes.get(base + n, 0) + 1
    return votes


def anniversary_counts(body: str) -> set[int]:
    """How many years the anniversaries the text keeps now count ("the 79th anniversary parade",
    "70 years since the founding"), whatever they count from; not one its sentence places in another
    year ("in 2021 they marked the 50th anniversary").

    >>> sorted(anniversary_counts("Troops marked the 79th anniversary. In 2021 they marked the 76th anniversary."))
    [79]
    """
    return {n for n, _ in _anniversaries(body)}


def _anniversaries(body: str) -> list[tuple[int, int | None]]:
    """(N, the year it counts from or None) of each anniversary the text keeps in the writing's year."""
    found = []
    for sentence in _SENTENCE.split(body):
        for m in _ANNIVERSARY.finditer(sentence):
            n = int(m.group(1) or m.group(3) or 0) or ORDINALS[m.group(2).lower()]
            after = _CLAUSE.split(sentence[m.end():m.end() + 120])[0]
            before = _CLAUSE.split(sentence[max(0, m.start() - 60):m.start()])[-1]
            base = _base_year(after, before, n)
            start, end = sentence.rfind(",", 0, m.start()) + 1, sentence.find(",", m.end())
            part = sentence[start:end if end > 0 else len(sentence)]  # the part between commas that holds it
            if n > 0 and not _ELSEWHEN.search(part.replace(str(base), "") if base else part):
                found.append((n, base))
    return found


def _base_year(after: str, before: str, n: int) -> int | None:
    """The year an anniversary counts from: one written right after it ("of the 1975 accords"), else
    the first event of the reference table named after it, else the last named before it
    ("NATO's 75th anniversary")."""
    written = _YEAR.search(after[:40])
    if written and n > 0:
        return int(written.group(1))
    hits = [(m.start(), year) for pattern, year in _founding() if (m := pattern.search(after))]
    if hits:
        return min(hits)[1]
    hits = [(m.end(), year) for pattern, year in _founding() for m in pattern.finditer(before)]
    return max(hits)[1] if hits else None


# a two-year financial year the text counts in as the one under way: "has signed 193 contracts in the
# 2024-25 financial year", "so far in fiscal year 2023-24", "the current FY2025-26"
_FISCAL = re.compile(r"\b(?:(?:19|20)\d\d[-\u2013/]\d\d\s+(?:financial|fiscal)\s+year|(?:financial|fiscal)\s+year\s+"
                     r"(?:19|20)\d\d[-\u2013/]\d\d|FY\s?(?:19|20)\d\d[-\u2013/]\d\d)\b", re.I)
_FISCAL_NOW = re.compile(r"\b(?:ha(?:s|ve)\s+(?:now\s+|so\s+far\s+|already\s+)?\w+(?:ed|en|t)|so\s+far|current|this)\b", re.I)


def fiscal_votes(body: str, month: int) -> dict[int, int]:
    """Years of writing a financial year under way implies for a dateline in ``month``: every common
    two-year financial year (starting in April, July or October) holds January to March of its second
    year and July to December (April or July starts) of its first; April to June and October to December
    depend on the country's calendar and say nothing. Only a clause that counts in it as the current one
    ("has signed ... in the 2024-25 financial year", "so far this fiscal year") votes.

    >>> fiscal_votes("The ministry has signed 193 contracts in the 2024-25 financial year.", 3)
    {2025: 1}
    >>> fiscal_votes("The budget for the 2025-26 financial year rises by 9%.", 2)
    {}
    """
    votes: dict[int, int] = {}
    if month not in (1, 2, 3, 7, 8, 9):
        return votes
    for sentence in _SENTENCE.split(body):
        for clause in _CLAUSE.split(sentence):
            m = _FISCAL.search(clause)
            if not m or not _FISCAL_NOW.search(clause):
                continue
            first = int(_YEAR.search(m.group(0)).group(1))
            year = first + 1 if month <= 3 else first
            votes[year] = votes.get(year, 0) + 1
    return votes


@lru_cache(maxsize=1)
def _summits() -> list[tuple[re.Pattern[str], int]]:
    """(pattern, year) of each summit the reference table dates (``events_summits.csv``) by its body and
    host city: "NATO's Vilnius summit", "the Vilnius NATO summit", "the NATO summit in Vilnius", and by
    the city alone ("the Vilnius summit") where its sentence names the body too (:func:`summit_votes`).
    A body that met twice in one city of the table ("SCO", "Astana") is left out for that city."""
    held: dict[tuple[str, str], set[int]] = {}
    for r in read_rows(DATA_DIR / "events_summits.csv"):
        m = re.fullmatch(r"((?:19|20)\d\d) (\S+) summit", r.get("name") or "")
        if not m or not (r.get("date") or "")[:4].isdigit():
            continue
        body = m.group(2)
        for alias in (r.get("aliases") or "").split("|"):
            words = alias.strip().split()
            if len(words) < 3 or words[0] != m.group(1) or words[-1] != "summit":
                continue
            place = " ".join(w for w in words[1:-1] if w != body)
            if place:
                held.setdefault((body, place), set()).add(int(r["date"][:4]))
    rows: list[tuple[re.Pattern[str], int]] = []
    for (body, place), years in held.items():
        if len(years) != 1:
            continue
        b, p = re.escape(body), r"\s+".join(re.escape(w) for w in place.split())
        forms = [rf"{b}(?:'s|\u2019s)?\s+{p}\s+summit", rf"{p}\s+{b}\s+summit", rf"{b}\s+summit\s+in\s+{p}",
                 rf"(?={b}\b.*(?:{p}\s+summit|summit\s+in\s+{p}))", rf"(?:{p}\s+summit|summit\s+in\s+{p})(?=.*\b{b}\b)"]
        rows.append((re.compile(rf"(?:{'|'.join(forms)})"), years.pop()))
    return rows


def summit_votes(body: str) -> dict[int, int]:
    """Years of writing that "last/this/next year" imply beside a summit the reference table dates, in one
    clause: "NATO's Madrid summit in June last year" (2022) votes 2023; a clause that also names a year
    says nothing here (:func:`relative_votes` reads it).

    >>> summit_votes("They signed a letter of intent at NATO's Madrid summit in June last year.")
    {2023: 1}
    """
    return _anchored_votes(body, _summits())


def event_votes(body: str) -> dict[int, int]:
    """Years of writing that "last/this/next year" imply beside a catalogued event named by a form that
    names that occurrence alone (:func:`_begun_events`), in one clause naming no year: "sanctions imposed
    after the invasion of Ukraine in February last year" (2022) votes 2023.

    >>> event_votes("Exports fell after Russia's invasion of Ukraine in February last year.")
    {2023: 1}
    """
    return _anchored_votes(body, [(pattern, int(start[:4])) for pattern, start in _begun_events()])


def _anchored_votes(body: str, anchors) -> dict[int, int]:
    """Years of writing implied by one "last/this/next year" in a clause that names no year and matches
    the pattern of exactly one anchor year (``anchors``: (compiled pattern, year) pairs)."""
    def anchor(clause: str, sentence: str) -> int | None:
        years = {year for pattern, year in anchors if pattern.search(clause)}
        return years.pop() if len(years) == 1 else None

    return _relative_votes_by(body, anchor)


def _relative_votes_by(body: str, anchor_year) -> dict[int, int]:
    """Years of writing implied by one "last/this/next year" in a clause that names no year, counted from the year
    ``anchor_year(clause, sentence)`` gives that clause (None: the clause votes nothing)."""
    votes: dict[int, int] = {}
    for sentence in _SENTENCE.split(body):
        for clause in _CLAUSE.split(sentence):
            found = {m.group(1).lower() for m in _RELATIVE_YEAR.finditer(clause)}
            if len(found) != 1 or _YEAR.search(clause):
                continue
            year = anchor_year(clause, sentence)
            if year is not None:
                year_of = year + _RELATIVE[found.pop()]
                votes[year_of] = votes.get(year_of, 0) + 1
    return votes


@lru_cache(maxsize=1)
def _dated_events() -> list[tuple[re.Pattern[str], str]]:
    """(pattern, first day) of every catalogued event (``events.csv``) dated to its month, by all its forms:
    a form that names earlier wars too ("the Gaza war") names this one where its month is told beside it."""
    rows = []
    for r in read_rows(DATA_DIR / "events.csv"):
        start = (r.get("date") or "").split("/")[0]
        forms = [f.strip() for f in [r.get("name") or "", *(r.get("aliases") or "").split("|")] if f.strip()]
        if forms and re.fullmatch(r"(?:19|20)\d\d-\d\d(?:-\d\d)?", start):
            rows.append((re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])", re.I), start))
    return rows


def month_votes(body: str, month: int) -> dict[int, int]:
    """Years of writing that a catalogued event's first month, told without a year beside a verb of the past, implies
    for a dateline in ``month``: "since the Gaza war broke out in October" (2023-10) votes 2024 for a January
    dateline and 2023 for a December one; not in a clause naming a year or "last/this/next year", nor for a dateline in
    the event's own month.

    >>> month_votes("They were the first deaths since the Gaza war broke out in October.", 1)
    {2024: 1}
    >>> month_votes("They were the first deaths since the Gaza war broke out in October 2023.", 1)
    {}
    """
    from ..relations.lexicon import cues

    past = set(cues()["time"]["past_forms"]) | {"broke", "erupted"}
    told_month = re.compile(r"\b(?:in|since|on|of)\s+(?:(?:early|late|mid)-?\s*)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
                            + _MONTH_NAME.pattern + r"(?!\s*\d)")
    votes: dict[int, int] = {}
    for sentence in _SENTENCE.split(body):
        for clause in _CLAUSE.split(sentence):
            if _YEAR.search(clause) or _RELATIVE_YEAR.search(clause):
                continue
            told = {MONTH_ABBREVIATIONS.index(m.group(1).lower()[:3]) + 1 for m in told_month.finditer(clause)}
            if len(told) != 1 or not any(w.endswith("ed") or w in past for w in re.findall(r"[a-z]+", clause.lower())):
                continue
            starts = {start for pattern, start in _dated_events() if pattern.search(clause) and int(start[5:7]) in told}
            if len(starts) == 1 and (start := starts.pop()) and int(start[5:7]) != month:
                year_of = int(start[:4]) + (month < int(start[5:7]))
                votes[year_of] = votes.get(year_of, 0) + 1
    return votes


def story_votes(body: str, month: int | None = None) -> dict[int, int]:
    """All votes of :func:`relative_votes`, :func:`summit_votes`, :func:`event_votes`, :func:`spell_votes`,
    :func:`anniversary_votes` and, for a dateline's month, :func:`fiscal_votes` and :func:`month_votes` together."""
    votes = relative_votes(body)
    more = [summit_votes(body), event_votes(body), spell_votes(body), anniversary_votes(body)] \
        + ([fiscal_votes(body, month), month_votes(body, month)] if month else [])
    for found in more:
        for year, n in found.items():
            votes[year] = votes.get(year, 0) + n
    return votes


def agreed_year(body: str, month: int | None = None) -> int | None:
    """The year the votes agree on: the one with the most votes, if no other has as many."""
    votes = story_votes(body, month)
    if not votes:
        return None
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    return ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else None


# words that make a catalogued event's form name that one occurrence and no earlier one of its kind:
# "Russia's invasion of Ukraine", "the annexation of Crimea", "the 2023 Niger coup", "Operation Sindoor"
# ("the war in Gaza", "the India-Pakistan conflict" also named earlier wars: they bound nothing)
_ONE_OFF = re.compile(r"\b(?:invasion|annexation|coup|offensive|attacks?|operation)\b|(?:19|20)\d\d", re.I)


@lru_cache(maxsize=1)
def _begun_events() -> list[tuple[re.Pattern[str], str]]:
    """(pattern, first day) of each catalogued event (``events.csv``) by its forms that name it alone
    (:data:`_ONE_OFF`): a text naming one was written no earlier than the event began."""
    rows = []
    for r in read_rows(DATA_DIR / "events.csv"):
        start = (r.get("date") or "").split("/")[0]
        forms = [f.strip() for f in [r.get("name") or "", *(r.get("aliases") or "").split("|")]]
        forms = [f for f in forms if f and _ONE_OFF.search(f)]
        if forms and re.fullmatch(r"(?:19|20)\d\d(?:-\d\d){0,2}", start):
            rows.append((re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])"), start))
    return rows


def begun_by(body: str) -> str | None:
    """The latest first day (ISO, at the catalogue's precision) of the catalogued events the text
    names by a form that names that occurrence alone, or of a dated spell it tells as under way or
    past (the spell's last day when it tells it as ended: :func:`spells_told`): the text was written
    no earlier.

    >>> begun_by("Prague has sent tanks to Kyiv since Russia's invasion of Ukraine.")
    '2022-02-24'
    >>> begun_by("Fighting flared again in the war in Gaza.") is None
    True
    >>> begun_by("The deal was signed at the Korea pavilion of Expo 2020 in Dubai.")
    '2021-10-01'
    """
    found = [start for pattern, start in _begun_events() if pattern.search(body)]
    found += [spell.end if ended else spell.start for spell, ended in spells_told(body)]
    return max(found, default=None)


@dataclass(frozen=True)
class Spell:
    """A dated spell of the reference data (``dated_spells.csv``): a world expo held a year after the one it is
    named for, a blockade, a grain deal. ``forms`` name it alone; a ``nouns`` word names it beside one of its
    ``parties`` in one sentence ("the blockade ... Qatar")."""

    name: str
    forms: re.Pattern[str]
    nouns: re.Pattern[str] | None
    parties: re.Pattern[str] | None
    start: str
    end: str

    def named_in(self, clause: str, sentence: str) -> bool:
        """Whether ``clause`` names the spell: by a form, or by a noun of its kind with a party in ``sentence``."""
        return bool(self.forms.search(clause) or (self.nouns and self.parties and self.nouns.search(clause)
                                                  and self.parties.search(sentence)))

    def year_of(self, clause: str) -> int:
        """The year of the spell's edge a clause tells: its end's for the end's month or a verb of ending ("lifted
        in January"), else its start's."""
        month = _MONTH_NAME.search(clause)
        named = MONTH_ABBREVIATIONS.index(month.group(1).lower()[:3]) + 1 if month else None
        end_month = int(self.end[5:7]) if len(self.end) >= 7 else None
        start_month = int(self.start[5:7]) if len(self.start) >= 7 else None
        if self.end and (named == end_month or (named != start_month and _ended(clause))):
            return int(self.end[:4])
        return int(self.start[:4])


def _words(name: str) -> str:
    """An alternation of the ``cues.yaml`` ``time`` list ``name``, as whole words."""
    from ..relations.lexicon import cues

    return "|".join(r"\s+".join(re.escape(w) for w in phrase.split()) for phrase in cues()["time"][name])


def _alternation(cell: str | None) -> re.Pattern[str] | None:
    forms = [f.strip() for f in (cell or "").split("|") if f.strip()]
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])", re.I) if forms else None


@lru_cache(maxsize=1)
def _spells() -> list[Spell]:
    """The dated spells of ``dated_spells.csv`` (each row with a public source)."""
    rows = []
    for r in read_rows(DATA_DIR / "dated_spells.csv"):
        forms = _alternation(r.get("cues"))
        start = (r.get("start") or "").strip()
        if forms and re.fullmatch(r"(?:19|20)\d\d(?:-\d\d){0,2}", start):
            rows.append(Spell(r["name"], forms, _alternation(r.get("nouns")), _alternation(r.get("parties")), start,
                              (r.get("end") or "").strip()))
    return rows


_MONTH_NAME = re.compile(r"\b(Jan(?:uary)?|Feb(?:ruary)?|March|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
                         r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?")


def _ended(text: str) -> bool:
    """Whether ``text`` tells a spell as ended (``cues.yaml`` ``time.spell_end_verbs``: "lifted", "collapsed")."""
    return bool(re.search(rf"\b(?:{_words('spell_end_verbs')})\b", text, re.I))


def _ends_spell(sentence: str, spell: Spell) -> bool:
    """Whether ``sentence`` tells ``spell`` itself as ended: an end verb (``cues.yaml`` ``time.spell_end_verbs``)
    with the spell as its object a few words on ("lifted their blockade of Doha", "withdrew from the grain deal")
    or its subject a few words before ("the grain deal collapsed", "the blockade was lifted"), no comma between;
    not a negated verb, one under an infinitive or a threat or plan (``time.spell_end_blockers``: "has not quit",
    "threatened to quit"), nor a spell told running ("a week into the blockade": ``time.spell_running_words``).

    >>> _ends_spell("Gulf states lifted their blockade of Qatar.", _spell("Qatar diplomatic crisis"))
    True
    >>> _ends_spell("Riyadh closed its border, a week into the blockade of Qatar.", _spell("Qatar diplomatic crisis"))
    False
    """
    verbs = rf"\b(?:{_words('spell_end_verbs')})\b"
    blockers = re.compile(rf"\b(?:{_words('spell_end_blockers')})(?:\s+\w+){{0,2}}\s+$", re.I)
    running = re.compile(rf"\b(?:{_words('spell_running_words')})(?:\s+[\w'\u2019-]+){{0,2}}?\s+$", re.I)
    names = [m for m in [*spell.forms.finditer(sentence),
                         *((spell.nouns.finditer(sentence)) if spell.nouns and spell.parties
                           and spell.parties.search(sentence) else [])]
             if not running.search(sentence[:m.start()])]
    for verb in re.finditer(verbs, sentence, re.I):
        before = sentence[:verb.start()]
        if blockers.search(before) or re.search(r"n[\'\u2019]t\s+$", before):
            continue
        for m in names:
            gap = sentence[verb.end():m.start()] if m.start() >= verb.end() else sentence[m.end():verb.start()]
            if len(gap.split()) <= 4 and not re.search(r"[,;:.]", gap):
                return True
    return False


def _spell(name: str) -> Spell:
    """The dated spell of the reference data named ``name``."""
    return next(s for s in _spells() if s.name == name)


def spells_told(body: str) -> list[tuple[Spell, bool]]:
    """The dated spells the text tells as under way or past, each with whether it tells it as ended: not in a
    sentence that tells it as still to come ("ahead of Expo 2020", "will lift the blockade": ``cues.yaml``
    ``time.spell_ahead_words`` or a word of the future).

    >>> [(s.name, e) for s, e in spells_told("Qatar is at the drill, four years after the Gulf states lifted their blockade of Doha.")]
    [('Qatar diplomatic crisis', True)]
    >>> spells_told("Dubai will host Expo 2020. Firms prepare for Expo 2020 Dubai.")
    []
    >>> [s.name for s, _ in spells_told("They met at Expo 2020 Dubai, which will run until March.")]
    ['Expo 2020 Dubai']
    """
    from .metadata import _FUTURE_WORDS

    ahead = re.compile(rf"\b(?:{_words('spell_ahead_words')})\b", re.I)
    found: dict[str, tuple[Spell, bool]] = {}
    for sentence in _SENTENCE.split(body):
        for spell in _spells():
            # the part between commas that names it: "signed at Expo 2020, which runs until March" tells it under way
            parts = [p for p in sentence.split(",") if spell.named_in(p, sentence)]
            if not parts or any(ahead.search(p) or _FUTURE_WORDS.search(p) for p in parts):
                continue
            ended = bool(spell.end) and _ends_spell(sentence, spell)
            if spell.name not in found or ended:
                found[spell.name] = (spell, ended)
    return list(found.values())


def running_until(body: str) -> str | None:
    """The earliest last day of the dated spells the text sets its news at, under way ("the deal was signed at the
    Korea pavilion of Expo 2020 Dubai": ``cues.yaml`` ``time.spell_setting_words`` up to four words before the
    spell's form), in no sentence that tells the spell as ended or still to come: the text was written no later.

    >>> running_until("The deal was signed at the Korea pavilion of Expo 2020 Dubai on Sunday.")
    '2022-03-31'
    >>> running_until("The site of Expo 2020 Dubai, which closed in 2022, is now a district.") is None
    True
    """
    from .metadata import _FUTURE_WORDS

    setting = re.compile(rf"\b(?:{_words('spell_setting_words')})(?:\s+[\w'\u2019-]+){{0,4}}?\s+$", re.I)
    ahead = re.compile(rf"\b(?:{_words('spell_ahead_words')})\b", re.I)
    found = []
    for sentence in _SENTENCE.split(body):
        if _ended(sentence):
            continue
        for part in sentence.split(","):
            if ahead.search(part) or _FUTURE_WORDS.search(part):
                continue
            found += [spell.end for spell in _spells() if spell.end and any(
                setting.search(part[max(0, m.start() - 60):m.start()]) for m in spell.forms.finditer(part))]
    return min(found, default=None)


def spell_votes(body: str) -> dict[int, int]:
    """Years of writing that "last/this/next year" imply beside a dated spell in one clause naming no year, at the
    spell's edge the clause tells ("the blockade, lifted in January this year" votes the year it was lifted).

    >>> spell_votes("Qatari jets fly with Saudi ones again since the blockade was lifted in January this year.")
    {2021: 1}
    """
    def edge(clause: str, sentence: str) -> int | None:
        named = [s for s in _spells() if s.named_in(clause, sentence)]
        return named[0].year_of(clause) if len(named) == 1 else None

    return _relative_votes_by(body, edge)


def _surname_alone(name: str, text: str) -> bool:
    """Whether ``text`` names the holder by surname, after no capitalised word but a rank or title
    (``cues.yaml`` ``time.term_start_ranks``: "Captain Traore", "Hegseth"; not "Lockheed Martin")."""
    from ..relations.lexicon import cues

    words = name.split()
    if len(words) < 2 or len(words[-1]) < 4:
        return False
    ranks = cues()["time"]["term_start_ranks"]
    for m in re.finditer(rf"\b{re.escape(words[-1])}\b", text):
        before = re.search(r"([A-Z][\w.'\u2019-]*)\s+$", text[:m.start()])
        if not before or before.group(1).rstrip(".").lower() in ranks or before.group(1) in words:
            return True
    return False


def term_begun(lead: str, month: int, day: int) -> int | None:
    """The year of a term begun on the dateline's day or up to four days before it, for a holder the
    headline or first sentence ``lead`` names as taking office that day ("Hegseth sworn in at the Pentagon",
    dated 25 January: his term began on 2025-01-25 in ``people.csv``); None unless exactly one year fits.

    >>> term_begun("Pete Hegseth sworn in as defense secretary", 1, 27), term_begun("Hegseth visits Kyiv", 1, 27)
    (2025, None)
    """
    from ..reference.offices import load_offices
    from ..relations.lexicon import cues

    phrases = cues()["time"]["term_start_phrases"]
    said = [m for p in phrases for m in re.finditer(rf"\b{re.escape(p)}\b", lead, re.I)]
    if not said:
        return None
    # the holders named before the word of taking office first ("Mark Rutte became secretary general,
    # taking over from Jens Stoltenberg", whose own term began ten years to the day before), then all
    for text in (lead[:min(m.start() for m in said)], lead):
        years = set()
        for terms in load_offices().by_person.values():
            for office in terms:
                if office.start and len(office.start) >= 10 and (office.name in text or _surname_alone(office.name, text)):
                    years |= _begun_years(date.fromisoformat(office.start), month, day)
        if years:
            return years.pop() if len(years) == 1 else None
    return None


def _begun_years(begun: date, month: int, day: int) -> set[int]:
    """The years whose ``month``/``day`` falls on a term's first day or up to four days after it."""
    found = set()
    for year in (begun.year, begun.year + 1):
        try:
            if 0 <= (date(year, month, day) - begun).days <= 4:
                found.add(year)
        except ValueError:
            continue
    return found


_COUNT_WORDS = {w: n for w, n in CARDINALS.items() if n > 1}  # "after one year" ends no era
_COUNT = rf"(\d{{1,3}}|{alternation(_COUNT_WORDS)})"
# a length of time that ends at the writing: "retires the Transall after 53 years", "ending 65 years of presence",
# "closes a 57-year chapter", "two years after Yerevan froze its membership", "the first time in 30 years"
_ENDING_SPAN = re.compile(rf"\b(?:(?:after|ending|ends|ended|closing|closes|closed)\s+(?:(?:a|an|its|his|her|their)\s+)?"
                          rf"(?:almost\s+|nearly\s+)?{_COUNT}[- ]years?\b(?!\s+(?:ago|from|later|earlier|before))"
                          rf"|\bfirst\s+time\s+in\s+{_COUNT}\s+years\b|\b{_COUNT}\s+years\s+(?:since|after)\b)", re.I)


def span_ends(body: str, low: int, high: int) -> set[int]:
    """Years of writing a length of time ending at it gives, counted from a year the text names:
    "retires the Transall after 53 years" with "entered service in 1968" gives 2021; only those from
    ``low`` to ``high``.

    >>> span_ends("The air force retired the type after 53 years. It entered service in 1968.", 2000, 2030)
    {2021}
    >>> span_ends("Qatar flew too, four years after the Gulf states lifted their blockade of Doha.", 2000, 2030)
    {2025}
    """
    spans, ends = set(), set()
    for m in _ENDING_SPAN.finditer(body):
        word = next(g for g in m.groups() if g).lower()
        n = int(word) if word.isdigit() else _COUNT_WORDS[word]
        spans.add(n)
        # "four years after the Gulf states lifted their blockade of Doha": counted from a dated spell's edge
        sentence = _SENTENCE.split(body[m.end():], maxsplit=1)[0]
        rest = _SENTENCE.split(body[:m.start()])[-1] + body[m.start():m.end()] + sentence
        named = [spell for spell in _spells() if spell.named_in(sentence, rest)]
        if len(named) == 1 and re.search(r"\b(?:since|after)\s*$", m.group(0), re.I):
            ends.add(named[0].year_of(sentence) + n)
    named = {int(y) for y in _YEAR.findall(body)}
    return {y for y in ends if low <= y <= high} or {y + n for y in named for n in spans if low <= y + n <= high}
