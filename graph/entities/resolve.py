"""Resolve a document's mentions into entities.

Rules, in order: reference entries keep their id; a person's surname or titled form joins the
full name seen in the document; an acronym defined in brackets ("Collective Security Treaty
Organization (CSTO)") becomes an alias; a ministry or armed force is tied to its country (named
in or beside it, else the country the article is about) and named canonically; "the country"
and "the capital" point to the article's focal country and its capital when it is mentioned;
a named holiday and the parade that celebrates it are one event, and "the parade" / "the event"
refer back to it; definite descriptions ("the agency", "the Korean manufacturer") and possessive
pronouns ("Its spokesman") refer back to the organisation named before them (``descriptions``);
a sentence-opening "It"/"They", "the group" and "the jets" / "the frigate" refer back to the
previous subject, company or platform of that category (``antecedents``); "the kingdom" to a
country whose official names call it one.

>>> from graph.mentions import build_nlp
>>> doc = build_nlp()("President Kassym-Jomart Tokayev spoke. Tokayev said Kazakhstan will act.")
>>> ents = resolve(doc)
>>> sorted(e.name for e in ents.values() if e.label == "Person")
['Kassym-Jomart Tokayev']
"""
from __future__ import annotations

import calendar
import re
from collections import Counter
from datetime import date as _date
from datetime import timedelta
from functools import lru_cache

from spacy.tokens import Doc

from ..ids import fold, make_id
from ..mentions import Mention
from ..mentions.layout import doc_text
from ..mentions.lexicon import lexicon
from ..mentions.shape import NAME_SUFFIXES
from ..mentions.shape import words as shape_words
from ..mentions.words import lowers, texts, tokens
from ..reference import RefEntity, ReferenceData, load_reference
from ..reference.forceless import forceless
from ..relations.prepositions import prep_objects
from ..text.numbers import numbered, ordinal
from .accident_refs import happened, own_words, vehicle_told
from .affiliation import person_affiliated
from .antecedents import Antecedents
from .canon import canonicalize
from .ceremony_acts import act_lemma, act_nouns, ceremony_acts
from .descriptions import Descriptions, country_antecedent
from .entity import Entity
from .event_names import acted_on, before_it, one_edition, second_names, unnamed_edition, yearless_editions
from .focal import body_owner, country_weights, demonym_body, focal_country
from .former_names import former_names
from .its_owner import clause_owner
from .other_editions import other_editions
from .own_namesakes import release_own_namesakes
from .platform_forms import class_forms, maker_forms
from .platform_words import lone_popular_names, platform_words
from .short_firms import fold_short_firms
from .signings import is_signing, signed_accord, signed_again
from .state_tails import state_tails
from .strikes import described_strikes, unreal
from .variants import (
    Sentences,
    lettered,
    lettered_family,
    marked_variants,
    prune_family_aliases,
    set_apart,
    sub_variant_of,
    variant_names,
)
from .war_descriptions import fighters, fought_by, fought_unreal, length_fits, told_length
from .weak_senses import other_sense_refs

_BRANCHES = ("Armed Forces", "Air Force", "Navy", "Army", "Ground Forces", "Land Forces", "Naval Forces",
             "Aerospace Forces", "Air Defense Forces", "Air Defence Forces", "Marine Corps", "Coast Guard",
             "National Guard", "Border Guard", "Border Service", "Space Force", "Special Forces")
_GENERIC_GOV = re.compile(r"^(Ministry|Department|Directorate) of |^(\w+ )?(Ministry|Department)$")
_NO_TITLE_STATE = "-"  # _title_state: the states a titled body could be of compete (no body)
_COREF_COUNTRY = {"country", "nation", "state"}
# "the kingdom", "the sultanate": a country whose official name (reference aliases) has that word
_STATE_FORMS = frozenset({"kingdom", "emirate", "sultanate", "republic"})
_COMPANY_SUFFIX = re.compile(r"\s+(Co\.?|Ltd\.?|Inc\.?|Corp\.?|LLC|plc|PLC|JSC|SA|AG|GmbH|S\.A\.)$")
_UN_ORGANS = {"Security Council", "General Assembly", "Economic and Social Council", "Trusteeship Council",
              "Secretariat"}  # the principal organs of the United Nations (UN Charter, Article 7) besides its court
_INTERNATIONAL_CUES = {"resolution", "resolutions", "veto", "permanent", "charter", "un", "u.n."}
_SKIP_EVENT_NOUNS = {"war", "visit", "meeting", "talks", "operation", "invasion", "offensive"}


_TRANSLITERATIONS = ((re.compile(r"(?:iy|yy|yi|ii|ij|y)\b"), "y"), (re.compile(r"(?<=[^aeiouy])i\b"), "y"),
                     (re.compile(r"ei\b"), "ey"), (re.compile(r"ks"), "x"))


_GENERIC_BODY_WORDS = {w.lower() for b in _BRANCHES for w in b.split()} | {
    "ministry", "ministries", "department", "directorate", "of", "the", "for", "and", "defence", "defense", "foreign",
    "affairs", "interior", "national", "military", "government", "general", "staff", "mod", "its", "s", "service",
    "presidential", "republican"}


def edition_marks(text: str) -> tuple[str | None, int | None]:
    """The year and the ordinal a catalogued edition's surface names: "Malabar 2020" -> ("2020", None),
    "Nordic Response 24" -> ("2024", None), "Zapad-2021" -> ("2021", None), "Ninth Summit of the
    Americas" -> (None, 9)."""
    words = text.split()
    found = re.search(r"(?:^|[\s-])((?:19|20)\d\d)$", text)
    year = found.group(1) if found else (f"20{words[-1]}" if len(words) > 1 and re.fullmatch(r"[0-4]\d", words[-1])
                                         else None)
    return year, ordinal(words[0]) if len(words) > 1 else None


_CALENDAR = {w.lower() for w in [*calendar.month_name, *calendar.month_abbr, *calendar.day_name] if w}


def _name_words(tok) -> list[str]:
    """A capitalised modifier of an event noun with the capitalised compounds right before it that
    are its own ("White" of "a White House summit"); a lower-case modifier alone."""
    words = [tok]
    while tok.text[:1].isupper() and words[0].i > 0:
        prev = tok.doc[words[0].i - 1]
        if prev.head.i != tok.i or prev.dep_ != "compound" or not prev.text[:1].isupper() or prev.is_sent_start:
            break
        words.insert(0, prev)
    return [w.text for w in words]


def _calendar_word(word: str) -> bool:
    """ "the October summit", "the Sunday talks": a month or a weekday says when, it names nothing."""
    return word.lower().rstrip(".") in _CALENDAR


_YEAR_WORD = re.compile(r"(?:1[89]|20)\d\d")
_ROMAN = re.compile(r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def _numbered_edition(name: str) -> bool:
    """Whether a name numbers its edition: an ordinal first ("47th ASEAN Summit") or a Roman numeral
    last ("Cope Thunder II", "Exercise Falcon LXV")."""
    last = name.split()[-1] if name.split() else ""
    return edition_marks(name)[1] is not None or len(name.split()) > 1 and _ROMAN.fullmatch(last) is not None \
        and last != "I"


def edition_stem(name: str) -> str | None:
    """The series a name gives with an edition mark at its end, else ``None``: "Falcon LXV" -> "Falcon",
    "Falcon 2024" -> "Falcon", "Falcon-2024" -> "Falcon", "Falcon 24" -> "Falcon"."""
    found = re.fullmatch(r"(.+?)(?:\s+|-)((?:19|20)\d\d|[0-4]\d|[IVXLC]+)", name)
    if not found or not found.group(1)[:1].isupper():
        return None
    mark = found.group(2)
    if mark[0] in "IVXLC" and (_ROMAN.fullmatch(mark) is None or mark == "I" or "-" in found.group(0)[len(found.group(1)):]):
        return None
    return found.group(1)


def _apposed(refs, named: list[Mention]) -> Mention | None:
    """A named event the text sets in apposition to a generic reference of the article's fighting: "Operation
    Linda Nchi, Kenya's 2011 incursion into Somalia"."""
    for t in refs:
        for other in [t.head] * (t.dep_ == "appos") + [c for c in t.children if c.dep_ == "appos"]:
            m = next((m for m in named if m.start <= other.i < m.end), None)
            if m is not None:
                return m
    return None


def _same_edition(m: Mention, main: Mention, doc: Doc | None = None) -> bool:
    """Whether ``m`` names the edition ``main`` names: the same text, or the same catalogued series with
    no other year ("IDEX" beside the headline's "IDEX 2025", not "IDEX 2023", nor "the 2023 IDEX")."""
    year, main_year = edition_marks(m.text)[0], edition_marks(main.text)[0]
    before = doc[m.start - 1].text if doc is not None and m.start > 0 else ""
    if re.fullmatch(r"(?:19|20)\d\d", before) and before != main_year and m.start != main.start:
        return False  # "Last year's round, the 2023 AUSMIN held in Brisbane": another edition
    if m.text == main.text:
        return True
    return bool(m.ref_id) and m.ref_id == main.ref_id and (year is None or year == main_year)


def _cut_name(doc: Doc, m: Mention) -> bool:
    """Whether a name goes on past its mention: "the United Nations Summit [of the Future]"."""
    nxt = doc[m.end:m.end + 3]
    return len(nxt) >= 2 and nxt[0].lower_ == "of" and (nxt[1].text[:1].isupper() or nxt[1].lower_ == "the"
                                                         and len(nxt) == 3 and nxt[2].text[:1].isupper())


def _contrasted(tok) -> bool:
    """ "a milestone rather than a handover", "instead of a parade", "no ceremony was held": an event
    noun the text says did not happen (or is not what happened)."""
    doc = tok.doc
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True
    start = min([tok.i, *(c.i for c in tok.lefts)])
    return start >= 2 and (doc[start - 2].lower_, doc[start - 1].lower_) in {("rather", "than"), ("instead", "of")}


def _calendar_ref(tok) -> bool:
    """ "agreed in May that it would take place at the October summit": a reference that says its own
    month looks back or ahead at the event; its sentence's dates are other events' ("agreed"). Not one that
    writes its day ("retaliate for the April 1 air strike"): that day dates it (``time._noun_days``)."""
    return any(c.dep_ in {"compound", "amod", "nmod"} and _calendar_word(c.text)
               and not any(d.like_num and len(d.text) <= 2 for d in c.subtree) for c in tok.lefts)


def _introduced(tok, named) -> bool:
    """ "during a counter-terrorism drill" in an article about a named exercise: an event noun with an
    indefinite article brings in another event (or describes the named one); it does not date it."""
    return named is not None and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children)


def holiday(name: str) -> bool:
    """Whether an event's name is only a day of the calendar ("Air Force Day", "New Year's Eve", "Easter")."""
    lex = lexicon()
    words = name.split()
    return bool(words) and (words[-1] in lex["holiday_name_ends"] or name in lex["holiday_names"]) \
        and not any(w.lower() in lex["event_name_heads"] for w in words)


def _bare_day(name: str) -> str:
    """A named day without its ordinal: "34th Independence Day" -> "Independence Day"."""
    words = name.split()
    return " ".join(words[1:]) if len(words) > 1 and ordinal(words[0]) is not None else name


_EDITION_APART_DAYS = 60  # a dated catalogued edition this far from the report is not the report's own event
_WRITTEN_MAX = 6  # words of a generic event reference kept as an alias
# what may stand between an event noun set off by a comma and the naming verb after it ("the drill, code-named X")
_NAMING_LINKS = {",", "code", "-", "also", "officially"}


_WAR_WINDOW = 3  # years: a described conflict with no date of its own is one that ended this recently
_MONTH_NAMES = frozenset(calendar.month_name[i].lower() for i in range(1, 13))


def _add_apart(entity: Entity, m: Mention) -> None:
    """Add a mention of an event other than the article's; its bare noun ("the fighting", "the summit") may name
    the article's own event, so it is no alias of this one."""
    entity.add(m)
    if " " not in m.text:
        entity.aliases.discard(m.text)


#: a written reference that opens with a capitalised name and a year ("Fire Shield 2022 live-fire exercise")
_EDITION_BEFORE = re.compile(r"((?:[A-Z][\w'-]*\s+){1,4}(?:19|20)\d\d)\s+\S")


def _as_written(tok) -> str | None:
    """A generic event noun with the words the text puts before it, its own article left out, as written:
    "Friday's ceremony", "two-day gathering", "this year's forum"; None for the bare noun, a
    reference with a verb in front ("the long-awaited summit" keeps its words, a clause does not) or
    one longer than a name."""
    left = [x for x in tok.subtree if x.i < tok.i and not (x.head.i == tok.i and (
        x.dep_ in {"det", "predet"} or x.tag_ == "PRP$"))]  # "the", "their"
    if not left or tok.i - left[0].i != len(left) or len(left) + 1 > _WRITTEN_MAX:
        return None
    while left and left[0].lower_ in {"a", "an", "the"}:  # "a leaders' summit"
        left = left[1:]
    if not left or any(x.is_punct and x.text not in {"-", "'", "\u2019"} for x in left) \
            or any(x.pos_ in {"VERB", "AUX", "ADP", "CCONJ", "PRON"} and not _hyphen_particle(x) for x in left):
        return None
    return tok.doc[left[0].i:tok.i + 1].text


def _hyphen_particle(tok) -> bool:
    """ "out" of "phase-out", "over" of "hand-over": a particle joined to a noun by a hyphen is part of a word."""
    return tok.dep_ == "prt" and tok.i > 0 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_


def _bilateral(tok) -> bool:
    """ "his meeting with Biden", "their talks with Kyiv": an event noun owned by a pronoun and held
    "with" someone is a meeting of two parties, not a gathering the article is about."""
    return tok.lower_ in {"meeting", "meetings", "talks"} \
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children) \
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)


