"""A place the article names only as the opening word of a longer name is no place of the article.

"the Geneva Agreement", "the Kedma Policy Lab", "the Tibet Airlines order", "a Hudong-Zhonghua yard":
the place word opens the name of a document, an institution, a firm or a yard, and the article says
nothing of the place itself. The writers of the gold leave such places out (ANNOTATION.md: a country
named only inside another name is optional; places alike), and in one store built from many articles
they were nodes of nobody's graph. A Place entity no relation touches and every one of whose mentions
opens a longer Title Case name (the next word capitalised, or glued on by a hyphen) is dropped; a place
word followed by a place noun ("the Batken Region"), a title ("the Kerala Governor"), a number or a
line end stays, and so does any place the text also names on its own. A catalogued region, island or
sea stays too: a city or a site names a document, firm or institution after its seat or venue ("the
Geneva Agreement", "a Hudong-Zhonghua yard"), a region names one after its topic ("the Central Asia
summit", "the Liptako-Gourma Charter"), and the writers list the region (two required of eight in
the development halves; no city or site was).

A region or island (``name_opener_land_kinds``) goes too where every longer name it opens is no document's
(``document_heads``: "the Liptako-Gourma Charter", named after its topic) and no office's (a title or rank
word: "the Karnataka Chief Minister"): "Tibet Airlines", "an Alaska Airlines 737", "the Luzon Economic
Corridor", "the Niger Delta Policy Circle" name a firm, a project or an institution after its seat
(:func:`opens_seat_name`). Of the twenty-eight development halves' merged stores, four such nodes, all left
out by the writers; the one region opening a document's name stays (listed by the writers).

A supra-region the text names only to qualify a noun ("Arctic drills", "a Middle East debut", "a
Southeast Asia specialist") is dropped the same way: of eleven such relation-less nodes in the
seventeen development halves, the writers listed one (a summit named after its region) and left out
eight; the supra-regions the text names on its own stay (the gold lists most of them).

A place the text names only as the last word of a longer name is dropped alike: a person's surname the
tagger took for a place ("Gergely Fodor, a military aviation researcher", "First Lady Iriana", "Per Pugholm"),
a ship's name after its prefix ("USS New York"). A Place no relation touches every one of whose mentions
follows a capitalised word of no other mention on the same line (:func:`closes_name`; no function word,
adjective, compass or calendar word, title, nor a possessive: "South Sumatra", "Belgrade's Nikola Tesla
Airport" stay). Such nodes of the twenty-two development halves (tune .. fresh21): four, all left out
by the writers.

A body or an occasion the text names only as the opening words of a longer name is no entity of the
article either: "the Border Police Unit", "the National Security Council Secretariat", "the UN Charter",
"the United Nations Summit of the Future", "the Joint Chiefs of Staff Committee". A GovernmentBody,
Organization, Alliance or Event no relation touches and every one of whose mentions runs straight on into a
capitalised word (:func:`opens_name`) is dropped (``name_opener_body_labels``): of the eleven such
relation-less nodes of nineteen development halves the writers listed none as required (one optional). A company ("Larsen & Toubro Limited", "a Safran Arriel engine") and a person stay, and
so does a body before another entity's name ("a NATO E-3A AWACS": the owner of the aircraft).

A firm or a person the reference data does not know, named only as the opening words of a longer name ("the
Fenland Aviation Heritage Trust", "Malaysia Airlines Flight 370", "the 309th Aerospace Maintenance and
Regeneration Group", "Major Danilo Atienza Air Base") and touched by no relation, goes too
(``name_opener_unknown_labels``): the mention finder stopped inside the name of something else. The longer
name's next word must be no firm's legal form ("Goa Shipyard Limited": the firm itself). Of the twenty-eight
development halves' merged stores, seven such nodes, all left out by the writers; the catalogued firms named
before their products ("a Safran Arriel engine", "Lockheed Martin F-21") stay.
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from ..mentions import Mention
from ..mentions.layout import doc_text, heading_line, in_headline
from ..mentions.lexicon import lexicon
from ..reference import ReferenceData
from ..relations import Relation, related_ids
from .entity import Entity
from .unit_people import title_words


@cache
def _kept_heads() -> frozenset[str]:
    """Words after a place that leave it a place: place nouns and heads, region suffixes, titles."""
    lex = lexicon()
    words = set(lex["name_shape"]["place_nouns"]) | set(lex["name_heads"]["place_heads"])
    words |= set(lex["name_shape"]["region_suffixes"]) | set(lex["name_opener_kept_heads"])
    words |= set(lex["name_shape"]["leading_titles"])
    return frozenset(w.casefold() for w in words)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and any(c.isalpha() for c in word)


def opens_name(doc: Doc, mention: Mention) -> bool:
    """Whether ``mention`` is the opening word(s) of a longer Title Case name (or joined to one by a
    hyphen on either side: "Hudong-Zhonghua", "Rzeszow-Jasionka")."""
    if mention.end >= len(doc) or in_headline(doc, mention.start_char) \
            or heading_line(doc_text(doc), mention.start_char):
        return False  # a Title Case headline capitalises every word
    nxt = doc[mention.end]
    last = doc[mention.end - 1]
    if nxt.text == "-" and not last.whitespace_ and mention.end + 1 < len(doc) and not nxt.whitespace_:
        return _capitalised(doc[mention.end + 1].text)  # "Hudong-Zhonghua"; not "Munich-based"
    if mention.start > 1 and doc[mention.start - 1].text == "-" and not doc[mention.start - 1].whitespace_ \
            and not doc[mention.start - 2].whitespace_ and _capitalised(doc[mention.start - 2].text):
        return True  # "Rzeszow-Jasionka"
    if not last.whitespace_ or nxt.is_sent_start or not _capitalised(nxt.text) or "\n" in last.whitespace_:
        return False
    return nxt.text.casefold() not in _kept_heads() and nxt.ent_type_ not in {"GPE", "LOC"}


@cache
def _topic_heads() -> frozenset[str]:
    """Words that, after a region's name, make a name of its topic or an office: document heads, ranks and titles."""
    return frozenset(w.casefold() for w in lexicon()["document_heads"]) | title_words()


