"""The shape of a name: trims and checks that keep a span only as a plausible name of its label.

The statistical NER and the generic patterns cut names short or too long and label chunks of
headings, titles and amounts. These rules (word lists in ``lexicon.yaml`` under ``name_shape``)
look only at the span, its neighbours and the sentence's grammar:

* :func:`trim` drops what is not part of a name: a heading's opening word ("About Kazakhstan
  Engineering"), an amount ("Eurotradia International Dh24 million"), a platform designation after
  a body ("Royal Saudi Air Force F-15s");
* :func:`grow` adds what the NER left out: the rest of a name after a particle ("Hamdan bin ..."),
  a hyphenated last piece ("Seok Jong-gun"), the words after a leading designation ("CM-11 Brave Tiger");
* :func:`relabel` tells a span's label from what the text calls it: "Batken region" is a place,
  "African Lion manoeuvres" an event, "Sanjay, the army's surveillance system" a platform;
* :func:`implausible` says why a span is no name of its label (a lower-case phrase, a title, an
  outlet, an ethnic group, a programme).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .lexicon import category_of, lexicon
from .words import lowers, phrase_at, texts, title_phrase, tokens, written_lower

NAME_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}  # after a surname, no surname ("Romeo Brawner Jr.")

DESIGNATION = re.compile(r"^(?=[^a-z]*\d)[A-Z][A-Za-z]{0,4}-?\d{1,4}[A-Za-z0-9]{0,4}(-[A-Z0-9]{1,4})?$"
                         r"|^[A-Z][a-z]{2,12}-\d{1,4}[A-Za-z]?$")
BODIES = {"Organization", "GovernmentBody", "Company", "Alliance"}
_BODY_HEADS = {"office", "agency", "command", "directorate", "bureau", "council", "committee", "administration",
               "corps", "squadron", "wing", "regiment", "brigade", "division", "battalion", "center", "centre",
               "school", "academy", "institute", "movement", "group", "team", "unit", "force", "forces"}
# last words of an armed service's unit that the NER leaves out of its name
_UNIT_TAILS = {"force", "forces", "command", "corps", "fleet", "regiment", "brigade", "division", "squadron"}
_IDEOLOGY = re.compile(r"^[A-Z][a-z]{2,}ists?$")  # "Islamist", "Maoist", "Jihadists": a creed, no body
_HEADS = {"Organization": {"institute", "university", "academy", "foundation", "center", "centre", "school",
                           "association", "society", "front", "movement", "party", "brigade", "brigades",
                           "militia", "observatory", "initiative", "council", "committee", "forces", "group"}}


@lru_cache(maxsize=1)
def words() -> dict[str, set[str]]:
    """The ``name_shape`` word lists as sets (``technical`` and ``programme_words`` keep their case)."""
    data = lexicon()["name_shape"]
    return {k: set(v) if k in {"technical", "programme_words", "company_tails", "company_and_tails", "place_of_heads",
                                    "airline_words", "variant_words", "station_prefixes"} else {w.casefold() for w in v}
            for k, v in data.items()}


def _cap(tok) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha


def _amount(doc: Doc, i: int) -> bool:
    """ "Dh24" in "Dh24 million", "$5" in "$5 billion"."""
    tok = doc[i]
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return any(c.isdigit() for c in tok.text) and nxt in words()["amount_words"]


def trim(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    """The span without a heading's opening word, a trailing amount or a trailing designation."""
    w = words()
    while end - start > 1 and doc[start].lower_ in w["leading_words"] and _cap(doc[start]) \
            and _cap(doc[start + 1]):
        start += 1
    cut = end
    while end - start > 1 and _amount(doc, end - 1):
        end -= 1
    end = _without_date(doc, start, end)
    if end - start == 1 and end < cut:  # "Eurotradia" + "International" (+ "Dh24"): take the name back
        while start > 0 and _cap(doc[start - 1]) and not doc[start].is_sent_start:
            start -= 1
    return start, end  # a designation after a body's name is split off as a Platform (component._split_designation)


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def _without_date(doc: Doc, start: int, end: int) -> int:
    """The end of a name that swallowed a date after "on" ("Armament Agency on Friday", "the Council
    on 12 March"): the date is the sentence's, not the name's."""
    for i in range(start + 1, end - 1):
        if doc[i].lower_ == "on" and (doc[i + 1].lower_ in _WEEKDAYS or doc[i + 1].lower_ in _MONTHS
                                      or doc[i + 1].like_num and i + 2 < end and doc[i + 2].lower_ in _MONTHS):
            return i
    return end


