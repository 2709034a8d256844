"""Military designations the catalogue lacks, and the category words printed after a platform name.

A designation has a shape: letters and digits with an optional suffix ("T-90M", "Su-30SM2", "K2PL",
"2S43", "9K720", "Fath-360", "HQ-22"), optionally followed by a capitalised name ("2S43 Malva").
Such a token becomes a Platform mention only where the text shows equipment: it is listed with a
known platform ("the T-80 and the T-90M"), or an equipment word follows it ("Orlan-30 reconnaissance
drones", "Agnibaan multi-barrel rocket launcher"), or it is set beside one ("the main battle tank,
the T-90M"). The category comes from that word, else from the listed platform.

``category_after`` reads the words after a name as one phrase, hyphenated compounds joined
("self-propelled howitzer", "air-defence system"), for the category of a catalogue name too.
``designation_tail`` finds a designation the NER took into a body's name ("Royal Saudi Air Force
F-15s"). ``split_final_period`` makes the tokenizer cut the full stop off a designation ending a sentence
("... and the T-90M."), which it otherwise keeps as an abbreviation's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from .lexicon import category_of, lexicon, name_category_of
from .words import texts

SHAPES = (
    r"(?=[^a-z]*\d)[A-Z][A-Za-z]{0,4}-?\d{1,4}[A-Za-z0-9]{0,4}(-[A-Z0-9]{1,4})?",  # T-90M, Su-30SM2, K2PL
    r"[A-Z][a-z]{2,12}-\d{1,4}[A-Za-z]?",  # Orlan-30, Fath-360, Geran-2
    r"\d[A-Z]{1,2}\d{1,4}[A-Z0-9]{0,3}(-[A-Z0-9]{1,3})?",  # 2S43, 9K720, 9M723, 2S19M2
    r"[A-Z][a-z][A-Z]?-\d{1,3}[A-Za-z0-9]{0,6}(-[A-Z0-9]{1,4})?",  # design bureaus: Su-30MKM, Mi-17V5, MiG-29SMT, Il-76MD
)
DESIGNATION = re.compile("^(?:" + "|".join(f"(?:{s})" for s in SHAPES) + ")$")
# designation-shaped words that are not equipment
# (a word and a year names an event's edition: "Zapad-2021", "Army-2022", "Sea-2024", "Shield-2023B")
NOT_EQUIPMENT = re.compile(r"^(COVID|Covid|G\d|MH\d|FY\d|Q\d|H\d|P\d|B\d{1,2}$|A\d$|M\d{1,2}$|E\d$|N\d|[A-Z]\d$"
                           r"|[A-Z][a-z]+-(199\d|20[0-4]\d)[A-Z]?$)")
# head nouns that make a phrase about people, units or trade rather than a piece of equipment
NOT_EQUIPMENT_HEADS = frozenset({"force", "forces", "command", "unit", "units", "battalion", "battalions", "brigade",
                                 "brigades", "regiment", "regiments", "troops", "crew", "crews", "industry",
                                 "industries", "company", "firm", "programme", "program", "market", "exports",
                                 "sector", "school", "academy", "base", "bases", "corps", "division", "doctrine"})
# words before a code that identifies one item or a flight, not a type ("serial MSN139", "flight MH17")
IDENTIFIER_WORDS = frozenset({"serial", "number", "no", "registration", "tail", "code", "flight", "callsign",
                              "hull", "pennant", "msn", "batch", "lot", "contract", "resolution", "article"})
_ARTICLES = frozenset({"a", "an", "the"})
_LIST_JOINTS = frozenset({",", "and", "or"})
# a full stop after a designation's final capitals ("T-90M.", "K2PL.", "2S43.") ends the sentence
_VARIANT_SUFFIX = re.compile(r"^[A-Z][A-Za-z0-9]{0,5}$")  # "U", "ME", "M4CZ", "K"; not a plural "s"
_FINAL_PERIOD = r"(?<=[0-9][A-Z])\.$|(?<=[0-9][A-Z]{2})\.$|(?<=[0-9][A-Z]{3})\.$"


def split_final_period(nlp: Language) -> None:
    """Teach ``nlp``'s tokenizer to split the sentence's full stop off a designation."""
    current = nlp.tokenizer.suffix_search.__self__.pattern
    nlp.tokenizer.suffix_search = re.compile(f"(?:{current})|(?:{_FINAL_PERIOD})").search


def variant_letter_end(doc: Doc, end: int) -> int:
    """The end of a designation ending at ``end`` with the variant letter the tokenizer cut off it as
    a unit ("H-6" + "K", "T-90" + "M", "J-15" + "T": kelvin, metre, tonne)."""
    if 0 < end < len(doc) and not doc[end - 1].whitespace_ and doc[end - 1].text[-1:].isdigit() \
            and len(doc[end].text) == 1 and doc[end].text.isupper():
        return end + 1
    return end


@lru_cache(maxsize=65536)
def is_designation(text: str) -> bool:
    """Whether a word reads as a designation (asked of most words, so each distinct word once)."""
    return bool(DESIGNATION.match(text)) and not NOT_EQUIPMENT.match(text)


def phrase_after(doc: Doc, end: int, window: int = 6) -> list[str]:
    """The lower-cased words after ``end`` in the same noun phrase, hyphenated compounds joined:
    "self-propelled howitzer" -> ["self-propelled", "howitzer"]; stops at a clause's verb, a
    preposition, a conjunction or punctuation outside a compound."""
    words: list[str] = []
    i = end
    while i < len(doc) and len(words) < window:
        tok = doc[i]
        if i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i + 1].whitespace_ and not tok.whitespace_:
            j = i
            parts = [tok.lower_]
            while j + 2 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_ and not doc[j + 1].whitespace_:
                parts.append(doc[j + 2].lower_)
                j += 2
            words.append("-".join(parts))
            i = j + 1
            continue
        if tok.is_punct or tok.pos_ in {"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON", "DET"}:
            break
        words.append(tok.lower_)
        i += 1
    return words


def printed_category(doc: Doc, end: int, window: int = 4, min_words: int = 1) -> str | None:
    """The category a noun of ``printed_category_nouns`` gives the name ending at ``end`` where it ends the
    phrase after the name, printed in lower case: "AK-203 rifles", "Swathi weapon-locating radars", "Cenk 3D
    search radar"; not "the Rajputana Rifles", "truck-mounted" (one compound word), "radar operators".
    ``min_words``: the fewest words the phrase must have (2 after a plain word: "Swathi weapon-locating
    radars", not "Elta radar" or "Scania trucks", a firm's products).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> printed_category(nlp("the Swathi weapon radars"), 2), printed_category(nlp("the Rajputana Rifles"), 2)
    ('other', None)
    """
    words, printed = _phrase_printed(doc, end, window)
    if len(words) < max(1, min_words) or set(words) & NOT_EQUIPMENT_HEADS:
        return None
    best: tuple[int, str] | None = None
    for category, cues in lexicon()["printed_category_nouns"].items():
        for cue in cues:
            n = len(cue.split())
            if words[-n:] == cue.split() and printed[-n:] == words[-n:] and (best is None or n > best[0]):
                best = (n, category)
    return best[1] if best else None


def _phrase_printed(doc: Doc, end: int, window: int) -> tuple[list[str], list[str]]:
    """:func:`phrase_after`'s words, with each as printed (hyphenated compounds joined)."""
    words = phrase_after(doc, end, window)
    printed: list[str] = []
    i = end
    for word in words:
        parts = word.count("-") + 1
        j = i + 2 * (parts - 1) + 1 if parts > 1 and i + 1 < len(doc) and doc[i + 1].text == "-" else i + 1
        printed.append(doc[i:j].text.replace(" ", "") if j > i + 1 else doc[i].text)
        i = j
    return words, printed


def _apposition_category(doc: Doc, start: int, window: int = 8) -> str | None:
    """The category the head noun of an apposition from ``start`` gives ("a proposed supersonic lead-in fighter
    trainer", "a locally designed turboprop"): its words up to punctuation, a preposition or a finite verb,
    participles and adverbs read through."""
    words: list[str] = []
    for tok in doc[start:min(len(doc), start + window)]:
        if tok.i > start and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_:
            words.append(tok.lower_)  # the last part of a hyphenated compound ("lead-in")
            continue
        if tok.is_punct and tok.text != "-" or tok.pos_ in {"ADP", "CCONJ", "SCONJ", "PRON", "DET", "AUX"} \
                or tok.pos_ == "VERB" and tok.tag_ != "VBN":
            break
        words.append(tok.lower_)
    if set(words) & NOT_EQUIPMENT_HEADS or not words:
        return None
    return name_category_of(words[-2:]) or name_category_of(words[-1:])


def category_after(doc: Doc, end: int, window: int = 6) -> str | None:
    """The platform category the words after a name give ("Malva self-propelled howitzer": artillery)."""
    words = phrase_after(doc, end, window)
    if set(words) & NOT_EQUIPMENT_HEADS:  # "air-defence forces", "drone industry": no equipment named
        return None
    found = None
    for n in range(1, len(words) + 1):  # the longest phrase naming one: "rocket launcher", not "rocket"
        found = name_category_of(words[:n]) or found
    return found


def _name_after(doc: Doc, i: int, taken: set[int], category_words: set[str]) -> int:
    """The end of a designation at ``i`` with the capitalised name printed after it ("2S43 Malva")."""
    nxt = i + 1
    if nxt < len(doc) and nxt not in taken and doc[nxt].is_alpha and doc[nxt].text[:1].isupper() \
            and not doc[nxt].is_upper and doc[nxt].lower_ not in category_words and doc[nxt].pos_ == "PROPN":
        return nxt + 1
    return i + 1


_CODE_TAIL = re.compile(r"^[A-Z]{1,2}\d{0,3}$")


def code_tail_end(doc: Doc, end: int, taken: set[int]) -> int:
    """The end of a designation ending at ``end`` with a variant code glued on by a hyphen that the tokenizer
    cut off ("E195" + "-" + "E2"); ``end`` when there is none."""
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and end not in taken and end + 1 not in taken and _CODE_TAIL.match(doc[end + 1].text) \
            and not (end + 2 < len(doc) and doc[end + 2].text == "-" and not doc[end + 1].whitespace_):
        return end + 2
    return end


def designations(doc: Doc, taken: set[int], platforms: dict[int, str | None],
                 category_words: set[str]) -> list[tuple[int, int, str | None]]:
    """New platform spans ``(start, end, category)``: designation-shaped tokens outside ``taken``
    listed with a platform (``platforms``: token index -> its category) or beside an equipment word;
    a span may take in the name after the designation ("2S44" + "Giatsint") if that is not ``taken``."""
    out: list[tuple[int, int, str | None]] = []
    for i, text in enumerate(texts(doc)):
        if i in taken or i in platforms or not is_designation(text):
            continue
        tok = doc[i]
        if any(s <= tok.i < e for s, e, _ in out) or tok.i > 0 and doc[tok.i - 1].lower_ in IDENTIFIER_WORDS:
            continue
        end = _name_after(doc, tok.i, taken, category_words)
        if end == tok.i + 1:
            end = code_tail_end(doc, end, taken)  # "E195-E2": one name, not two
        category = category_after(doc, end) or printed_category(doc, end)
        if category is None:
            category = _listed_with(tok, platforms) or _listed_with(doc[end - 1], platforms)
        if category is None and end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in _ARTICLES:
            category = _apposition_category(doc, end + 2)  # "the HLFT-42, a proposed supersonic lead-in fighter trainer"
        if category is None and tok.dep_ == "appos" and doc[tok.i - 1].lower_ in {"the", ","}:
            # "the main battle tank, the T-90M"; not "the first aircraft (MSN139)"
            category = category_of([t.lower_ for t in tok.head.subtree if t.i < tok.i and not t.is_punct][-3:])
        if category is None:
            continue
        out.append((tok.i, end, category))
    # "the CJ-1000 and CJ-20A cruise missiles": a designation listed with one found above shares its noun
    found = {i: c for s, e, c in out for i in range(s, e)}
    for i, text in enumerate(texts(doc)):
        if i in taken or i in platforms or i in found or not is_designation(text):
            continue
        tok = doc[i]
        if tok.i > 0 and doc[tok.i - 1].lower_ in IDENTIFIER_WORDS:
            continue
        category = _listed_with(tok, found)
        if category is not None:
            out.append((tok.i, tok.i + 1, category))
    return out


def family_variants(doc: Doc, taken: set[int], families: dict[str, str | None]) -> list[tuple[int, int, str | None]]:
    """Designations the catalogue lacks that extend a catalogued one with a variant suffix ("KF51" +
    "U", "K2" + "ME", "T-72" + "M4CZ"): ``(start, end, category of the family)``; ``families`` maps
    the catalogue's designation-shaped names to their category."""
    out: list[tuple[int, int, str | None]] = []
    for i, text in enumerate(texts(doc)):
        if i in taken or not is_designation(text) or text in families:
            continue
        for cut in range(len(text) - 1, 1, -1):
            prefix, suffix = text[:cut], text[cut:]
            if prefix[-1].isdigit() and prefix in families and _VARIANT_SUFFIX.match(suffix):
                out.append((i, i + 1, families[prefix]))
                break
    return out


#: Verbs of making goods: a firm as their subject or agent confirms a platform only as one of its catalogued makers.
_MAKE_VERBS = frozenset({"build", "manufacture", "produce", "assemble"})
#: Parties a plain word's buyer, user or maker may be ("Oman", "the Navy", "Airbus"): not "the zoo", "a dealer".
_PARTY_LABELS = frozenset({"Country", "GovernmentBody", "Company", "Organization", "MilitaryUnit", "Alliance"})
_PARTY_NOUNS = frozenset({"government", "ministry", "military", "country", "state", "company", "firm", "maker",
                          "manufacturer", "contractor", "shipyard", "yard", "alliance", "regime"})


def _party_ok(tok: Token, verb: Token, parties: dict[int, tuple[str, str]] | None, makers: set[str]) -> bool:
    """Whether ``tok`` (the subject or agent of a goods verb) may buy, use or make equipment: a pronoun, a state,
    body, service or firm (``parties``: token index -> (label, name)) or a service or state noun; for verbs of making
    a firm that is no catalogued maker of the row (``makers``, casefolded) does not confirm it ("Ford will build the
    Puma")."""
    if parties is None or tok.pos_ == "PRON":
        return True
    party = parties.get(tok.i)
    if party is None:
        return tok.lemma_.lower() in _PARTY_NOUNS or tok.lower_ in _PARTY_NOUNS \
            or tok.lower_ in lexicon()["service_name_heads"]  # "is built by companies in Britain"
    label, name = party
    if label not in _PARTY_LABELS:
        return False
    return not (label == "Company" and makers and verb.lemma_.lower() in _MAKE_VERBS | {"offer"}
                and name.casefold() not in makers)


def _not_goods_object(tok: Token, verb: Token, heads: frozenset[str]) -> bool:
    """Whether the object ``tok`` of a goods verb is shown to be no equipment: an infinitive right after it (a command:
    "ordered the Senator to testify"), an of-phrase it heads ("upgrade the Bastion of its border") or an apposition
    with no equipment noun ("operates the Chieftain, a pub")."""
    if verb.lemma_.lower() == "order" and any(c.dep_ in {"xcomp", "ccomp", "acl", "relcl"} and c.left_edge.i == tok.i + 1
                                             and c.left_edge.lower_ == "to" for c in [*verb.children, *tok.children]):
        return True  # "ordered the Senator to testify", "ordered the Tor to be blocked" (not "... in 2012 to replace")
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return True
    return any(c.dep_ == "appos" and not _equipment_noun(c, heads) for c in tok.children)


def object_of_goods_verb(tok: Token, parties: dict[int, tuple[str, str]] | None = None,
                         makers: set[str] = frozenset()) -> bool:
    """Whether ``tok`` (the last word of a catalogue's plain-word platform) is the direct object or passive subject of
    a verb of flying, fielding, buying or making goods (``designation_object_verbs``), itself or as a compound before
    a generic platform head or a category noun:
    "Oman ordered the Typhoon", "the Redback was built in Geelong", "12 Ajax vehicles were ordered"; or an example of
    equipment ("support vehicles such as the Ajax"); not
    "signed the Typhoon deal" (a verb of deals), "bought the Typhoon programme" (no platform head), "ordered the
    Senator to testify" (a command), "The zoo bought the Puma" (no state, body or firm buys it; ``parties`` given)."""
    heads = _goods_heads()
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
        if tok.dep_ != "compound" and not _equipment_noun(tok, heads):
            return False
    if _example_of_equipment(tok, heads):
        return True
    verb = tok.head
    if not (tok.dep_ in {"dobj", "nsubjpass"} and verb.pos_ == "VERB"
            and verb.lemma_.lower() in lexicon()["designation_object_verbs"]) or _not_goods_object(tok, verb, heads):
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "agent"}]
    subjects = [next((g for g in c.children if g.dep_ == "pobj"), c) if c.dep_ == "agent" else c for c in subjects]
    return all(_party_ok(s, verb, parties, makers) for s in subjects)