def edition_aliases(text: str, series: str) -> set[str]:
    """The names an edition's surface gives it: itself without a trailing event noun ("Zapad-2021" of
    "Zapad-2021 drills") and, for an ordinal one, the numbered form ("9th Summit of the Americas")."""
    nouns = {n for words in lexicon()["event_kinds"].values() for n in words}
    words = text.split()
    out = {text, " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in nouns else text}
    ordinal = edition_marks(text)[1]
    if ordinal and edition_marks(series)[1] is None:  # a numbered series row names itself ("43rd ASEAN Summit")
        out.add(f"{numbered(ordinal)} {series}")
    return out


def generic_alias(label: str, alias: str) -> bool:
    """A state body's alias made of common nouns alone ("Air Force", "defence ministry", "the
    Ministry", "military", "MoD"): the document's way of referring back to it, no name of it in a
    store holding every country's, so the store's node does not carry it (nor does a merge
    ``geopol review`` writes into ``reference.yaml``).

    >>> generic_alias("GovernmentBody", "defence ministry"), generic_alias("GovernmentBody", "Kenyan Navy")
    (True, False)
    """
    words = re.findall(r"[a-z]+", alias.lower())
    return label == "GovernmentBody" and bool(words) and all(w in _GENERIC_BODY_WORDS for w in words)


def spelling_key(name: str) -> str:
    """A person's name with the common romanisation variants of Slavic and Central Asian names
    folded ("Syrskyi", "Syrskiy", "Syrsky"; "Aleksei", "Alexey"; "Yurii", "Yuri"), so two articles'
    spellings of one person are one node id (the name shown is the first article's).

    >>> spelling_key("Oleksandr Syrskyi") == spelling_key("Olexandr Syrsky")
    True
    """
    key = fold(name)
    for pattern, repl in _TRANSLITERATIONS:
        key = pattern.sub(repl, key)
    return key


@lru_cache(maxsize=4)
def tail_owners(ref: ReferenceData, labels: tuple[str, ...]) -> dict[str, set[str]]:
    """Last word of a several-word name or alias -> the ids of the catalogued entries of ``labels`` it ends
    (indexed once per reference set)."""
    out: dict[str, set[str]] = {}
    for e in ref:
        if e.label in labels:
            for surface in (e.name, *e.aliases):
                words = surface.split()
                if len(words) > 1:
                    out.setdefault(words[-1], set()).add(e.id)
    return out


def surname(name: str) -> str:
    """A person's surname: the last word of the name before a generational suffix.

    >>> surname("Alfonso Torres Jr."), surname("Kassym-Jomart Tokayev")
    ('Torres', 'Tokayev')
    """
    words = name.split()
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words = words[:-1]
    return words[-1] if words else ""


def _surname_owner(m: Mention, names: list[str], first_at: dict[str, int]) -> str | None:
    """The person a lone surname names when two full names of the document end in it ("Shehbaz Sharif",
    later "Raheel Sharif", then "Sharif said"): the one the text introduced first, the article's own subject,
    when that introduction comes before the lone surname; None when fewer than two names share it."""
    names = list(dict.fromkeys(n for n in names if n != m.text))
    if " " in m.text or "-" in m.text or len(names) < 2:
        return None
    first = min(names, key=lambda n: first_at.get(n, 1 << 60))
    return first if first_at.get(first, 1 << 60) < m.start_char else None


def _first_named(names: list[str], first_at: dict[str, int], before: int) -> str | None:
    """Of the full names a shorter form could stand for, the one the text gave first before it; without one
    given before (a headline's "Kim weeps"), the one it gives first after; then the longest, then the first in
    alphabetical order: the same answer on every run.

    >>> _first_named(["Kim Ra Hee", "Kim Jong Su"], {"Kim Ra Hee": 90, "Kim Jong Su": 10}, 50)
    'Kim Jong Su'
    >>> _first_named(["Kim Ra Hee", "Kim Jong Su"], {"Kim Ra Hee": 90, "Kim Jong Su": 70}, 50)
    'Kim Jong Su'
    """
    if not names:
        return None
    earlier = [n for n in names if first_at.get(n, 1 << 60) < before]
    return min(earlier or names, key=lambda n: (first_at.get(n, 1 << 60), -len(n), n))


def _same_person(text: str, full: str) -> bool:
    """``text`` names the person of the full name ``full``: it is a word of it ("Berg", "Tokayev"), or it
    ends in the same surname and its first given name is one of ``full``'s ("Recep Erdogan" of "Recep
    Tayyip Erdogan"); "Anna Berg" and "Tomas Berg" are two people.

    >>> _same_person("Berg", "Tomas Berg"), _same_person("Anna Berg", "Tomas Berg")
    (True, False)
    """
    if text in full.split():
        return True
    given = text.split()[:-1]
    return surname(full) == surname(text) and (not given or given[0] in full.split()[:-1])


def _starts(words: list[str], name: str) -> bool:
    """``name`` is longer than ``words`` and begins with them ("Hassan Sheikh Mohamud")."""
    full = name.split()
    return len(full) > len(words) and full[:len(words)] == words


def _covers(start: str, end: str, when: str) -> bool:
    """Whether an event's dates (``start``, ``end`` ISO dates or their prefixes; ``end`` empty while under way)
    hold a date ``when`` read to its month at most ("2022-01", "2022")."""
    d = when[:7]
    return start[:len(d)] <= d and (not end or d <= end[:len(d)])


def _side_preps(tok) -> list:
    """The "with"/"between"/"against" phrases naming the sides of a war or fight: on the noun, or on
    the noun it measures ("five days of war between A and B")."""
    nouns = [tok] + ([tok.head.head] if tok.dep_ == "pobj" and tok.head.lower_ == "of" else [])
    return [p for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ in {"with", "between", "against"}]


def _country_in(text: str, ref: ReferenceData) -> tuple[str, str] | None:
    """(country id, matched text) for a country named at the end ("... of Kazakhstan") or start ("Kazakh ...")."""
    words = text.split()
    if " of " in text:
        tail = text.rsplit(" of ", 1)[1]
        tail = re.sub(r"^the ", "", tail)
        hit = ref.lookup(tail, "Country")
        if hit:
            return hit[0].id, tail
    for n in (3, 2, 1):
        head = " ".join(words[:n])
        if len(words) > n and ref.lookup(head, "Country"):
            return ref.lookup(head, "Country")[0].id, head
    return None


def _gov_base(text: str, country_text: str | None) -> str:
    base = text
    if country_text:
        base = re.sub(rf"\s+of\s+(the\s+)?{re.escape(country_text)}$", "", base)
        base = re.sub(rf"^{re.escape(country_text)}\s+", "", base)
    if base.islower():  # "defense ministry", "air force" (found after a country)
        base = " ".join(w if w in {"of", "and", "the"} else w.capitalize() for w in base.split())
    match = re.fullmatch(r"(\w[\w-]*(?: and \w+)*) (Ministry|Department)", base)
    if match:  # "Defense Ministry" -> "Ministry of Defense", "Foreign Ministry" -> "Ministry of Foreign Affairs"
        topic = "Foreign Affairs" if match.group(1) == "Foreign" else match.group(1)
        base = f"{match.group(2)} of {topic}"
    return base


class _Resolver:
    def __init__(self, doc: Doc, ref: ReferenceData) -> None:
        self.doc = doc
        self.ref = ref
        self.mentions: list[Mention] = list(doc._.mentions or [])
        self.entities: dict[str, Entity] = {}
        self.focal = focal_country(doc, self.mentions, ref)
        doc.user_data["focal_country"] = self.focal
        self._run_on: set[str] = set()  # type numbers kept apart from their catalogue row ("Mi-171" beside "Mi-17")
        self._written: list[tuple[Entity, str]] = []  # an event's references as written, kept once it stays an event
        self._unnamed: Entity | None = None  # the article's own event where no name was found for it
        self._told_editions: set[str] = set()  # events told only as another edition of the article's series

    def entity(self, label: str, name: str, ref_id: str | None = None) -> Entity:
        entity_id = ref_id or make_id(label, spelling_key(name) if label == "Person" else name)
        if entity_id not in self.entities:
            entry = self.ref.get(ref_id)
            self.entities[entity_id] = Entity(
                id=entity_id, label=label, name=entry.name if entry else name,
                aliases=set(entry.aliases) if entry else set(),
                props=dict(entry.props) if entry else {}, ref_id=ref_id)
        return self.entities[entity_id]

    # -- people ------------------------------------------------------------------------------------
    def people(self, mentions: list[Mention]) -> None:
        titles = lexicon()["person_titles"]
        ranks = set(lexicon()["ranks"])
        knighthoods = shape_words()["knighthoods"]  # "Sir Richard X": Richard X ("Sir X" alone stays a name)
        kept = []
        titled: dict[int, str] = {}  # id of a mention -> the title words written before its name
        for m in mentions:
            words = m.text.split()
            while len(words) > 2 and words[0].lower() in knighthoods \
                    or len(words) > 1 and (words[0].lower().rstrip(".") in titles or words[0].lower() in ranks):
                words = words[1:]
            if all(w.lower() in ranks or w.lower() in titles for w in words):
                self.mentions.remove(m)
                continue
            stripped = m.text.split()[:len(m.text.split()) - len(words)]
            i = m.start
            while i > 0 and self.doc[i - 1].text[:1].isupper() and self.doc[i - 1].lower_ in titles:
                i -= 1
            titled[id(m)] = " ".join([*lowers(self.doc)[i:m.start], *(w.lower() for w in stripped)])
            m.text = " ".join(words)
            kept.append(m)
        self._nicknamed(kept)
        release_own_namesakes(kept, self.ref, surname)  # "Clara Pistorius ... Pistorius said": hers, not the minister's
        self._catalogued_surnames(kept)
        self._namesakes(kept)
        self._titled_kin(kept, titled)
        mentions = []
        known: dict[str, Entity] = {}  # surname -> a person the reference data knows
        kin: dict[str, dict[str, Entity]] = {}  # surname as written -> catalogued people named in full with it
        for m in kept:
            if m.ref_id and self.ref.get(m.ref_id) is not None:
                entity = self.entity("Person", m.text, m.ref_id)
                entity.add(m)
                known[surname(entity.name)] = entity
                if " " in m.text:  # the text's own spelling ("Serdar Berdimuhamedov" of "... Berdimuhamedow")
                    kin.setdefault(surname(m.text), {})[entity.name] = entity
            else:
                mentions.append(m)
        for last, people in kin.items():
            known.setdefault(last, next(iter(people.values())))
        full = sorted({m.text for m in mentions if " " in m.text or "-" in m.text}, key=lambda f: (-len(f), f))
        first_at = {}  # full name -> where the document first gives it
        for m in sorted(mentions, key=lambda m: m.start_char):
            first_at.setdefault(m.text, m.start_char)
        for e in {id(e): e for e in [*known.values(), *(e for p in kin.values() for e in p.values())]}.values():
            first_at[e.name] = min(x.start_char for x in e.mentions)
        for m in mentions:
            last = surname(m.text)
            catalogued = {**kin.get(last, {}), **({known[last].name: known[last]} if last in known else {})}
            owner = _surname_owner(m, [*(f for f in full if surname(f) == last), *catalogued], first_at)
            if owner is not None:  # two people share the surname: the lone one is whoever the text named first
                (catalogued.get(owner) or self.entity("Person", owner)).add(m)  # (a father and son: the first)
                continue
            given = m.text.split()[:-1]  # "Hamdan bin Mohammed ... Al Maktoum" is not "Mohammed ... Al Maktoum"
            other_full = " " in m.text and m.text not in known.get(last, Entity("", "", "")).aliases
            if last in known and not other_full and not any(f != m.text and surname(f) == last for f in full) \
                    and (not given or given[0] in known[last].name.split()):
                known[last].add(m)  # "President Tokayev" once "Kassym-Jomart Tokayev" is known
                continue  # ("Rajesh Kumar Singh" is not "Rajnath Singh")
            words = m.text.split()
            longer = [e for e in {id(e): e for e in known.values()}.values() if _starts(words, e.name)]
            longer_full = [f for f in full if _starts(words, f)]
            if len(longer) + len(longer_full) == 1 and len(words) >= 2:  # "Hassan Sheikh" of "Hassan Sheikh Mohamud"
                if longer:
                    longer[0].add(m)
                else:
                    self.entity("Person", longer_full[0]).add(m)
                continue
            named = {f: None for f in full if _same_person(m.text, f)}
            if " " not in m.text and "-" not in m.text:  # "Kim" of a catalogued "Kim Jong Un": surname first
                named.update({e.name: e for e in {id(e): e for e in known.values()}.values()
                              if m.text in e.name.split()[:-1]})
            owners = [f for f in named if surname(f) == m.text] or list(named)  # "Marshall": Roger Marshall's surname,
            canonical = _first_named(owners, first_at, m.start_char) or m.text  # not Marshall Webb's given name
            (named.get(canonical) or self.entity("Person", canonical)).add(m)

    def _nicknamed(self, people: list[Mention]) -> None:
        """ 'Charles Q. "CQ" Brown Jr.': a name with a quoted nickname is the name without it (the
        catalogued person's, where the reference data knows it)."""
        for m in people:
            bare = re.sub(r"\s*[\"\u201c][^\"\u201d]{1,20}[\"\u201d]", "", m.text).strip()
            if bare == m.text or len(bare.split()) < 2:
                continue
            m.text = bare
            if m.ref_id is None and (entry := self.ref.find("Person", bare)) is not None:
                m.ref_id = entry.id

    def _namesakes(self, people: list[Mention]) -> None:
        """A lone surname two catalogued people of different states share ("Orban": Hungary's or Romania's
        prime minister), in an article that names neither in full, is the one of them in office on the
        document's date whose state the sentence names (the article's state when it names none); no one
        when no date is known or the state does not choose."""
        from ..reference.offices import load_offices

        day = self.doc.user_data.get("published")
        if not day or not self.ref.namesakes:
            return
        full = {fold(surname(m.text)) for m in people if " " in m.text}
        offices = load_offices()
        for m in people:
            key = fold(m.text)
            if m.ref_id or " " in m.text or key not in self.ref.namesakes or key in full:
                continue
            sent = self.doc[m.start].sent
            states = {c.ref_id for c in self.mentions if c.label == "Country" and c.ref_id
                      and sent.start <= c.start < sent.end} or {self.focal}
            fits = [pid for pid in self.ref.namesakes[key]
                    if any(o.country_id in states for o in offices.held_by(pid, day))]
            if len(fits) == 1:
                m.ref_id = fits[0]

    def _titled_kin(self, people: list[Mention], titled: dict[int, str]) -> None:
        """A lone surname two or more catalogued people of one state bear ("President Berdimuhamedov": the
        father or the son), with a title before it, in an article that names none of them in full, is the one who held an
        office of that title on the document's date; no one when the date or the title does not choose."""
        from ..reference.offices import load_offices

        day = self.doc.user_data.get("published")
        if not day:
            return
        full = {fold(surname(m.text)) for m in people if " " in m.text}
        owners = tail_owners(self.ref, ("Person",))
        offices = load_offices()
        for m in people:
            title = titled.get(id(m), "")
            ids = owners.get(m.text, set())
            if m.ref_id or not title or " " in m.text or len(ids) < 2 or fold(m.text) in full \
                    or len({self.ref.get(pid).props.get("country") for pid in ids}) > 1:  # kin of one state only
                continue
            fits = sorted(pid for pid in ids if any(o.title and title.endswith(o.title.lower())
                                                    for o in offices.held_by(pid, day)))
            if len(fits) == 1:
                m.ref_id = fits[0]
                if self.focal is None:  # the office holder speaks for a state ("the navy's" is theirs)
                    self.focal = focal_country(self.doc, self.mentions, self.ref)
                    self.doc.user_data["focal_country"] = self.focal

    def _catalogued_surnames(self, people: list[Mention]) -> None:
        """A lone surname the reference data gives to one person ("Caine": a catalogued executive) in an
        article that names another catalogued person of that surname in full ("Dan Caine") is the
        article's person."""
        full: dict[str, set[str]] = {}
        for m in people:
            if m.ref_id and len(m.text.split()) > 1:
                full.setdefault(surname(m.text), set()).add(m.ref_id)
        for m in people:
            owners = full.get(m.text, set()) if " " not in m.text else set()
            if m.ref_id and len(owners) == 1 and m.ref_id not in owners:
                m.ref_id = next(iter(owners))

    def titled_aliases(self) -> None:
        """A person's name with the ranks and titles the text puts before it ("Lieutenant General Ajay
        Kumar Singh", "Vice Admiral John Wade") is one of their names too."""
        ranks = set(lexicon()["ranks"]) | {t.split()[-1] for t in lexicon()["person_titles"]}
        for entity in self.entities.values():
            if entity.label != "Person":
                continue
            for m in entity.mentions:
                i = m.start
                while i > 0 and self.doc[i - 1].text[:1].isupper() and self.doc[i - 1].lower_ in ranks:
                    i -= 1
                if i < m.start and " " in m.text:
                    entity.aliases.add(f"{self.doc[i:m.start].text} {m.text}")

    # -- government bodies -------------------------------------------------------------------------
    def government_body(self, m: Mention) -> None:
        if m.ref_id and self._unconfirmed_acronym(m):
            self.mentions.remove(m)  # "the DIA hospital in Dhaka": no US agency the article names
            return
        if m.ref_id:  # a body the reference data knows ("the Pentagon", "DRDO")
            m.ref_id = self._own_state_body(m, self._royal_service(m.ref_id))
            entity = self.entity("GovernmentBody", m.text, m.ref_id)
            props = self.ref.get(m.ref_id).props
            country = self.ref.find("Country", props.get("country", ""))
            if country is not None and props.get("kind") != "display_team":  # a display team is its air force's
                entity.country = country.id
                owner = self._country_before(m)  # "Turkey's Undersecretariat for Defence Industries"
                if owner is not None and owner.ref_id == country.id and entity.country_mention is None:
                    entity.country_mention = owner
            entity.add(m)
            return
        text = m.text
        if " " in text and text[1:].islower() and self.doc[m.start].is_sent_start:
            text = text[0].lower() + text[1:]  # "Foreign ministry spokesman X said": a lower-case body
        if text.isupper() and " " in text:  # "MINISTRY OF NATIONAL DEFENCE" in a heading
            text = " ".join(w if w in {"of", "and", "the", "for"} else w.capitalize() for w in text.lower().split())
        found = _country_in(text, self.ref)
        country_mention = None
        if found:
            country_id, country_text = found
            country_mention = m
        else:
            country_id, country_text = None, None
            before = self._country_before(m)
            if before is not None:
                country_id, country_mention = before.ref_id, before
        base = _gov_base(text, country_text)
        generic = bool(_GENERIC_GOV.search(base)) or base in _BRANCHES or text.islower()
        seat = self._seat_before(m) if country_id is None and generic else None
        if seat is not None:  # "the Ministry of Defence in Belgrade" (a kind of body many states have)
            country_id, country_mention = self._state_of(seat), seat
        if country_id is None and base in lexicon()["legislatures"]:  # "the speaker of the National Assembly"
            country_id, generic = self._sentence_country(m) or self.focal, True
        elif country_id is None and generic:
            country_id = self._possessor_country(m) or self._named_owner(base, m.start, heads_only=not text.islower())
            titled = self._title_state(m) if country_id is None else None
            if titled == _NO_TITLE_STATE:  # "China summoned the Japanese ambassador. Foreign ministry spokesman X"
                self.mentions.remove(m)  # with "said Tokyo had ...": no body rather than the other side's
                return
            owner = self._its_state(m) if country_id is None and titled is None and base in _BRANCHES else None
            country_id = country_id or titled or owner or (self._armed_state() if base in _BRANCHES else self.focal)
        country = self.ref.get(country_id) if country_id else None
        if country is not None and base in {"Government", "Government of the Kingdom", "Government of the Republic"}:
            m.label, m.ref_id = "Country", country.id  # "the Government of Sweden" is the state itself
            self.entity("Country", country.name, country.id).add(m)
            return
        known = self._body_of(base, country) if country is not None else None
        if known is None and country_mention is None and found is None and generic:
            only = self._state_bodies().get(fold(base), set())  # "the Ministry of the Armed Forces": France's
            if len(only) == 1:
                country = self.ref.find("Country", next(iter(only)))
                known = self._body_of(base, country) if country else None
        if known is None and country is not None and base in _BRANCHES:  # "Chinese Air Force": the PLAAF
            known = self._national_branch(country.name, base)
        if known is None and country is not None and base == "Army":  # "Sudan's army": its armed forces
            known = self._army_as_forces(country.name)
        if known is None and country_mention is None and found is None and generic and country is not None \
                and base not in _BRANCHES:
            known = self._bare_state_body(m, base)  # "the Department of Foreign Affairs": the first state
            if known is not None:  # of the sentence, else of the article, that has one
                country = self.ref.find("Country", known.props.get("country", "")) or country
        if known is None and country is None and found is None:  # "secretary of the Security Council"
            if base in _UN_ORGANS and self._international(m):  # "a permanent member of the Security Council"
                m.label = "Organization"
                self.entity("Organization", f"United Nations {base}").add(m)
                return
            known = self._bare_state_body(m, base)
        if known is not None:  # "Armenia's Security Council" is the catalogue's "Security Council of Armenia"
            entity = self.entity("GovernmentBody", known.name, known.id)
        elif country is None or not generic:
            entity = self.entity("GovernmentBody", text)
            if country is not None and country_mention is not None and found is None and not text.islower():
                entity.aliases.add(f"{text} ({country.name})")  # "Libya's Presidential Council"
        elif base.startswith(("Ministry", "Department", "Directorate")) or base == "Armed Forces":
            entity = self.entity("GovernmentBody", f"{base} of {country.name}")
            entity.aliases.update({base, f"{base} ({country.name})"})
        else:
            demonym = country.demonyms[0] if country.demonyms else country.name
            entity = self.entity("GovernmentBody", f"{demonym} {base}")
            entity.aliases.update({base, f"{base} of {country.name}", f"{base} ({country.name})"})
        if country is not None:
            entity.country = country.id
            if country_mention is not None and entity.country_mention is None:
                entity.country_mention = country_mention
        entity.add(m)

    def _unconfirmed_acronym(self, m: Mention) -> bool:
        """Whether ``m`` is the bare acronym of a body row marked ambiguous (an acronym other bodies share: "DIA",
        also India's Defence Intelligence Agency and many a hospital's) that the document does not confirm: no
        mention of the row's state and no other form of the row's name (review42b)."""
        entry = self.ref.get(m.ref_id)
        if entry is None or not entry.ambiguous or not m.text.isupper() or " " in m.text:
            return False
        country = self.ref.find("Country", entry.props.get("country", ""))
        return not any(o is not m and (o.ref_id == m.ref_id and o.text != m.text
                                       or country is not None and o.ref_id == country.id) for o in self.mentions)

    def _qualified_forms(self, entity: Entity) -> None:
        """A state's body the text names by a bare form of common nouns ("the Defence Forces", "the Border
        Guard"): that form with its state in brackets is one of its names ("Defence Forces (Ireland)"), as the
        bare form itself cannot be (``generic_alias``: every state's body would share it)."""
        entry = self.ref.get(entity.ref_id) if entity.ref_id else None
        owner = entity.country or (entry.props.get("country") if entry is not None else None)
        country = (self.ref.get(owner) or self.ref.find("Country", owner)) if owner else None
        if country is None:
            return
        states = [state for state in (country.name, *country.aliases) if len(state) > 3]
        for m in entity.mentions:
            text = re.sub(r"^the ", "", m.text, flags=re.I)
            if text[:1].isupper() and generic_alias("GovernmentBody", text):
                entity.aliases.update(f"{text} ({state})" for state in states)

    def _own_state_body(self, m: Mention, ref_id: str) -> str:
        """ "the Department of Defence" in an article about Australia: a bare kind of body the catalogue
        knows as one state's (the United States Department of Defense) is the article's state's own body
        of that name (without a focal state, the sentence's), where that state has one catalogued
        ("Department of Defence of Australia") and the mention names no state of its own."""
        entry = self.ref.get(ref_id)
        owner = entry.props.get("country", "") if entry is not None else ""
        text = re.sub(r"^the ", "", m.text, flags=re.I)
        if not owner or not _GENERIC_GOV.search(text) or _country_in(text, self.ref) \
                or self._country_before(m) is not None:
            return ref_id
        state = self.ref.get(self.focal or self._sentence_country(m) or "")
        own = self._body_of(text, state) if state is not None and state.name != owner else None
        if own is None:
            own = self._spelled_owner(text, entry)
        return own.id if own is not None else ref_id

    def _spelled_owner(self, text: str, entry):
        """ "the Department of Defence" matched to the catalogue's "Department of Defense" by its other spelling
        only: the body of the article's most present state whose catalogued name carries the text's own
        spelling ("Department of Defence of Australia"), where one does; None where the entry itself is written
        so."""
        written = text.lower()
        if any(n.lower().removeprefix("the ") == written for n in (entry.name, *entry.aliases)):
            return None
        for country_id in self._countries_by_weight():
            country = self.ref.get(country_id)
            own = self._body_of(text, country) if country is not None else None
            if own is not None and own.id != entry.id and any(
                    n.lower().startswith(written + " ") or n.lower() == written for n in (own.name, *own.aliases)):
                return own
        return None

    def _title_state(self, m: Mention) -> str | None:
        """The state of a lower-case body that only qualifies a title ("Foreign ministry spokesman X said" after
        "Beijing rejected the complaint."), among the states and capitals its sentence and the one before name (not
        in a clause of time or reason: "As the jets landed in Belgrade, foreign ministry spokeswoman X said"; in its
        own sentence also those named later in the title's clause, "said Manila would"). No candidate: an object
        ("summoned the Japanese ambassador", "accused Israel"), a possessor of another noun ("Kyiv's account"), a
        demonym qualifying another body ("the Ukrainian air force said") or a capital in a place phrase ("its
        consulate in Damascus"). The subject state of its sentence's main clause wins, else that of the sentence
        before, else the one state the candidates name; ``_NO_TITLE_STATE`` when candidates still compete or none
        is left (no body: the title's holder stays the country's, as before session 37); None for other bodies
        and where neither sentence names a state."""
        end = m.end
        if end >= len(self.doc) or self.doc[end].lower_ not in lexicon()["state_body_titles"]:
            return None
        sent = self.doc[m.start].sent
        prev = self.doc[sent.start - 1].sent if sent.start > 0 else None
        start = prev.start if prev is not None else sent.start
        clause = self.doc[end]
        while clause.dep_ not in {"ROOT", "ccomp", "conj"} and clause.head.i != clause.i:
            clause = clause.head  # the verb whose subject the title is
        later = {t.i for t in clause.subtree if t.i >= end}

        def aside(c: Mention) -> bool:
            tok = self.doc[c.start]
            return c.start >= sent.start and any(a.dep_ == "advcl" and not a.is_ancestor(self.doc[m.start])
                                                 for a in tok.ancestors)

        def role(c: Mention):
            """The token whose place in the parse decides, or None where the mention is no candidate."""
            tok = self.doc[c.start:c.end].root
            if c.demonym or tok.dep_ in {"amod", "compound"} and tok.head.i >= c.end:
                tok = tok.head  # "Russian drones hit": the noun it qualifies
                if tok.lower_ in lexicon()["state_body_titles"] or any(
                        x.label in {"GovernmentBody", "Organization", "Alliance"} and x.start <= tok.i < x.end
                        for x in self.mentions):
                    return None  # "the Ukrainian air force said"
            while tok.dep_ in {"conj", "appos"} and tok.head.i != tok.i:
                tok = tok.head
            if tok.dep_ in {"poss", "dobj", "pobj", "dative", "iobj", "oprd", "agent"}:
                return None
            return tok

        raw = [c for c in self.mentions if c.label in {"Country", "Place"} and c.ref_id and start <= c.start
               and (c.end <= m.start or c.start in later) and (c.label == "Country" or self._capital(c))
               and not aside(c) and self._state_of(c)]
        if not raw:
            return None
        kept = [(c, tok) for c in raw if (tok := role(c)) is not None]

        def subjects(s) -> set[str]:
            heads = {s.root.i} | {t.i for t in s.root.children if t.dep_ == "conj"}
            return {self._state_of(c) for c, tok in kept if s.start <= c.start < s.end
                    and tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.i in heads}

        for s in (sent, prev):
            found = subjects(s) if s is not None else set()
            if len(found) == 1:
                return next(iter(found))
            if found:
                return _NO_TITLE_STATE
        states = {self._state_of(c) for c, _ in kept}
        return next(iter(states)) if len(states) == 1 else _NO_TITLE_STATE

    def _royal_service(self, ref_id: str) -> str:
        """ "the Royal Air Force" in an article about Morocco that never names Britain: the article's
        country's own service of that branch (many monarchies call theirs so), where catalogued."""
        entry = self.ref.get(ref_id)
        words = entry.name.split() if entry is not None else []
        if not words or words[0] != "Royal" or " ".join(words[1:]) not in _BRANCHES or not self.focal:
            return ref_id
        owner = self.ref.find("Country", entry.props.get("country", ""))
        if owner is None or owner.id == self.focal or any(c.ref_id == owner.id for c in self.mentions):
            return ref_id
        focal = self.ref.get(self.focal)
        own = self._national_branch(focal.name, " ".join(words[1:])) if focal is not None else None
        return own.id if own is not None else ref_id

    def _bare_state_body(self, m: Mention, base: str):
        """A body many states have ("the Security Council": the catalogue holds "Security Council of
        X" for several X) named without its state: the catalogued one of the one country its sentence
        names, else of the article's most present country that has one; None in a sentence about an
        international body (an alliance or the UN named, "resolutions", "permanent member"), or when
        not catalogued."""
        kinds = {k: v for k, v in self._state_bodies().items() if len(v) >= 2}
        if fold(base) not in kinds or self._international(m):
            return None
        sentence = self._sentence_country(m)
        for country_id in ([sentence] if sentence else []) + self._countries_by_weight():
            country = self.ref.get(country_id) if country_id else None
            if country is not None and country.name in kinds[fold(base)]:
                return self._body_of(base, country)
        return None

    def _its_state(self, m: Mention) -> str | None:
        """The state an "its"/"their" right before a service noun stands for: the subject of the noun's clause,
        else of the clause that governs it ("Manila said its navy would fly them": the Philippines, not the
        article's state); a capital stands for its state. None where that subject names no state."""
        if m.start == 0 or self.doc[m.start - 1].lower_ not in {"its", "their"}:
            return None
        state = clause_owner(self.doc, self.doc[m.start:m.end].root, self._state_at)
        return state or None

    def _state_at(self, tok) -> str | None:
        """The state a country (or capital) mention at token ``tok`` names, else None."""
        for c in self.mentions:
            if c.start <= tok.i < c.end and c.ref_id and not c.demonym:
                entry = self.ref.get(c.ref_id)
                if entry is not None and entry.label == "Country":
                    return entry.id
                if c.label in {"Place", "Country"} and self._capital(c):
                    return self._state_of(c)
        return None

    def _armed_state(self) -> str | None:
        """The state a bare service noun ("the Navy said") belongs to: the article's, unless that state keeps no
        armed forces (``forceless_states.csv``: a New Zealand ship lost off Samoa), then the article's most
        present state that keeps them; None where no state of the article does."""
        focal = self.ref.get(self.focal) if self.focal else None
        if focal is None or not forceless(focal.name):
            return self.focal
        for country_id in self._countries_by_weight():
            country = self.ref.get(country_id)
            if country is not None and not forceless(country.name):
                return country_id
        return None

    def _countries_by_weight(self) -> list[str]:
        """The article's countries, most present first (as :func:`focal_country` weighs them): "Congress"
        in an article about Danish jets for Argentina is the first of them that has a congress."""
        weights = self._country_weights()
        return [self.focal] * bool(self.focal) + [c for c, _ in weights.most_common() if c != self.focal]

    def _country_weights(self, roles: bool = True) -> Counter[str]:
        """Country id -> its weight in the article, as :func:`focal_country` counts it (without
        ``roles``: mentions only, the headline double)."""
        return country_weights(self.doc, self.mentions, self.ref, roles)

    def _international(self, m: Mention) -> bool:
        """The sentence of ``m`` is about an international body: it names an alliance or the UN, or
        speaks of resolutions, vetoes, permanent members, a charter."""
        sent = self.doc[m.start].sent
        return any(x.label == "Alliance" and sent.start <= x.start < sent.end for x in self.mentions) \
            or bool({t.lower_ for t in sent} & _INTERNATIONAL_CUES)

    def _state_bodies(self) -> dict[str, set[str]]:
        """Folded body names the catalogue holds (as name or alias) as "<name> of <country>" -> those
        countries (built once per reference data): a kind of body when two or more."""
        cached = getattr(self.ref, "_state_body_kinds", None)
        if cached is not None:
            return cached
        countries = {e.name for e in self.ref if e.label == "Country"}
        found: dict[str, set[str]] = {}
        for entry in self.ref:
            if entry.label != "GovernmentBody":
                continue
            for name in (entry.name, *entry.aliases):  # "Security Council of Armenia", "Congress of Chile"
                head, _, tail = name.rpartition(" of ")
                tail = tail.removeprefix("the ")  # "Department of Foreign Affairs of the Philippines"
                if head and tail in countries and entry.props.get("country") == tail:
                    found.setdefault(fold(head), set()).add(tail)
        self.ref._state_body_kinds = found
        return found

    def _possessor_country(self, m: Mention) -> str | None:
        """The country owning the noun ``m`` hangs from by "of": "Pakistan's head of the army" is
        Pakistan's army, whatever country the article names most."""
        head = self.doc[m.end - 1]
        if head.dep_ != "pobj" or head.head.lower_ != "of" or head.head.dep_ != "prep":
            return None
        noun = head.head.head
        for child in noun.children:
            if child.dep_ == "poss" or child.dep_ in {"amod", "compound"} and child.i < noun.i:
                for c in self.mentions:  # "Pakistan's head of the army", "the Saudi minister of the National Guard"
                    if c.label == "Country" and c.ref_id and c.start <= child.i < c.end:
                        return c.ref_id
        return None

    def _named_owner(self, base: str, before: int, heads_only: bool = False) -> str | None:
        """The country whose body of the kind ``base`` ("Air Force", "Ministry of Defence") the document
        names before token ``before``: "the air force" in an article that has named the Nigerian Air Force
        (or later in its sentence: "the defence ministry's logistics arm, MODAFL") is that one, whatever
        country the article names most (a body named only in a later sentence, "The Russian Defence Ministry
        said" after "the defence ministry" of the article's state, is no antecedent). With ``heads_only`` (a
        capitalised "the Army") a body named only as a modifier of another noun ("US Army Apache helicopters":
        whose the type is) is no antecedent either."""
        owners = []
        sent = self.doc[before].sent.start
        mentions = [m for m in self.mentions if not heads_only or m.label != "GovernmentBody"
                    or self.doc[m.start:m.end].root.dep_ not in {"compound", "amod", "nmod"}]
        named = [m.ref_id if m.label == "Country" else demonym_body(m, self.ref) for m in mentions]
        for country_id in dict.fromkeys(c for c in named if c):  # "Kenya", or "Indian" of "the Indian Army"
            country = self.ref.get(country_id)
            if country is None:
                continue
            known = self._body_of(base, country) or (
                self._national_branch(country.name, base) if base in _BRANCHES else None)
            if known is not None and any(m.ref_id == known.id and (m.start < before or self.doc[m.start].sent.start == sent)
                                         for m in mentions):
                owners.append(country_id)
        return owners[0] if len(owners) == 1 else None

    def _body_of(self, base: str, country):
        """The catalogued body named "``base`` of ``country``" or "``base`` of the ``country``" ("Department
        of Foreign Affairs of the Philippines"), or None."""
        return self.ref.find("GovernmentBody", f"{base} of {country.name}") \
            or self.ref.find("GovernmentBody", f"{base} of the {country.name}")

    def _national_branch(self, country: str, base: str):
        """The one catalogued body of ``country`` whose name ends in the branch ``base`` after words
        of its own ("People's Liberation Army Air Force" for "Air Force", "Royal Saudi Air Force"), so
        that the adjectival and nominal forms of a country's service are one node; None if not one."""
        key = fold(base).split()
        found = []
        for entry in self.ref.bodies(country):
            words = fold(entry.name).split()
            head = words[:-len(key)]
            if words[-len(key):] == key and head and not set(head) & {"of", "and", "for", "the"} \
                    and head[0] not in {"ministry", "department", "general", "directorate"}:
                found.append(entry)
        return found[0] if len(found) == 1 else None

    def _army_as_forces(self, country: str):
        """The catalogued armed forces of ``country`` ("Sudanese Armed Forces", "Malian Armed Forces") where
        the catalogue has no land force of it (no body named "... Army", "... Ground Forces", "... Land
        Forces"): the state's army is its armed forces, as the writers take "Sudan's army" (three of three
        development articles with such a state; of the uncatalogued "Sudanese Army" nodes made before, none
        was listed as a body of its own). None where the catalogue has a land force or no one armed forces."""
        bodies = [fold(e.name) for e in self.ref.bodies(country)]
        if any(name.endswith(("army", "ground forces", "land forces")) for name in bodies):
            return None
        forces = [e for e in self.ref.bodies(country)
                  if fold(e.name).endswith(("armed forces", "defence forces", "defense forces"))]
        return forces[0] if len(forces) == 1 else None

    def _sentence_country(self, m: Mention) -> str | None:
        """The one country the sentence of ``m`` names, if it names exactly one."""
        sent = self.doc[m.start].sent
        found = {c.ref_id for c in self.mentions if c.label == "Country" and c.ref_id and sent.start <= c.start < sent.end}
        return next(iter(found)) if len(found) == 1 else None

    def _state_of(self, m: Mention) -> str | None:
        """The country id a Country mention names, or the country of the capital a Place mention names."""
        if m.label == "Country":
            return m.ref_id
        entry = self.ref.get(m.ref_id) if m.ref_id else None
        country = self.ref.find("Country", entry.props.get("country", "")) if entry is not None else None
        return country.id if country is not None else None

    def _seat_before(self, m: Mention) -> Mention | None:
        """The catalogued capital (or state) a body's own phrase seats it in ("the Ministry of Defence in
        Belgrade") or the capital that opens the clause the body speaks in ("In Moscow, the Defence Ministry
        said"): the body is that capital's state's (``places.csv`` kind ``capital``), whichever state the article
        is about. A country opening the clause is where things happen, no seat ("In Syria, the ministry said
        its jets had struck ...": the article's own); prepositions: ``lexicon.yaml`` ``body_seat_preps``."""
        head = self.doc[m.start:m.end].root
        seat_preps = set(lexicon()["body_seat_preps"])
        preps = [(c, True) for c in head.children if c.dep_ == "prep" and c.lower_ in seat_preps]
        if head.dep_ == "compound" and head.head.lower_ in lexicon()["state_body_titles"]:
            while head.dep_ == "compound" and head.head.i > head.i:  # "In Beijing, foreign ministry spokesman
                head = head.head  # Wang Wenbin said": the clause of the title and its holder's name
        if head.dep_ in {"nsubj", "nsubjpass"}:
            preps += [(c, False) for c in head.head.children
                      if c.dep_ == "prep" and c.lower_ in seat_preps and c.i < m.start]
        for prep, own in preps:
            for o in (c for c in prep.children if c.dep_ == "pobj"):
                seat = next((x for x in self.mentions if x.label in {"Place", "Country"} and x.ref_id
                             and x.start <= o.i < x.end), None)
                entry = self.ref.get(seat.ref_id) if seat is not None else None
                if entry is not None and (own and seat.label == "Country" or self._capital(seat)) \
                        and self._state_of(seat):
                    return seat
        return None

    def _capital(self, seat: Mention) -> bool:
        """Whether a place mention's words name a catalogued capital (``places.csv`` kind ``capital``) of the
        state it resolves to: "Moscow" read as Russia is, "Syria" is not."""
        own = self.ref.get(seat.ref_id)
        if own is not None and own.label == "Place":
            return own.props.get("kind") == "capital"
        states = [self.ref.find("Country", p.props.get("country", "")) for p in self.ref.lookup(seat.text, "Place")
                  if p.props.get("kind") == "capital"]
        return self._state_of(seat) in {c.id for c in states if c is not None}

    def _country_before(self, m: Mention) -> Mention | None:
        """The country named right before ``m``: "Kazakh Ministry", "Turkey's SSM", "the Taiwanese ministry",
        "Sweden's own air force"."""
        start = m.start - (m.start > 1 and self.doc[m.start - 1].lower_ == "own"
                           and self.doc[m.start - 2].lower_ in {"'s", "\u2019s"})
        before = [c for c in self.mentions if c.label == "Country" and c.end in (start, start - 1)
                  and (c.end == start or self.doc[c.end].lower_ in {"'s", "\u2019s"})]
        return before[-1] if before else None

    def bare_bodies(self) -> None:
        """ "the Ministry" alone is the one ministry (department) of its country the article names."""
        for entity in list(self.entities.values()):
            if entity.label != "GovernmentBody" or entity.country is None or entity.ref_id:
                continue
            country = self.ref.get(entity.country)
            kind = entity.name.split()[0]
            if country is None or entity.name != f"{kind} of {country.name}" or kind not in {"Ministry", "Department"}:
                continue
            full = [e for e in self.entities.values() if e is not entity and e.label == "GovernmentBody"
                    and e.country == entity.country and e.name.startswith(f"{kind} of ")]
            if len(full) == 1:
                for m in entity.mentions:
                    full[0].add(m)
                del self.entities[entity.id]

    # -- acronyms ------------------------------------------------------------------------------------
    _JOINERS = {"and", "&", "of", "for", "de", "du", "des", "di", "del"}
    _ORG_LABELS = {"Company", "Organization", "GovernmentBody", "Alliance"}

    def split_long_forms(self) -> None:
        """A long form the mention finder cut into pieces before its bracketed acronym ("Larsen and
        Toubro (L&T)": a person and a firm; "Kazakhstan Aselsan Engineering (KAE)": a country and a
        firm) is one name when the initials of the pieces' words spell the acronym; the pieces are
        replaced by one mention of the label of the last organisation-like piece."""
        doc = self.doc
        toks, text = tokens(doc), texts(doc)
        for i in range(2, len(doc) - 2):
            if text[i] != "(" or text[i + 2] != ")":
                continue
            acr = re.sub(r"[^A-Za-z]", "", toks[i + 1].text)
            if not (2 <= len(acr) <= 8 and toks[i + 1].text[:1].isupper() and sum(c.isupper() for c in acr) >= 2):
                continue
            pieces = self._pieces_before(i, acr.lower())
            if len(pieces) < 2:
                continue
            head = next((m for m in reversed(pieces) if m.label in self._ORG_LABELS), None)
            if head is None:
                continue
            start, end = pieces[0].start, pieces[-1].end
            span = doc[start:end]
            short = next((m for m in self.mentions if m.start == i + 1 and m.ref_id and m.label in self._ORG_LABELS),
                         None)  # "(L&T)": the catalogued firm the acronym names
            label, ref_id = (short.label, short.ref_id) if short is not None else (head.label, None)
            for m in pieces:
                self.mentions.remove(m)
            self.mentions.append(Mention(start, end, span.start_char, span.end_char, span.text, label,
                                         head.source, ref_id, head.category))
        self.mentions.sort(key=lambda x: x.start)

    def _pieces_before(self, paren: int, acr: str) -> list[Mention]:
        """The mentions that end right before ``paren`` (joined only by "and", "of"...) whose words'
        initials spell ``acr``; [] when no run of them does."""
        toks = tokens(self.doc)
        ends = {m.end: m for m in self.mentions}
        pieces: list[Mention] = []
        i = paren
        while i in ends:
            m = ends[i]
            pieces.insert(0, m)
            words = [w for w in re.findall(r"[A-Za-z][\w'-]*", " ".join(p.text for p in pieces))
                     if w.lower() not in self._JOINERS and w.lower() != "the"]
            initials = "".join(w[0] for w in words).lower()
            if initials == acr:
                return pieces
            if not acr.endswith(initials):
                return []
            i = m.start
            while i > 0 and toks[i - 1].lower_ in self._JOINERS and i not in ends:
                i -= 1
        return []

    def acronyms(self) -> None:
        """ "Collective Security Treaty Organization (CSTO)": CSTO, there and later, is the long form."""
        doc = self.doc
        toks = tokens(doc)
        by_start = {m.start: m for m in self.mentions}
        long_of: dict[str, Mention] = {}
        for m in list(self.mentions):
            close = next((i for i in range(m.end + 2, min(len(doc), m.end + 5)) if toks[i].text == ")"), None) \
                if m.end + 2 < len(doc) and toks[m.end].text == "(" else None
            if close is not None and (close == m.end + 2 or not any(t.whitespace_ for t in doc[m.end + 1:close - 1])):
                acr = doc[m.end + 1:close].text  # "CSTO", "CSP-PSD"
                known = by_start.get(m.end + 1)
                # an acronym of the name in another language ("... for Peace, Security and Development (CSP-PSD)",
                # "the Brazilian Air Force (FAB)"): a long body's name and capitals no other entry claims
                foreign = len(m.text.split()) >= 3 and m.label in {"Organization", "GovernmentBody", "Company"} \
                    and re.fullmatch(r"[A-Z]{2,}(?:-[A-Z]{2,})?", acr) is not None \
                    and (known is None or not known.ref_id)
                if acr.isupper() and len(acr) >= 2 and (acr[0] == m.text[0].upper() or foreign):
                    long_of[acr] = m
                    if m.end + 1 not in by_start:
                        inner = Mention(m.end + 1, close, toks[m.end + 1].idx, toks[m.end + 1].idx + len(acr),
                                        acr, m.label, "acronym", m.ref_id, m.category)
                        self.mentions.append(inner)
                        by_start[inner.start] = inner
            acr = self._known_as(m)  # "Azerbaijan Airlines, known as AZAL,"
            if acr is not None:
                long_of.setdefault(acr, m)
        if not long_of:
            return
        covered = {i for m in self.mentions for i in m.tokens()}
        for tok in (toks[i] for i, w in enumerate(texts(doc)) if w in long_of):
            if tok.text in long_of and tok.i not in covered:
                target = long_of[tok.text]
                self.mentions.append(Mention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok.text), tok.text,
                                             target.label, "acronym", target.ref_id, target.category))
        for m in self.mentions:
            target = long_of.get(m.text)
            if target is not None and m is not target:
                m.label, m.ref_id, m.category = target.label, target.ref_id, target.category
                self._alias_of[id(m)] = target
        self.mentions.sort(key=lambda x: x.start)

    _KNOWN_AS = re.compile(r"^,\s+(?:(?:also|widely|commonly|locally)\s+)?known\s+(?:as|by\s+(?:its|the)\s+"
                           r"(?:[A-Z][a-z]+\s+)?(?:initials|acronym|abbreviation))\s+([A-Z]{2,6})(?=[\s,.;)])")

    def _known_as(self, m: Mention) -> str | None:
        """The acronym an organisation's name is given by ", known as X" or ", known by its initials X"
        ("Azerbaijan Airlines, known as AZAL, ..."): its capitals, or ``None``."""
        if m.label not in self._ORG_LABELS:
            return None
        found = self._KNOWN_AS.match(doc_text(self.doc)[m.end_char:m.end_char + 60])
        return found.group(1) if found else None

    _SHORT_LABELS = ("Company", "Organization")

    def short_names(self) -> None:
        """A firm or organisation the reference data does not know, named in full and by its
        first words ("Kestrel Marine Systems" ... "Kestrel Marine" ... "Kestrel"; a headline may shorten it
        first), is one entity when every name of the document with that first word begins the full one."""
        groups: dict[str, list[Entity]] = {}
        for e in self.entities.values():
            if e.mentions and e.name[:1].isupper():
                groups.setdefault(e.name.split()[0], []).append(e)
        for group in groups.values():
            if len(group) < 2 or any(e.ref_id or e.label not in self._SHORT_LABELS for e in group):
                continue
            group.sort(key=lambda e: -len(e.name.split()))
            full = group[0]
            if not all(full.name.split()[:len(e.name.split())] == e.name.split() for e in group[1:]) \
                    or len(group[1].name.split()) == len(full.name.split()):
                continue
            for short in group[1:]:
                for m in short.mentions:
                    m.label = full.label
                    full.add(m)
                del self.entities[short.id]

    _TAIL_LABELS = ("GovernmentBody", "Organization", "Alliance")

    def alias_tails(self) -> None:
        """A body named by one word ("the Guards") that only one catalogued body ends a name of its in ("Revolutionary
        Guards": no other entry of the whole catalogue ends so) is that body, when the document names it too."""
        tails = tail_owners(self.ref, self._TAIL_LABELS)
        here = {e.ref_id: e for e in self.entities.values() if e.ref_id and e.label in self._TAIL_LABELS}
        for entity in list(self.entities.values()):
            if entity.ref_id or entity.label not in self._TAIL_LABELS or " " in entity.name or not entity.name[:1].isupper():
                continue
            owners = tails.get(entity.name, set())
            if len(owners) != 1 or next(iter(owners)) not in here:
                continue
            full = here[next(iter(owners))]
            for m in entity.mentions:
                m.label = full.label
                full.add(m)
            del self.entities[entity.id]

    def merge_aliases(self) -> None:
        """Move acronym mentions to the entity of their long form."""
        for m in self.mentions:
            target = self._alias_of.get(id(m))
            if target is None or not target.entity or m.entity == target.entity:
                continue
            old = self.entities.get(m.entity)
            if old is not None and m in old.mentions:
                old.mentions.remove(m)
                if not old.mentions:
                    del self.entities[old.id]
            self.entities[target.entity].add(m)

    # -- events ----------------------------------------------------------------------------------------
    def events(self, mentions: list[Mention]) -> None:
        """Named events keep their names; the article's main kind of event ("summit", "parade")
        is one event whose generic references ("the summit", "the gathering") are its aliases; a
        recurring kind is named by what, where and when ("CSTO summit, Minsk, 2023-11-23") so
        that two summits of different articles never merge. Events get a ``date``."""
        toks = tokens(self.doc)
        lex = lexicon()
        kind_of = {n: k for k, nouns in lex["event_kinds"].items() for n in nouns}
        acts = self._lead_ceremony_acts()  # "A and B launched the frigate X": "the launch" is its ceremony
        act_words = {n for n in act_nouns(acts) if n not in kind_of}
        kind_of |= dict.fromkeys(act_words, "ceremony")
        mentions = sorted(mentions, key=lambda m: m.start)
        named = [m for m in mentions if not m.ref_id]
        series = [m for m in mentions if m.ref_id and self._series_kind(m.ref_id)]
        bare: dict[int, str] = {}  # the names before their nouns were added
        for m in series + named:  # "the DefExpo show", "the Joint Sea-2024 exercise": the noun belongs to the name
            nxt = toks[m.end] if m.end < len(self.doc) else None
            if nxt is not None and kind_of.get(nxt.lower_) and kind_of[nxt.lower_] == (
                    self._series_kind(m.ref_id) if m.ref_id else kind_of[nxt.lower_]) and nxt.pos_ == "NOUN" \
                    and not any(x.start == nxt.i for x in self.mentions):
                bare[id(m)] = m.text
                m.end, m.end_char = m.end + 1, nxt.idx + len(nxt.text)
                m.text = doc_text(self.doc)[m.start_char:m.end_char]
        headline = (self.doc.user_data.get("layout") or {}).get("headline")
        named += self._named_by_noun(kind_of, headline)
        covered = {i for x in self.mentions for i in x.tokens()} | {i for m in named for i in m.tokens()}
        starts = {m.start for m in named}
        nouns_of_kinds = [toks[i] for i, w in enumerate(lowers(self.doc)) if kind_of.get(w)]
        generic = [t for t in nouns_of_kinds if kind_of.get(t.lower_) and t.i not in covered and (t.pos_ == "NOUN" or (
                       t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} and t.text.islower()))  # "the fair drew"
                   and not (headline and headline[0] <= t.idx < headline[1])
                   and t.i + 1 not in starts  # "the naval show NAVDEX" names NAVDEX
                   and not any(c.lower_ in lex["other_edition"] for c in t.lefts)  # "the next summit": another one
                   and not any(c.lower_ in lex["not_event_modifiers"] for c in t.lefts)  # "the press conference"
                   and not _bilateral(t)  # "held his first meeting with Biden": two people's meeting, not the summit
                   and not _contrasted(t)  # "a milestone rather than a handover", "no ceremony was held"
                   and not (t.lower_ in lex["described_strikes"]["nouns"]  # "threatened a strike", "a planned strike"
                            and unreal(t, lex["described_strikes"]))
                   and not (t.lower_ in lex["figurative_of"] and any(c.dep_ == "prep" and c.lower_ == "of"
                                                                   for c in t.children))  # "a show of support"
                   and not any(p.dep_ == "prep" and p.lower_ == "of" and o.lemma_.lower() in lex["session_bodies"]
                               for p in t.children for o in p.children)  # "the first session of a joint parliament"
                   and not any(m.end == t.i + 1 and m.start < t.i for m in series + named)  # "the Balikatan exercise"
                   and not (t.dep_ == "compound" and t.head.pos_ == "NOUN" and not kind_of.get(t.head.lower_))
                   and not (t.lower_ in act_words and self._act_noun_elsewhere(t))
                   and not (kind_of[t.lower_] == "accident" and not happened(t, lex["accident_refs"]))]
        crashes = [t for t in generic if kind_of[t.lower_] == "accident"]
        if crashes and not vehicle_told(self.doc, crashes, self.mentions, lex["accident_refs"]):
            generic = [t for t in generic if kind_of[t.lower_] != "accident"]  # "the stock market crash" ... "the crash"
        other = other_sense_refs(generic, set(lex["weak_event_nouns"]), lex["weak_event_senses"])
        generic = [t for t in generic if t.i not in other]  # "died of a heart attack", "charged over an assault"
        lead_end = max((x.end for x in self._lead_sentences()), default=0)
        early = {kind_of[t.lower_] for t in generic if t.i < lead_end}
        # an exercise named once in passing, late in the article, is not what the article is about; nor are
        # exercises spoken of only as a bare plural, an activity ("joint training and exercises", "through
        # multinational exercises"), after the lead
        bare_only = {k for k in set(kind_of[t.lower_] for t in generic) if k not in early and all(
            t.tag_ == "NNS" and not any(c.dep_ in {"det", "poss", "nummod"} for c in t.children)
            for t in generic if kind_of[t.lower_] == k)}

        def counted(weak: bool) -> Counter:
            """The kinds the article's occasion may be of, each with its number of references; ``weak`` nouns
            (``weak_event_nouns``: "the attack") count only where no other noun makes a kind, and then twice."""
            n_of = Counter(kind_of[t.lower_] for t in generic if kind_of[t.lower_] != "war"
                           and (weak or t.lower_ not in lex["weak_event_nouns"]))
            return Counter({k: n for k, n in n_of.items() if n >= (2 if k in lex["two_reference_kinds"] or weak else 1)
                            and (n >= 2 or k != "exercise" or k in early)
                            and not (k == "exercise" and k in bare_only)})

        kinds = counted(False) or counted(True)
        parts = {k for k in kinds if all(t.lower_ in lex["event_parts"] for t in generic if kind_of[t.lower_] == k)}
        main_kind = min(kinds, key=lambda k: (-kinds[k], k in parts)) if kinds else None  # a tie: not "the show"
        if acts and "ceremony" in kinds and main_kind != "ceremony" and all(
                t.lower_ in lex["ceremony_act_outranks"] for t in generic if kind_of[t.lower_] == main_kind):
            main_kind = "ceremony"  # "the minister launched the ship" ... "the celebrations": the ceremony is the news
        occasions = [k for k in kinds if k in lex["day_occasion_kinds"]]
        marked = self._celebrated_day(named, kind_of, None) if occasions and main_kind not in occasions else None
        if marked is not None and self._in_lead(marked, headline):
            # "unveils the jets on Air Force Day" ... "the ceremony": the day's occasion is the article's event
            main_kind = min(occasions, key=lambda k: (-kinds[k], k in parts))
        refs = [t for t in generic if main_kind and kind_of[t.lower_] == main_kind]
        away = [t for t in refs if self._dated_away(t)]  # "the Dushanbe summit in September 2021": another edition
        refs = [t for t in refs if t not in away]
        nouns = Counter(t.lower_ for t in refs)
        main_noun = next((n for n in [*lex["event_kinds"].get(main_kind, []), *(sorted(act_words) if main_kind == "ceremony"
                                                                               else [])] if n in nouns), None)
        ref_sents = {t.sent.start for t in refs}
        lead_sents = {x.start for x in self._lead_sentences()}

        def own(m: Mention) -> bool:  # not another summit named in passing: "due to address the X Summit of Y"
            return (toks[m.start].sent.start in ref_sents | lead_sents
                    or bool(headline) and headline[0] <= m.start_char < headline[1]) and not _cut_name(self.doc, m) \
                and not self._named_away(m)

        main_named = next((m for m in named if m.text.split()[-1].lower() == main_noun and own(m)), None)
        # a catalogued edition of the article's kind named before that name is the article's own ("the 43rd ASEAN
        # Summit" ... "chaired the ASEAN-China summit"): the uncatalogued name after it is a side meeting
        first_kin = next((m for m in series if self._series_kind(m.ref_id) == main_kind and own(m)), None)
        if main_named is not None and first_kin is not None and first_kin.start < main_named.start \
                and not (nouns[main_noun] >= 2 and self._edition_apart(first_kin.ref_id)):
            main_named = first_kin
        called = next((m for m in named if self._called_anywhere(m, refs)), None) or self._called_name(refs, named) \
            or self._appositive_name(refs, named) \
            or (_apposed(refs, named) if main_kind == "clash" else None)
        main_named = called or main_named  # "The ten-day drill, called X, began on Friday": X is its name
        if main_named is None and main_noun in lex["strike_nouns"]:  # "the raid, which the army called Operation X"
            ops = [m for m in named if m.category == "operation" or m.text.startswith("Operation ")]
            main_named = next((m for m in ops if own(m)), ops[0] if ops else None)
        if main_named is None and refs:  # "IDEX 2025" ... "the show": a name with a year or capitals
            beside = [m for m in named if toks[m.start].sent.start in ref_sents
                      and (re.search(r"\b(1[89]|20)\d\d$", m.text) or m.text.split()[0].isupper())
                      and not (m.start > 0 and kind_of.get(toks[m.start - 1].lower_))]  # "the naval show NAVDEX"
            edition = [m for m in named if main_kind == "exercise" and re.search(r"\s(?:(?:1[89]|20)\d\d|[0-4]\d)$", m.text) and own(m)
                       and edition_stem(m.text)]  # "Southern Anchor 26" of the headline or the lead
            main_named = beside[0] if beside else edition[0] if edition else None
        if main_named is not None and not main_named.ref_id and edition_stem(main_named.text) is None:
            edition = next((m for m in named if edition_stem(m.text) == main_named.text), None)
            main_named = edition or main_named  # "Falcon" ... "Falcon LXV": the edition's own name
        if main_named is None and refs:  # "wrapped up Freedom Edge ... the drill": a name the lead acts on
            main_named = next((m for m in named if m.text in self._acted_on and own(m)), None)
        # a catalogued edition dated months away from the report ("since the Camp David summit last August")
        # is another gathering the article looks back on, not its own, where the article calls its own by
        # one noun more than once ("the summit" ... "the summit"): that one goes by the article's nouns
        kin = [m for m in series if self._series_kind(m.ref_id) == main_kind
               and not (nouns[main_noun] >= 2 and self._edition_apart(m.ref_id))]
        body = [m for m in kin if not (headline and headline[0] <= m.start_char < headline[1])]
        if main_named is None and (body or kin):  # "Eurosatory" ... "the show": the first catalogued recurring
            marked = [m for m in body or kin if edition_marks(m.text) != (None, None)]  # "Malabar 2020"
            titled = [m for m in kin if m not in body and edition_marks(m.text) != (None, None)]
            main_named = (titled or marked or body or kin)[0]  # the edition the headline names, else the prose's
        first_ref_end = min((t.sent.end for t in refs), default=len(self.doc))
        if main_named is None:  # "International Defence Exhibition and Conference" ... "the fair"
            main_named = next((m for m in named if any(kind_of.get(w.lower()) == main_kind for w in m.text.split())
                               and not _cut_name(self.doc, m) and not self._named_away(m)
                               and (m.start < first_ref_end or bare.get(id(m), m.text) in self.doc[:first_ref_end].text)
                               # not "the X Forum" opened after the article's summit (a name written there
                               # in quotes, 'the "Black Lion" label', is named there)
                               and ((m.start, m.end) not in self._runs or own(m))), None)
        if main_named is not None and holiday(main_named.text):
            main_named = None  # "by New Year's Eve": a date; "the Navy Day parade" is named by its noun below
        what = bare.get(id(main_named), main_named.text) if main_named is not None else None
        celebrated: Mention | None = None  # "X celebrated its 34th Independence Day": the day the occasion marks
        marks = edition_marks(main_named.text) if main_named is not None and main_named.ref_id else (None, None)
        if main_named is not None and main_named.ref_id:  # a catalogued series by its own name: "Airshow China"
            what = self.ref.get(main_named.ref_id).name
        day_forms: list[Mention] = []  # "the annual Pakistan Day march": the named day's event as the text writes it
        if what is None and main_noun:
            day_forms = [m for m in named if m.text.endswith("Day") and self._day_event(m, main_kind, kind_of)]
            day = next((m.text for m in named if m.text.endswith("Day") and (
                toks[m.start].sent.start in ref_sents and not before_it(self.doc, m) or m in day_forms)), None)
            celebrated = self._celebrated_day(named, kind_of, main_kind) \
                if day is None and main_kind in lex["day_occasion_kinds"] else None
            if celebrated is not None:  # "marked its 34th Independence Day" ... "a street parade"
                day = celebrated.text
            first = next(t for t in refs if t.lower_ == main_noun)
            skip = own_words(first, self.mentions) if main_kind in lex["bare_named_kinds"] else set()
            what = f"{day} {main_noun}" if day else self._event_what(first, skip=skip)
        main = None
        if what and main_named is None and main_kind == "ceremony" and self._purchase_signing(refs, headline):
            what = None  # a contract for goods signed at a ceremony: the writers keep no Event of it (optional at most)
        if what and main_named is None and main_kind == "ceremony" and self._signing_ceremony(refs, headline):
            what = "signing ceremony"  # a contract signed "at the ceremony": an occasion of its own (fresh29's writers)
        if what:
            dated = f"{what} {marks[0]}" if marks[0] else what  # "Malabar 2020": a date of that year
            date = self._event_date(dated, [toks[m.start].sent for m in named + kin if main_named is not None
                                            and _same_edition(m, main_named, self.doc) and not before_it(self.doc, m)]
                                    + [toks[m.start].sent for m in day_forms if what.startswith(m.text)]
                                    + ([toks[celebrated.start].sent] if celebrated is not None else [])
                                    + [toks[t.i].sent for t in refs if not _introduced(t, main_named)
                                       and not _calendar_ref(t)])
            if date is not None and not marks[0] and main_named is not None and main_named.ref_id \
                    and not self._near_publication(date):  # "Malabar began in 1992": the series, not this edition
                date = None
            if date is None:  # the article's event is the news of its lead: "... began on Tuesday"
                date = self._event_date(dated, self._lead_sentences())
            if date is None and main_named is not None and main_named.ref_id and not marks[0]:
                date = self._occasion_of(kin or [main_named])  # "announced it on the sidelines of the show"
            if main_named is None and main_kind in lex["clause_dated_kinds"]:
                told, later = self._told_date()  # "the jet went down on Wednesday near X": that day, not the report's
                date = told or (None if later else date)  # "on Thursday, a week after ... crash": no date
            name, venue = what, None
            year = re.search(r"(?<!\d)(1[89]|20)\d\d(?!\d)", what)  # "Joint Sword-2024A" has its year
            if marks[0] and not year:
                name = f"{what} {marks[0]}"
            elif main_named is not None and not year and date and main_kind in lex["recurring_event_kinds"] \
                    and main_kind != "clash" \
                    and not _numbered_edition(what) and edition_marks(what)[0] is None:  # not "Aurora 23 2023"  # "47th ASEAN Summit", "Mosi II": already one edition
                name = f"{what} {date[:4]}"  # "Paris Air Show 2025"
            elif main_named is None and main_kind in lex["recurring_event_kinds"]:
                where = self._event_place(refs, loose=main_kind not in lex["named_place_only_kinds"])
                venue = where if where and where not in what else None
                name = ", ".join(x for x in (what, venue, date and date.split("/")[0]) if x)  # named by the day it began
            wars = [t for t in generic if kind_of[t.lower_] in {"war", "clash"}]  # "war between Israel and Iran"
            war = self._catalogued_war(wars, date) if main_named is None and main_kind == "clash" else None
            own_noun = main_noun in lex["own_clash_nouns"]
            if war is not None and own_noun and main_noun not in war.name.lower():
                war = None  # "the battle began", "the mutiny" in an article naming the war: a part, not the war
            coup = self._catalogued_coup(main_noun, date) if war is None and own_noun and main_named is None else None
            if coup is not None:  # "the coup": the catalogued coup of that state and day, still the article's event
                name, date, venue = coup.name, coup.props.get("date") or date, None
            main = self.entity("Event", war.name, war.id) if war is not None else self.entity("Event", name)
            if war is None and venue and main.name == name:
                main.venue = venue
            if main_named is None and war is None and coup is None:
                self._unnamed = main
            if coup is not None:
                main.aliases |= {coup.name, *coup.aliases}
            for t in wars if war is not None and main_noun != "war" else []:  # "the war between A and B" names it too
                if kind_of[t.lower_] == "war" and _side_preps(t):
                    m = Mention(t.i, t.i + 1, t.idx, t.idx + len(t.text), t.text, "Event", "coref")
                    self.mentions.append(m)
                    main.add(m)
            main.aliases.add(what)
            if main_named is None and main_kind == "ceremony" and self._signed_at(refs):
                # "The signing took place at ...": the text's own noun for the occasion
                main.aliases |= {t.lower_ for t in self.doc if t.lower_ in lex["signing_ceremony"]["nouns"]
                                 and t.pos_ == "NOUN"}
            main.aliases |= {doc_text(self.doc)[m.start_char:toks[m.end].idx + len(toks[m.end].text)]
                             for m in day_forms if what.startswith(m.text)}  # "Pakistan Day march"
            if celebrated is not None:  # "Independence Day", "34th Independence Day": the day's forms name it
                main.aliases |= self._day_forms(celebrated, named)
            if marks != (None, None):  # "Malabar 2020", "Ninth Summit of the Americas" / "9th Summit of the Americas"
                main.aliases |= edition_aliases(bare.get(id(main_named), main_named.text), what)
            main.props["kind"] = main_kind
            edition = self._edition(what, main_named.text if main_named is not None else None,
                                    self._event_place(refs, loose=main_kind not in lex["named_place_only_kinds"]), date)
            if edition is not None:  # "2024 SCO summit": the catalogued edition's names, and its date
                main.aliases |= {edition.name, *edition.aliases}
                date = date or edition.props.get("date")
            if date and not (war is not None and war.props.get("date")):  # a catalogued war keeps its dates
                main.props["date"] = date
        chosen = main_named.ref_id if main is not None and main_named is not None and main_named.ref_id else None
        others = []
        for m in mentions:
            other = edition_marks(m.text)  # "RIMPAC 2022" in an article about RIMPAC 2024: another edition
            same = m.ref_id == chosen and not any(x and y and x != y for x, y in zip(other, marks, strict=True))
            if m.ref_id and main is not None and (same or m.ref_id != chosen and re.match(rf"{re.escape(m.text)}\b", what)):
                main.add(m)
                main.aliases |= set(self.ref.get(m.ref_id).surfaces())
            elif m.ref_id and main is not None and self._called(m, refs):  # "the exercise used to be called X"
                main.add(m)
                main.aliases.add(m.text)
            elif m.ref_id:
                others.append(m)
        self._series_mentions(others, chosen)
        self._other_events(generic, main_kind, kind_of)
        self._signing(main, main_kind)
        self._described_wars(main, {t.i for t in refs} if main is not None else set())
        self._described_state_events(main)
        self._described_strikes({t.i for t in refs} if main is not None else set())
        for m in named:
            if main is not None and m.text in what and not chosen:  # "Victory Day" in "Victory Day parade"
                main.add(m)
            elif holiday(m.text):
                continue  # "on Victory Day", "by New Year's Eve": a day of the calendar, no event of the graph
            else:
                entity = self.entity("Event", bare.get(id(m), m.text))
                entity.add(m)
                entity.aliases.add(m.text)
                if (m.start, m.end) in self._runs:  # "the Steppe Eagle exercise": the kind of its noun
                    entity.props.setdefault("kind", kind_of[self.doc[m.end - 1].lower_])
                if "date" not in entity.props:
                    date = self._event_date(m.text, [toks[m.start].sent])
                    if date:
                        entity.props["date"] = date
        if main is None:
            return
        main_where = self._event_place(refs, loose=main_kind not in lex["named_place_only_kinds"]) \
            if main_kind in lex["recurring_event_kinds"] else None
        for t in away:
            left = [c for c in t.lefts if c.dep_ in {"compound", "amod", "nummod"} and not c.is_punct]
            span = self.doc[min([t.i, *(c.i for c in left)]):t.i + 1]
            elsewhere = self._held_elsewhere(t, left, main_where or "\0", main.name)
            if elsewhere is not None:
                m = Mention(span.start, span.end, span.start_char, span.end_char, span.text, "Event", "coref")
                self.mentions.append(m)
                elsewhere.add(m)
        weak = set(lex["weak_event_nouns"])
        for t in refs:
            if self._another_of_kind(t, main_named, main):
                continue  # "jets taking part in a live-fire exercise of A and B" beside the named exercise
            if t.lower_ in weak and main_noun not in weak and (main_named is not None or war is not None
                                                                or main_noun in lex["strike_nouns"]):
                continue  # "the Russian assault" in an article on the war it names, "the attack" beside "the
                #           strike": a part, or the other side's, not the article's own event
            left = [c for c in t.lefts if c.dep_ in {"compound", "amod", "nummod"} and not c.is_punct]
            taken = own_words(t, self.mentions) if main_kind in lex["bare_named_kinds"] else set()
            left = [c for c in left if c.i > max(taken, default=-1)]  # "the Russian Su-34 crash": "crash"
            start = min([t.i, *(c.i for c in left)])
            span = self.doc[start:t.i + 1]
            m = Mention(span.start, span.end, span.start_char, span.end_char, span.text, "Event", "coref")
            self.mentions.append(m)
            elsewhere = self._held_elsewhere(t, left, main_where, main.name)
            if elsewhere is not None:  # "NATO's Washington summit" in an article about the Vilnius one
                elsewhere.add(m)
                continue
            main.add(m)
            main.aliases.add(t.text)
            main.aliases |= self._of_phrase(t)
            whole = [x for x in t.subtree if x.i <= t.i and x.dep_ != "det"]  # "the 2024 leaders' summit"
            if whole and any(_YEAR_WORD.fullmatch(x.text) for x in whole) and whole[-1].i - whole[0].i == len(whole) - 1:
                main.aliases.add(self.doc[whole[0].i:t.i + 1].text)
                edition = _EDITION_BEFORE.match(self.doc[whole[0].i:t.i + 1].text)
                if edition is not None:  # "the Fire Shield 2022 live-fire exercise": its name, "Fire Shield 2022"
                    main.aliases.add(edition.group(1))
            written = _as_written(t) if not taken else None
            if written:  # "Friday's ceremony", "the two-day gathering", "this year's forum"
                self._written.append((main, written))
        if main_named is not None and main_kind in lex["other_edition_refs"]["kinds"]:
            self._other_editions(main, what, main_kind)
        if celebrated is not None:  # "the flypast closed the ceremony": the day's other occasion nouns, one event
            for t in generic:  # "flew over the gathering": a bare word for any occasion is the day's too
                if (kind_of[t.lower_] in lex["day_occasion_kinds"] or t.lower_ in lex["day_occasion_words"]
                        and not any(p.dep_ == "prep" and p.lower_ == "of" for p in t.children)) \
                        and kind_of[t.lower_] != main_kind \
                        and not self._dated_away(t) and not any(c.dep_ in {"compound", "poss"} for c in t.lefts):
                    m = Mention(t.i, t.i + 1, t.idx, t.idx + len(t.text), t.text, "Event", "coref")
                    self.mentions.append(m)
                    main.add(m)
        for t in (toks[i] for i, w in enumerate(lowers(self.doc)) if w == "event"):
            if t.lower_ == "event" and t.i > 0 and toks[t.i - 1].lower_ == "the":
                m = Mention(t.i, t.i + 1, t.idx, t.idx + len(t.text), t.text, "Event", "coref")
                self.mentions.append(m)
                # the unnamed ceremony takes only its own nouns: "the event" beside a named show is the show
                near = self._named_event_near(t, named) if main_named is None and main_kind == "ceremony" else None
                (near or main).add(m)
                main.aliases.discard("event")
                if near is not None:
                    near.aliases.discard("event")

    def _other_editions(self, main: Entity, what: str, kind: str) -> None:
        """Another edition of the article's named series told without its name ("last year's edition", "the
        previous ADEX, held in October 2021", "the inaugural summit ... in 2019"): the series' edition of
        that year, an event of its own (``other_editions``); its reference leaves the article's edition."""
        found = _YEAR_WORD.search(main.name) or _YEAR_WORD.match(str(main.props.get("date") or ""))
        series = re.sub(r"\s*-?(?:1[89]|20)\d\d\b", "", what).strip()
        if len(series.split()) > 1 and ordinal(series.split()[0]) is not None:  # "76th Republic Day parade"
            series = series.split(" ", 1)[1]
        if found is None or not series:
            return
        own = int(found.group(0))
        nouns = set(lexicon()["event_kinds"].get(kind, []))
        bare = series.split()
        while len(bare) > 1 and bare[0].lower() in nouns | {"exercise"}:  # "Exercise Coral Shield": "Coral Shield"
            bare = bare[1:]
        heads = nouns | {w for w in [*main.aliases, series, " ".join(bare)] if w[:1].isupper() and not _YEAR_WORD.search(w)}
        mine = {id(m) for m in main.mentions}
        taken = {i for m in self.mentions if m.label == "Event" and id(m) not in mine for i in m.tokens()}
        for ref in other_editions(self.doc, own, heads, taken):
            sent = self.doc[ref.start].sent
            if any(m.label == "Event" and id(m) not in mine and sent.start <= m.start < sent.end
                   and str(ref.year) in m.text for m in self.mentions):
                continue  # "Last year's edition, Birlik-2024": named there
            entry = self._edition(series, None, None, str(ref.year))
            entity = self.entity("Event", entry.name, entry.id) if entry is not None \
                else self.entity("Event", f"{series} {ref.year}")
            span = self.doc[ref.start:ref.end]
            gone = [m for m in main.mentions if m.start < ref.end and ref.start < m.end]
            main.mentions = [m for m in main.mentions if m not in gone]
            for g in gone:  # "the first Mosi": the series' name, of the edition it is told of (no alias of it)
                g.entity = entity.id
                entity.mentions.append(g)
            marker = self.doc[ref.start].lower_
            kept = {m.text for m in main.mentions}
            main.aliases -= {m.text for m in gone if m.text not in kept} | {a for a in main.aliases if a.split()[0].lower() in {
                marker, numbered(ordinal(marker)) if ordinal(marker) else marker}}
            m = Mention(span.start, span.end, span.start_char, span.end_char, span.text, "Event", "coref")
            self.mentions.append(m)
            entity.add(m)
            entity.aliases.add(ref.written)
            entity.props.setdefault("kind", kind)
            self._told_editions.add(entity.id)
            date = self._event_date(entity.name, [span.sent])
            if date and date.startswith(str(ref.year)) and "date" not in entity.props:
                entity.props["date"] = date

    def _named_event_near(self, t, named: list[Mention]):
        """The one named event of the article told in ``t``'s sentence or the one before (``named``: the
        named event mentions), else None."""
        sents = {t.sent.start} | ({self.doc[t.sent.start - 1].sent.start} if t.sent.start > 0 else set())
        found = {m.entity for m in named if self.doc[m.start].sent.start in sents and m.entity in self.entities
                 and self.entities[m.entity].label == "Event"}
        return self.entities[found.pop()] if len(found) == 1 else None

    def _celebrated_day(self, named: list[Mention], kind_of: dict[str, str], kind: str | None) -> Mention | None:
        """The one named day the article's unnamed parade or ceremony marks, written apart from its nouns:
        the object of a verb of marking ("Kazakhstan celebrated its 34th Independence Day", "as it marks
        Army Day"), the day a display or an occasion is held on ("unveiled the jets on Air Force Day", "a
        parade on Republic Day"), or what an occasion is for ("celebrations for the 75th National Day").
        A day said in passing ("said on Victory Day", "ahead of Victory Day") is none; two days, none. An
        occasion noun that holds the day is of the article's ``kind`` (None: no noun counts): "the Pakistan
        Day parade" in an article about an induction ceremony is another event."""
        lex = lexicon()
        verbs = set(lex["day_marking_verbs"])

        def occasion(t) -> bool:
            return kind is not None and kind_of.get(t.lower_) == kind and t.pos_ == "NOUN"

        def marking(t) -> bool:  # "marked", "unveiled (the jets on Air Force Day)"
            return t.lemma_.lower() in verbs and t.pos_ == "VERB"

        found = []
        for m in self._written_days(named):
            if not holiday(m.text) or before_it(self.doc, m):
                continue
            day = self.doc[m.start:m.end].root
            head = day.head
            if day.dep_ in {"dobj", "nsubjpass"} and marking(head) \
                    or day.dep_ == "compound" and occasion(head) \
                    or day.dep_ == "pobj" and head.dep_ == "prep" and (
                        head.lower_ == "on" and (marking(head.head) or occasion(head.head)
                                                 or head.head.dep_ == "dobj" and marking(head.head.head))
                        or head.lower_ in {"for", "of"} and (occasion(head.head)
                                                             or head.head.lower_ in lex["day_occasion_words"])):
                found.append(m)
        days = {_bare_day(m.text) for m in found}
        return min(found, key=lambda m: len(m.text)) if len(days) == 1 else None

    def _in_lead(self, m: Mention, headline) -> bool:
        """Whether a mention is in the headline or the lead sentences."""
        if headline and headline[0] <= m.start_char < headline[1]:
            return True
        return any(x.start <= m.start < x.end for x in self._lead_sentences())

    def _written_days(self, named: list[Mention]) -> list[Mention]:
        """Named days as the text writes them: the names ending in "Day", and capitalised words before a
        "Day" that no such name holds ("on Air Force Day", where "Air Force" may be read as a body)."""
        days = [m for m in named if m.text.endswith("Day")]
        for m in named:  # "National Day 2025": the day without its year
            if re.fullmatch(r".+ Day (?:1[89]|20)\d\d", m.text) and m.end - m.start > 2:
                span = self.doc[m.start:m.end - 1]
                days.append(Mention(m.start, m.end - 1, span.start_char, span.end_char, span.text, "Event", "day"))
        held = {i for m in days for i in m.tokens()}
        for t in tokens(self.doc):
            if t.text != "Day" or t.i in held:
                continue
            start = t.i
            while start > 0 and self.doc[start - 1].dep_ in {"compound", "amod", "nmod"} \
                    and self.doc[start - 1].head.i in range(start, t.i + 1) and self.doc[start - 1].text[:1].isupper() \
                    and self.doc[start - 1].is_alpha:
                start -= 1
            if start < t.i:
                span = self.doc[start:t.i + 1]
                days.append(Mention(start, t.i + 1, span.start_char, span.end_char, span.text, "Event", "day"))
        return days

    def _day_forms(self, day: Mention, named: list[Mention]) -> set[str]:
        """The forms a celebrated day is written in: "Independence Day", "34th Independence Day"."""
        forms = set()
        for m in self._written_days(named):
            if _bare_day(m.text) != _bare_day(day.text):
                continue
            forms |= {m.text, _bare_day(m.text)}
            if m.start > 0 and ordinal(self.doc[m.start - 1].text) is not None:
                forms.add(f"{self.doc[m.start - 1].text} {m.text}")
            if m.end < len(self.doc) and re.fullmatch(r"(?:1[89]|20)\d\d", self.doc[m.end].text):
                forms.add(f"{m.text} {self.doc[m.end].text}")  # "Army Day 2026"
        return forms

    def _day_event(self, m: Mention, kind: str | None, kind_of: dict[str, str]) -> bool:
        """Whether a named day is written with the article's kind of event right after it ("the Pakistan
        Day march", "the Navy Day parade"): that event is the day's."""
        if m.end >= len(self.doc):
            return False
        nxt = self.doc[m.end]
        return nxt.pos_ in {"NOUN", "PROPN"} and (kind is not None and kind_of.get(nxt.lower_) == kind
                                                  or nxt.lower_ in lexicon()["day_event_nouns"])

    def _another_of_kind(self, t, main_named: Mention | None, main) -> bool:
        """Whether an indefinite event noun owned by named bodies, after the first sentence ("a combined
        live-fire exercise of A and B"), brings in another event than the named one the article is
        about: not one describing the name ("X, a command post exercise", "X is an annual exercise"),
        nor in a sentence naming it."""
        if main_named is None or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children):
            return False
        owners = [o for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.subtree
                  if any(m.start <= o.i < m.end and m.label in {"GovernmentBody", "Country", "Organization", "Alliance"}
                         for m in self.mentions)]
        if not owners:  # "a maritime exercise with A and B" may be a phase of the named one; "of A and B" is theirs
            return False
        if t.dep_ in {"appos", "attr"} or t.i < self._lead_sentences()[0].end if self._lead_sentences() else False:
            return False
        return not any(x.start >= t.sent.start and x.end <= t.sent.end for x in main.mentions if x.source != "coref")

    def _signed_at(self, refs) -> bool:
        """Whether a sentence of the ceremony's references signs something ("signed the papers at the ceremony")."""
        lex = lexicon()["signing_ceremony"]
        return any(w.lower_ in lex["verbs"] or w.lower_ in lex["nouns"] for t in refs for w in t.sent)

    def _purchase_signing(self, refs, headline) -> bool:
        """Whether the article's unnamed ceremony is where a purchase was signed: its references are the bare
        "ceremony" of a signing (:meth:`_signing_ceremony`, :meth:`_signed_at`) and the headline or the lead signs
        for goods ("signs for 24 jets", "signed a contract for 96 helicopters", "a deal for four fighters": a
        signing verb or a contract's noun with "for" over a platform). The writers keep no Event of a contract's
        signing (an optional one at most); an accord between parties ("signed a peace agreement", states only
        signing "an agreement for the joint development of X": :meth:`_accord`) is one, and so is a ceremony the
        first "at a ceremony" of which hangs on another deed ("commissioned the frigate at a ceremony")."""
        lex = lexicon()["signing_ceremony"]
        if not refs or any(t.lower_ != "ceremony" or any(c.dep_ in {"compound", "amod", "nmod"} and c.lower_ not in
                                                          lex["nouns"] for c in t.lefts) for t in refs):
            return False
        if any(c.dep_ in {"acl", "relcl"} or c.dep_ == "prep" and c.lower_ in {"for", "of", "to"}
               for t in refs for c in t.rights):
            return False  # "the ceremony marking the anniversary of X": its own purpose (as _signing_ceremony)
        if any(w.lower_ in lex["own_purpose_words"] for t in refs for w in t.sent):
            return False  # "the ceremony was timed to coincide with the anniversary of X": a commemoration too
        if not (self._signing_ceremony(refs, headline) or self._signed_at(refs)):
            return False
        held = next((t.head.head for t in sorted(refs, key=lambda t: t.i) if t.dep_ == "pobj"
                     and t.head.lower_ in {"at", "during"}), None)
        if held is not None and (held.lemma_.lower() in lex["ceremony_deeds"] or held.lower_ in lex["ceremony_deeds"]):
            return False  # "commissioned the frigate at a ceremony ... also signed a contract": the ceremony's own deed
        platforms = {i for m in self.mentions if m.label == "Platform" for i in range(m.start, m.end)}
        spans = list(self._lead_sentences())
        if headline:
            spans.append(self.doc.char_span(headline[0], headline[1], alignment_mode="expand") or [])
        heads = set(lex["verbs"]) | set(lex["purchase_documents"])
        return any((t.lemma_.lower() in heads or t.lower_ in heads) and c.dep_ == "prep" and c.lower_ == "for"
                   and any(w.i in platforms for w in c.subtree) and not self._accord(t)
                   for sp in spans for t in sp for c in t.rights)

    def _accord(self, t) -> bool:
        """Whether the signing ``t`` (a signing verb, or a document it signs) is an accord between states: its
        signatories (the signing verb's subject and the subjects joined to it) name two or more states and no firm
        or other body ("Britain, Japan and Italy signed an agreement for the joint development of X")."""
        verb = t.head if t.pos_ != "VERB" and t.dep_ in {"dobj", "nsubjpass"} else t
        subjects = [s for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for s in (c, *c.conjuncts)]
        labels = [next((m.label for m in self.mentions if m.start <= s.i < m.end), None) for s in subjects]
        return len(subjects) >= 2 and all(label == "Country" for label in labels)

    def _signing_ceremony(self, refs, headline) -> bool:
        """Whether the article's unnamed ceremony is where a deal was signed (its event is then the "signing
        ceremony", its signatories and witnesses the participants): its headline or lead
        reports a signing as its news (a root verb "signs deal", a subject "The signing took place at ...") and no reference gives the
        ceremony another purpose ("handover", "the commissioning ceremony")."""
        lex = lexicon()["signing_ceremony"]
        if any(t.lower_ != "ceremony" or any(c.dep_ in {"compound", "amod", "nmod"} and c.lower_ not in lex["nouns"]
                                             for c in t.lefts) for t in refs):
            return False
        if any(c.dep_ in {"acl", "relcl"} or c.dep_ == "prep" and c.lower_ in {"for", "of", "to"}
               for t in refs for c in t.rights):
            return False  # "the ceremony marking the anniversary of X", "a ceremony for the new base": its own purpose
        spans = list(self._lead_sentences())
        if headline:
            spans.append(self.doc.char_span(headline[0], headline[1], alignment_mode="expand") or [])
        return any((t.lemma_.lower() in lex["verbs"] or t.lower_ in lex["verbs"]) and t.dep_ == "ROOT"
                   or t.lower_ in lex["nouns"] and t.dep_ in {"nsubj", "nsubjpass"} for sp in spans for t in sp)

    def _series_mentions(self, mentions: list[Mention], chosen: str | None = None) -> None:
        """Catalogued events that are not the article's own. A recurring one ("Eurosatory") dated by
        its sentences is that year's edition, named as an article about it names it ("Eurosatory
        2024"), so two articles about one edition share one node; the mentions of a series the
        article dates to one year are all that edition; undated, the series itself. The series' own
        names go to one edition only: none where the article's own event (``chosen``) is of the
        series, else the latest the article names; an older one keeps its dated names ("RIMPAC 2022")."""
        by_ref: dict[str, list[Mention]] = {}
        for m in mentions:
            by_ref.setdefault(m.ref_id, []).append(m)
        for ref_id, group in by_ref.items():
            entry = self.ref.get(ref_id)
            kind = self._series_kind(ref_id)
            dates = [self._event_date(m.text, [self.doc[m.start].sent]) if kind and not self._time_apart(m) else None
                     for m in group]
            one_year = [d if d and (len(d.split("/")[0]) >= 7 and len({x[:4] for x in d.split("/") if x}) == 1
                                    or "/" not in d) else None for d in dates]  # not "since 2021"
            years = {d[:4] for d in one_year if d}
            named_year = re.search(r"\b(1[89]|20)\d\d\b", entry.name)
            editions = [y for y in (edition_marks(m.text)[0] for m in group) if y]
            made: list[tuple[Entity, Mention, bool]] = []  # (edition, mention, whether it may take the series' names)
            for m, date, dated in zip(group, dates, one_year, strict=True):
                year = dated[:4] if dated else (next(iter(years)) if len(years) == 1 and not date else None)
                named_as = edition_marks(m.text)[0]  # "Steadfast Defender 24": that year's edition
                if not named_as and editions:  # "RIMPAC 2024 ... RIMPAC was first held in 1971": the first edition
                    named_as, date, dated = editions[0], None, None
                if named_as and year != named_as:
                    year = named_as
                    date = dated = self._event_date(f"{m.text} {named_as}", [self.doc[m.start].sent])
                if kind and year and not named_year:
                    entity = self.entity("Event", f"{entry.name} {year}")
                    made.append((entity, m, bool(named_as)))
                    entity.props["kind"] = kind
                    date = dated or next((d for d in one_year if d and d.startswith(year)), None)
                else:
                    entity = self.entity("Event", m.text, ref_id)
                    if edition_marks(m.text)[1]:  # "the 18th East Asia Summit": undated, still one edition
                        entity.aliases |= edition_aliases(m.text, entry.name)
                entity.add(m)
                if date and "date" not in entity.props:  # "the DefExpo show in 2022"
                    entity.props["date"] = date
            self._edition_names(entry, made, ref_id == chosen)
            if kind and not any(dates) and not named_year and len(editions) == 0:
                self._occasion_dated(group)

    def _time_apart(self, m: Mention) -> bool:
        """Whether the sentence sets the event ``m`` names a span of time away from its own date: "a year
        after Joint Sword", "two months before Zapad", "weeks since RIMPAC" (the sentence's date is not
        the event's)."""
        lex = lexicon()["time_apart"]
        head = self.doc[m.start:m.end].root.head
        if head.lower_ not in lex["prepositions"] or head.i >= m.start:
            return False
        return any(t.lemma_.lower() in lex["spans"] for t in self.doc[max(head.sent.start, head.i - 3):head.i])

    @staticmethod
    def _edition_names(entry: RefEntity, made: list[tuple[Entity, Mention, bool]], own: bool) -> None:
        """The names of the editions :meth:`_series_mentions` made of one series: each its written
        edition name ("RIMPAC 2022", "Zapad-2021 drills"); the series' bare names ("RIMPAC", "Exercise
        RIMPAC") only the latest edition, where the article's own event is of no edition of it (``own``)
        and the text names one edition, or the latest of several: an older edition named in passing takes
        no name of the article's own, nor of the one it reports on."""
        years = sorted({e.name.rsplit(" ", 1)[-1] for e, _, _ in made})
        for entity, m, marked in made:
            latest = entity.name.rsplit(" ", 1)[-1] == years[-1]
            if not own and latest:
                entity.aliases |= set(entry.surfaces()) | edition_aliases(m.text, entry.name)
            elif marked:  # "RIMPAC 2022": its own written name
                entity.aliases |= edition_aliases(m.text, entry.name)

    def _occasion_of(self, group: list[Mention]) -> str | None:
        """The first date :func:`relations.time.occasion_date` gives a mention of ``group``."""
        from ..relations.time import occasion_date, published_of

        base = published_of(self.doc)
        return next((d for m in group if (d := occasion_date(self.doc[m.start:m.end], base))), None)

    def _occasion_dated(self, group: list[Mention]) -> None:
        """A catalogued recurring event no sentence dates, named as the occasion of the article's news
        ("announced it on the sidelines of the World Defense Show"): the month of that news
        (``relations.time.occasion_date``)."""
        from ..relations.time import occasion_date, published_of

        base = published_of(self.doc)
        for m in group:
            entity = self.entities.get(m.entity) if m.entity else None
            if entity is None or "date" in entity.props:
                continue
            found = occasion_date(self.doc[m.start:m.end], base)
            if found:
                entity.props["date"] = found

    def edition_names(self) -> None:
        """ "Farnborough Airshow 2024", "2024 Zhuhai Airshow": an edition named with a catalogued
        series' other name is called by the series' own name and its year ("Farnborough
        International Airshow 2024"), as an article naming the series alone calls it."""
        for entity in list(self.entities.values()):
            if entity.label != "Event" or entity.ref_id:
                continue
            found = re.fullmatch(r"(.+?)\s+((?:19|20)\d\d)|((?:19|20)\d\d)\s+(.+)", entity.name)
            if not found:
                continue
            stem, year = (found.group(1), found.group(2)) if found.group(1) else (found.group(4), found.group(3))
            entry = self.ref.find("Event", stem)
            if entry is None or not self._series_kind(entry.id) or re.search(r"\b(1[89]|20)\d\d\b", entry.name):
                continue
            name = f"{entry.name} {year}"
            new_id = make_id("Event", name)
            if new_id == entity.id:
                continue
            target = self.entities.get(new_id)
            if target is None:
                del self.entities[entity.id]
                entity.aliases.add(entity.name)
                entity.id, entity.name = new_id, name
                target = self.entities[new_id] = entity
                for m in entity.mentions:
                    m.entity = new_id
            else:
                for m in entity.mentions:
                    target.add(m)
                target.aliases |= entity.aliases | {entity.name}
                for k, v in entity.props.items():
                    target.props.setdefault(k, v)
                del self.entities[entity.id]
            target.aliases |= set(entry.surfaces())
            target.props.setdefault("kind", self._series_kind(entry.id))

    def _event_names(self) -> None:
        """Organisation-like names that are events, relabelled: a name headed by an event noun
        ("International Defence Exhibition", with its "and Conference"), a short name right after a
        generic event noun ("the naval show NAVDEX")."""
        toks = tokens(self.doc)
        lex = lexicon()
        heads = set(lex["event_name_heads"])
        kind_nouns = {n for nouns in lex["event_kinds"].values() for n in nouns}
        for m in self.mentions:  # "the Oslo-based Arctic Policy Forum": an institution, not an event
            if m.label in {"Event", "Place"} and not m.ref_id and self._institution(m):
                m.label = "Organization"
        for label in ("Organization", "Company", "Place"):
            for m in [m for m in self.mentions if m.label == label]:
                last = toks[m.end - 1]
                prev = toks[m.start - 1] if m.start > 0 else None
                named = last.lower_ in heads and label != "Place" and m.text[:1].isupper()
                after_noun = prev is not None and prev.pos_ == "NOUN" and prev.lower_ in kind_nouns \
                    and m.end - m.start <= 2 and (m.text.isupper() or prev.lower_ in heads)
                if m.ref_id or m.source not in {"ner", "context", "pattern"} or not (named or after_noun) \
                        or self._institution(m):
                    continue
                if named and label == "Organization" and self._org_described(m.text):
                    continue  # "a researcher at the Baltic Sea Security Forum, a Stockholm think tank"
                nxt = self.doc[m.end:m.end + 2]
                if len(nxt) == 2 and nxt[0].lower_ in {"and", "&"} and nxt[1].text[:1].isupper() \
                        and nxt[1].lower_ in heads | {"conference"}:  # "Exhibition and Conference"
                    m.end, m.end_char = nxt[1].i + 1, nxt[1].idx + len(nxt[1].text)
                    m.text = doc_text(self.doc)[m.start_char:m.end_char]
                m.label = "Event"
        for m in self.mentions:  # the NER's "event" that the text shows to be a body ("the Tromso-based X Forum")
            if m.label == "Event" and m.source in {"ner", "pattern"} and not m.ref_id and self._org_described(m.text):
                m.label = "Organization"
        for m in [m for m in self.mentions if m.label == "Event" and not m.ref_id]:
            self._hyphen_prefix(m)  # "the China-Central Asia Summit": not the "Central Asia Summit" of the EU
        self._acted_on = {m.text for m in self.mentions if m.source == "ner" and acted_on(self.doc, m)}
        events = {m.text for m in self.mentions if m.label == "Event"} | self._acted_on
        stems = {edition_stem(t) for t in events} - {None}
        for m in self.mentions:  # one sense per document: "the NAVDEX waterfront" once NAVDEX is the show
            if m.label not in {"Organization", "Company"} and not (m.label in {"Person", "Place"} and m.text in self._acted_on) \
                    or m.ref_id or m.source != "ner":
                continue
            if m.text in events or m.text in stems or edition_stem(m.text) in events:  # "Falcon LXV" beside "Falcon"
                m.label = "Event"

    def _hyphen_prefix(self, m: Mention) -> None:
        """Widen an event's name over the capitalised words a hyphen joins to its front ("China-" of
        "China-Central Asia Summit"), dropping the mentions inside the whole name."""
        doc, start = self.doc, m.start
        while start >= 2 and doc[start - 1].text in {"-", "\u2013"} and not doc[start - 1].whitespace_ \
                and not doc[start - 2].whitespace_ and doc[start - 2].text[:1].isupper():
            start -= 2
        if start == m.start:
            return
        m.start, m.start_char = start, doc[start].idx
        m.text = doc_text(doc)[m.start_char:m.end_char]
        self.mentions = [x for x in self.mentions if x is m or not (m.start <= x.start and x.end <= m.end)]

    def _named_away(self, m: Mention) -> bool:
        """ "the first China-Central Asia Summit in Xi'an in May 2023" in a 2025 article, outside its
        headline and lead: a named event dated, right after its name, by other years than the article's
        is another event than the article's own."""
        from ..relations.time import published_of

        published = published_of(self.doc)
        if published is None or any(x.start <= m.start < x.end for x in self._lead_sentences()):
            return False
        sent = self.doc[m.start].sent
        near = [w for w in self.doc[m.end:min(sent.end, m.end + 6)] if _YEAR_WORD.fullmatch(w.text)
                and not (w.i and self.doc[w.i - 1].lower_ in {"since", "from"})]  # "since 2019": still going on
        return bool(near) and all(int(w.text) != published.year for w in near)

    def _org_described(self, text: str) -> bool:
        """Whether the text shows a name to be an organisation's wherever it is written: a classifier
        ("X, a Stockholm think tank"), a base ("the Tromso-based X") or a person's affiliation ("a
        researcher at X")."""
        from ..mentions.shape import classified
        from ..mentions.shape import words as shape_words

        based = shape_words()["based_words"]
        affiliated = {k for k, v in lexicon()["person_titles"].items() if v.get("affiliated") == "organisation"}
        for m in (m for m in self.mentions if m.text == text):
            if classified(self.doc, m.start, m.end) == "Organization":
                return True
            i = m.start - 1
            if i >= 0 and self.doc[i].lower_ == "the":
                i -= 1
            if i >= 0 and self.doc[i].lower_ in based:
                return True
            if i >= 1 and self.doc[i].lower_ in {"at", "of", "with", "from"} \
                    and any(t.lower_ in affiliated for t in self.doc[max(0, i - 4):i]):
                return True
        return False

    def _institution(self, m: Mention) -> bool:
        """Whether a name headed by an event noun is an institution: "the Oslo-based X Forum", "the X
        Forum, a think tank in Oslo" (``institution_cues``), or where a person works ("a researcher at the
        X Forum", "X, who follows air power at the Y Forum": :func:`affiliation.person_affiliated`)."""
        if person_affiliated(self.doc, m, {i for x in self.mentions if x.label == "Person" for i in range(x.start, x.end)}):
            return True  # "X, who studies arms control at the Y Institute", "a consultant with the Y Forum"
        if m.label == "Place":
            return False
        cues = lexicon()["institution_cues"]
        i = m.start - 1
        if i >= 0 and self.doc[i].lower_ == "the":
            i -= 1
        if i >= 0 and any(self.doc[i].lower_.endswith(w) for w in cues["before"]):
            return True
        rest = doc_text(self.doc)[m.end_char:m.end_char + 80].lower()
        words = "|".join(re.escape(w) for w in cues["appositions"])
        return re.match(rf"\s*,\s*(an?|the)\s[^,.;()]*?\b({words})\b", rest) is not None

    def _dated_away(self, tok) -> bool:
        """ "the Dushanbe summit in September 2021" in a 2023 article: an event noun named by a city and
        dated, within a few words, by another year than the article's is another edition of its kind."""
        from ..relations.time import published_of

        published = published_of(self.doc)
        if published is None or not any(c.dep_ in {"compound", "nmod"} and any(
                m.label == "Place" and m.start <= c.i < m.end for m in self.mentions) for c in tok.lefts):
            return False
        sent_end = tok.sent.end
        near = [w for w in self.doc[max(tok.sent.start, tok.i - 3):min(sent_end, tok.i + 6)] if _YEAR_WORD.fullmatch(w.text)]
        return bool(near) and all(int(w.text) != published.year for w in near)

    def _held_elsewhere(self, tok, left, main_where: str | None, main_name: str):
        """The event of a recurring kind named by another city than the article's ("the Washington
        summit" beside the Vilnius one, "the G7 meeting in Hiroshima" beside a summit in Camp David):
        an event of its own, named by what (where) and when."""
        if not main_where:
            return None
        place = next((m for m in self.mentions if m.label == "Place" and any(m.start <= c.i < m.end for c in left)), None)
        owner = None
        if place is None:  # "the G7 meeting in Hiroshima": a body's gathering in another city
            owner = next((m for m in self.mentions if m.label in {"Alliance", "Organization"}
                          and any(m.start <= c.i < m.end for c in left if c.dep_ == "compound")), None)
            place = next((m for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                          for m in self.mentions if m.label == "Place" and m.start <= o.i < m.end), None) \
                if owner is not None and owner.text not in main_name else None
        if place is None:
            return None
        entry = self.ref.get(place.ref_id)
        city = entry.name if entry else place.text
        if fold(city) == fold(main_where) or fold(place.text) == fold(main_where) or place.text in main_name:
            return None
        what = f"{owner.text} {tok.lower_}" if owner is not None else f"{place.text} {tok.lower_}"
        date = self._month_before(tok) or self._event_date(what, [tok.sent])  # "its October summit ... Friday's"
        entity = self.entity("Event", ", ".join(x for x in (what, place.text if owner else None,
                                                          date and date.split("/")[0]) if x))
        if owner is not None and entity.venue is None:
            entity.venue = place.text
        entity.aliases.add(what)
        if owner is not None:
            entity.aliases.add(f"{what} in {place.text}")
        kind = next((k for k, nouns in lexicon()["event_kinds"].items() if tok.lower_ in nouns), None)
        if kind:
            entity.props["kind"] = kind
        if date:
            entity.props["date"] = date
            edition = self._edition(what, None, city, date)
            if edition is not None:
                entity.aliases |= {edition.name, *edition.aliases}
        return entity

    def _catalogued_coup(self, noun: str, date: str | None):
        """The catalogued coup an unnamed "the coup" of the article is: the one catalogued event of its
        noun's kind ("coup") whose only party the article names and whose dates cover the article's event."""
        if not date or noun not in lexicon()["coup_nouns"]:
            return None
        named = {m.ref_id for m in self.mentions if m.label == "Country" and m.ref_id}
        found = []
        for entry in self.ref:
            if entry.label != "Event" or "coup" not in entry.name.lower() or len(entry.parties) != 1:
                continue
            start, _, end = entry.props.get("date", "").partition("/")
            if not start or not start[:7] <= date[:7] <= (end or start)[:7]:
                continue
            if {e.id for e in self.ref.lookup(entry.parties[0])[:1]} & named:
                found.append(entry)
        return found[0] if len(found) == 1 else None

    def _catalogued_war(self, refs, date: str | None):
        """The catalogued war or conflict a generic "the fighting with India in May" refers to: the
        only catalogued war the article names whose dates cover the fighting's, else the only one
        whose sides include the states the fighting is "with"/"between"/"against", whose every side
        the article names, and whose dates cover the fighting's."""
        if not date:
            return None

        def covers(entry) -> bool:
            start, _, end = entry.props.get("date", "").partition("/")
            return bool(start) and start[:7] <= date[:7] and (not end or date[:7] <= end[:7])

        named_wars = {m.ref_id for m in self.mentions if m.label == "Event" and m.ref_id}
        wars = [e for e in (self.ref.get(i) for i in named_wars) if e is not None and e.parties and covers(e)]
        if len(wars) == 1:  # "the war between Israel and Iran ... the United States joined the fighting"
            return wars[0]
        sides: set[str] = set()
        for t in refs:
            for p in _side_preps(t):
                    for o in p.subtree:
                        m = next((x for x in self.mentions if x.start <= o.i < x.end and x.label == "Country"), None)
                        if m is not None and m.ref_id:
                            sides.add(m.ref_id)
        if not sides:
            return None
        named = {m.ref_id for m in self.mentions if m.ref_id}
        found = []
        for entry in self.ref:
            if entry.label != "Event" or len(entry.parties) < 2 or not entry.props.get("date"):
                continue
            parties = {e.id for name in entry.parties for e in self.ref.lookup(name)[:1]}
            if len(parties) == len(entry.parties) and sides <= parties and parties <= named and covers(entry):
                found.append(entry)  # every side named in the article, the fighting's month within the war's
        return found[0] if len(found) == 1 else None

    def _described_wars(self, main, own: set[int]) -> None:
        """A conflict the text describes by its sides ("Pakistan's four-day conflict with India", "the clashes of
        2021 between Kyrgyzstan and Tajikistan", "Russia and Georgia fought a five-day war": the subject of a verb of
        fighting, ``described_wars``), by its length alone ("the six-week war": a catalogued war lasting about that
        long) or by a year of its own ("the clashes of 2021"), or by its month alone ("the deadly fighting of
        September 2022"): the one catalogued war or conflict of those sides (of those, the one whose names hold the
        noun: "the summer counteroffensive of 2023") whose every side the article names and whose dates hold the
        phrase's one date or, for a phrase with none, the only one of those sides under way in the three years
        before the report (``_WAR_WINDOW``) and ended (a war still under way is left to the article's own rules:
        "its war with Russia" may be the invasion or the wider war); the phrase is a name of it. A reference of the
        article's own event (``own``) is none."""
        from ..relations.time import published_of, resolved_dates

        lex = lexicon()
        published = published_of(self.doc)
        covered = {i for x in self.mentions for i in x.tokens()}
        named = {m.ref_id for m in self.mentions if m.ref_id}
        war_nouns, toks = lex["described_war_nouns"], tokens(self.doc)
        for i in (i for i, w in enumerate(lowers(self.doc)) if w in war_nouns):  # (no Token per other word)
            tok = toks[i]
            if tok.pos_ != "NOUN" or tok.i in covered or tok.lower_ in {"war", "conflict"} and tok.tag_ == "NNS":
                continue
            sides = {m.ref_id for p in _side_preps(tok) for o in p.subtree for m in self.mentions
                     if m.start <= o.i < m.end and m.label == "Country" and m.ref_id}
            sides |= {m.ref_id for c in tok.children if c.dep_ == "poss" for m in self.mentions
                      if m.start <= c.i < m.end and m.label == "Country" and m.ref_id}
            verb = fought_by(tok)  # "Russia and Georgia fought a five-day war": its sides
            if verb is not None and fought_unreal(verb):
                continue  # "China and India could fight a four-week war": no war told, by sides or by length
            if verb is not None:
                sides |= {m.ref_id for w in fighters(verb) for m in self.mentions
                          if m.start <= w.i < m.end and m.label == "Country" and m.ref_id}
            phrase = self.doc[min(x.i for x in tok.subtree):max(x.i for x in tok.subtree) + 1]
            end = max(phrase.end, tok.head.i if tok.dep_ in {"nsubj", "nsubjpass"} else 0)  # up to its verb
            own = (phrase.start, end) if verb is None else (tok.left_edge.i, tok.i + 1)
            dates = {v for span, v in resolved_dates(tok.sent, published) if own[0] <= span.start < own[1]
                     or verb is not None and span.root.head.i == verb.i or verb is not None and span.root.head.head.i
                     == verb.i and span.root.head.dep_ == "prep"}  # "in May, A and B fought a conflict"
            dates |= {w.text for w in self.doc[own[0]:own[1]] if re.fullmatch(r"(1[89]|20)\d\d", w.text) and not any(
                d.startswith(w.text) for d in dates)}
            length = told_length(tok)  # "the six-week war": a war of that length
            own_year = tok.lower_ in lex["described_wars"]["year_nouns"] and any(
                _YEAR_WORD.fullmatch(w.text) and (w.head.i == tok.i or w.head.dep_ == "prep" and w.head.head.i == tok.i)
                for w in tok.subtree)  # "the clashes of 2021", "the 1971 war"
            if len(dates) > 1 or not sides and not any(len(d) >= 7 for d in dates) and not length \
                    and not (dates and own_year):
                continue  # "the clashes in 2021 and again in September 2022": two; "the fighting": whose?
            when = next(iter(dates), None)
            if tok.i in own and not (when and published is not None and int(when[:4]) < published.year):
                continue  # the article's own event ("the 24-hour offensive"), not one of another year
            found = []
            for entry in self.ref:
                if entry.label != "Event" or len(entry.parties) < 2 or not entry.props.get("date"):
                    continue
                parties = {e.id for name in entry.parties for e in self.ref.lookup(name)[:1]}
                start, _, end = entry.props["date"].partition("/")
                if len(parties) != len(entry.parties) or not sides <= parties or not parties <= named:
                    continue
                if length:
                    ok = length_fits(entry.props["date"], length) and (not when or _covers(start, end, when))
                elif when:
                    ok = _covers(start, end, when)
                elif published is not None:  # any conflict of those sides under way in the window counts
                    ok = start <= published.isoformat() and (not end or int(end[:4]) >= published.year - _WAR_WINDOW)
                else:
                    ok = False
                if ok:
                    found.append(entry)
            if len(found) > 1:  # "the summer counteroffensive of 2023": the one whose names hold the noun
                found = [e for e in found if tok.lower_ in {w for n in (e.name, *e.aliases)
                                                            for w in re.findall(r"[a-z]+", n.lower())}] or found
            if len(found) == 1 and not when and not found[0].props["date"].partition("/")[2]:
                continue  # a war still under way the text describes: the article's own rules name it
            if len(found) != 1 or main is not None and main.ref_id == found[0].id:
                continue
            if main is not None and not main.ref_id and main.props.get("kind") == "clash" and main.props.get("date") \
                    and published is not None and main.props["date"][:7] >= (published - timedelta(days=62)).isoformat()[:7] \
                    and _covers(*found[0].props["date"].partition("/")[::2], main.props["date"]):
                continue  # the article's own clash, of its news, is that war ("one-day offensive" ... "the fighting")
            self._name_described(tok, found[0])

    def _described_state_events(self, main) -> None:
        """A catalogued event of one party the text tells by its generic noun alone ("during the unrest in
        Almaty", "seized power in a coup", "the failed mutiny"; ``described_state_event_nouns``): the one
        catalogued event of a single party that the article names, whose names hold that noun ("2022 Kazakh
        unrest", "Wagner mutiny") and whose dates hold a date of the noun's phrase or sentence; with none there, for a
        noun of a recurring kind (protests: ``described_state_event_recurring``) the report is one of its days or of
        the days just after it (``described_state_event_fresh_days``), for another (a coup) the party is in the
        noun's own phrase ("Mali's second coup", "the mutiny by Wagner") and the event ended in the three years
        before the report (``_WAR_WINDOW``). Another state in the noun's phrase or its clause's subject ("students in Kenya
        staged protests") makes it that state's. The phrase is a name of it."""
        from ..relations.time import published_of, resolved_dates

        nouns = set(lexicon()["described_state_event_nouns"])
        published = published_of(self.doc)
        covered = {i for x in self.mentions for i in x.tokens()}
        named = {m.ref_id for m in self.mentions if m.ref_id}
        taken = {e.name for e in self.entities.values() if e.label == "Event" and not e.ref_id}
        # the article's own unnamed event is such an occurrence ("mutiny, Moscow"): "the revolt" is it, not another
        own = {w for a in (main.name, *main.aliases) for w in re.findall(r"[a-z]+", a.lower())} \
            if main is not None and not main.ref_id else set()
        if own & nouns:
            return
        toks = tokens(self.doc)
        for i in (i for i, w in enumerate(lowers(self.doc)) if w in nouns):  # (no Token per other word)
            tok = toks[i]
            if tok.pos_ != "NOUN" or tok.i in covered:
                continue
            phrase = self.doc[min(x.i for x in tok.subtree):max(x.i for x in tok.subtree) + 1]
            dated = resolved_dates(tok.sent, published)
            dates = {v for span, v in dated if phrase.start <= span.start < phrase.end} or {v for _, v in dated}
            states = self._states_of_noun(tok, phrase)
            found = [e for e in self.ref if self._state_event_of(e, tok.lower_, named, dates, published, states)]
            if len(found) != 1 or found[0].name in taken or main is not None and main.ref_id == found[0].id:
                continue
            self._name_described(tok, found[0])

    def _name_described(self, tok, entry) -> None:
        """The catalogued event ``entry`` a generic noun describes ("four-day conflict", "failed mutiny"): the noun
        with its modifiers is a mention of it and, if more than one word, a name of it; the event takes its dates.
        The bare noun ("the fighting", "the unrest") may name the article's own event: it is no alias of this one."""
        entity = self.entity("Event", entry.name, entry.id)
        left = [c.left_edge.i for c in tok.lefts if c.dep_ in {"compound", "amod", "nummod"} and not c.is_punct]
        span = self.doc[min([tok.i, *left]):tok.i + 1]  # "four-day conflict", "January 24 coup"
        m = Mention(span.start, span.end, span.start_char, span.end_char, span.text, "Event", "coref", entry.id)
        self.mentions.append(m)
        _add_apart(entity, m)
        if " " in span.text:
            entity.aliases.add(span.text)
        if entry.props.get("date"):
            entity.props.setdefault("date", entry.props["date"])

    def _states_of_noun(self, tok, phrase) -> set[str]:
        """The states (reference ids) named in a noun's own phrase ("protests in Kenya", "Mali's coup", "Kazakh
        unrest") or in the subject of its clause ("students in Kenya staged protests")."""
        verb = tok
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        spans = [(phrase.start, phrase.end)] + [(c.left_edge.i, c.right_edge.i + 1) for c in verb.children
                                                if c.dep_ in {"nsubj", "nsubjpass"} and c.i != tok.i
                                                and not c.left_edge.i <= tok.i <= c.right_edge.i]
        return {m.ref_id for m in self.mentions if m.label == "Country" and m.ref_id
                and any(a <= m.start < b for a, b in spans)}

    def _state_event_of(self, entry, noun: str, named: set[str], dates: set[str], published,
                        states: set[str]) -> bool:
        """Whether a catalogued entry is the one-party event a bare ``noun`` with these dates refers to, ``states``
        the states named in the noun's phrase or its clause's subject (``_states_of_noun``)."""
        if entry.label != "Event" or len(entry.parties) != 1 or not entry.props.get("date"):
            return False
        if noun not in {w for n in (entry.name, *entry.aliases) for w in re.findall(r"[a-z]+", n.lower())}:
            return False
        party = {e.id for e in self.ref.lookup(entry.parties[0])[:1]}
        if not party & named or states - party:
            return False  # no party of it in the article; another state's protests ("students in Kenya staged")
        start, _, end = entry.props["date"].partition("/")
        end = end or start
        if dates:
            return any(_covers(start, end, d) for d in dates)
        if published is None:
            return False
        lex = lexicon()
        if noun in lex["described_state_event_recurring"]:  # "the unrest", "the protests": only in its own days
            fresh = _date.fromisoformat(end[:10]) + timedelta(days=lex["described_state_event_fresh_days"]) \
                if len(end) >= 10 else None
            return fresh is not None and start <= published.isoformat() and published <= fresh
        return bool(states & party) and start <= published.isoformat() \
            and published.year - _WAR_WINDOW <= int(end[:4])  # "Mali's second coup", not "the coup"

    def _series_kind(self, ref_id: str) -> str | None:
        """The kind of a catalogued recurring event ("fair", "exercise"), else ``None``."""
        entry = self.ref.get(ref_id)
        kind = entry.props.get("kind") if entry is not None and entry.label == "Event" else None
        return kind if kind in lexicon()["recurring_event_kinds"] else None

    def _edition(self, what: str, named: str | None, where: str | None, date: str | None):
        """The catalogued edition of a recurring event: "2024 SCO summit" for the SCO summit of a
        2024 article, "2023 Vilnius summit" for a summit in Vilnius in 2023."""
        if not date:
            return None
        year = date[:4]
        noun = what.split()[-1]
        for key in (what, named, f"{where} {noun}" if where else None):
            entry = self.ref.find("Event", f"{year} {key}") if key else None
            if entry is not None and entry.props.get("kind"):
                return entry
        return None

    def _lead_ceremony_acts(self) -> list:
        """The verbs of the headline and the lead that tell a ceremony ("A and B launched the submarine X",
        "Minister opens ammunition plant": ``entities.ceremony_acts``)."""
        labels = {i: m.label for m in self.mentions for i in m.tokens()}
        headline = (self.doc.user_data.get("layout") or {}).get("headline")
        lead = [(s.start, s.end) for s in self._lead_sentences()]
        return [v for v in ceremony_acts(self.doc, labels.get)
                if headline and headline[0] <= v.idx < headline[1] or any(a <= v.i < b for a, b in lead)]

    def _act_noun_elsewhere(self, t) -> bool:
        """Whether a ceremony act's noun ("launch", "opening") names something else here: "the launch of a
        missile", "the opening of talks" (an "of" object that is no platform and no site)."""
        kinds = set(lexicon()["ceremony_act_objects"])
        platforms = {i: m for m in self.mentions if m.label == "Platform" for i in m.tokens()}
        objects = prep_objects(t, "of")
        if any(o.i not in platforms and o.lemma_.lower() not in kinds and not any(
                c.lemma_.lower() in kinds or c.i in platforms for c in o.children if c.dep_ in {"compound", "amod", "appos"})
                for o in objects):
            return True
        # "for the commissioning of the sister ship INS Y" in an article whose lead commissions INS X: another one
        lead = [(x.start, x.end) for x in self._lead_sentences()]
        headline = (self.doc.user_data.get("layout") or {}).get("headline") or (0, 0)
        verbs = [v for v in self.doc if act_lemma(v) and (headline[0] <= v.idx < headline[1] or any(
            a <= v.i < b for a, b in lead))]  # "India commissions INS X": its ship, whoever the subject
        acted = {platforms[c.i].text for v in verbs for o in v.children
                 if o.dep_ in {"dobj", "nsubjpass"} for c in o.subtree if c.i in platforms}
        named = {platforms[c.i].text for o in objects for c in o.subtree if c.i in platforms}
        for p in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "of" and not objects):
            # (an "of" the parser left bare: the words after it up to the clause's end)
            following = self.doc[p.i + 1:min(p.i + 9, p.sent.end)]
            phrase = next((following[:k] for k, w in enumerate(following) if w.is_punct), following)
            named |= {platforms[w.i].text for w in phrase if w.i in platforms}
        return bool(acted and named and not named & acted)

    def _lead_sentences(self) -> list:
        """The first sentences of the prose (``relations.time.lead_sentences``)."""
        from ..relations.time import lead_sentences

        return lead_sentences(self.doc)

    def _named_by_noun(self, kind_of: dict, headline) -> list[Mention]:
        """ "the DefExpo show", "the Eurosatory show": an event noun after a capitalised word that no
        mention covers is that event's name (two such shows in one article stay two events)."""
        toks = tokens(self.doc)
        covered = {i for x in self.mentions for i in x.tokens()}
        out = []
        self._runs: set[tuple[int, int]] = set()  # names read off the words before the noun: never the main by default
        for t in (toks[i] for i, w in enumerate(lowers(self.doc)) if kind_of.get(w)):  # (an event noun)
            if t.pos_ != "NOUN" or not kind_of.get(t.lower_) or t.i in covered or kind_of[t.lower_] == "war" \
                    or headline and headline[0] <= t.idx < headline[1]:
                continue
            run = self._name_run(t, covered)
            if run is not None:  # "the China-Central Asia summit", "the Steppe Eagle exercise"
                self._runs.add((run.start, run.end))
                m = Mention(run.start, run.end, run.start_char, run.end_char, run.text, "Event", "context")
                self.mentions = [x for x in self.mentions if not (run.start <= x.start and x.end <= run.end)]
                self.mentions.append(m)  # the relation rules read it (its parts are no longer mentions of their own)
                out.append(m)
                continue
            names = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i not in covered
                     and c.text[:1].isupper() and c.i == t.i - 1 and not _calendar_word(c.text)]
            acronym = [] if names else self._acronym_name(t, covered)
            if acronym:  # "the SIAF international air show": an acronym before the noun's plain modifiers
                span = self.doc[acronym[0].i:t.i + 1]
                m = Mention(span.start, span.end, span.start_char, span.end_char, span.text, "Event", "context")
                self.mentions = [x for x in self.mentions if not (span.start <= x.start and x.end <= span.end)]
                self.mentions.append(m)
                out.append(m)
                continue
            if not names or self.doc[names[0].i - 1].pos_ == "PROPN" and self.doc[names[0].i - 1].i not in covered:
                continue  # a longer unrecognised name is the NER's business
            first = names[0].i
            while first >= 2 and toks[first - 1].text in {"-", "\u2013"} and toks[first - 2].pos_ == "PROPN" \
                    and not toks[first - 1].whitespace_ and not toks[first - 2].whitespace_:
                first -= 2  # "the Russia-Africa summit": the states the name pairs are part of it
            span = self.doc[first:t.i + 1]
            out.append(Mention(span.start, span.end, span.start_char, span.end_char, span.text, "Event", "context"))
        return out

    def _acronym_name(self, t, covered: set[int]) -> list:
        """The acronym that names the event noun ``t`` across its lower-case modifiers ("the SIAF
        international air show", "the MAKS aviation salon"): ``[token]`` or ``[]``."""
        doc = self.doc
        first = next((c for c in t.lefts if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"), None)
        if first is None or not (first.text.isupper() and first.is_alpha and 3 <= len(first.text) <= 8) \
                or first.i > 0 and doc[first.i - 1].pos_ == "PROPN":
            return []
        own = [m for m in self.mentions if m.start <= first.i < m.end]
        if first.i in covered and not all(m.start == m.end - 1 and m.source == "ner" and not m.ref_id
                                           and m.label in {"Organization", "Company", "Person"} for m in own):
            return []  # (an uncatalogued one-word name the NER guessed at is the event's own)
        between = doc[first.i + 1:t.i]
        if len(between) > 3 or not all(w.is_lower and w.pos_ in {"ADJ", "NOUN"} and w.i not in covered
                                       and (w.head.i == t.i or w.head.head.i == t.i) for w in between):
            return []
        return [first]

    def _name_run(self, t, covered: set[int]):
        """The capitalised words right before an event noun that name it, where the NER left them: a
        pair or a list of parties joined by hyphens ("the China-Central Asia summit", "the Russia-Africa
        summit"; its parts may be known places or states) or two or three unknown capitalised words after
        a determiner ("the Steppe Eagle exercise", a code name). ``None`` for anything else."""
        doc = self.doc
        j, hyphens = t.i - 1, 0
        while j >= 0:
            w = doc[j]
            if w.text in {"-", "\u2013"} and j >= 1 and not w.whitespace_ and not doc[j - 1].whitespace_ \
                    and doc[j - 1].text[:1].isupper():
                hyphens += 1
                j -= 1
                continue
            if w.text[:1].isupper() and w.pos_ == "PROPN" and not _calendar_word(w.text) and not w.is_sent_start:
                j -= 1
                continue
            break
        start = j + 1
        if start >= t.i or doc[start].text in {"-", "\u2013"}:
            return None
        words = doc[start:t.i]
        mentioned = [m for m in self.mentions if m.start < t.i and m.end > start]
        if any(m.start < start or m.end > t.i or m.label not in {"Country", "Place", "Alliance"} for m in mentioned):
            return None  # a longer name, or a body's ("the Air Force exercise")
        if hyphens and sum(m.label == "Country" for m in mentioned) >= 2:
            return None  # "the South Korea-Japan-China summit": the states' own (events._named_parties)
        if hyphens:
            parts = " ".join(doc_text(doc)[words.start_char:words.end_char].replace("\u2013", "-").split("-"))
            if len(parts.split()) > 6:
                return None
            return doc[start:t.i + 1]
        if mentioned or len(words) < 2 or len(words) > 3 or any(i in covered for i in range(start, t.i)):
            return None
        before = doc[start - 1] if start > 0 else None
        if before is None or before.lower_ not in {"the", "a", "an", "its", "their", "this", "that", "annual"}:
            return None
        return doc[start:t.i + 1]

    def _other_events(self, generic, main_kind, kind_of) -> None:
        """ "a summit of the Collective Security Treaty Organization" in an article about a state
        visit: an event of another kind, owned by a named body, is an event of its own ("CSTO
        summit, Astana, 2024-11-28"); its own kind's name is an alias ("SCO summit" for "a
        meeting of the SCO")."""
        lex = lexicon()
        owners = {"Alliance", "Organization"}
        seen: dict[tuple, object] = {}
        for t in generic:
            kind = kind_of[t.lower_]
            if kind in {main_kind, "war"}:
                continue
            owner = next((m for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                          for m in self.mentions if m.start <= o.i < m.end and m.label in owners), None)
            if owner is None and kind == "summit":  # "the SCO summit", "the Shanghai Cooperation Organisation (SCO) summit"
                owner = next((m for c in t.children if c.dep_ in {"compound", "nmod", "poss"} and c.i < t.i
                              for m in self.mentions if m.start <= c.i < m.end and m.label in owners), None) \
                    or self._leaders_owner(t)
            if owner is None and kind == "summit":  # "at their Washington summit in July": named by its city
                self._city_summit(t)
            if owner is None:
                continue
            key = (owner.ref_id or owner.text, kind)
            entity = seen.get(key)  # "a meeting of the SCO" ... "the SCO gathering": one event
            if entity is None:
                what = self._event_what(t, owner)
                where = self._event_place([t])
                date = self._month_before(t) or self._event_date(what, [t.sent])
                name = ", ".join(x for x in (what, where if where and where not in what else None,
                                             date and date.split("/")[0]) if x)
                entity = seen[key] = self.entity("Event", name)
                if where and where not in what and entity.venue is None:
                    entity.venue = where
                entity.aliases.add(what)
                kind_name = lex["event_kinds"][kind][0]
                entity.aliases.add(" ".join([*what.split()[:-1], kind_name]))
                entity.props["kind"] = kind
                if date:
                    entity.props["date"] = date
                    edition = self._edition(" ".join([*what.split()[:-1], kind_name]), None, where, date)
                    if edition is not None:
                        entity.aliases |= {edition.name, *edition.aliases}
            left = [c for c in t.lefts if c.dep_ in {"compound", "amod", "nummod"} and not c.is_punct]
            span = self.doc[min([t.i, *(c.i for c in left)]):t.i + 1]
            m = Mention(span.start, span.end, span.start_char, span.end_char, span.text, "Event", "coref")
            self.mentions.append(m)
            entity.add(m)
            entity.aliases |= self._of_phrase(t)

    def _signing(self, main, main_kind: str | None) -> None:
        """ "Saudi Arabia and Pakistan signed a defence pact in Riyadh on Wednesday" in the headline or the lead: the
        signing is an event (``signings``), named by the accord as written, its place and day ("defence pact
        signing, Riyadh, 2025-09-17"), "signing" and the accord's nouns its aliases; later "signed the pact" clauses
        are its too. Not where the article's own occasion is a ceremony (the signing ceremony) or the accord is
        an event of its own name; one per article."""
        if main is not None and (main_kind == "ceremony" or main_kind in lexicon()["ceremony_host_kinds"]):
            return  # the article's ceremony is the signing; a pact signed at a show is the show's news
        labels = {i: m.label for m in self.mentions for i in m.tokens()}
        headline = (self.doc.user_data.get("layout") or {}).get("headline")
        lead = [(s.start, s.end) for s in self._lead_sentences()]
        verbs = [v for v in _tokens_within(self.doc, headline, lead) if is_signing(v, labels.get)]
        if not verbs:
            return
        verb, accord = verbs[0], signed_accord(verbs[0])
        if labels.get(accord.i) == "Event" or any(
                name[:1].isupper() and name.split()[-1].lower() == accord.lower_
                for name in [e.name for e in self.entities.values() if e.label == "Event"]
                + [m.text for m in self.mentions if m.label == "Event"]):
            return  # "signed the Kuala Lumpur Accord", "the Pukpuk Treaty" ... "signed the treaty": the accord's own event
        occasions = {n for nouns in lexicon()["event_kinds"].values() for n in nouns} | {"sidelines", "margins", "margin"}
        if any(labels.get(o.i) == "Event" or o.lower_ in occasions for h in (verb, accord) for o in prep_objects(h, {"at", "during", "on"})):
            return  # "signed the pact at the summit", "on the sidelines of the forum": that event's
        words = [c for c in accord.lefts if c.dep_ in {"compound", "amod", "nmod"} and c.i >= accord.i - 4]
        phrase = self.doc[min([accord.i, *(c.left_edge.i for c in words)]):accord.i + 1].text  # "treaty-level pact"
        place = next((o.i for o in prep_objects(verb, {"in", "at"}) if labels.get(o.i) == "Place"), None)
        where = None
        if place is not None:  # the first mention there: its catalogue name, else its text
            m = next(m for m in self.mentions if m.start <= place < m.end)
            entry = self.ref.get(m.ref_id) if m.ref_id else None
            where = entry.name if entry is not None else m.text
        date = self._event_date(f"{phrase} signing", [verb.sent])
        if date is None and headline and headline[0] <= verb.idx < headline[1]:  # "A and B sign pact": the lead's day
            date = self._event_date(f"{phrase} signing", self._lead_sentences())
        name = ", ".join(x for x in (f"{phrase} signing", where, date and date.split("/")[0]) if x)
        entity = self.entity("Event", name)
        entity.props["kind"] = "ceremony"
        if date:
            entity.props["date"] = date
        entity.aliases |= {"signing", accord.lower_, phrase, f"{phrase} signing"}
        signed = self.doc.user_data.setdefault("signings", {})
        for v in self.doc:  # "A and B signed the pact at the palace", "X signed for the government": its signatories
            if v.i != verb.i and signed_again(v, labels.get):
                signed[v.i] = entity.id
        signed[verb.i] = entity.id
        for i in sorted(signed):
            v = self.doc[i]
            m = Mention(v.i, v.i + 1, v.idx, v.idx + len(v.text), v.text, "Event", "coref")
            self.mentions.append(m)
            entity.add(m)
            entity.aliases.discard(v.text)  # the verb is no name of it

    def _described_strikes(self, taken: set[int]) -> None:
        """ "a missile strike on the fleet's headquarters in Sevastopol": a strike that hit a named place or state
        and is none of the article's own event's references (``taken``) is an event of its own, named by the
        writer's words, the place and the day ("missile strike, Sevastopol, 2023-09-22"); its nouns are its
        aliases. Strikes on one place are one event. Only a strike its sentence dates to the day, on a place of the
        kinds a strike hits (``place_kinds``: a city, a base; not a sea or a region), is one: the writers of the
        gold leave a strike named in passing ("since the strikes on Iran") out."""
        kinds = set(lexicon()["described_strikes"]["place_kinds"])
        seen: dict[str, Entity] = {}
        for strike in described_strikes(self.doc, self.mentions):
            if strike.noun.i in taken:
                continue
            entry = self.ref.get(strike.target.ref_id)
            if entry is not None and entry.props.get("kind") not in kinds:
                continue
            place = entry.name if entry else strike.target.text
            entity = seen.get(place)
            if entity is None:
                date = self._month_before(strike.noun) or self._event_date(strike.written, [strike.noun.sent])
                if not date or len(date.split("/")[0]) < 10:
                    continue
                name = ", ".join(x for x in (strike.written, place, date.split("/")[0]) if x)
                entity = seen[place] = self.entity("Event", name)
                entity.venue = entity.venue or place
                entity.props.setdefault("kind", "clash")
                if date and "date" not in entity.props:
                    entity.props["date"] = date
            entity.aliases |= {strike.written, strike.noun.lower_, strike.noun.lemma_.lower(),
                               f"{strike.written} on {strike.target.text}"}  # "drone attack on Odesa"
            span = self.doc[strike.start:strike.noun.i + 1]
            m = Mention(span.start, span.end, span.start_char, span.end_char, span.text, "Event", "coref")
            self.mentions.append(m)
            entity.add(m)

    def _city_summit(self, tok) -> None:
        """A summit of another kind than the article's event, named by its city ("the allies welcomed him at
        their Washington summit in July"): an event of its own, named by what, where and when."""
        left = [c for c in tok.lefts if c.dep_ in {"compound", "nmod"} and not c.is_punct]
        if not any(m.label == "Place" and m.start <= c.i < m.end for c in left for m in self.mentions):
            return
        entity = self._held_elsewhere(tok, left, "\0", "")
        if entity is None:
            return
        span = self.doc[min([tok.i, *(c.i for c in left)]):tok.i + 1]
        m = Mention(span.start, span.end, span.start_char, span.end_char, span.text, "Event", "coref")
        self.mentions.append(m)
        entity.add(m)

    _LEADERS = {"leaders", "leaders'", "'", "\u2019", "'s", "ministerial", "ministers", "ministers'", "heads"}

    def _leaders_owner(self, tok) -> Mention | None:
        """The body whose "leaders' summit" or "ministerial meeting" ``tok`` is ("the C5+1 leaders' summit")."""
        i = tok.i
        while i > 0 and self.doc[i - 1].lower_ in self._LEADERS:
            i -= 1
        if i == tok.i:
            return None
        return next((m for m in self.mentions if m.end == i and m.label in {"Alliance", "Organization"}), None)

    def _event_what(self, tok, owner: Mention | None = None, skip: set[int] | None = None) -> str:
        """ "the annual summit of the Collective Security Treaty Organization" -> "CSTO summit"; no word before
        the noun at the positions ``skip``."""
        mods = set(lexicon()["event_modifiers"])
        words = [w for c in tok.lefts if c.dep_ in {"compound", "amod"} and (c.text[:1].isupper() or c.lower_ in mods)
                 and c.i not in (skip or set())
                 and c.lower_ != "annual" and c.lower_ not in _MONTH_NAMES  # "the NATO October meeting": a date
                 and not (owner is not None and owner.start <= c.i < owner.end)
                 for w in (_name_words(c) if not self._in_body(c) else [c.text])]
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                for o in p.children:
                    owner = next((m for m in self.mentions if m.start <= o.i < m.end and m.label in
                                  {"Alliance", "Organization", "Country", "GovernmentBody"}), None) or owner
        owner = owner or self._leaders_owner(tok)
        if owner is not None:
            entry = self.ref.get(owner.ref_id)
            short = [a for a in ((entry.name, *entry.aliases) if entry else []) if a.isupper() and 2 <= len(a) <= 6]
            acronym = next((x.text for x in self.mentions if x.source == "acronym" and x.ref_id == owner.ref_id
                            and owner.ref_id), None)
            words.insert(0, acronym or (min(short, key=len) if short else owner.text))
        return " ".join([*words, tok.lower_])

    def _in_body(self, tok) -> bool:
        """Whether a token lies in a body's name ("Force" of "the Air Force exercise": no event name)."""
        return any(m.start <= tok.i < m.end and m.label in {"GovernmentBody", "Organization", "Company", "Alliance"}
                   for m in self.mentions)

    def _event_place(self, refs, loose: bool = True) -> str | None:
        """The city the article's event took place in: a city naming it ("the Niamey summit"), a
        Place after "in"/"at" in a sentence about it, else the dateline's city; only the first without
        ``loose``."""
        toks = tokens(self.doc)
        named = [m for t in refs for c in t.lefts if c.dep_ in {"compound", "nmod"}
                 for m in self.mentions if m.label == "Place" and m.start <= c.i < m.end]
        for t in refs[:1] if loose else []:
            for m in self.mentions:
                if m.label == "Place" and t.sent.start <= m.start < t.sent.end and m.start > 0 \
                        and toks[m.start - 1].lower_ in {"in", "at"}:
                    entry = self.ref.get(m.ref_id)
                    return entry.name if entry else m.text
        for m in named[:1]:
            entry = self.ref.get(m.ref_id)
            return entry.name if entry else m.text
        dateline = (self.doc.user_data.get("layout") or {}).get("dateline") if loose else None
        if dateline:
            city = re.split(r"[,\u2014\u2013(]| - ", doc_text(self.doc)[dateline[0]:dateline[1]])[0].strip()
            if city and len(city) < 30 and city.isupper() and (self.ref.find("Place", city.title()) is not None or any(
                    m.label == "Place" and fold(m.text) == fold(city) for m in self.mentions)):
                return city.title()  # a known city, not a section label ("ANALYSIS:")
        return None

    def _called(self, m: Mention, refs) -> bool:
        """Whether a name is given to the article's event by a naming verb whose subject is one of its
        generic references ("the exercise used to be called X", "the forum was formerly known as X")."""
        i = m.start - 1
        if i >= 1 and self.doc[i].text in {'"', "\u201c", "'", "\u2018"}:  # 'code-named "Spiderweb"'
            i -= 1
        if i >= 1 and self.doc[i].lower_ == "as" and self.doc[i - 1].lower_ == "known":
            i -= 1
        if i < 0 or self.doc[i].lower_ not in lexicon()["naming_verbs"]:
            return False
        verb = self.doc[i]
        heads = {verb.i, *(a.i for a in verb.ancestors if a.pos_ in {"VERB", "AUX"})}
        ref_ids = {t.i for t in refs}
        if any(a.i in ref_ids for a in verb.ancestors):  # "the exercise, used to be called X" (a clause on the noun)
            return True
        if any(0 < verb.i - t.i <= 5 and all(w.lower_ in _NAMING_LINKS for w in self.doc[t.i + 1:verb.i])
               and self.doc[t.i + 1].text == "," for t in refs):
            return True  # "The exercise, code-named X, was launched" (the parser hangs the verb on the comma)
        return any(t.dep_ in {"nsubj", "nsubjpass"} and t.head.i in heads and t.i in ref_ids for t in verb.sent)

    def _of_phrase(self, tok) -> set[str]:
        """ "a meeting of the Ukraine Contact Group" as the text writes it (an alias beside "Ukraine Contact
        Group meeting"): an event noun and its "of" object where that is a named body."""
        owners = {"Alliance", "Organization", "GovernmentBody", "Country"}
        for o in prep_objects(tok, "of"):
            m = next((x for x in self.mentions if x.start <= o.i < x.end and x.label in owners), None)
            if m is not None and m.start - tok.i <= 3:
                return {" ".join(w.text for w in self.doc[start:m.end]) for start in self._written_starts(tok)}
        return self._site_phrase(tok)

    def _written_starts(self, tok) -> list[int]:
        """Where an event noun's phrase starts as the text writes it: the noun itself and, where it has any, its
        words before it ("an informal summit of the CIS": "summit of the CIS", "informal summit of the CIS")."""
        left = [c for c in tok.lefts if c.dep_ in {"compound", "amod", "nummod"} and not c.is_punct]
        if left and all(self.doc[i].dep_ != "punct" for i in range(left[0].i, tok.i)):
            return [tok.i, left[0].i]
        return [tok.i]

    _SITE_PREPS = frozenset({"in", "at", "near", "outside"})

    def _site_phrase(self, tok) -> set[str]:
        """ "the fighting at Tinzaouaten", "a trilateral summit in Sharm el-Sheikh" as the text writes it: an
        event noun and its place (with and without the words before the noun), names of that event; not of a
        bare routine noun ("held a meeting in Lisbon": no event, ``routine_events``)."""
        if tok.lower_ in lexicon()["routine_event_nouns"]:
            return set()
        for p in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in self._SITE_PREPS and c.i == tok.i + 1):
            for o in (c for c in p.children if c.dep_ == "pobj"):
                places = [x for x in self.mentions if x.label in {"Place", "Country"}]
                m = next((x for x in places if x.start <= o.i < x.end), None)
                end = m.end if m is not None else o.i + 1 if o.pos_ == "PROPN" and any(  # a place named elsewhere
                    x.text == o.text for x in places) else None
                if end is None or end - 1 - tok.i > 3:
                    continue
                tail = self.doc[tok.i:end].text
                left = [c for c in tok.lefts if c.dep_ in {"compound", "amod", "nummod"} and not c.is_punct]
                out = {tail}
                if left and all(self.doc[i].dep_ != "punct" for i in range(left[0].i, tok.i)):
                    out.add(self.doc[left[0].i:end].text)
                return out
        return set()

    def _called_name(self, refs, named: list[Mention]) -> Mention | None:
        """A name no mention holds that a naming verb on a generic reference gives the article's event:
        "The ten-day drill, called Blue Tide III, runs until ..." (capitalised words and numerals)."""
        verbs = set(lexicon()["naming_verbs"]) - {"renamed"}
        covered = {i for x in self.mentions for i in x.tokens()}
        for t in refs:
            verb = next((c for c in t.rights if c.dep_ == "acl" and c.lower_ in verbs and c.i > t.i), None)
            if verb is None or verb.i + 1 >= len(self.doc) or self.doc[verb.i + 1].i in covered:
                continue
            before = {w.lower_ for w in self.doc[max(t.sent.start, verb.i - 3):verb.i]}
            if before & set(lexicon()["former_name_words"]):
                continue
            end = verb.i + 1
            while end < t.sent.end and (self.doc[end].text[:1].isupper() or self.doc[end].like_num
                                        or self.doc[end].text == "-" and end + 1 < t.sent.end) and end not in covered:
                end += 1
            if end == verb.i + 1 or not self.doc[verb.i + 1].text[:1].isupper():
                continue
            span = self.doc[verb.i + 1:end]
            m = Mention(span.start, span.end, span.start_char, span.end_char, span.text, "Event", "context")
            self.mentions.append(m)
            named.append(m)
            return m
        return None

    def _appositive_name(self, refs, named: list[Mention]) -> Mention | None:
        """A name no mention holds that the text sets beside the article's event: "X, the naval exercise
        that ...", "the 62nd edition of X, the exercise ..."; with its editions written elsewhere ("X
        LXII", "X 2026") as mentions too (the edition's own name wins)."""
        covered = {i for x in self.mentions for i in x.tokens()}
        for t in refs:
            if t.dep_ != "appos" or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                continue
            head = t.head
            if head.lower_ in {"edition", "editions", "iteration"}:  # "the 62nd edition of X, the exercise"
                head = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children),
                            head)
            if head.pos_ != "PROPN" or not head.text[:1].isupper() or head.i in covered or _calendar_word(head.text):
                continue
            start = head.i
            while start > head.sent.start and self.doc[start - 1].dep_ == "compound" \
                    and self.doc[start - 1].text[:1].isupper() and self.doc[start - 1].i not in covered:
                start -= 1
            span = self.doc[start:head.i + 1]
            m = Mention(span.start, span.end, span.start_char, span.end_char, span.text, "Event", "context")
            self.mentions.append(m)
            named.append(m)
            for found in re.finditer(rf"(?<!\w){re.escape(span.text)}[ -](?:(?:19|20)\d\d|[IVXLC]{{2,}})(?!\w)",
                                     doc_text(self.doc)):
                ed = self.doc.char_span(found.start(), found.end())
                if ed is not None and edition_stem(ed.text) == span.text and not any(i in covered for i in range(ed.start, ed.end)):
                    e = Mention(ed.start, ed.end, ed.start_char, ed.end_char, ed.text, "Event", "context")
                    self.mentions.append(e)
                    named.append(e)
                    covered |= set(range(ed.start, ed.end))
            return next((e for e in named if edition_stem(e.text) == m.text), m)
        return None

    def _called_anywhere(self, m: Mention, refs) -> bool:
        """Whether the text gives the name of ``m`` (wherever written, the headline too) to the article's
        event, now: "The ten-day drill, called X, began on Friday" (not "formerly known as X")."""
        for found in re.finditer(rf"(?<!\w){re.escape(m.text)}(?!\w)", doc_text(self.doc)):
            span = self.doc.char_span(found.start(), found.end())
            if span is None:
                continue
            at = Mention(span.start, span.end, span.start_char, span.end_char, span.text, "Event", "context")
            before = {t.lower_ for t in self.doc[max(span.sent.start, span.start - 6):span.start]}
            if self._called(at, refs) and not before & set(lexicon()["former_name_words"]):
                return True
        return False

    def _edition_apart(self, ref_id: str) -> bool:
        """Whether a catalogued event is one dated edition whose days lie more than ``_EDITION_APART_DAYS``
        from the report's date (a series without a date, or an article without one: never)."""
        from ..dates import day
        from ..relations.time import published_of

        entry, published = self.ref.get(ref_id), published_of(self.doc)
        when = entry.props.get("date") if entry is not None else None
        start, end = day(when), day(when, end=True)
        if published is None or start is None or end is None:
            return False
        return (start - published).days > _EDITION_APART_DAYS or (published - end).days > _EDITION_APART_DAYS

    def _near_publication(self, date: str) -> bool:
        """Whether a date lies within two years of the publication's (an undated article: always)."""
        from ..relations.time import published_of

        published = published_of(self.doc)
        years = [int(y) for y in re.findall(r"(?:^|/)(\d{4})", date)]
        return published is None or not years or any(abs(y - published.year) <= 2 for y in years)

    def _month_before(self, tok) -> str | None:
        """The month a month name before an event noun gives ("the bloc's October summit", "their July summit in
        Vilnius"): the last such month up to the report's date, or the next one for an edition to come ("the
        next June summit")."""
        from ..relations.time import published_of, resolve_expression

        month = next((c for c in tok.lefts if c.dep_ in {"compound", "nmod", "npadvmod"} and c.pos_ == "PROPN"
                      and c.lower_ in _MONTH_NAMES), None)
        if month is None:
            return None
        future = any(c.lower_ in {"next", "upcoming", "coming"} for c in tok.lefts)
        return resolve_expression(month.text, published_of(self.doc), future=future)

    def _told_date(self) -> tuple[str | None, bool]:
        """The date of the first clause that tells a crash and has a date of its own ("the jet went down on
        Wednesday near Aktau", "the transport that came down a week ago"): the date nearest the crash word in
        its sentence (``relations.time.relation_when``), in a sentence that gives one; not a date the crash is
        told after ("named a new chief on Thursday, two weeks after his predecessor died when a helicopter
        crashed", "in mourning on Thursday after a helicopter crashed": ``later_words`` of ``accidents``). The
        second value tells whether such a later day was passed over."""
        from ..relations.families.accidents import crash_word
        from ..relations.lexicon import cues
        from ..relations.time import published_of, relation_when, resolved_dates

        base, later = published_of(self.doc), set(cues()["accidents"]["later_words"])
        passed = False
        for tok in self.doc:
            found = resolved_dates(tok.sent, base) if crash_word(tok) else []
            if not found:
                continue
            when = relation_when(tok.sent, [tok], base)
            span = next((sp for sp, value in found if value == when), None)
            after = [sp for sp, _ in found if sp.end <= tok.i and any(t.lower_ in later for t in self.doc[sp.end:tok.i])]
            passed = passed or bool(after)
            if span is None or span in after:
                continue  # a date of the sentence's tense only, or of a later day
            if when and not when.startswith("/"):
                return when.split("/")[0], passed
        return None, passed

    def _event_date(self, name: str, sents) -> str | None:
        """When the event took place (``relations.time.event_date``)."""
        from ..relations.time import event_date, published_of

        return event_date(name, sents, published_of(self.doc))

    # -- "the country", "the capital" ------------------------------------------------------------------
    def _capital_of(self, country_id: str):
        country = self.ref.get(country_id)
        if country is None:
            return None
        return next((e for e in self.ref if e.label == "Place" and e.props.get("kind") == "capital"
                     and e.props.get("country") == country.name), None)

    def _countries_and_people(self, sent) -> tuple[dict[int, str], set[int]]:
        """Token index -> country id of the sentence's countries (capitals as theirs), and its people."""
        countries, people = {}, set()
        for m in (m for m in self.mentions if sent.start <= m.start < sent.end and m.ref_id and m.source != "coref"):
            entry = self.ref.get(m.ref_id)
            if m.label == "Country":
                country = m.ref_id
            elif m.label == "Place" and entry is not None and entry.props.get("kind") == "capital":
                found = self.ref.find("Country", entry.props.get("country", ""))
                country = found.id if found is not None else None
            else:
                country = None
            countries.update(dict.fromkeys(m.tokens(), country) if country in self.entities else {})
        people = {i for m in self.mentions if m.label == "Person" and sent.start <= m.start < sent.end for i in m.tokens()}
        return countries, people

    def coreference(self) -> None:
        toks = tokens(self.doc)
        if not self.focal:
            return
        capital = next((e for e in self.entities.values() if e.label == "Place" and e.ref_id
                        and self.ref.get(e.ref_id).props.get("kind") == "capital"
                        and self.ref.get(e.ref_id).props.get("country") == self.ref.get(self.focal).name), None)
        low = lowers(self.doc)
        for t in (toks[i] for i, w in enumerate(low) if w == "capital" or w in _COREF_COUNTRY or w in _STATE_FORMS):
            # (only these words are read below: the others are passed over without making their tokens' strings)
            if t.lower_ == "capital" and t.i > 1 and toks[t.i - 2].lower_ == "the":
                # "the French capital": that country's capital, named or not
                owner = next((m for m in self.mentions if m.start == t.i - 1 and m.label == "Country" and m.ref_id), None)
                entry = self._capital_of(owner.ref_id) if owner is not None else None
                if entry is not None:
                    target = self.entity("Place", entry.name, entry.id)
                    m = Mention(t.i, t.i + 1, t.idx, t.idx + len(t.text), t.text, "Place", "coref", entry.id)
                    target.add(m)
                    target.aliases.discard(t.text)
                    self.mentions.append(m)
                    continue
            if t.i == 0 or toks[t.i - 1].lower_ != "the":
                continue
            if t.lower_ in _COREF_COUNTRY and t.pos_ == "NOUN":
                named = country_antecedent(t, *self._countries_and_people(t.sent))  # else the article's
                target = self.entities.get(named or self.focal)
            elif t.lower_ in _STATE_FORMS and t.pos_ == "NOUN" and t.is_lower:
                named = country_antecedent(t, *self._countries_and_people(t.sent))
                target = next((self.entities[c] for c in (named, self.focal) if c in self.entities
                               and self._state_form(self.entities[c], t.lower_)), None)
            elif t.lower_ == "capital" and capital is not None:
                target = capital
            else:
                continue
            if target is None:
                continue
            m = Mention(t.i, t.i + 1, t.idx, t.idx + len(t.text), t.text, target.label, "coref", target.ref_id)
            m.entity = target.id
            target.mentions.append(m)
            self.mentions.append(m)

    def _state_form(self, country: Entity, form: str) -> bool:
        """Whether a country's names call it a ``form`` ("Kingdom of Norway", "Sultanate of Oman")."""
        entry = self.ref.get(country.ref_id)
        names = [country.name, *(entry.aliases if entry is not None else [])]
        return any(w.lower().startswith(form) for n in names for w in n.split())

    def organisation_coreference(self) -> None:
        """ "a researcher at the forum": the one organisation the article names with that head noun."""
        toks = tokens(self.doc)
        heads = lexicon()["name_shape"]["org_coref_heads"]
        covered = {i: m for m in self.mentions for i in range(m.start, m.end)}
        for i, low in enumerate(lowers(self.doc)):
            if low not in heads:
                continue
            t = toks[i]
            if t.i == 0 or toks[t.i - 1].lower_ != "the" \
                    or t.i + 1 < len(self.doc) and toks[t.i + 1].text[:1].isupper():
                continue
            named = [e for e in self.entities.values() if e.label == "Organization"
                     and e.name.split()[-1].lower() == t.lower_ and any(m.start < t.i for m in e.mentions)]
            if len(named) != 1:
                continue
            old = covered.get(t.i)
            if old is not None:  # the main event's generic alias, where no event is named with that noun
                event = self.entities.get(old.entity) if old.entity else None
                if old.source != "coref" or event is None or event.label != "Event" \
                        or any(x.source != "coref" and t.lower_ in x.text.lower() for x in event.mentions):
                    continue  # "the forum" of the named "Valdai Discussion Forum" stays the event's
                event.mentions = [x for x in event.mentions if x is not old]
                self.mentions.remove(old)
                if not any(x.text == old.text for x in event.mentions):
                    event.aliases.discard(old.text)
                if not event.mentions:
                    del self.entities[event.id]
            target = named[0]
            m = Mention(t.i, t.i + 1, t.idx, t.idx + len(t.text), t.text, target.label, "coref", target.ref_id)
            m.entity = target.id
            target.mentions.append(m)
            self.mentions.append(m)

    def service_coreference(self) -> None:
        """ "the army", "the air force" written alone (lower case, right after "the") in an article about
        one country (named at least twice as often as any other) and in a sentence that names no other
        state: that country's service of the branch, the one the article names or else the catalogued
        one ("the commander of the army" in an article about Brazil); nothing before a noun ("the army
        chief" names an office) or where the article names that state's armed forces but no such branch."""
        toks = tokens(self.doc)
        weights = self._country_weights(roles=False).most_common(2)
        dominant = bool(weights) and weights[0][0] == self.focal and (len(weights) == 1 or weights[0][1] >= 2 * weights[1][1])
        if not self.focal:
            return
        branches = lexicon()["name_shape"]["service_coref"]
        low = lowers(self.doc)
        covered = {i for m in self.mentions for i in range(m.start, m.end)}
        for t in (toks[i] for i, w in enumerate(low) if w in branches):
            if t.i == 0 or low[t.i - 1] != "the" or low[t.i] not in branches or t.text != low[t.i]:
                continue
            base = branches[low[t.i]]
            end = t.i + len(base.split())
            if low[t.i:end] != base.lower().split() or covered & set(range(t.i, end)) \
                    or end < len(self.doc) and (low[end] == "of" or toks[end].text[:1].isupper()
                                                or toks[end].pos_ == "NOUN" and toks[end].is_lower):
                continue  # not "the army chief", "the navy commander": an office, the service unnamed
            if not dominant or any(c.label == "Country" and c.ref_id != self.focal and t.sent.start <= c.start < t.sent.end
                                   for c in self.mentions):
                target = self._named_service(self.focal, base, t.i)  # only the one the article has named
            else:
                target = self.country_service(self.focal, base)
            if target is None:
                continue
            span = self.doc[t.i:end]
            m = Mention(t.i, end, span.start_char, span.end_char, span.text, "GovernmentBody", "coref")
            m.ref_id = target.ref_id
            target.add(m)
            target.aliases.discard(m.text)
            covered.update(range(t.i, end))
            self.mentions.append(m)

    def _named_service(self, country_id: str, base: str, before: int) -> Entity | None:
        """The one service of the branch ``base`` of the article's country named before token ``before``
        ("the Royal Malaysian Air Force ... the jets the air force has flown", in an article naming Korea as
        often; "the Serbian Air Force and Air Defence ... the air force's MiG-29s, donated by Russia"): one
        whose name ends in the branch, else the one whose name holds it; None for two such."""
        named = [e for e in self.entities.values() if e.label == "GovernmentBody" and e.country == country_id
                 and any(m.start < before and m.source != "coref" for m in e.mentions)]
        words = fold(base)
        for fits in (lambda n: n.endswith(words), lambda n: f" {words} " in f" {n} "):
            found = [e for e in named if any(fits(fold(n)) for n in (e.name, *e.aliases))]
            if found:
                return found[0] if len(found) == 1 else None
        return None

    def country_service(self, country_id: str, base: str) -> Entity | None:
        """The country's service of the branch ``base`` ("Army", "Navy", "Air Force"): the one the article
        names, else the catalogued one (made an entity); None where the article names two such, or names
        the state's armed forces but no such branch ("the army" beside "the Romanian Armed Forces" may mean
        either), or the catalogue has none."""
        country = self.ref.get(country_id)
        bodies = [e for e in self.entities.values() if e.label == "GovernmentBody" and e.country == country_id]
        named = [e for e in bodies if any(fold(n).endswith(fold(base)) for n in (e.name, *e.aliases))]
        if len(named) > 1 or not named and any(w in fold(n) for e in bodies for n in (e.name, *e.aliases)
                                               for w in ("armed forces", "defence force", "defense force")):
            return None
        known = None if named or country is None else (
            self.ref.find("GovernmentBody", f"{base} of {country.name}") or self._national_branch(country.name, base))
        if not named and known is None:
            return None
        target = named[0] if named else self.entity("GovernmentBody", known.name, known.id)
        target.country = country_id
        return target

    def surnames(self) -> None:
        """A lone surname the NER labelled as something else joins the person ("Adorni said")."""
        full = {surname(m.text): m for m in self.mentions if m.label == "Person" and " " in m.text}
        for m in self.mentions:
            if m.label != "Person" and not m.ref_id and m.text in full:
                m.label = "Person"

    def company(self, m: Mention) -> None:
        """Firms named with a legal suffix ("Hyundai Rotem Co.") resolve like the bare name."""
        bare = _COMPANY_SUFFIX.sub("", m.text)
        entry = self.ref.find("Company", bare) if bare != m.text else None
        entity = self.entity("Company", entry.name if entry else bare, entry.id if entry else None)
        entity.add(m)

    _OFFICE_NOUNS = {"leader": {"head_of_state", "head_of_government"}, "president": {"head_of_state"},
                     "premier": {"head_of_government"}, "chancellor": {"head_of_government"},
                     "king": {"head_of_state"}, "emir": {"head_of_state"}, "ruler": {"head_of_state"},
                     "defence minister": {"defence_minister"}, "defense minister": {"defence_minister"},
                     "foreign minister": {"foreign_minister"}, "prime minister": {"head_of_government"}}

    def office_descriptions(self) -> None:
        """ "the Belarusian leader", "the Kazakh president": the holder of that office on the
        document's date, when the document names them."""
        from ..reference.offices import load_offices

        offices = load_offices()
        day = self.doc.user_data.get("published")
        people = {e.ref_id: e for e in self.entities.values() if e.label == "Person" and e.ref_id}
        if not people:
            return
        countries = {m.end: m for m in self.mentions if m.label == "Country" and m.ref_id}
        doc = self.doc
        firsts = {noun.split()[0] for noun in self._OFFICE_NOUNS}
        low = lowers(doc)
        for i, w in enumerate(low):
            if w not in firsts:
                continue
            for noun, roles in self._OFFICE_NOUNS.items():
                words = noun.split()
                end = i + len(words)
                if end > len(doc) or low[i:end] != words:
                    continue
                country = countries.get(i)
                if country is None or country.start == 0 or low[country.start - 1] not in {"the", "his", "her"}:
                    continue
                person = next((people[o.person] for o in offices.holders(country.ref_id, roles, day)
                               if o.person in people), None)
                if person is None:
                    continue
                span = doc[country.start:end]
                m = Mention(span.start, span.end, span.start_char, span.end_char, span.text, "Person", "coref",
                            person.ref_id)
                m.entity = person.id
                person.mentions.append(m)
                self.mentions.append(m)

    def run(self) -> dict[str, Entity]:
        self._alias_of: dict[int, Mention] = {}
        self.split_long_forms()
        self.acronyms()
        self.surnames()
        self._event_names()
        platform_words(self.mentions, self.ref)  # "the Millennium" after "Embraer KC-390 Millennium"
        self.mentions += lone_popular_names(self.doc, self.mentions, self.ref)  # "the Phantom" after "F-4 Phantom II"
        by_label: dict[str, list[Mention]] = {}
        for m in self.mentions:
            if m.label == "Organization" and not m.ref_id and m.text in lexicon()["legislatures"]:
                m.label = "GovernmentBody"  # "the National Assembly": a state's legislature
            by_label.setdefault(m.label, []).append(m)
        self.people(by_label.pop("Person", []))
        self.office_descriptions()
        self.events(by_label.pop("Event", []))
        for m in by_label.pop("GovernmentBody", []):
            self.government_body(m)
        for m in by_label.pop("Company", []):
            if m.ref_id:
                self.entity("Company", m.text, m.ref_id).add(m)
            else:
                self.company(m)
        self._sub_variants(by_label.get("Platform", []))
        variants = variant_names(by_label.get("Platform", []), self.ref, Sentences(self.doc))
        families = {m.ref_id for m in by_label.get("Platform", []) if m.start in variants}
        marked, self._run_on = marked_variants(by_label.get("Platform", []), self.ref, self.doc)
        variants |= {start: name for start, name in marked.items()
                     if start not in variants and next(m.ref_id for m in by_label["Platform"] if m.start == start) not in families}
        for label, mentions in by_label.items():
            for m in mentions:
                if label == "Platform" and m.start in variants:  # "Leopard 2A8" beside "Leopard 2A4"
                    self._variant(m, variants[m.start])
                    continue
                name = m.text
                if label == "Platform" and not m.ref_id:
                    name = re.sub(r"(?<=\d)s$", "", name)
                ref_id = m.ref_id
                if ref_id is None:  # a form the ruler missed ("K2" found by context) that the catalogue knows
                    entry = self.ref.find(label, name)
                    ref_id = entry.id if entry else None
                entity = self.entity(label, name, ref_id)
                if label == "Platform" and "category" not in entity.props:
                    entity.props["category"] = m.category or "other"
                entity.add(m)
        self.merge_aliases()
        self.short_names()
        self.alias_tails()
        fold_short_firms(self.entities)  # "Hanwha Aerospace" ... "Hanwha"
        self.edition_names()
        second_names(self.entities, self.mentions, doc_text(self.doc))
        former_names(self.entities, self.mentions, doc_text(self.doc))
        yearless_editions(self.entities, self._told_editions)
        one_edition(self.entities, self._told_editions)
        if self._unnamed is not None:
            unnamed_edition(self.entities, self._unnamed, self._series_kind)
        self.bare_bodies()
        state_tails(self.entities, lambda text: bool(self.ref.lookup(text, "Country")), _GENERIC_BODY_WORDS)
        self.coreference()
        self.organisation_coreference()
        self.service_coreference()
        self.demonym_countries()
        self.titled_aliases()
        maker_forms(self.entities, self.mentions, self.doc, self.ref)  # "Ilyushin Il-76": the type as written with its maker
        class_forms(self.entities)  # "Tamarin-class boat": also "Tamarin-class"
        self.routine_events()
        self.nameless_bodies()
        kept = {id(e) for e in self.entities.values()}
        for entity, written in self._written:  # (not evidence that a routine "visit" is an event of the graph)
            if id(entity) in kept:
                entity.aliases.add(written)
        for entity in self.entities.values():
            if entity.label == "GovernmentBody":
                self._qualified_forms(entity)
            entity.aliases = {a for a in entity.aliases if fold(a) != fold(entity.name)} if entity.aliases else set()
        canonicalize(self.entities, self.ref, doc_text(self.doc))
        prune_family_aliases(self.entities, self._run_on)
        Descriptions(self.doc, self.mentions, self.entities, self.ref).run()
        Antecedents(self.doc, self.mentions, self.entities, self.country_service).run()
        self.doc._.mentions = sorted(self.mentions, key=lambda x: x.start)
        return self.entities


    def routine_events(self) -> None:
        """ "the visit", "a meeting on Tuesday", "the review": an occurrence the text names only by a bare
        routine noun (``routine_event_nouns``) is no event of the graph (an Event is a named or clearly
        identified occurrence: a parade, war, exercise, summit, deal); "the state visit" and a catalogued or
        named event stay."""
        routine = set(lexicon()["routine_event_nouns"])
        dropped = {eid for eid, e in self.entities.items()
                   if e.label == "Event" and not e.ref_id and e.name.split(",")[0].strip() in routine
                   and all(form.casefold() in routine for form in (*e.aliases, *(m.text for m in e.mentions)))}
        for eid in dropped:
            del self.entities[eid]
        if dropped:
            self.mentions = [m for m in self.mentions if m.entity not in dropped]

    def nameless_bodies(self) -> None:
        """ "reserve and Guard units", "the Directorate": a body the text names by one common noun alone
        (``generic_alias``) that no state owns and the catalogue does not know names nothing a store could
        tell apart from every other state's: no entity (a state's "the Navy" keeps its state; "Defence Force",
        "Naval Air Forces", "9 Corps" are names)."""
        dropped = {eid for eid, e in self.entities.items()
                   if e.label == "GovernmentBody" and not e.ref_id and e.country is None
                   and all(form.isalpha() and generic_alias("GovernmentBody", form)
                           for form in (e.name, *(m.text for m in e.mentions)))}
        for eid in dropped:
            del self.entities[eid]
        if dropped:
            self.mentions = [m for m in self.mentions if m.entity not in dropped]

    def demonym_countries(self) -> None:
        """ "the Indian Army", "the US Navy" in an article that never names the state: the country the
        body's first words name is an entity of the article too (its mention those words, kept out of the
        sentence rules' mentions, which see the body)."""
        for m in list(self.mentions):
            owner = body_owner(m, self.ref)
            if owner is None or owner[0] in self.entities:
                continue
            country_id, words, is_demonym = owner
            end = next((t.i + 1 for t in self.doc[m.start:m.end] if t.idx + len(t) >= m.start_char + len(words)), m.start + 1)
            span = self.doc[m.start:end]
            found = Mention(span.start, span.end, span.start_char, span.end_char, span.text, "Country", "demonym",
                            country_id, demonym=is_demonym)
            self.entity("Country", span.text, country_id).add(found)

    def _sub_variants(self, platforms: list[Mention]) -> None:
        """A designation the catalogue does not know that runs letters on to a lettered form of a catalogued
        family the document names ("J-10CY" beside "J-10C") is a form of that family ("KF51U" beside "KF51"
        is not: letters on the bare family can name another vehicle); so is one that runs letters on to a bare
        designation of a row the document names whose own forms run letters on to it too ("Mi-24D" beside a
        "Mi-24" row holding "Mi-24P": ``lettered_family``), unless the text sets it apart (``set_apart``)."""
        families = {m.text: m.ref_id for m in platforms if m.ref_id and self.ref.get(m.ref_id) and lettered(m.text)}
        for m in platforms:
            if m.ref_id is None:
                m.ref_id = next((i for name, i in families.items() if sub_variant_of(m.text, name)), None)
        rows = [e for e in (self.ref.get(i) for i in {m.ref_id for m in platforms if m.ref_id}) if e is not None]
        for m in platforms:
            if m.ref_id is None and not set_apart(m, self.doc):
                m.ref_id = lettered_family(m.text, rows)

    def _variant(self, m: Mention, name: str) -> None:
        """A variant of a catalogued family, its own platform (``variants``), keeping the family's entry."""
        entity_id = make_id("Platform", name)
        if entity_id not in self.entities:
            entry = self.ref.get(m.ref_id)
            self.entities[entity_id] = Entity(id=entity_id, label="Platform", name=name,
                                              props=dict(entry.props) if entry else {}, ref_id=m.ref_id)
        self.entities[entity_id].add(m)


def resolve(doc: Doc, ref: ReferenceData | None = None) -> dict[str, Entity]:
    """Entities of a processed doc by id; also sets ``Mention.entity`` on ``doc._.mentions``."""
    return _Resolver(doc, ref or load_reference()).run()


def _tokens_within(doc: Doc, headline: tuple[int, int] | None, sentences: list[tuple[int, int]]) -> list:
    """The tokens, in order, that start inside ``headline`` (character offsets) or lie in one of ``sentences``
    (token offsets): found from the token offsets, not by a walk of every token of the document.

    >>> import spacy
    >>> doc = spacy.blank("en")("Navy signs pact. Lead one here. Later text.")
    >>> [t.text for t in _tokens_within(doc, (0, 10), [(4, 8)])]
    ['Navy', 'signs', 'Lead', 'one', 'here', '.']
    """
    at = {i for a, b in sentences for i in range(a, b)}
    if headline:
        starts = doc.to_array("IDX")
        at.update(range(int(starts.searchsorted(headline[0], "left")), int(starts.searchsorted(headline[1], "left"))))
    return [doc[i] for i in sorted(at) if 0 <= i < len(doc)]