def grow(doc: Doc, start: int, end: int, label: str) -> tuple[int, int, str]:
    """The span with the parts of the name the NER left out, and its label."""
    start = _plus_joined(doc, start)
    particles = words()["name_particles"]
    if label in {"Organization", "Place"} and doc[start].lower_ in words()["leading_titles"] and end - start in {3, 4} \
            and all(_cap(t) and t.pos_ == "PROPN" and t.lower_ not in _BODY_HEADS for t in doc[start + 1:end]):
        return start + 1, end, "Person"  # "Akim Erlan Nurlanov": a title and a person's name
    after_rank = start > 0 and doc[start - 1].lower_ in lexicon()["ranks"]  # "Air Vice Marshal Hakim Raza": a name
    if label == "Person" and doc[start].lower_ in words()["honorifics"] and (
            not after_rank or doc[start].lower_ in words()["knighthoods"]):
        # "Minister Delegate Fouzi" + "Lekjaa": the title is no part of the name
        while end - start > 1 and doc[start].lower_ in words()["honorifics"]:
            start += 1
        while end < len(doc) and _cap(doc[end]) and doc[end].pos_ == "PROPN" and end - start < 3:
            end += 1
    if label == "Person" and len(doc[start:end]) == 1 and doc[start].lower_.endswith("bank") \
            and len(doc[start]) > 6:
        return start, end, "Company"  # "Promsvyazbank"
    if label in {"Place", "Person", "Organization"} and end < len(doc) and doc[end].text == "Bank" \
            and not doc[end].is_sent_start:
        return start, end + 1, "Company"  # "Keremet" + "Bank"
    if label in BODIES and end + 2 < len(doc) and doc[end].lower_ in {"and", "&"} and _cap(doc[end + 1]):
        j = end + 1  # "15th China International Aviation" + "and Aerospace Exhibition": one event's name
        while j < len(doc) and _cap(doc[j]) and j - end < 5:
            j += 1
        if doc[j - 1].lower_ in set(lexicon()["event_name_heads"]):
            return start, j, "Event"
    if label in BODIES:
        start, end = _joined_name(doc, start, end)
    if label == "Company" and end + 2 < len(doc) and doc[end].lower_ == "of" and _cap(doc[end + 1]):
        j = end + 1  # "Aviation Industry" + "of Kazakhstan LLP": a firm's full name ends in its legal form
        legal = {"LLP", "LLC", "JSC", "Ltd", "Inc", "GmbH", "AG", "SA", "PLC", "Co"}
        while j < len(doc) and _cap(doc[j]) and doc[j].text.rstrip(".") not in legal and j - end < 4:
            j += 1
        if j < len(doc) and doc[j].text.rstrip(".") in legal:
            return start, j + 1, label
    if label in BODIES and end < len(doc) and doc[end].lower_ in _UNIT_TAILS and doc[end].text[:1].isupper() \
            and not doc[end].is_sent_start and doc[end - 1].lower_ not in _UNIT_TAILS:
        return start, end + 1, "GovernmentBody"  # "Naval Aviation" + "Force", "Army Aviation" + "Command"
    if label == "Company":  # "AgustaWestland Aviation" + "Services"
        while end < len(doc) and doc[end].text in words()["company_tails"] and not doc[end].is_sent_start:
            end += 1
        j = end  # "Kongsberg Aviation" + "Maintenance Services": capitalised words up to a firm's last word
        while j < len(doc) and j - end < 3 and _cap(doc[j]) and not doc[j].ent_type_ and not doc[j].is_sent_start:
            j += 1
            if doc[j - 1].text in words()["company_tails"]:
                end = j
        end = _firm_and_tail(doc, end)
    if label == "Place" and end + 1 < len(doc) and doc[end].is_lower and doc[end].lower_ in words()["region_suffixes"] \
            and doc[end + 1].pos_ not in {"NOUN", "PROPN", "ADJ"}:
        end += 1  # "the Volta" + "region", "Kangra" + "district" (not "the Kursk region governor")
    if label == "Person":
        while end < len(doc):  # "Hamdan bin" + "Mohammed Al Maktoum"
            nxt = doc[end]
            if nxt.lower_ in particles and end + 1 < len(doc) and _cap(doc[end + 1]):
                end += 1
            elif doc[end - 1].lower_ in particles and _cap(nxt):
                end += 1
            else:
                break
        if end - start > 1:  # a one-word name gets its given names once the gate keeps it (component._lone_names)
            start = given_names(doc, start, end)
        # "Seok Jong" + "-gun"
        if end - start > 1 and end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].is_lower:
            end += 2
    if label in {"Organization", "GovernmentBody"} and doc[start].lower_ in _HEADS["Organization"] | _BODY_HEADS:
        while start > 0 and _cap(doc[start - 1]) and doc[start - 1].pos_ in {"ADJ", "PROPN"} \
                and not doc[start].is_sent_start and doc[start - 1].ent_type_ in {"", "ORG"}:
            start -= 1  # "Higher" + "School of Economics"
    if DESIGNATION.match(doc[start].text) and label != "Platform" and doc[end - 1].lower_ not in _BODY_HEADS:
        # "CM-11 Brave" + "Tiger", "GBU-57 Massive Ordnance" + "Penetrators": a platform's name
        while end < len(doc) and _cap(doc[end]) and not doc[end].is_sent_start and doc[end].pos_ in {"PROPN", "NOUN"}:
            end += 1
        if end - start > 1 and doc[end - 1].lower_ not in _BODY_HEADS:  # not "F-35 Joint Program Office"
            return start, end, "Platform"
    return start, end, label


