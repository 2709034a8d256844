"""Plain-word catalogue platforms ("Patriot", "Typhoon", "Redback") read as equipment by their setting.

A catalogued platform named by a plain word is kept only where the text shows it is equipment
(``component.py``: a category noun after it, a count before its plural, a list with other platforms).
Three more settings show it, in any article:

* an equipment unit noun right after it ("Patriot batteries", "two Patriot launchers", "the Typhoon
  fleet": ``platform_unit_nouns`` in ``lexicon.yaml``);
* an armed service named right before it, or its possessive ("Royal Air Force Typhoons", "Italian Air Force
  Eurofighters", "the US Navy's Orca", "the French army's Leclerc");
* its plural, capitalised, after a lower-case word or a determiner ("where Typhoons joined them",
  "The Redbacks will replace ..."): a storm, a team or a people is named in the singular or after a
  capitalised word ("the Tamil Tigers", "the Saudi Hawks"), and a unit's nickname is quoted where the
  text gives it ('No. 23 Squadron, the "Panthers"').

* an equipment modifier right before it, a compound of a word and ``platform_modifier_tails`` ("the
  long-range Patriot", "a Korean-built Redback", "the ship-launched Harpoon") or a word of
  ``platform_modifiers`` ("the supersonic Meteor", "the tracked Ajax"): said of equipment only;
* a company's possessive right before it ("Rheinmetall's Lynx", "Saab's Archer"): a firm's product;
* a category phrase printed in lower case right after it, read by its words whatever the parser tags them
  ("Bradley fighting vehicles", "the Dingo protected vehicle", "Osprey tilt-rotor": the parser takes
  "fighting" or "protected" for a verb, which ends the noun phrase ``category_after`` reads);
* a country's adjective right before it, not followed by another capitalised word ("the American Patriot",
  "with Turkish Kaan jets"; not "the American Eagle Outfitters"), or a country's possessive ("India's
  Tejas"): a state's equipment;
* a noun phrase listed with one that holds a platform, the parser having joined the phrases by their heads ("the
  Jaguar and the MiG-29 fleets", "the Storm Shadow cruise missile and the Brimstone air-to-ground weapon":
  ``listed_phrase_with_platform``); an item of a list confirmed later confirms the items before it too;
* the object or passive subject of a verb of flying, fielding, buying or making goods, or a participle of one with
  its agent ("Oman ordered the Typhoon", "the Eurofighter offered by Airbus": ``designations.object_of_goods_verb``,
  ``designations.made_by_participle``).

None of them holds for a word that is part of another platform's name in the same text ("the Boeing
P-8A Poseidon ... the Poseidons"): that is the other platform's short name, not the catalogue's plain word.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from .designations import equipment_noun
from .lexicon import category_of, lexicon, name_category_of

_DETERMINERS = frozenset({"the", "these", "those", "some", "more", "many", "new", "all", "both", "whose", "his", "her"})


@lru_cache(maxsize=1)
def _unit_nouns() -> frozenset[str]:
    return frozenset(lexicon()["platform_unit_nouns"])


@lru_cache(maxsize=1)
def _user_nouns() -> frozenset[str]:
    return frozenset(lexicon()["platform_user_nouns"])


def unit_noun_after(doc: Doc, end: int) -> bool:
    """Whether an equipment unit noun ("batteries", "launchers", "fleet") follows the name at ``end``."""
    return end < len(doc) and doc[end].text in _unit_nouns()  # lower-case: "the Tiger Squadron" is a unit


_QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''"})


def quoted_somewhere(doc: Doc, text: str) -> bool:
    """Whether ``text`` stands between quote marks anywhere in ``doc`` (a nickname: 'the "Panthers"')."""
    return any(t.text == text and t.i > 0 and doc[t.i - 1].text in _QUOTES for t in doc)


def plural_in_prose(doc: Doc, start: int, end: int, singular_known: bool) -> bool:
    """Whether the one-word name at ``start`` is a capitalised plural ("Typhoons") of a catalogued
    name (``singular_known``) after a lower-case word or a determiner, not after a capitalised name
    nor a nickname the text quotes."""
    word = doc[start]
    if end - start != 1 or not singular_known or not word.text.endswith("s") or start == 0 \
            or quoted_somewhere(doc, word.text):
        return False
    prev = doc[start - 1]
    if prev.is_sent_start and prev.lower_ in _DETERMINERS:
        return True  # "The Redbacks will replace ..."
    return prev.is_alpha and (prev.is_lower or prev.lower_ in _DETERMINERS) and not word.is_sent_start


def other_platform_word(doc: Doc, start: int, end: int, other_words: set[str]) -> bool:
    """Whether the one-word name (or its singular) is a word of another platform's name in the text."""
    text = doc[start:end].text
    return text in other_words or text.endswith("s") and text[:-1] in other_words


@lru_cache(maxsize=1)
def _modifiers() -> tuple[frozenset[str], frozenset[str]]:
    lex = lexicon()
    return frozenset(lex["platform_modifier_tails"]), frozenset(lex["platform_modifiers"])


def modifier_before(doc: Doc, start: int) -> bool:
    """Whether an equipment modifier stands right before the name at ``start``: "long-range", "Korean-built"
    (a hyphen and a tail word), "supersonic", "tracked" (a modifier word)."""
    if start == 0:
        return False
    tails, words = _modifiers()
    prev = doc[start - 1]
    if prev.lower_ in tails:
        return start >= 3 and doc[start - 2].text == "-" and not doc[start - 2].whitespace_ and doc[start - 3].is_alpha
    return prev.lower_ in words and not prev.is_sent_start


