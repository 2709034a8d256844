"""Missed gold relations by how the sentence that could carry them refers to their ends: counts only.

For every required gold relation the extractor misses (development halves only), each sentence
naming one end is looked at for the other end, and the relation gets the best of these kinds:

* ``noent``: an end is no entity of the graph (an entity miss, not a resolver's);
* ``named``: a sentence names both ends by a name or alias (``named-demonym``: one end only by a
  demonym, "the Kazakh side", or a capital standing for its state, "Ankara");
* ``form:<form>``: a sentence names one end and refers to the other, named earlier in the article,
  only by ``<form>``: a pronoun (``its``, ``their``, ``it``, ``they``, ``them``, ``his``, ``he``, ...),
  a definite description (``the country``, ``the ministry``, ``the minister``, ``the deal``,
  ``the aircraft``; ``the DEM leader`` with a demonym: "the Belarusian leader") of a noun that can stand
  for the other end's label;
* ``apart``: none of these.

A form is counted ``resolved`` where the word is already a ``coref`` mention of the other end (the
relation rules miss the wording), ``wrong`` where it is a ``coref`` mention of another entity,
else ``open``; ``tight`` marks an open form whose other end is the most recent entity of its label
named before the word (what a salience resolver picks), ``loose`` one with a nearer entity of the
label between. Read the counts as upper bounds: the word need not be what carries the relation.

    python tools/coref_misses.py tune tests/data/dev/fresh ... [-s FORM,FORM]   # -s prints those sentences
                                                                                  # (-s all: every form)

Session 24, the twenty development halves tune .. fresh19 at int24: 3000 required relations missed.
noent 680, named 957 (+ named-demonym 116: one end only "Kazakh", "Ankara"), apart 485; a form only
762: resolved 94, tight 347, loose 285, wrong 36. The forms (all / tight):

    its 120/48, it 118/70, them 59/27, their 38/18, they 37/28, he 31/19, the exercise 26 (all resolved),
    the force 23/9, the country 20/3 (8 resolved), itself 14/8, the government 13/4, the aircraft 12/6,
    the company 12/0, the type 11/6, the army 10/0, the contract 10/8; every other form under 8.

Reading the sentences (``-s``): most "it"/"its"/"them" are not the word that carries the relation
("EDGE, for its part, said it brought ...", "Germany said it would send ..." which the rules already
walk up); "he"/"she" were: career sentences of a person named in the sentence before ("He served as
..., ran Military Intelligence and was appointed director general of the ISI", "In 2008 she
commanded the 5e Régiment", "She belongs to the Social Democrats"). After branch coref24 (he/she in
entities/antecedents.py): 2990 missed; he 31 -> 24 (12 of them now resolved: the people rules miss
"served as assistant commanding general of X", "ran X"), she 4 -> 1; "the air force"/"the service" as
the service named last was tried and dropped (2 relations gained, 1 lost, 4 false: "the army" of a Taiwan
article is not the PLA named last).
After branch pron24 (a leading "As a colonel"/"Before becoming vice chief in March" or a month before
the pronoun no longer blocks it; a second "he" of a conjoined clause; "General/Flag/Air Officer
Commanding(-in-Chief)", "commanding general", "commandant" as titles): he 25 -> 20 (tight 5 -> 0),
six relations gained, none false. The they/them/their forms that are tight are mostly not the word
carrying the relation ("among them", "between them", "Besides the two hosts they are ..."): left.

Session 25, the twenty-one halves tune .. fresh20 at int25: 3093 missed (noent 683, named 991, named-demonym
118, resolved 112, tight 338, loose 296, wrong 39, apart 516); its 128/51, it 120/71, them 65/33, they 47/28,
their 37/18, the force 23/9, the country 22/4, the government 17/5. After branch coref25 (an object "it" of a
verb of flying or holding goods for the platform the sentence before is about; "the air force/navy/army" for
the named service of the article's state where another state is beside it; "they" after "the two countries"):
3089 missed; it 120 -> 119 (resolved 9 -> 12, tight 71 -> 67), the force 23 -> 20 (resolved 8 -> 12, tight
9 -> 4), the army resolved 2 -> 4, they 47 -> 46. Most resolved service forms now wait on the fleet wording
("the Hawk aircraft that the air force has flown", "the air force's ageing jets, a fleet of MiG-29s"). "the
service" for the armed service named last was tried and dropped again: it made a subject mention the
families' own antecedent of a later "its" then preferred ("the Army's choice ... to replace its Tiger
helicopters": the air force), and a service's MAKS participation no sentence states.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tools")]

from devset import TUNE  # noqa: E402
from missed import missed  # noqa: E402

_ACTORS = {"Country", "GovernmentBody", "Company", "Organization", "Alliance", "ArmedGroup"}
_PRONOUNS = {
    **dict.fromkeys(("it", "its", "itself"), _ACTORS | {"Platform", "Event", "Location"}),
    **dict.fromkeys(("they", "their", "them", "themselves"), _ACTORS | {"Platform", "Person", "Event"}),
    **dict.fromkeys(("he", "his", "him", "she", "her"), {"Person"}),
}
_PERSON_NOUNS = ("minister", "president", "leader", "chief", "commander", "premier", "head", "secretary",
                 "general", "admiral", "envoy", "ambassador", "official", "spokesman", "spokeswoman", "ruler",
                 "king", "emir", "prince", "chairman", "ceo", "director", "counterpart", "host", "guest",
                 "governor", "mayor", "officer")
# description head (lemma) -> labels it can stand for
_NOUNS: dict[str, set[str]] = {
    **dict.fromkeys(("country", "kingdom", "nation", "state", "republic", "emirate", "sultanate", "side",
                     "ally", "partner", "neighbour", "neighbor", "regime", "power", "capital"),
                    {"Country", "GovernmentBody"}),
    **dict.fromkeys(("government", "ministry", "department", "agency", "army", "navy", "force", "military",
                     "service", "administration", "council", "office", "guard", "unit", "command"),
                    {"GovernmentBody", "Country"}),
    **dict.fromkeys(("company", "firm", "manufacturer", "maker", "contractor", "group", "shipbuilder",
                     "shipyard", "conglomerate", "corporation", "supplier", "developer", "producer", "vendor",
                     "builder", "exporter", "concern", "subsidiary", "venture", "consortium"), {"Company"}),
    **dict.fromkeys(_PERSON_NOUNS, {"Person"}),
    **dict.fromkeys(("aircraft", "jet", "fighter", "frigate", "ship", "vessel", "tank", "system", "helicopter",
                     "drone", "missile", "submarine", "plane", "corvette", "destroyer", "vehicle", "howitzer",
                     "platform", "type", "model", "launcher", "gun", "carrier", "boat", "rifle", "radar",
                     "weapon", "craft", "variant", "interceptor", "bomber", "transport"), {"Platform"}),
    **dict.fromkeys(("exercise", "drill", "summit", "show", "exhibition", "fair", "parade", "meeting", "talks",
                     "games", "manoeuvre", "maneuver", "event", "forum", "ceremony", "expo", "war", "operation",
                     "conflict", "visit", "conference", "drills", "celebration", "offensive", "invasion"),
                    {"Event"}),
    **dict.fromkeys(("alliance", "bloc", "organisation", "organization", "union", "pact", "grouping"),
                    {"Alliance", "Organization"}),
    **dict.fromkeys(("city", "base", "port", "region", "town", "airport", "venue", "site", "island"),
                    {"Location"}),
}
# deal words stand for no entity: the parties of the deal the sentences before name
_DEAL = {"deal", "contract", "agreement", "order", "purchase", "acquisition", "sale", "procurement", "accord",
         "memorandum", "programme", "program"}
_DETS = {"the", "this", "that", "these", "those"}
_RANK = ["noent", "named", "named-demonym", "resolved", "tight", "loose", "wrong", "apart"]


def _form(t, mentions_at: dict, entities) -> tuple[str, set[str] | None] | None:
    """(form, labels it may stand for; None for a deal word) of a referring word, or None."""
    low = t.lower_
    if t.tag_ in {"PRP", "PRP$"} and low in _PRONOUNS:
        return low, _PRONOUNS[low]
    lemma = t.lemma_.lower()
    if t.pos_ != "NOUN" or (lemma not in _NOUNS and lemma not in _DEAL):
        return None
    if t.i in mentions_at and mentions_at[t.i].source != "coref":
        return None  # part of a name ("the Ministry of Defence")
    det = next((c for c in t.children if c.dep_ == "det" and c.lower_ in _DETS), None)
    poss = next((c for c in t.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
    if det is None and poss is None:
        return None
    dem = any(c.dep_ in {"amod", "compound", "nmod"} and c.i in mentions_at and mentions_at[c.i].source != "coref"
              for c in t.children)
    word = ("the DEM " if dem else f"{(det or poss).lower_} ") + lemma
    if lemma in _DEAL:
        return word, None
    return word, _NOUNS[lemma]


def _demonym_only(sent, entity: str, mentions) -> bool:
    """Whether every mention of ``entity`` in ``sent`` is a demonym or a capital (a place mention of
    another entity counted for it is not tracked here: a demonym flag only)."""
    ms = [m for m in mentions if m.entity == entity and sent.start <= m.start < sent.end and m.source != "coref"]
    return bool(ms) and all(m.demonym for m in ms)


def classify(doc, entities, a: str, b: str) -> tuple[str, str, str]:
    """(kind in :data:`_RANK`, form, sentence) for the best sentence linking ``a`` and ``b``."""
    mentions = [m for m in doc._.mentions if m.entity in entities]
    named = sorted((m for m in mentions if m.source != "coref"), key=lambda m: m.start)
    at = {i: m for m in mentions for i in m.tokens()}
    best: tuple[str, str, str] = ("apart", "", "")
    no = {s.start: k for k, s in enumerate(doc.sents)}

    def keep(kind: str, form: str, text: str) -> None:
        nonlocal best
        if _RANK.index(kind) < _RANK.index(best[0]):
            best = (kind, form, text)

    for sent in doc.sents:
        inside = {m.entity for m in named if sent.start <= m.start < sent.end}
        if {a, b} <= inside:
            demonym = _demonym_only(sent, a, named) or _demonym_only(sent, b, named)
            keep("named-demonym" if demonym else "named", "", sent.text)
            continue
        for here, other in ((a, b), (b, a)):
            if here not in inside:
                continue
            label = entities[other].label
            first = next((m.start for m in named if m.entity == other), None)
            if first is None or first >= sent.end:
                continue
            for t in sent:
                got = _form(t, at, entities)
                if got is None:
                    continue
                form, labels = got
                if labels is None:  # a deal word: the other end named in the three sentences before
                    if not any(m.entity == other and 0 < no[sent.start] - no[doc[m.start].sent.start] <= 3
                               for m in named):
                        continue
                elif label not in labels or first >= t.i:
                    continue
                m = at.get(t.i)
                if m is not None and m.source == "coref":
                    keep("resolved" if m.entity == other else "wrong", form, sent.text)
                    continue
                latest = next((n.entity for n in reversed(named) if n.end <= t.i
                               and entities[n.entity].label == label and n.entity != here), None)
                keep("tight" if latest == other else "loose", form, sent.text)
    return best


def run(gold_dir: Path, show: set[str]) -> Counter:
    out: Counter = Counter()
    for gold_path, r, a, b, seen in missed(gold_dir):
        if a is None or b is None:
            kind, form, text = "noent", "", ""
        else:
            found = [classify(doc, ents, a, b) for doc, ents in seen if a in ents and b in ents]
            kind, form, text = min(found, key=lambda k: _RANK.index(k[0])) if found else ("apart", "", "")
        out[kind] += 1
        if form:
            out[f"form {form}"] += 1
            out[f"form {form} {kind}"] += 1
            out[f"type {r['type']} {kind}"] += 1
        if form and (form in show or "all" in show):
            print(f"  [{gold_path.stem}] {kind} {form!r} {r['source']} -{r['type']}-> {r['target']} | {text[:220]!r}")
    return out


def main(argv: list[str]) -> None:
    show = set(argv[argv.index("-s") + 1].split(",")) if "-s" in argv else set()
    halves = [a for k, a in enumerate(argv) if not a.startswith("-") and (k == 0 or argv[k - 1] != "-s")]
    total: Counter = Counter()
    for half in halves:
        counts = run({"tune": TUNE}.get(half, Path(half)), show)
        total.update(counts)
        print(half, {k: counts[k] for k in _RANK if counts[k]}, flush=True)
    print("all", {k: total[k] for k in _RANK if total[k]})
    forms = sorted((k for k in total if k.startswith("form ") and k.split()[-1] not in _RANK), key=lambda k: -total[k])
    print(f"{'form':24} {'all':>4} " + " ".join(f"{k:>8}" for k in _RANK[3:-1]))
    for k in forms:
        print(f"{k[5:]:24} {total[k]:4} " + " ".join(f"{total[f'{k} {r}']:8}" for r in _RANK[3:-1]))
    print("by type", {k[5:]: v for k, v in sorted(total.items(), key=lambda kv: -kv[1]) if k.startswith("type ")})


if __name__ == "__main__":
    main(sys.argv[1:])