def made_by_participle(tok: Token, parties: dict[int, tuple[str, str]] | None = None,
                       makers: set[str] = frozenset()) -> bool:
    """Whether ``tok`` (a name's last word) is described by a participle of ``designation_object_verbs`` with its
    agent: "the Eurofighter offered by Airbus", "the Jaguar flown by the Indian Air Force"; not "the Falcon
    spotted over the bay" (no such verb) nor "the Falcon offered in May" (no agent), nor "a Jaguar offered by a local
    dealer" / "built by Tata Motors" (an agent that is no party, or a firm that is no catalogued maker)."""
    for c in tok.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lexicon()["designation_object_verbs"]:
            agents = [next((g for g in a.children if g.dep_ == "pobj"), None) for a in c.children if a.dep_ == "agent"]
            if any(a is not None and _party_ok(a, c, parties, makers) for a in agents):
                return True
    return False


def _equipment_noun(tok: Token, heads: frozenset[str]) -> bool:
    """Whether ``tok`` is a generic platform head ("vehicles", "systems") or a category noun ("rockets")."""
    return tok.lower_ in heads or category_of([tok.lower_]) is not None


def equipment_noun(tok: Token) -> bool:
    """Whether ``tok`` is a generic platform head or a category noun (``platform_heads`` less "unit(s)")."""
    return _equipment_noun(tok, _goods_heads())