_GIVEN = re.compile(r"^[^\W\d_]+(?:['\u2019][^\W\d_]+)?$")  # "Dmitry", "Ma'ruf"
_INITIAL = re.compile(r"^[A-Z]\.$")  # "F." in "F. Austin Blessard"


@lru_cache(maxsize=1)
def _not_given() -> frozenset[str]:
    """Words that stand before a name but are none of its given names: titles, ranks, honorifics, roles, dates."""
    w, lex = words(), lexicon()
    return frozenset(w["not_given_names"] | w["honorifics"] | w["leading_titles"] | w["full_ranks"] | w["knighthoods"]
                     | w["leading_words"] | set(lex["ranks"]) | set(lex["person_roles"]) | set(lex["calendar_words"])
                     | set(lex["person_titles"]))


def _given_word(tok: Token) -> bool:
    """A capitalised proper noun that may be a given name: no entity's, no title, rank, honorific or heading word,
    and no common English word unless the NER took it for part of a person's name."""
    low = tok.lower_
    if written_lower(tok.doc, low):
        return False  # a word the text also writes in lower case ("Defence", "Peace") is no given name
    if tok.ent_type_ not in {"", "PERSON", "Person"} or tok.tag_ != "NNP":
        return False
    if not (_INITIAL.match(tok.text) or (_GIVEN.match(tok.text) and tok.text[:1].isupper() and not tok.text.isupper())):
        return False
    if tok.ent_type_ not in {"PERSON", "Person"} and low in _common_words():
        return False  # a role or opener the lists lack ("Prosecutor", "Coach", "Later"): the NER left it out too
    return low not in _not_given() and low.rstrip(".") not in _not_given()


def _common_words() -> frozenset[str]:
    """The English words of the pipeline's model (:func:`graph.mentions.lemmas.common_words`)."""
    from .lemmas import common_words
    from .nlp import MODEL

    return common_words(MODEL)


def given_names(doc: Doc, start: int, end: int) -> int:
    """The start of a person's name with the given names the NER left before its surname: "Dmitry" +
    "Shugaev", "Pratyush" + "Kumar", "Anwar-ul-" + "Haq Kakar" (a hyphenated given name with a lower-case
    particle glued to the name). At most two words are taken and the name stays within five words."""
    particles = words()["hyphen_name_particles"]
    i = start
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
            and doc[i - 2].is_alpha and end - i < 5:
        j = i - 2  # "Anwar" "-" "ul" "-" "Haq": the chain must hold a particle and open with a capital
        while j >= 2 and doc[j - 1].text == "-" and not doc[j - 1].whitespace_ and not doc[j - 2].whitespace_ \
                and doc[j - 2].is_alpha and i - j < 4:
            j -= 2
        chain = [t for t in doc[j:i] if t.text != "-"]
        if not (any(t.lower_ in particles for t in chain) and chain[0].text[:1].isupper()
                and not any(t.ent_type_ not in {"", "PERSON", "Person"} for t in chain)):
            break
        i = j
    taken = 0
    while i > 0 and taken < 2 and end - i < 5 and doc[i - 1].whitespace_ and _given_word(doc[i - 1]):
        i -= 1
        taken += 1
    if taken and i > 0 and _given_word(doc[i - 1]):
        return start  # three capitalised words before a surname: a heading or a title, not given names
    return i