def opens_seat_name(doc: Doc, mention: Mention) -> bool:
    """Whether ``mention`` opens a longer Title Case name (:func:`opens_name`) whose next word is a word of its
    own, neither a document's head nor a title ("Tibet Airlines", "the Luzon Economic Corridor"; not "the
    Liptako-Gourma Charter", "the Karnataka Chief Minister")."""
    if not opens_name(doc, mention):
        return False
    nxt = doc[mention.end]
    return nxt.text[:1].isupper() and nxt.lower_ not in _topic_heads()


@cache
def _legal_forms() -> frozenset[str]:
    """A firm's legal forms and tails ("Limited", "Ltd", "Co", "LLC", "Group"), folded, without full stops."""
    lex = lexicon()
    words = set(lex["firm_suffixes"]) | set(lex["name_shape"]["company_tails"]) | set(lex["name_opener_legal_forms"])
    return frozenset(w.casefold().rstrip(".") for w in words)


def _legal_form(doc: Doc, mention: Mention) -> bool:
    """Whether the word after ``mention`` is a firm's legal form ("Goa Shipyard" + "Limited")."""
    return mention.end < len(doc) and doc[mention.end].lower_.rstrip(".") in _legal_forms()


def closes_name(doc: Doc, mention: Mention, covered: set[int]) -> bool:
    """Whether ``mention`` is the last word(s) of a longer name whose first word the text writes right
    before it: a person's surname the tagger took for a place ("Gergely Fodor, a researcher", "First Lady
    Iriana"), a ship's name after its prefix ("USS New York"). The word before is a capitalised word of
    no other mention, on the same line, and no function word, adjective, number, compass word
    ("South Sumatra", "North Atlantic"), calendar word ("In June Kyiv") or possessive ("Belgrade's")."""
    if mention.start == 0 or in_headline(doc, mention.start_char) or heading_line(doc_text(doc), mention.start_char):
        return False
    prev = doc[mention.start - 1]
    if prev.whitespace_ != " " or not prev.is_alpha or not prev.text[:1].isupper() or prev.is_stop \
            or prev.pos_ in _NOT_NAME_POS or prev.i in covered:
        return False
    return prev.lower_ not in _not_first_words()