def maker_before(doc: Doc, start: int, company_ends: set[int]) -> bool:
    """Whether a company's name and its possessive stand right before the name ("Rheinmetall's Lynx");
    ``company_ends`` holds the end indexes of the company mentions."""
    return start >= 2 and doc[start - 1].tag_ == "POS" and start - 1 in company_ends


def service_before(doc: Doc, start: int, service_ends: set[int]) -> bool:
    """Whether an armed service's name, or its possessive, ends right before the name ("Royal Air Force Typhoons",
    "the US Navy's Orca"), the name not modifying a lower-case noun other than an equipment or unit noun (not "the
    Navy's Neptune festival", "the Indian Army's Warrior ethos")."""
    if not (start - 1 in service_ends or start >= 2 and doc[start - 1].tag_ == "POS" and start - 2 in service_ends):
        return False
    word = doc[start]
    head = word.head
    return not (word.dep_ == "compound" and head.i > word.i and head.is_lower and head.pos_ == "NOUN"
                and not _equipment_head(head) and head.text not in _user_nouns())


def _equipment_head(tok: Token) -> bool:
    """Whether ``tok`` is an equipment noun: a generic platform head, a category noun or its plural ("carriers"),
    an equipment unit noun ("batteries")."""
    return equipment_noun(tok) or tok.text in _unit_nouns() \
        or tok.lower_.endswith("s") and category_of([tok.lower_[:-1]]) is not None


def conjunct_holds_platform(head: Token, platform_tokens: set[int], skip: int = -1) -> bool:
    """Whether a conjunct of ``head`` (not the token at ``skip``) is a platform's word or has one as a compound
    before it ("Dhruv and Rudra helicopters", "the Jaguar and the MiG-29 fleets")."""
    return any(p.i in platform_tokens or any(c.i in platform_tokens for c in p.children
                                             if c.dep_ in {"compound", "nmod", "amod"} and c.i < p.i)
               for p in head.conjuncts if p.i != skip)


def listed_phrase_with_platform(word: Token, platform_tokens: set[int]) -> bool:
    """Whether the noun phrase a name stands in is listed with one that holds a platform, the parser having joined
    the phrases by their lower-case heads: "the Jaguar and the MiG-29 fleets", "the Storm Shadow cruise missile
    and the Brimstone air-to-ground weapon" (the name the last word ``word`` ends, or a modifier of such a head);
    not "the Jaguar Squadron and the MiG-29 fleets" (a capitalised head: another name) nor "the Mistral choir and
    the Rafale jets" (a head that is no equipment noun)."""
    head = word
    for _ in range(3):
        if head.dep_ not in {"compound", "amod", "nmod"} or head.head.i <= head.i \
                or head.head.pos_ not in {"NOUN", "PROPN"}:
            break
        head = head.head
        if not head.is_lower:
            return False
    if head is not word and not _equipment_head(head) and category_phrase_after(word.doc, word.i + 1) is None:
        return False  # not "the Mistral choir and the Rafale jets"
    return conjunct_holds_platform(head, platform_tokens, word.i)


_PHRASE_STOPS = frozenset({"and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as",
                           "the", "a", "an", "is", "are", "was", "were", "be", "been", "has", "have", "had", "that",
                           "which", "who", "will", "would", "can", "could"})


def lower_phrase_after(doc: Doc, end: int, window: int = 4) -> list[str]:
    """The lower-case words printed right after a name at ``end`` (hyphenated compounds joined: "air-to-ground"),
    up to ``window`` words, ending at punctuation, a capitalised word, a number or a function word."""
    words: list[str] = []
    i = end
    while i < len(doc) and len(words) < window:
        tok = doc[i]
        if tok.text == "-" and words and i + 1 < len(doc) and not doc[i - 1].whitespace_ and not tok.whitespace_ \
                and doc[i + 1].is_alpha and doc[i + 1].is_lower:
            words[-1] += "-" + doc[i + 1].text
            i += 2
            continue
        if not (tok.is_alpha and tok.is_lower) or tok.lower_ in _PHRASE_STOPS:
            break
        words.append(tok.lower_)
        i += 1
    return words


def category_phrase_after(doc: Doc, end: int) -> str | None:
    """The platform category the lower-case phrase right after a name gives it ("fighting vehicles")."""
    words = lower_phrase_after(doc, end)
    found = None
    for n in range(1, len(words) + 1):
        found = name_category_of(words[:n]) or _plain_category(words[:n]) or found
    return found


def _plain_category(words: list[str]) -> str | None:
    text = " ".join(words)
    return next((category for category, cues in lexicon()["plain_name_category_nouns"].items()
                 if any((" " + text).endswith(" " + cue) for cue in cues)), None)


def country_before(doc: Doc, start: int, end: int, country_ends: set[int]) -> bool:
    """Whether a country's adjective or possessive stands right before the one-word name at ``start``
    ("the American Patriot", "India's Tejas"), the name not followed by another capitalised word nor by a
    noun other than a unit's ("American Patriot units"; not "the Palestinian Fatah movement"); ``country_ends`` holds the end indexes of the country mentions."""
    if start == 0 or end < len(doc) and (doc[end].text[:1].isupper() or doc[end].pos_ in {"NOUN", "PROPN"}
                                        and doc[end].text not in _unit_nouns() | _user_nouns()):
        return False  # "the Palestinian Fatah movement": a noun after the name heads another phrase
    if start in country_ends:
        return not doc[start - 1].is_sent_start
    return start >= 2 and doc[start - 1].tag_ == "POS" and start - 1 in country_ends