def _plus_joined(doc: Doc, start: int) -> int:
    """The start of a name the tokenizer cut at a "+" written without spaces: "2" + "+" + "2 Ministerial
    Dialogue" is the "2+2 Ministerial Dialogue", "ASEAN" + "+" + "3 summit" the "ASEAN+3 summit"."""
    while start > 1 and doc[start - 1].text == "+" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].text.isalnum() and not doc[start - 2].is_sent_start:
        start -= 2
    return start


def _name_run(doc: Doc, j: int, most: int = 4) -> int:
    """The end of the capitalised words from ``j`` (at most ``most``, none opening a sentence) that no
    other name claims: the entity ruler marks countries, firms and people it knows."""
    k = j
    while k < len(doc) and k - j < most and _cap(doc[k]) and not doc[k].is_sent_start and not doc[k].ent_id_ \
            and doc[k].ent_type_ not in {"PERSON", "GPE", "NORP", "Person", "Country", "Place"}:
        k += 1
    if k < len(doc) and (_cap(doc[k]) or doc[k].ent_type_ in {"PERSON", "Person"}):
        return j  # cut off by another name ("and Defence Minister" + "Ali Khan")
    return k


def _firm_and_tail(doc: Doc, end: int) -> int:
    """A firm's name that goes on after "and" with one or two capitalised words no entity, the last a
    line of business ("Nordvik Shipbuilders" + "and Engineers"); not a second firm ("and Raytheon")."""
    if end + 1 >= len(doc) or doc[end].lower_ not in {"and", "&"}:
        return end
    j = end + 1
    while j < len(doc) and j - end <= 2 and _cap(doc[j]) and not doc[j].ent_type_ and not doc[j].is_sent_start:
        j += 1
        if doc[j - 1].text in words()["company_and_tails"] \
                and (j >= len(doc) or not (_cap(doc[j]) and doc[j].is_alpha)):
            return j
    return end