_NOT_NAME_POS = {"ADJ", "DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PART", "NUM", "VERB", "PUNCT"}


@cache
def _not_first_words() -> frozenset[str]:
    """Capitalised words before a place that leave it the place: compass words, calendar words, titles
    ("South Sumatra", "In June Kyiv", "Governor")."""
    lex = lexicon()
    sited = lex["sited_places"]
    words = set(lex["calendar_words"]) | set(lex["name_opener_kept_heads"])
    words |= set(sited["compass_nouns"]) | set(sited["compass_adjectives"]) | set(sited["not_places"])
    words |= set(lex["name_shape"]["leading_titles"]) | set(lex["name_shape"]["leading_words"])
    return frozenset(w.casefold() for w in words)


def modifies_noun(doc: Doc, mention: Mention) -> bool:
    """Whether ``mention`` only qualifies a noun after it ("Arctic drills", "a Middle East debut", "a
    Southeast Asia specialist"), or opens a longer name: its head word modifies a noun to its right
    that is no place noun ("the Arctic region" is the place)."""
    if in_headline(doc, mention.start_char) or heading_line(doc_text(doc), mention.start_char):
        return False
    root = doc[mention.start:mention.end].root
    head = root.head
    if head.i < mention.end or root.dep_ not in {"compound", "amod", "nmod"} or head.pos_ not in {"NOUN", "PROPN"}:
        return opens_name(doc, mention)
    return head.text.casefold() not in _kept_heads()


def _kind(entity: Entity, ref: ReferenceData) -> str | None:
    """The catalogue kind of a place (city, region, supra_region, sea ...), ``None`` when uncatalogued."""
    entry = ref.get(entity.ref_id)
    return entry.props.get("kind") if entry is not None else None


def drop_name_openers(doc: Doc, entities: dict[str, Entity], relations: list[Relation],
                      ref: ReferenceData) -> None:
    """Remove from ``entities`` every city, site or uncatalogued Place no relation touches that the text
    names only as the opening word of a longer name (:func:`opens_name`), and every supra-region ("the
    Arctic", "the Middle East") it names only to qualify a noun (:func:`modifies_noun`); and every body or
    occasion (``name_opener_body_labels``) no relation touches that it names only so ("the UN Charter")."""
    used = related_ids(relations)
    lex = lexicon()
    bodies = set(lex["name_opener_body_labels"])
    starts = {m.start for e in entities.values() for m in e.mentions}  # "a NATO E-3A": the aircraft's owner
    covered = {i for e in entities.values() for m in e.mentions for i in range(m.start, m.end)}
    for key, entity in list(entities.items()):
        if entity.id in used or not entity.mentions:
            continue
        if entity.label in bodies:  # "the Border Police Unit", "the UN Charter"
            if all(opens_name(doc, m) and m.end not in starts for m in entity.mentions):
                del entities[key]
            continue
        if entity.label in lex["name_opener_unknown_labels"] and not entity.ref_id:  # "Fenland Aviation Heritage Trust"
            if all(opens_name(doc, m) and m.end not in starts and not _legal_form(doc, m) for m in entity.mentions):
                del entities[key]
            continue
        if entity.label != "Place":
            continue
        kind = _kind(entity, ref)
        if all(closes_name(doc, m, covered) for m in entity.mentions):
            idle = True  # "Gergely Fodor", "USS New York": the end of a person's or a ship's name
        elif kind in lex["name_opener_modifier_kinds"]:
            idle = all(modifies_noun(doc, m) for m in entity.mentions)  # "Arctic drills"
        elif kind in lex["name_opener_land_kinds"]:
            idle = all(opens_seat_name(doc, m) for m in entity.mentions)  # "Tibet Airlines"
        else:
            idle = kind not in lex["name_opener_wide_kinds"] and all(opens_name(doc, m) for m in entity.mentions)
        if idle:
            del entities[key]