@lru_cache(maxsize=1)
def _goods_heads() -> frozenset[str]:
    """The generic platform heads that stand for equipment (``platform_heads`` less "unit(s)")."""
    return frozenset(lexicon()["platform_heads"]) - {"unit", "units"}


def _example_of_equipment(tok: Token, heads: frozenset[str]) -> bool:
    """Whether ``tok`` is an example given of equipment ("support vehicles such as the K10", "drones like the
    ZX-40", "howitzers, including the XR-9"): the object of an example's preposition
    (``designation_example_preps``) after a generic platform head or a category noun."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in lexicon()["designation_example_preps"]:
        return False
    if prep.lower_ == "as" and (prep.i == 0 or prep.doc[prep.i - 1].lower_ != "such"):
        return False  # "served as the ZX-40's pilot"
    head = prep.head
    if any(c.dep_ == "amod" and c.lower_ in _CIVIL_WORDS for c in head.children):
        return False  # "civilian vehicles such as the Jaguar"
    return head.pos_ in {"NOUN", "PROPN"} and _equipment_noun(head, heads)


_CIVIL_WORDS = frozenset({"civilian", "civil", "private", "commercial", "passenger", "consumer", "family", "luxury"})


def _listed_with(tok: Token, platforms: dict[int, str | None]) -> str | None:
    """The category of a platform ``tok`` is coordinated with ("the T-80 and the T-90M"), or printed next
    to in a list however the parser reads it ("F-35A, KF-16, F-16", "the CJ-1000 and CJ-20A cruise
    missiles": a comma, "and" or "or" between); "other" when that platform has none."""
    siblings = [*tok.conjuncts] + ([tok.head] if tok.dep_ == "conj" else [])
    for s in siblings:
        if s.i in platforms:
            return platforms[s.i] or "other"
    doc = tok.doc
    for step in (-1, 1):
        joint, other = tok.i + step, tok.i + 2 * step
        if 0 <= other < len(doc) and doc[joint].lower_ in _LIST_JOINTS and other in platforms:
            return platforms[other] or "other"
    return None


def designation_tail(doc: Doc, start: int, end: int) -> int | None:
    """Where a designation printed after a body's or firm's name starts: "Royal Saudi Air Force" +
    "F-15s", "PLA Navy" + "J-15T", "Royal Australian Air Force" + "P-8 Poseidon" (a designation and up to
    two name words end the span); ``None`` when the span does not end in one."""
    if end - start < 2:
        return None
    for k in range(end - 1, max(start, end - 4), -1):  # "Royal Australian Air Force" + "P-8 Poseidon"
        last = doc[k].text
        core = last[:-1] if last.endswith("s") and is_designation(last[:-1]) else last
        before = doc[k - 1]
        if is_designation(core) and before.is_alpha and before.text[:1].isupper() and not is_designation(before.text):
            return k
        if not (doc[k].is_alpha and last[:1].isupper()):
            return None  # only a designation's own name words may follow it
    return None
