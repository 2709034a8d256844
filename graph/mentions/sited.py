"""Places the NER leaves untagged or tags as a body, known from where they stand: "off Coquimbo",
"near Kamra" (only a place stands there), "at Marignane in southern France", "built at Itajaí by" (a
name after "at" that closes its phrase, unless "at" follows a person's post, "an analyst at X", or the name
is an acronym, an institution's or a firm's short name: of the required gold places the code of session 35
missed in thirty-three dev halves, twenty-one stood so with no mention, in sixteen halves), "Porbandar in Gujarat",
"Faya-Largeau in the north" (a name placed inside a known place or a compass part of one), "the town
of Saravan", "the exclave of Vorukh" (a name after a settlement noun and "of"), "Zhanaozen, an oil town
in ..." (a town noun in the apposition after it). A name the NER tags as
a people ("NORP": "born in Cimahi in West Java") is a place only where a known place or a settlement
noun sets it ("near Kurdish positions" stays no place), and so is one the NER reads as a place after
"from" or "via" ("from Porbandar in Gujarat"). Word lists in ``lexicon.yaml`` under
``sited_places``.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .lexicon import lexicon
from .mention import Mention
from .words import lowers, tokens

_NO_PLACE_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "PERSON"}
_PLACE_ENTS = {"", "GPE", "LOC", "FAC"}  # (untagged, or a place the NER saw; not an organisation, a person)
_MAX_WORDS = 4


@lru_cache(maxsize=1)
def _words() -> dict[str, set[str]]:
    return {k: {w.casefold() for w in v} for k, v in lexicon()["sited_places"].items()}


def _name(tok) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha and tok.pos_ == "PROPN" and tok.ent_type_ not in _NO_PLACE_ENTS


def _people_word(tok) -> bool:
    """Whether the NER read the word as a people ("NORP"): a place only where a known place sets it."""
    return tok.ent_type_ == "NORP"


def settlement_before(doc: Doc, start: int) -> bool:
    """Whether a settlement noun and "of" stand right before ``start`` ("the town of", "the Tajik exclave of",
    "the province of"; ``settlement_nouns``): only a place is named there."""
    low = lowers(doc)
    return start >= 2 and low[start - 1] == "of" and low[start - 2] in _words()["settlement_nouns"] \
        and doc[start - 2].is_lower


def _chain_end(doc: Doc, i: int, taken: set[int]) -> int:
    """End of the untagged capitalised name from ``i`` ("Surat Thani", "Faya-Largeau")."""
    toks = tokens(doc)
    end = i + 1
    while end < len(doc) and end - i < _MAX_WORDS and end not in taken:
        tok = toks[end]
        if _name(tok) and not tok.is_sent_start:
            end += 1
        elif tok.text == "-" and not tok.whitespace_ and not toks[end - 1].whitespace_ and end + 1 < len(doc) \
                and end + 1 not in taken and _name(toks[end + 1]):
            end += 2  # "Faya-Largeau"
        else:
            break
    return end


_CLAUSE_ENDS = {",", ".", ";", ":", ")", "and"}
_REAL_PREPS = {"at", "in", "near", "off", "outside", "around"}  # not "," or "and": a name in a list of names


def placed_after(doc: Doc, end: int, places: dict[int, int], known: set[int] = frozenset()) -> bool:
    """Whether "in <place>", "in the north", "in southern <place>" or ", <known place>," (a country or
    a catalogued place set off by commas alone: "in Cholpon-Ata, Kyrgyzstan,"; not "X, Kyrgyzstan's
    ...") follows token ``end``; ``places`` maps the starts of place mentions to their ends, ``known``
    holds the starts of the countries and catalogued places among them."""
    w, low = _words(), lowers(doc)
    if end + 1 < len(doc) and low[end] == "," and end + 1 in known:
        after = places[end + 1]
        return after >= len(doc) or low[after] in _CLAUSE_ENDS
    if end + 1 >= len(doc) or low[end] != "in":
        return False
    nxt = end + 1
    if nxt in places:
        return True
    if low[nxt] == "the" and nxt + 1 < len(doc) and low[nxt + 1] in w["compass_nouns"]:
        return True
    return low[nxt] in w["compass_adjectives"] and nxt + 1 in places


_APPOSITION_ENDS = {",", ".", ";", ":", ")", "-", "of", "in", "on", "near", "where", "which", "that", "north", "south",
                    "east", "west", "and"}


def settlement_apposed(doc: Doc, end: int) -> bool:
    """Whether ", a/an/the [words] <town noun>" follows the name ending at ``end`` ("Zhanaozen, an oil town in
    ...", "Tinzaouaten, a small town", "X, the capital of Y"; ``town_words``), the noun closing its phrase
    (not "the capital's parade ground", "a venture capital firm")."""
    low, towns = lowers(doc), set(lexicon()["town_words"])
    if end + 2 >= len(doc) or low[end] != "," or low[end + 1] not in {"a", "an", "the"}:
        return False
    for i in range(end + 2, min(len(doc) - 1, end + 6)):
        if low[i] in towns:
            return low[i + 1] in _APPOSITION_ENDS
        if not doc[i].is_lower or not doc[i].is_alpha:
            return False
    return False


def _sited(doc: Doc, start: int, end: int, places: dict[int, int], taken: set[int], known: set[int],
           bodies: dict[str, set[int]] | None = None) -> bool:
    w, low, toks = _words(), lowers(doc), tokens(doc)
    if start == 0 or doc[start].is_sent_start:
        return False
    if settlement_before(doc, start) or settlement_apposed(doc, end):
        return True  # "the town of Saravan", "the exclave of Vorukh", "Zhanaozen, an oil town"
    prev = toks[start - 1]
    if _people_word(toks[start]):  # "born in Cimahi in West Java": a known place must set it
        return prev.lower_ in w["site_preps"] and placed_after(doc, end, places)
    if prev.lower_ in w["route_preps"]:  # "from Porbandar in Gujarat": a place the NER saw, set by a known place
        return toks[start].ent_type_ in _PLACE_ENTS and placed_after(doc, end, places)
    if prev.lower_ in w["near_preps"] and prev.pos_ == "ADP" and prev.dep_ != "prt":
        return True  # "near Kamra", "off Coquimbo": not "kicked off"
    if prev.lower_ not in w["site_preps"]:
        return False
    if prev.lower_ in w["at_preps"] and _person_at(doc, start - 1):
        return False  # "engineers at Dornmark in Bavaria", "was interviewed at Bloomberg": a body, not a place
    if placed_after(doc, end, places, known if prev.lower_ in _REAL_PREPS else frozenset()):
        return True
    if prev.lower_ in w["at_preps"] and prev.pos_ == "ADP" and _at_site(doc, start - 1, end) \
            and not (bodies or {}).get(toks[start].lower_, set()) - {start}:
        return True  # "built at Itajaí by", "a ceremony at Kadriorg,": not "an analyst at Brookings", not
        # "jobs at Hanwha and its suppliers" beside "Hanwha Aerospace" (a body's short name)
    # "Sarsawa and Gorakhpur in Uttar Pradesh": the first of two places in one
    if end + 1 < len(doc) and low[end] == "and" and toks[end + 1].text[:1].isupper() and toks[end + 1].is_alpha:
        return placed_after(doc, _chain_end(doc, end + 1, taken), places)
    return False


def _person_at(doc: Doc, at: int) -> bool:
    """Whether "at" (token ``at``) hangs from, or follows, a person's trade or a verb of speaking to the press
    (``at_person_nouns``: "bankers at Lazard", "told reporters at Reuters", "was interviewed at Bloomberg")."""
    head = doc[at].head
    return bool({head.lower_, head.lemma_.lower(), doc[at - 1].lower_ if at else ""} & _words()["at_person_nouns"])


def _at_site(doc: Doc, at: int, end: int) -> bool:
    """Whether the name after "at" (token ``at``) ending at ``end`` closes its phrase (a comma, a full stop,
    "in", "by", "near": ``at_name_ends``), is no acronym and no institution's name (``at_institution_heads``),
    and "at" hangs from no word of a person's post or study ("an analyst
    at X", "studied at X": ``at_affiliation_words``), so that the name is where something is or happens."""
    w, low = _words(), lowers(doc)
    if end < len(doc) and low[end] not in w["at_name_ends"] or low[end - 1] in w["at_institution_heads"] \
            or any(t.is_upper and len(t) > 1 for t in doc[at + 1:end]):
        return False  # "at ILA,", "at RUSI": an acronym names a show or a body; "at Clare College,": a body
    head = doc[at].head
    words = {head.lower_, head.lemma_.lower(), low[at - 1] if at else ""}
    return not words & (w["at_affiliation_words"] | set(lexicon()["person_roles"]) | set(lexicon()["apposition_roles"]))


def _body_openers(doc: Doc, mentions: list[Mention]) -> dict[str, set[int]]:
    """The first words of the document's longer names of firms and bodies ("hanwha" of "Hanwha Aerospace"),
    each with the starts of the names it opens."""
    out: dict[str, set[int]] = {}
    for m in mentions:
        if m.label in {"Company", "Organization", "GovernmentBody"} and m.end - m.start > 1:
            out.setdefault(doc[m.start].lower_, set()).add(m.start)
    return out


def _known(mentions: list[Mention]) -> set[int]:
    """Starts of the mentions of countries and catalogued places (no demonym)."""
    return {m.start for m in mentions if not m.demonym and (m.label == "Country" or m.label == "Place" and m.ref_id)}


def sited_places(doc: Doc, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Spans (start, end) of untagged capitalised names that stand where only a place stands."""
    w, toks = _words(), tokens(doc)
    taken = {i for m in mentions for i in m.tokens()}
    places = {m.start: m.end for m in mentions if m.label in {"Place", "Country"} and not m.demonym}
    known, bodies = _known(mentions), _body_openers(doc, mentions)
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if i in taken or not _name(toks[i]) or toks[i].lower_ in w["not_places"]:
            i += 1
            continue
        end = _chain_end(doc, i, taken)
        hyphened = end < len(doc) and toks[end].text == "-" and not toks[end - 1].whitespace_
        if not hyphened and _sited(doc, i, end, places, taken, known, bodies):  # not "around Soviet-era designs"
            out.append((i, end))
            places[i] = end
        i = end
    return out


def sited_bodies(doc: Doc, mentions: list[Mention], body_words: set[str]) -> list[int]:
    """Indexes of the NER's uncatalogued organisations with no body word, and one-word people, that stand
    where a place does ("garrisons at Abéché in the east and Faya-Largeau in the north")."""
    taken = {i for m in mentions for i in m.tokens()}
    places = {m.start: m.end for m in mentions if m.label in {"Place", "Country"} and not m.demonym}
    known, bodies = _known(mentions), _body_openers(doc, mentions)
    out = []
    for n, m in enumerate(mentions):
        if m.source != "ner" or m.label not in {"Organization", "Person"} or m.ref_id \
                or m.label == "Person" and m.end - m.start > 1 \
                or {t.lower_ for t in doc[m.start:m.end]} & body_words:
            continue
        if _sited(doc, m.start, m.end, places, taken - set(m.tokens()), known, bodies):
            out.append(n)
    return out

