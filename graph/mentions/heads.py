"""A name's label from its head word and the words around it, after the NER has guessed one.

The statistical NER labels a name by how names of its kind usually look; the name's own last word
and the noun the text puts beside it say more (word lists in ``lexicon.yaml`` under ``name_heads``):

* :func:`head_label`: "Quezon City" is a place, whatever the NER thought; a name ending in a
  foreign firm's word ("Peene-Werft") is a firm; "his New Hope party" and "Social Democrats"
  are parties; "his Truth Social account" is no place (a state's headquarters and numbered task
  forces are GovernmentBody patterns in ``patterns.yaml``);
  an office ("National Security Adviser"), a minister's portfolio ("Minister for Defence Industry")
  and a programme ("Pacific Maritime Security Program") are no bodies, but a body whose name's head
  comes before its "for" phrase is one ("the Baltic Institute for Naval Strategy");
* :func:`cued_groups`: "the Venezuelan gang Tren de Aragua", "the cartel Los Zetas": the noun
  before a capitalised name makes it an armed group or gang (an organisation), also where the NER
  found nothing;
* :func:`named_operations`: "a mission ... named Eastern Sentry", "an exercise dubbed Sea Breeze":
  the name given to an operation is an event; :func:`tailed_events`: so is a name an exercise's
  phrase follows ("the Blue Harpoon joint naval exercise").
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .lexicon import lexicon
from .words import lowers, texts

_DETS = {"the", "a", "an"}
_QUOTES = {'"', "\u201c", "'", "\u2018"}
_BODIES = {"Organization", "GovernmentBody", "Company"}


def _head(words: list[str]) -> str:
    """The head of a name: the word before its first "of"/"for", else its last ("Inspector-General of
    Police" -> "inspector-general"; a hyphenated title counts as one word)."""
    joined = " ".join(words).replace(" - ", "-").split()
    cut = next((i for i, x in enumerate(joined) if x in {"of", "for"} and i > 0), len(joined))
    return joined[cut - 1]


_CALENDAR = frozenset(lexicon()["calendar_words"])  # the names of the months and weekdays


def not_a_platform(text: str) -> bool:
    """ "Marines", "Gurkhas": service members of a force, no equipment (a list of them beside ships
    is no list of platforms); "June", "Friday": a date ("fired missiles in June")."""
    return text.casefold() in _words()["service_members"] or text.casefold() in _CALENDAR
_MAX_WORDS = 5
# a name headed by one of these before its "for" phrase is a body, whatever its last word ("the X Institute for
# Naval Strategy"); the programme words among them stay programmes
_INSTITUTION_HEADS = frozenset(lexicon()["person_affiliation"]["institution_heads"]) \
    - frozenset(lexicon()["name_heads"]["programme_heads"])


@lru_cache(maxsize=1)
def _words() -> dict[str, set[str]]:
    data = lexicon()["name_heads"]
    return {k: {w.casefold() for w in v} for k, v in data.items()}


def head_label(doc: Doc, start: int, end: int, label: str) -> str | None:
    """The label the name's head and its neighbours give a non-catalogue name: ``label`` unchanged,
    another label, or ``None`` where the name is no entity of the graph (a medium's account)."""
    w, low = _words(), lowers(doc)
    last = low[end - 1]
    nxt = low[end] if end < len(doc) else ""
    multi = end - start > 1
    if label in {"Place", "Person", "Organization"} and nxt in w["media_nouns"] and not doc[end].is_sent_start:
        return None  # "his Truth Social account", "its Telegram channel": a medium, no actor
    if label == "Person" and multi and last in w["place_heads"] and doc[end - 1].text[:1].isupper():
        return "Place"  # "Quezon City", "Lagos State"
    if label == "Person" and multi and low[start] in w["place_openers"] and doc[start].text[:1].isupper() \
            and doc[start + 1].text[:1].isupper():
        return "Place"  # "Mount Hermon", "Lake Victoria", "Fort Bliss": a place, no person
    if any(last.endswith(s) and len(last) > len(s) + 2 or last == s for s in w["firm_suffixes"]) \
            and label in {"Person", "Place", "Organization"}:
        return "Company"  # "Peene-Werft", "Norderwerft": a shipyard's name
    if multi and last in w["firm_heads"] and label in {"Person", "Place", "Organization"} \
            and "of" not in low[start:end] and doc[end - 1].text[:1].isupper():
        return "Company"  # "Stem Shipping", "Metrea Management": a firm's name, no person's or place's
    if multi and " ".join(low[end - 2:end]) in w["command_area_heads"] and doc[end - 1].text[:1].isupper():
        return "GovernmentBody"  # "the Southern Military District": an army's command, no region
    if label in {"Person", "Place"} and (nxt in w["party_nouns"] and not doc[end].is_sent_start
                                        or multi and last in w["party_plurals"]):
        return "Organization"  # "his New Hope party", "Social Democrats"
    if label in {"Organization", "Person"} and _event_after(doc, end):
        return "Event"  # "the Sharp Lance special forces drills", "the Cobra Gold multinational exercise"
    if label in _BODIES and (last in w["programme_heads"] and _head(low[start:end]) not in _INSTITUTION_HEADS
                             or low[start] == "project"
                             or multi and low[end - 2] == "phase" and doc[end - 1].like_num):
        return None  # "Pacific Maritime Security Program", "Project LAND 8116 Phase 1": a programme, no body
    if label in _BODIES and _head(low[start:end]) in w["office_titles"]:
        return None  # "National Security Adviser", "the Inspector-General of Police": an office, no body
    if label in {"Organization", "Company"} and start >= 2 and low[start - 1] in {"for", "of"} \
            and low[start - 2] in w["portfolio_titles"] and texts(doc)[start - 2][:1].isupper():
        return None  # "the Minister for Defence Industry": a minister's portfolio, no firm
    return label


def _event_after(doc: Doc, end: int) -> bool:
    """The lower-case words right after a name (up to three, adjectives and nouns) end in an exercise's
    or a gathering's noun."""
    low, tails = lowers(doc), _words()["event_tails"]
    for j in range(end, min(len(doc), end + 3)):
        if not (doc[j].is_lower and doc[j].is_alpha):
            return False
        if low[j] in tails and j > end:  # (the tagger often takes "drills" for a verb)
            return not (j + 1 < len(doc) and doc[j + 1].pos_ == "NOUN")
        if doc[j].pos_ not in {"ADJ", "NOUN"}:
            return False
    return False


def _name_end(doc: Doc, i: int) -> int:
    """End of a capitalised name from ``i``, lower-case particles inside it ("Tren de Aragua")."""
    t, low = texts(doc), lowers(doc)
    particles = _words()["name_particles"]
    end = i
    while end < len(doc) and end - i < _MAX_WORDS:
        if t[end][:1].isupper() and doc[end].is_alpha and not (end > i and doc[end].is_sent_start):
            end += 1
        elif low[end] in particles and end > i and end + 1 < len(doc) and t[end + 1][:1].isupper():
            end += 1
        else:
            break
    return end


def cued_groups(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Spans of capitalised names right after a group noun ("the gang Tren de Aragua")."""
    w, low = _words(), lowers(doc)
    out = []
    for i, word in enumerate(low[:-1]):
        if word not in w["group_nouns"] or doc[i].text != word or i + 1 in taken:
            continue
        end = _name_end(doc, i + 1)
        if end > i + 1 and not any(j in taken for j in range(i + 1, end)) \
                and (end >= len(doc) or not doc[end].text[:1].isupper()):
            out.append((i + 1, end))
    return out


def tailed_events(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Spans of capitalised names after "the" that an exercise's phrase follows ("the Blue Harpoon joint
    naval exercise"), where no other name claims the words."""
    low = lowers(doc)
    out = []
    for i in range(1, len(doc)):
        if low[i - 1] != "the" or i in taken or not doc[i].text[:1].isupper() or doc[i].is_sent_start:
            continue
        end = _name_end(doc, i)
        if end > i and not any(j in taken for j in range(i, end)) and all(doc[j].pos_ == "PROPN" for j in range(i, end)) \
                and _event_after(doc, end):
            out.append((i, end))
    return out


def named_operations(doc: Doc) -> list[tuple[int, int, str | None]]:
    """``(start, end, kind)`` of names given to an operation, mission or exercise by "named"/"called"/
    "dubbed"; ``kind`` is "operation" for an operation or mission (where nothing is on show), else ``None``."""
    w, low = _words(), lowers(doc)
    out = []
    for i, word in enumerate(low[:-1]):
        if word not in w["naming_verbs"]:
            continue
        j = i + 1 + (low[i + 1] in _DETS if i + 1 < len(doc) else 0)
        object_noun = low[j] if j < len(doc) and low[j] in w["operation_nouns"] else None
        j += object_noun is not None  # 'which called the operation "True Promise"': the noun it names
        j += j < len(doc) and doc[j].text in _QUOTES  # 'code-named "Spiderweb"'
        end = _name_end(doc, j) if j < len(doc) else j
        if end == j or object_noun and doc[j - 1].text not in _QUOTES:
            continue
        sent = doc[i].sent
        before = [object_noun] if object_noun else low[max(sent.start, i - 8):i]
        nouns = [b for b in before if b in w["operation_nouns"]]
        if nouns:
            out.append((j, end, "operation" if nouns[-1] in w["combat_nouns"] else None))
    return out


_DASHED_EDITION = re.compile(r"^[A-Z][A-Za-z]+-(?:19|20)\d\d[A-Z]?$")  # "Sword-2024A", "Vostok-2022"


def dashed_editions(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Spans of an uncatalogued series' edition written with a dashed year ("Joint Sword-2024A") in a
    sentence about an exercise or an operation: one event, not a place and pieces."""
    nouns = _words()["operation_nouns"]
    t, low = texts(doc), lowers(doc)
    out = []
    for i in range(len(doc)):
        if i in taken or not _DASHED_EDITION.match(t[i]):
            continue
        sent = doc[i].sent
        if not nouns & set(low[sent.start:sent.end]):
            continue
        start = i
        while start > sent.start and i - start < _MAX_WORDS - 1 and start - 1 not in taken \
                and t[start - 1][:1].isupper() and doc[start - 1].is_alpha and low[start - 1] not in nouns:
            start -= 1
        out.append((start, i + 1))
    return out


_SPACED_YEAR = re.compile(r"^(?:(?:19|20)\d\d|[0-4]\d)$")  # "Quadriga 2024", "Aurora 23"
_NOT_NAMES = _DETS | {"this", "that", "these", "those", "its", "their", "his", "her", "our", "some", "all", "about",
                      "nearly", "over", "under", "around", "only", "just", "top", "last", "next", "first"}
_CLOSERS = {"PUNCT", "VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PART"}


def spaced_editions(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Spans of an uncatalogued series' edition written as a capitalised name and a year ("Quadriga
    2024", "Aurora 23", "Southern Anchor 26"), where some paragraph naming it is about an exercise or an
    operation; its other mentions in the document (the headline's) go with it. Not a numbered model or
    clause ("Type 26 frigates", "Block 70", "Article 51"), a plan ("Vision 2030"), nor a date ("June 2024")."""
    w = _words()
    nouns, heads = w["operation_nouns"], {x.casefold() for x in w["numbered_not_editions"]}
    t, low = texts(doc), lowers(doc)
    found: list[tuple[int, int, bool]] = []
    for i in range(1, len(doc)):
        if i in taken or not _SPACED_YEAR.match(t[i]) or doc[i - 1].whitespace_ == "":
            continue
        nxt = i + 1
        if nxt < len(doc) and (doc[nxt].pos_ not in _CLOSERS and low[nxt] not in nouns and not doc[nxt].is_space
                               or t[nxt].startswith("-")):
            continue  # "Su-35 2023 deliveries", "Type 26 frigates", "The 16-member bloc"
        start = i
        while start > 0 and i - start < _MAX_WORDS and start - 1 not in taken and t[start - 1][:1].isupper() \
                and doc[start - 1].is_alpha and low[start - 1] not in nouns and not doc[start - 1].is_space:
            start -= 1
            if doc[start].is_sent_start:
                break
        if start > 0 and start - 1 not in taken and low[start - 1] in nouns and t[start - 1][:1].isupper() \
                and start < i:
            start -= 1  # "Exercise Alon 2025": the noun opens the name
        if start == i or any(low[k] in heads or low[k] in _NOT_NAMES or _calendar(low[k]) for k in range(start, i)) \
                or start + 1 == i and low[start] in nouns:
            continue
        first, last = _paragraph(doc, i)  # "... Southern Anchor 26. The exercise ends on Friday."
        found.append((start, i + 1, bool(nouns & set(low[first:last]))))
    named = {doc[s:e].text for s, e, cued in found if cued}
    return [(s, e) for s, e, _ in found if doc[s:e].text in named  # (not "the X 2026 exercise": the noun's)
            and not (e < len(doc) and low[e] in nouns)]


def _paragraph(doc: Doc, i: int) -> tuple[int, int]:
    """The token span of the paragraph (or headline) holding token ``i``: between blank lines."""
    first = i
    while first > 0 and not (doc[first - 1].is_space and "\n" in doc[first - 1].text):
        first -= 1
    last = i
    while last < len(doc) and not (doc[last].is_space and "\n" in doc[last].text):
        last += 1
    return first, last


_MONTHS_DAYS = {m.lower() for m in ("January February March April May June July August September October November "
                                    "December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday "
                                    "Wednesday Thursday Friday Saturday Sunday Spring Summer Autumn Fall Winter").split()}


def _calendar(word: str) -> bool:
    """A month, weekday or season: "June 2024" is a date."""
    return word.rstrip(".") in _MONTHS_DAYS