def _joined_name(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A body's name the NER cut at a joining word: "IMP Aerospace" + "& Defence", "Institute for
    Border" + "and Peace Studies", "University of the People" + "'s Liberation Army", "Self-" +
    "Defense Forces". The words after "and" or "'s" must be capitalised, unknown to the reference
    data and not themselves owners ("and Russia's ...")."""
    if start > 0 and doc[start - 1].text.endswith("-") and len(doc[start - 1]) > 1 and _cap(doc[start - 1]) \
            and not doc[start - 1].whitespace_:
        start -= 1  # "Self-" + "Defense Forces"
    elif start > 1 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and _cap(doc[start - 2]) and doc[start - 2].ent_type_ in {"", "ORG"}:
        start -= 2
    if end + 1 >= len(doc):
        return start, end
    joiner = doc[end].lower_
    inner = {t.lower_ for t in doc[start + 1:end]}
    if joiner == "&":
        k = _name_run(doc, end + 1)
        return (start, k) if k > end + 1 else (start, end)
    if joiner == "and" and inner & {"for", "of"} or joiner in {"'s", "\u2019s"} and "of" in inner:
        k = _name_run(doc, end + 1)
        last = doc[k - 1].lower_
        owner = k < len(doc) and doc[k].lower_ in {"'s", "\u2019s"}
        if k > end + 1 and not owner and (joiner == "and" or last in _BODY_HEADS | {"army", "navy", "party", "guard", "guards", "police"}):
            return start, k
    return start, end


def _classifier(doc: Doc, start: int, end: int) -> str | None:
    """The lower-case noun that classifies a name: right after it ("Batken region"), or heading its
    apposition ("INS Hansa, the naval air station in Goa")."""
    if end >= len(doc):
        return None
    nxt = doc[end]
    if nxt.text == ",":
        j = end + 1
        if j >= len(doc) or doc[j].lower_ not in {"the", "a", "an"}:
            return None  # an apposition opens with an article: "Sanjay, the army's ... system"
        j += 1
        stop = min(len(doc), j + 6)
        phrase = []
        for k in range(j, stop):
            tok = doc[k]
            if tok.is_punct or tok.pos_ in {"VERB", "AUX", "ADP"} and tok.text not in {"'s", "\u2019s"}:
                break
            phrase.append(tok)
        nouns = [t for t in phrase if t.pos_ == "NOUN" and t.is_lower]
        if nouns and " ".join(t.lower_ for t in phrase[:phrase.index(nouns[-1]) + 1][-2:]) in words()["org_phrases"]:
            return "Organization"  # "X, a Stockholm think tank"
        if not phrase or not nouns or phrase[0].pos_ == "PROPN" and phrase[0].text[:1].isupper() \
                and phrase[0].lower_ not in {"army", "navy"}:
            return None
        head = nouns[-1]
        return _kind([t.lower_ for t in phrase[:phrase.index(head) + 1]], head.lower_)
    if nxt.is_lower and nxt.is_alpha:
        phrase = [nxt.lower_]
        if end + 1 < len(doc) and doc[end + 1].is_lower and doc[end + 1].is_alpha:
            phrase.append(doc[end + 1].lower_)
        if nxt.pos_ == "ADJ" and len(phrase) > 1:  # "the Akorda presidential palace"
            return _kind(phrase, phrase[1])
        return _kind(phrase[:1], nxt.lower_)
    return None


def _kind(phrase: list[str], head: str) -> str | None:
    w = words()
    if head in w["holiday_nouns"]:
        return "holiday"
    if head in w["place_nouns"]:
        return "Place"
    if head in w["event_nouns"]:
        return "Event"
    if head in w["org_nouns"] or " ".join(phrase[-2:]) in w["org_phrases"]:
        return "Organization"
    if category_of([head]) or head in lexicon()["platform_heads"]:
        return "Platform"
    return None


def placeish(doc: Doc, start: int, end: int) -> bool:
    """A name the text shows to be a place by what follows it ("Batken region") or by the noun its
    list modifies ("in the Dashkasan, Kalbajar and Lachin directions")."""
    if _classifier(doc, start, end) == "Place":
        return True
    tok = doc[end - 1]
    for _ in range(6):
        if tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
            continue
        break
    return tok.dep_ in {"compound", "amod", "nmod"} and tok.head.i > tok.i and tok.head.is_lower \
        and tok.head.lower_ in words()["place_nouns"]


def classified(doc: Doc, start: int, end: int) -> str | None:
    """The label a lower-case noun after the name gives it ("Wazalendo militias"), if any."""
    kind = _classifier(doc, start, end)
    return kind if kind in {"Place", "Organization", "Event"} else None


def relabel(doc: Doc, start: int, end: int, label: str, source: str) -> str | None:
    """The label the text gives a name the NER labelled (``None``: drop it; "holiday" names go)."""
    if source != "ner" or label in {"Country", "Platform"}:
        return label
    if label == "Event" and category_of([doc[end - 1].lower_]):
        return "Platform"  # "105-mm Light Field Guns"
    kind = _classifier(doc, start, end)
    if kind == "holiday":
        return None
    if kind == "Platform" and label in {"Person", "Organization", "Place"}:
        last, w = doc[end - 1].lower_, words()
        if last in w["no_platform_heads"] | w["military_unit_heads"] | w["region_suffixes"] \
                or label == "Place" and last in w["place_nouns"]:
            return label  # "Ibaraki Prefecture, the last Phantom unit": the apposition is another name's
        return "Platform" if end < len(doc) and doc[end].text == "," else label
    if kind == "Event" and label in {"Person", "Organization"} or kind == "Place" and label in {
            "Person", "Organization", "Event", "Place"}:  # not "Kursk" in "the Kursk offensive": a place stays one
        if label == "Organization" and kind == "Place" and doc[start:end][-1].lower_ in _HEADS["Organization"]:
            return label  # "the Institute's headquarters"
        return kind
    return label


_NUMERAL = re.compile(r"[0-9]{1,3}[A-Z]?|[IVX]{1,5}")
_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central",
            "northern", "southern", "eastern", "western"}


def implausible(doc: Doc, span: Span, label: str, source: str, demonyms: set[str]) -> str | None:
    """Why ``span`` is no name of ``label`` (``None``: it may be one)."""
    w = words()
    toks = list(span)
    particle = toks[0].lower_ in w["name_particles"] or toks[0].lower_.startswith(("al-", "el-"))
    if source == "ner" and label not in {"Event", "GovernmentBody"} and not toks[0].text[:1].isupper() \
            and not toks[0].text[:1].isdigit() and not particle:  # "al-Assad" is a name
        return "lower-case phrase"
    if span.text in w["technical"] or toks[0].text in w["technical"] and len(toks) == 1:
        return "technical acronym"
    alpha = [t for t in toks if t.is_alpha]
    if label in {"Person", "Organization", "GovernmentBody"} and alpha \
            and all(t.lower_ in w["honorifics"] for t in alpha) and source == "ner":
        return "a title"
    if label == "Person" and len(toks) == 1:
        after = doc[span.end] if span.end < len(doc) else None
        before = doc[span.start - 1] if span.start else None
        if after is not None and after.text == "-" and not toks[0].whitespace_:
            return "the first half of a compound ('Mk-series')"
        if before is not None and before.lower_ in {"a", "an"}:
            return "a modifier ('a Hutu militia')"
    if label == "Person" and any(t.like_num or any(c.isdigit() for c in t.text) for t in toks):
        return "a number in the name ('Air Base 101')"
    if label == "Person" and "-in-chief" in span.text.lower():
        return "an office's title ('General Officer Commanding-in-Chief')"
    if label in BODIES and len(toks) == 2 and toks[0].text in {"Block", "Tranche", "Batch", "Flight", "Increment"} \
            and _NUMERAL.fullmatch(toks[1].text):
        return "a production block of a type ('the Block IV' of a missile, 'Tranche 3A' of a fighter)"
    if label == "Place" and all(t.lower_ in _COMPASS or t.text in {"-", "\u2010"} for t in toks):
        return "a direction ('South-East' of 'South-East Asian')"
    if label == "Person" and len(toks) > 1 and toks[-1].lower_ in lexicon()["document_heads"]:
        return "a document's name ('the Lisbon Declaration')"
    if label == "Organization" and source == "ner" and len(toks) > 1 and toks[-1].text[:1].isupper() \
            and toks[-1].lower_ in {"treaty", "convention", "charter", "declaration", "principles", "accords"}:
        return "a document's name ('the Montreux Convention')"
    if label == "Person" and len(toks) > 1 and toks[-1].lower_.rstrip(".") in lexicon()["firm_suffixes"]:
        return "a firm's name ('Kestrel Holdings')"
    if label == "Person" and source == "ner" and span.start and doc[span.start - 1].lower_ in {"a", "an"}:
        return "a member of a party or people ('a Social Democrat')"
    if label == "Organization" and source == "ner" and len(toks) == 1 and _IDEOLOGY.search(toks[0].text):
        return "a creed's adjective ('Islamist insurgents')"
    first = doc[span.start - 2] if span.start >= 2 else None
    if label in BODIES and first is not None and doc[span.start - 1].text in {"and", "&"} \
            and first.text[:1].isupper() and not first.is_sent_start \
            and (doc[span.start - 1].ent_iob_ == "I" or not first.ent_type_ and first.pos_ == "PROPN"):
        return "the tail of a name cut at 'and' ('Belt and Road Initiative', 'Space & Mission Systems')"
    if label in BODIES and span.end < len(doc) and doc[span.end].text in w["programme_words"] \
            and not doc[span.end].is_sent_start:
        return "part of a programme's name"
    if label in {"Organization", "GovernmentBody", "Company"} and len(toks) > 1 \
            and toks[-1].lower_ in w["outlet_heads"] or label == "Person" and toks[-1].lower_ in w["outlet_only_heads"]:
        return "a news outlet"
    after = [t for t in doc[span.end:span.end + 2]]
    if after and after[0].like_num and not after[0].is_sent_start:
        after = after[1:]
    if label in {"Organization", "Company"} and source in {"ner", "pattern"} and after and after[0].is_lower \
            and after[0].lower_ in w["division_nouns"] | w["programme_nouns"]:
        return "a part or programme ('Air Power business', 'Re-Horizon 3 phase')"
    if label == "Place" and source == "ner" and after and after[0].is_lower and after[0].lower_ in w["people_nouns"] \
            and span.root.head == after[0] and span.root.dep_ in {"compound", "amod", "nmod"}:
        return "a people ('Yanomami communities', 'Tuareg rebels')"
    if label == "Organization" and source == "ner" and len(toks) == 2 and toks[0].text in demonyms \
            and toks[-1].lower_ not in _HEADS["Organization"]:
        return "a people ('Congolese Tutsi')"
    if label in BODIES:
        return _office_title(doc, span)
    return None


def _office_title(doc: Doc, span: Span) -> str | None:
    """Why a body's span is an office's title or the tail of one: "the Inspector-General of Police", "National
    Security Adviser", "Defence Staff" of "Chief of Defence Staff" (the catalogue of ``office_titles.csv`` and
    the lexicon's titles of more than one word); a state body's name of several words ("General Staff") stays."""
    from ..reference.titles import catalogued_titles

    toks = list(span)
    if toks and toks[0].lower_ == "the":
        toks = toks[1:]
    titles = catalogued_titles() | {t for t in lexicon()["person_titles"] if " " in t or "-" in t}
    if toks and title_phrase(toks) in titles:
        return "an office title ('Inspector-General of Police')"
    if " " in title_phrase(toks) and title_phrase(toks) in {b.casefold() for b in lexicon()["state_bodies"]}:
        return None  # "General Staff" of "Chief of the General Staff" is a body; "Army" of "Chief of Army" is not
    for k in range(1, 5):
        if span.start - k >= 0 and phrase_at(doc, span.start - k, span.end) in titles:
            return "the tail of an office title ('Chief of Defence Staff')"
    return None


def banks(doc: Doc, taken: set[int]) -> list[tuple[int, int, str]]:
    """Banks the NER missed ("Keremet Bank, a commercial lender"): capitalised words before "Bank"
    that no mention covers; a central, national or state bank is a state body."""
    out = []
    for i, text in enumerate(texts(doc)):
        if text != "Bank" or i in taken or i == 0 or not _cap(doc[i - 1]):
            continue
        tok = doc[i]
        start = tok.i
        while start > 0 and _cap(doc[start - 1]) and start - 1 not in taken and tok.i - start < 3 \
                and doc[start - 1].lower_ not in words()["leading_words"] and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if start == tok.i:
            continue
        state = {t.lower_ for t in doc[start:tok.i]} & {"central", "national", "state", "reserve"}
        out.append((start, tok.i + 1, "GovernmentBody" if state else "Company"))
    return out


def name_run(doc: Doc, start: int, word: Callable[[Token], bool], after_particle: Callable[[Token], bool],
             most: int = 4) -> tuple[int, int]:
    """(end, words taken) of a person's name from ``start``: up to ``most`` name words (``word``), with
    up to two lower-case particles inside before a name word (``after_particle``: "Júlio César" + "de
    Arruda", "Pieter" + "van der Merwe"; particles do not count) and glued hyphenated parts ("Dema-ala")."""
    toks = tokens(doc)
    particles = words()["name_particles"]
    end, names = start, 0
    while end < len(doc) and names < most and word(toks[end]):
        end += 1
        names += 1
        k = end
        while k < len(doc) and k - end < 2 and toks[k].is_lower and toks[k].lower_ in particles:
            k += 1
        if end < k < len(doc) and after_particle(toks[k]):
            end = k
        while end + 1 < len(doc) and toks[end].text == "-" and not toks[end - 1].whitespace_ \
                and not toks[end].whitespace_ and toks[end + 1].is_alpha:
            end += 2  # "Dema-ala"
    if start < end < len(doc) and toks[end - 1].lower_ in particles and word(toks[end]):
        end += 1  # no name ends in a particle: "Salman bin Rashid Al" + "Khalifa"
    return end, names


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")  # "V.R.", "K."
_RANKED_MOST = 6  # name words after a rank: Malay and Arab names run to five or six


def ranked_people(doc: Doc) -> list[tuple[int, int]]:
    """People named after a military rank the NER missed or cut ("Air Chief Marshal Zaheer Ahmed
    Babar Sidhu", "Lt. Gen. Mykola Oleshchuk"): (start, end) of the two to six capitalised proper
    nouns after a capitalised rank phrase that ends in a full rank word. Six, not four: a name of five
    words ("General Mohd Asghar Khan Goriman Khan") cut after its fourth left a person of no such name,
    its last word dangling (the one such run of the twenty-eight development halves)."""
    toks = tokens(doc)
    ranks = set(lexicon()["ranks"])
    full = set(words()["full_ranks"])

    def unranked(t: Token) -> bool:
        return _cap(t) and t.pos_ == "PROPN" and t.lower_ not in ranks

    low = lowers(doc)  # (each token's ``lower_``, read without a ``Token`` attribute call)
    out = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and low[j] in ranks and _cap(toks[j]):
            j += 1
        if j == i or low[j - 1] not in full:
            i = max(j, i + 1)
            continue
        end, _ = name_run(doc, j, lambda t: unranked(t) and t.text.replace("-", "").isalpha()
                          or t.pos_ == "PROPN" and _INITIALS.fullmatch(t.text) is not None, unranked, _RANKED_MOST)
        while end > j and _INITIALS.fullmatch(toks[end - 1].text):
            end -= 1  # initials only before a name ("V.R. Chaudhari")
        if end - j >= 2 and end < len(doc) and toks[end].lower_ in ranks and _cap(toks[end]) \
                and toks[end].pos_ == "PROPN" and toks[end].lower_ not in full \
                and (end + 1 == len(doc) or not toks[end + 1].text[:1].isupper() and toks[end + 1].lower_ != "of"):
            end += 1  # "Commodore Rashid Mehmood Sheikh, who ...": a title word closing a name is its surname
        if end - j >= 2 and end < len(doc) and toks[end].text in NAME_SUFFIXES:
            end += 1  # "Romeo Brawner Jr."
        firm = end > j and toks[end - 1].lower_.rstrip(".") in lexicon()["firm_suffixes"]
        title = "-in-chief" in doc[j:min(len(doc), end + 4)].text.lower()  # "General Officer Commanding-in-Chief"
        if end - j >= 2 and not firm and not title:  # "General Atomics Global Corporation" is a firm
            out.append((j, end))
        i = end if end > j else j
    return out


_ORDINAL = re.compile(r"\d+(st|nd|rd|th)")


def _ordinal(tok) -> bool:
    return bool(_ORDINAL.fullmatch(tok.text))


@lru_cache(maxsize=1)
def _venue_phrases() -> dict[str, list[list[str]]]:
    """The venue phrases ("air base") by first word, longest first, the locative-only ones too."""
    out: dict[str, list[list[str]]] = {}
    w = words()
    for p in sorted((p.split() for p in w["venue_phrases"] | w["locative_venue_phrases"]), key=len, reverse=True):
        out.setdefault(p[0], []).append(p)
    return out


@lru_cache(maxsize=1)
def _locative_only() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(p.split()) for p in words()["locative_venue_phrases"])


@lru_cache(maxsize=1)
def _venue_last_words() -> frozenset[str]:
    """The last words of the venue phrases that name a place anywhere ("airfield", "base", "ground")."""
    return frozenset(p.split()[-1] for p in words()["venue_phrases"])


def _after_place_preposition(tok) -> bool:
    """Whether a noun stands as a place: after a place preposition, itself or as a later item of a list after
    one ("at the X range", "over the Y park, the Z tank range and ..."), or listed with a venue that names a
    place anywhere ("the Z tank range and the W airfield")."""
    last = _venue_last_words()
    if any(c.dep_ == "conj" and c.lower_ in last for c in tok.children) \
            or tok.dep_ == "conj" and tok.head.lower_ in last:
        return True
    for _ in range(6):
        if tok.dep_ != "conj" or tok.head is tok:
            break
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in words()["locative_venue_preps"]


_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her"}


def venues(doc: Doc, countries: set[int]) -> list[tuple[int, int, str]]:
    """Named places written with a lower-case venue phrase ("the Holzdorf air base", "Russia's 102nd
    military base"): (start, end, the name in Title Case). ``countries`` are tokens of country
    mentions, which never start such a name ("a Russian air base" is no name)."""
    by_first = _venue_phrases()
    low = lowers(doc)
    out = []
    for i in range(len(doc) - 1):  # a phrase follows the name
        candidates = by_first.get(low[i + 1])
        if not candidates or i in countries:
            continue
        tok = doc[i]
        if not (_cap(tok) or _ordinal(tok)) or not doc[i + 1].is_lower or low[i] in _DETERMINERS:
            continue  # ("The corridor will be ..." opens a sentence: no name)
        phrase = next((p for p in candidates if low[i + 1:i + 1 + len(p)] == p), None)
        if phrase is None or tuple(phrase) in _locative_only() \
                and not _after_place_preposition(doc[tok.i + len(phrase)]):
            continue  # "the Iskander range of 500 km": no place
        start = tok.i
        while start > 0 and _cap(doc[start - 1]) and start - 1 not in countries and not doc[start].is_sent_start \
                and doc[start - 1].lower_ not in {"the", "a", "an"}:  # not "The" opening the sentence
            start -= 1
        while start > 1 and doc[start - 1].text in {"-", "\u2013"} and not doc[start - 1].whitespace_ \
                and not doc[start - 2].whitespace_ and _cap(doc[start - 2]) and start - 2 not in countries:
            start -= 2  # "the Malacky-Kuchyňa air base": both names of a twin-named base
        end = tok.i + 1 + len(phrase)
        name = doc[start:tok.i + 1].text + " " + " ".join(w.capitalize() for w in phrase)
        out.append((start, end, name))
    return out
