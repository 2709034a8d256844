"""A catalogued exercise's bare alias is the exercise only where the text calls it one.

Exercise names are often ordinary words, places, people or product names: "Dustlik" (a town, "friendship"),
"Namejs" (a king), "Red Sands" (a development project), "Falcon Strike" (a drone). A reference mention of a
catalogued recurring exercise (``kind: exercise``) written by such an alias, without an event noun of its
own ("Exercise Dustlik", "the Namejs drills"), is kept only where

* an event noun or an edition year stands right beside it ("exercise Dustlik", "Red Sands exercise",
  "Falcon Strike 2025", "the Dustlik-2025 drills"), or in apposition ("Namejs, a national exercise", "last
  year's exercise, Vajra Prahar"), or a verb of taking part or holding has it for its object or subject
  ("joined Red Flag", "took part in Cobra Warrior", "during Malabar", "came for Salaknib", "Red Flag began";
  ``exercise_contexts``), or a naming verb names it ("the exercise used to be called African Lion"); or
* an event noun comes up to six words before it in its sentence ("exercises such as Northern Viking", "its first
  exercise with Japan, Veer Guardian", "the last comparable drill was Reforger"); or
* the document names the same series so elsewhere;

and never where it is set after a person's title ("King Namejs") or before a noun it modifies ("Falcon Strike
drones", "the Red Sands project").

A bare alias its apposition calls a town ("Dustlik, a town in the Jizzakh region") is that place.
An alias in capitals ("BALTOPS", "RIMPAC") or with a digit is a coined name and always counts.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from spacy.tokens import Doc

from ..reference import ReferenceData
from .lexicon import lexicon
from .mention import Mention

_KIND = "exercise"


def _event_words() -> set[str]:
    """The nouns of the recurring kinds ("exercise", "drills", "show", "summit"; not a clash's "strike") and
    the event modifiers ("joint", "naval")."""
    lex = lexicon()
    kinds = lex["other_edition_refs"]["kinds"]
    return {n for k in kinds for n in lex["event_kinds"][k] if " " not in n} | set(lex["event_modifiers"])


def _is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and text[:2] in {"19", "20"} or (len(text) == 2 and text.isdigit())


@lru_cache(maxsize=1)
def _world_rows() -> frozenset[str]:
    """The exercises of ``events_recurring_world.csv`` (the rows of series the corpus rarely names, written from the
    series' own pages: their short names are often ordinary words); the older catalogue's exercises keep matching
    bare ("exercises such as Northern Viking")."""
    from ..reference.offices import DATA_DIR, read_rows
    return frozenset(r["name"].strip() for r in read_rows(DATA_DIR / "events_recurring_world.csv")
                     if r.get("kind", "").strip() == _KIND)


def _bare(m: Mention, ref: ReferenceData, nouns: set[str]) -> bool:
    """Whether ``m`` names a catalogued exercise of the world rows by a plain alias: no event noun, no
    capitals-only word, no digit."""
    if m.label != "Event" or m.source != "reference" or not m.ref_id:
        return False
    entity = ref.get(m.ref_id)
    if entity is None or entity.props.get("kind") != _KIND or entity.name not in _world_rows():
        return False
    words = m.text.replace("-", " ").split()
    return not any(w.lower() in nouns or w.isupper() or any(c.isdigit() for c in w) for w in words)


def _called_one(doc: Doc, m: Mention, nouns: set[str]) -> bool:
    """An event noun or a year right before or after the mention, or an event noun in its apposition."""
    before = doc[m.start - 1] if m.start > 0 else None
    after = doc[m.end] if m.end < len(doc) else None
    if before is not None and before.lower_ in nouns:
        return True
    if after is not None and (after.lower_ in nouns or _is_year(after.text)
                              or after.text in {"-", "–"} and m.end + 1 < len(doc) and _is_year(doc[m.end + 1].text)):
        return True
    root = doc[m.start:m.end].root
    words = lexicon()["exercise_contexts"]
    naming = set(lexicon()["naming_verbs"])
    if before is not None and (before.lower_ in naming or before.lower_ == "as" and m.start > 1
                               and doc[m.start - 2].lower_ in naming):
        return True  # "the exercise used to be called African Lion", "formerly known as Phoenix Express"
    head = root.head
    if root.dep_ == "pobj" and (head.lower_ in words["during"] or head.lower_ == "in"
                                and head.head.lemma_.lower() in words["in_verbs"]):
        return True  # "during Red Flag", "joined ... in Red Flag", "took part in Cobra Warrior"
    if root.dep_ == "dobj" and head.lemma_.lower() in words["object_verbs"]:
        return True  # "jets joined Red Flag", "the navies held Malabar"
    if root.dep_ in {"nsubj", "nsubjpass"} and head.lemma_.lower() in words["subject_verbs"]:
        return True  # "Red Flag began on Monday"
    if root.dep_ == "appos" and root.head.lower_ in nouns:  # "last year's exercise, Vajra Prahar"
        return True
    if any(t.lower_ in nouns and t.pos_ in {"NOUN", "PROPN"} for t in doc[max(root.sent.start, m.start - 6):m.start]):
        return True  # "hosts exercises such as X", "its first exercise with Japan, X", "the last drill was X"
    return any(c.dep_ == "appos" and any(t.lower_ in nouns for t in c.subtree) for c in root.children)


def _set_apart(doc: Doc, m: Mention, titles: set[str], nouns: set[str]) -> bool:
    """After a person's title ("King Namejs") or a noun modifier of a noun that is no event ("Falcon Strike
    drones", "Red Sands project")."""
    before = doc[m.start - 1] if m.start > 0 else None
    if before is not None and before.lower_ in titles:
        return True
    after = doc[m.end] if m.end < len(doc) else None
    return after is not None and after.pos_ == "NOUN" and doc[m.end - 1].dep_ == "compound" \
        and after.lower_ not in nouns  # not "the Garuda Shield exercise"


def _a_town(doc: Doc, m: Mention) -> bool:
    """Whether the mention's apposition calls it a town ("Dustlik, a town in the Jizzakh region")."""
    towns = set(lexicon()["town_words"])
    return any(c.dep_ == "appos" and c.lower_ in towns for c in doc[m.start:m.end].root.children)


def drop_bare_aliases(doc: Doc, found: Iterable[Mention], ref: ReferenceData, titles: set[str],
                      place: Callable[[int, int], Mention]) -> list[Mention]:
    """``found`` without the bare-alias mentions of catalogued exercises the text does not call exercises
    (see the module doc); one its apposition calls a town is that place (``place(start, end)`` makes it)."""
    found = list(found)
    nouns = _event_words()
    bare = [m for m in found if _bare(m, ref, nouns)]
    if not bare:
        return found
    called = {m.ref_id for m in found if m.label == "Event" and m.ref_id and m not in bare} \
        | {m.ref_id for m in bare if _called_one(doc, m, nouns)}
    drop = {id(m) for m in bare if _set_apart(doc, m, titles, nouns)
            or not _called_one(doc, m, nouns) and m.ref_id not in called}
    return [m if id(m) not in drop else place(m.start, m.end) for m in found
            if id(m) not in drop or _a_town(doc, m)]
