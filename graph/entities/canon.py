"""One name per thing, across documents: the last step of resolving a document's entities.

Node ids come from names (:func:`graph.ids.make_id`), so the same thing named two ways in two
articles is two nodes unless both resolve to one canonical name. This module:

* strips legal forms and prefixes from firms ("JSC NC Kazakhstan Engineering", "Xiamen Limbach
  Co. Ltd" -> the bare name, or the catalogue entry it names);
* spells state bodies one way ("Air Defence Force" and "Air Defense Forces" are one body;
  "UN Security Council" is the "United Nations Security Council");
* gives a brand or a short name the entity of the fuller name the same document uses ("Bayraktar"
  and "Bayraktar TB2", "Kupol" and "IEMZ Kupol", "Arrow" and "Arrow 3"), and a brand alone the
  one catalogue platform it starts ("Bayraktar" -> none: two TB models; "Kunlong" -> "AG600");
* leaves events alone (a generic "the summit" is one event per document) and never merges two
  catalogue entries.

Every surface form stays an alias, so matching by name or alias still finds the node.

>>> canonical_name("Company", "JSC NC Kazakhstan Engineering")
'Kazakhstan Engineering'
>>> canonical_name("GovernmentBody", "Ukrainian Air Defence Force")
'Ukrainian Air Defence Forces'
>>> canonical_name("Place", "Gwadar Port")
'Port of Gwadar'
>>> canonical_name("Organization", "UN Security Council")
'United Nations Security Council'
"""
from __future__ import annotations

import hashlib
import re

from ..ids import clips, fold, make_id
from ..mentions.lexicon import lexicon
from ..mentions.shape import words as shape_words
from ..reference import ReferenceData
from .entity import Entity
from .variants import lettered, sub_variant_of

_NAME_PARTICLES = frozenset({"de", "do", "da", "dos", "das", "del", "di", "la", "le", "of", "al", "el"})

_LEGAL = (r"JSC|OJSC|PJSC|CJSC|NC|AO|PAO|OAO|ZAO|OOO|LLC|Ltd\.?|Limited|Inc\.?|Corp\.?|Co\.?|plc|PLC|AG|SA|S\.A\.|"
          r"GmbH|SpA|S\.p\.A\.|BV|NV|AB|AS|ASA|Oy|KG|Pte|Pvt|Sp\. z o\.o\.|LLP|LP|Pty|SAS|SARL|Srl|S\.r\.l\.|"
          r"A\.Ş\.|AŞ|A\.S\.|Tbk|Sdn|Bhd|K\.K\.|FSUE|Oyj|ApS|A/S|Kft|Zrt|d\.o\.o\.|a\.s\.|s\.r\.o\.|TOO|"
          r"Limited Liability Company|Joint[- ]Stock Company|Open Joint[- ]Stock Company|National Company")
_LEGAL_PREFIX = re.compile(rf"^(?:(?:{_LEGAL})\s+)+(?=\S)")
_LEGAL_SUFFIX = re.compile(rf"(?:,?\s+(?:{_LEGAL}))+$")
_FORCES = re.compile(r"\b(Air Defen[cs]e|Ground|Land|Naval|Aerospace|Armed|Missile|Rocket|Strategic Missile|"
                     r"Special Operations|Airborne|Border|Self-Defen[cs]e) Force\b")
_PREFIXES = {"UN": "United Nations", "U.N.": "United Nations", "EU": "European Union", "US": "United States",
             "U.S.": "United States"}
_FIRM_WORDS = {"bank", "group", "holding", "holdings", "company", "corporation", "corp", "inc", "ltd", "limited",
               "plc", "llc", "llp", "jsc", "gmbh", "ag", "sa"}  # words that add no second firm to a name
# a state's short name: no long form ("Republic of ..."), no acronym
_SHORT_STATE = re.compile(r"(?!(?:Republic|Democratic|Kingdom|Federal|Federation|State|Commonwealth|People)\b)"
                          r"(?![A-Z]{2,}$)[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}")
_KIND_SUFFIX = re.compile(r"(.+?) ([Rr]egion|[Aa]ir [Bb]ase|[Aa]irbase|Air Force Base|Air Force Station|Naval Base)")
_NICKNAME = re.compile(r"""\s["\u201c\u2018'][^"\u201c\u201d\u2018\u2019']{1,20}["\u201d\u2019']\s""")  # ' "CQ" '
_MERGE_LABELS = {"Company", "Organization", "Platform", "GovernmentBody", "Alliance", "Place"}
# words a place's fuller name adds to its short one without naming another place (folded spellings)
_PLACE_WORDS = {fold(w) for v in lexicon()["venue_heads"] for w in v.split()} | {
    "air", "force", "naval", "military", "international"}


def canonical_name(label: str, name: str) -> str:
    """The name two articles agree on for a non-catalogue entity (see the module docstring)."""
    out = " ".join(name.split())
    if label == "Company":
        bare = _LEGAL_SUFFIX.sub("", _LEGAL_PREFIX.sub("", out)).strip(" ,")
        out = bare or out
    if label in {"GovernmentBody", "Organization", "Alliance"}:
        first, _, rest = out.partition(" ")
        if first in _PREFIXES and rest:
            out = f"{_PREFIXES[first]} {rest}"
    if label == "Place":  # "Colombo Port" is the "Port of Colombo" another sentence or article names
        out = re.sub(r"^([A-Z][\w'-]*(?: [A-Z][\w'-]*)?) [Pp]ort$", r"Port of \1", out)
    if label == "GovernmentBody":  # "47 Squadron" is the "No. 47 Squadron" another article names
        out = re.sub(r"^(\d+ Squadron\b)", r"No. \1", out)
    if label == "GovernmentBody":  # (ids fold "Defence" to "Defense": both spellings are one node)
        out = _FORCES.sub(lambda mt: mt.group(0) + "s", out)
    return out


def _respell(name: str) -> str:
    """ "Ministry of Defence" <-> "Ministry of Defense"."""
    if re.search(r"\bDefence\b", name):
        return re.sub(r"\bDefence\b", "Defense", name)
    return re.sub(r"\bDefense\b", "Defence", name)


def _initials(name: str) -> set[str]:
    """ "Ministry of Defence" -> {"mod", "md"}: initials of all words and of the significant ones, also
    of the name without its last "of ..." part."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", name)
    if len(words) < 2:
        return set()
    every = "".join(w[0] for w in words).lower()
    significant = "".join(w[0] for w in words if w.lower() not in {"of", "the", "and", "for", "on", "in"}).lower()
    out = {every, significant}
    if " of " in name.rstrip(")"):  # "Department of National Defense (of the Philippines)": "DND"
        out |= _initials(name.split(" (")[0].rsplit(" of ", 1)[0])
    return out


_VARIANT_WORDS = frozenset(lexicon()["name_shape"]["variant_words"])
_VARIANT_CODE = re.compile(r"^[A-Z]{1,3}-[A-Z]{1,4}\d?$")  # "A-RC", "KF-X"; not a designation "JF-17"


def _words(name: str) -> list[str]:
    return fold(name).split()


def _is_part(short: list[str], full: list[str]) -> bool:
    """``short`` is the first or last words of the longer ``full``, or two or more words inside it
    ("Sky Shield" in "European Sky Shield Initiative")."""
    n = len(short)
    return clips(short, full) or 1 < n < len(full) and any(full[i:i + n] == short for i in range(1, len(full) - n))


_TAIL_LABELS = {"Place", "Organization", "Company"}
_PREFIXED = {"exercise", "operation"}  # an event's kind word before its name


def _tail_of(short: list[str], name: str, label: str) -> bool:
    """``short`` (folded words) is ``name`` without its first words: a person's given names (or, for one
    word, the family name a Chinese or Korean name puts first), a ship's prefix ("INS"), an event's kind."""
    full = _words(name)
    if not short or len(full) <= len(short):
        return False
    if label == "Person":
        return full[-len(short):] == short or len(short) == 1 and full[:1] == short and len(full) == 2
    first = name.split()[0]
    return len(full) == len(short) + 1 and full[1:] == short and (
        label == "Platform" and first.isupper() and first.isalpha() and 2 <= len(first) <= 4
        or label == "Event" and fold(first) in _PREFIXED)


def _designation(word: str) -> bool:
    return any(c.isdigit() for c in word) or (word.isupper() and len(word) <= 5)


class Canon:
    """Applies the rules to one document's entities (``resolve`` calls :meth:`run` last)."""

    def __init__(self, entities: dict[str, Entity], ref: ReferenceData, text: str | None = None) -> None:
        self.entities = entities
        self.ref = ref
        self.text = text

    def _move(self, entity: Entity, target: Entity) -> None:
        for m in entity.mentions:
            target.add(m)
        target.aliases.add(entity.name)
        target.aliases.update(entity.aliases)
        for k, v in entity.props.items():
            target.props.setdefault(k, v)
        if target.country is None:
            target.country, target.country_mention = entity.country, entity.country_mention
        self.entities.pop(entity.id, None)

    def _state_name(self, entity: Entity) -> str:
        """ "Kazakh Military" -> "Armed Forces of Kazakhstan" (the name the resolver gives "Armed Forces")."""
        country = self.ref.get(entity.country) if entity.country else None
        if entity.label == "GovernmentBody" and country is not None:
            for demonym in country.demonyms:
                if entity.name == f"{demonym} Military":  # (the catalogue's "... of the Philippines" if so)
                    found = self.ref.find("GovernmentBody", f"Armed Forces of the {country.name}")
                    return found.name if found is not None else f"Armed Forces of {country.name}"
        return entity.name

    def rename(self) -> None:
        for entity in list(self.entities.values()):
            if entity.ref_id or entity.label in {"Event", "Person", "Country", "Document"}:
                continue
            name = canonical_name(entity.label, self._state_name(entity))
            if entity.label == "Alliance" and name.endswith(" Alliance") and self.ref.find("Alliance", name[:-9]):
                name = name[:-9]  # "NATO Alliance"
            entry = self.ref.find(entity.label, name) if name != entity.name or entity.label == "GovernmentBody" \
                else None
            entry = entry or (self._catalogued_place(name) if entity.label == "Place" else None)
            new_id = entry.id if entry else make_id(entity.label, name)
            if entry is not None:
                entity.ref_id = entry.id
                entity.aliases.update(entry.aliases)
                entity.props.update({k: v for k, v in entry.props.items() if v})
                name = entry.name
            if new_id == entity.id:
                if entity.name != name:
                    entity.aliases.add(entity.name)
                    entity.name = name
                continue
            known = self.entities.get(new_id)
            if known is not None:
                self._move(entity, known)
                continue
            del self.entities[entity.id]
            entity.aliases.add(entity.name)
            entity.id, entity.name = new_id, name
            for m in entity.mentions:
                m.entity = new_id
            self.entities[new_id] = entity

    def _catalogued_place(self, name: str):
        """ "the Karabakh region": the catalogued region "Karabakh" names; "Hindon Air Base": the catalogued
        base whose short name is "Hindon" (an air force station, an airbase: one base, named by another kind)."""
        found = _KIND_SUFFIX.fullmatch(name)
        if found is None:
            return None
        region = found.group(2).lower() == "region"
        entry = self.ref.find("Place", found.group(1))
        if entry is None or entry.props.get("kind") != ("region" if region else "base"):
            return None
        own = _KIND_SUFFIX.fullmatch(entry.name)  # a base the catalogue names as another kind of base
        return entry if region or own is not None and own.group(2).lower() != found.group(2).lower() else None

    def short_names(self) -> None:
        """A short name joins the one fuller name of the same label it begins or ends."""
        for entity in sorted(self.entities.values(), key=lambda e: len(e.name)):
            if entity.id not in self.entities or entity.label not in _MERGE_LABELS:
                continue
            short = _words(entity.name)
            fuller = [e for e in self.entities.values() if e is not entity and e.label == entity.label
                      and any(_is_part(short, _words(n)) for n in (e.name, *e.aliases))]
            if len(fuller) != 1:
                continue
            target = fuller[0]
            if entity.ref_id and target.ref_id:
                continue  # two catalogue entries stay two ("Arrow 2", "Arrow 3")
            extra = [w for w in target.name.split() if fold(w) not in short]
            if entity.label == "Company" and (not any(w.isupper() for w in extra)
                                              and not all(fold(w) in _FIRM_WORDS for w in extra)
                                              or len(extra) > 1 and self._country_words(extra[-1:])):
                continue  # "Rheinmetall" and "Rheinmetall Defence Lietuva" are two firms; "Keremet Bank" is one;
                # "Saab" and "Saab FFVO India" (a national subsidiary) are two
            if entity.label == "Platform" and any(w in _VARIANT_WORDS or _VARIANT_CODE.match(w) for w in extra):
                continue  # "Leclerc" and "Leclerc Evolution", "Leopard 2" and "Leopard 2 A-RC 3.0": two types
            if entity.label == "Place" and (entity.ref_id or not all(
                    fold(w) in _PLACE_WORDS or w.isupper() and w.isalpha() and len(w) <= 6 for w in extra)):
                continue  # "Kuchyna" is "Kuchyna Air Base" ("Tindal" is "RAAF Base Tindal"); "York" is no "New York", the city "Chandigarh" no
                # "Chandigarh Air Force Station"
            if entity.label in {"GovernmentBody", "Alliance"} and not entity.name.isupper() \
                    and not self._country_words(extra):
                continue  # "Air Force" and "Air Force Academy" are two bodies
            if entity.ref_id and not target.ref_id:
                entity, target = target, entity  # keep the catalogue's id
            self._move(entity, target)

    def _country_words(self, words: list[str]) -> bool:
        """The words a longer body name adds name a country ("of Kazakhstan", "Moroccan")."""
        rest = " ".join(w for w in words if w.lower() not in {"of", "the"})
        return bool(rest) and any(e.label == "Country" for e in self.ref.lookup(rest)) or any(
            rest in e.demonyms for e in self.ref.lookup(rest) if e.label == "Country")

    def bodies(self) -> None:
        """ "Royal Air Force" and "Royal Moroccan Air Force" in one article: the same body, the
        longer name adding only its country."""
        for entity in sorted(self.entities.values(), key=lambda e: len(e.name)):
            if entity.id not in self.entities or entity.label != "GovernmentBody" or entity.ref_id:
                continue
            short = entity.name.split()
            for other in list(self.entities.values()):
                full = other.name.split()
                if other is entity or other.label != "GovernmentBody" or len(full) != len(short) + 1 \
                        or full[0] != short[0] or full[-1] != short[-1]:
                    continue
                extra = [w for w in full if w not in short]
                if len(extra) == 1 and [w for w in full if w != extra[0]] == short and self._country_words(extra):
                    self._move(entity, other)
                    break

    def acronyms(self) -> None:
        """An acronym the document never spelled out in brackets ("KAE", "MoD", "FAC") joins the one
        entity whose name or alias it abbreviates (initials of all words, or of the significant ones)."""
        for entity in list(self.entities.values()):
            name = entity.name
            if entity.ref_id or " " in name or not (2 <= len(name) <= 6) or sum(c.isupper() for c in name) < 2 \
                    or not name.isalpha() or entity.label in {"Person", "Event", "Platform"}:
                continue
            key = name.lower()
            found = [e for e in self.entities.values() if e is not entity and e.label not in {"Person", "Event"}
                     and any(key in _initials(n) for n in (e.name, *e.aliases))]
            if len(found) == 1:
                self._move(entity, found[0])

    def brands(self) -> None:
        """A platform brand alone ("Kunlong") that starts or ends exactly one catalogue platform."""
        for entity in list(self.entities.values()):
            if entity.label != "Platform" or entity.ref_id or " " in entity.name:
                continue
            word = fold(entity.name)
            hits = self.ref.brand(word)
            if len(hits) > 1:  # "Hawk jets": the one aircraft whose name starts with the brand ("Hawk T2"), not
                category = entity.props.get("category")  # "Black Hawk", "Global Hawk" or the "MIM-23 Hawk" missile
                hits = {i: e for i, e in hits.items() if e.props.get("category") == category and any(
                    " " in f and fold(f).split()[0] == word for f in (e.name, *e.aliases))} if category else {}
            if len(hits) != 1:
                continue
            entry = next(iter(hits.values()))
            target = self.entities.get(entry.id)
            if target is None:
                del self.entities[entity.id]
                entity.aliases.add(entity.name)
                entity.id, entity.name, entity.ref_id = entry.id, entry.name, entry.id
                entity.aliases.update(entry.aliases)
                entity.props.update({k: v for k, v in entry.props.items() if v})
                for m in entity.mentions:
                    m.entity = entry.id
                self.entities[entry.id] = entity
            else:
                self._move(entity, target)

    def nicknames(self) -> None:
        """A person's name with a nickname in quotes ('Charles Q. "CQ" Brown Jr.') is named without it
        (the form other articles use); the quoted form stays an alias."""
        for entity in list(self.entities.values()):
            if entity.label != "Person" or entity.ref_id:
                continue
            bare = " ".join(_NICKNAME.sub(" ", entity.name).split())
            if bare == entity.name or len(bare.split()) < 2:
                continue
            target = self.entities.get(make_id("Person", bare))
            if target is not None and target is not entity:
                self._move(entity, target)
                continue
            del self.entities[entity.id]
            entity.aliases.add(entity.name)
            entity.id, entity.name = make_id("Person", bare), bare
            for m in entity.mentions:
                m.entity = entity.id
            self.entities[entity.id] = entity

    def sub_variants(self) -> None:
        """A designation no catalogue entry knows that runs letters on to a lettered designation of another
        platform of the document ("RF-4EJ" beside "RF-4E") is a form of that platform."""
        for entity in sorted(self.entities.values(), key=lambda e: -len(e.name)):
            if entity.label != "Platform" or entity.ref_id or entity.id not in self.entities:
                continue
            found = [e for e in self.entities.values() if e is not entity and e.label == "Platform"
                     and any(lettered(n) and sub_variant_of(entity.name, n) for n in (e.name, *e.aliases))]
            if len(found) == 1:
                self._move(entity, found[0])

    def people(self) -> None:
        """A lone surname ("Nauseda") joins the one person of the document whose name ends in it,
        accents and spelling aside ("Gitanas Nausėda"); failing that, a lone given name joins the one
        person whose name starts with it. A full name no catalogue matched that the text also writes for a
        catalogued person ("Gurbanguly Berdimuhamedov", the catalogue's "Gurbanguly Berdimuhamedow", matched
        by its surname with the given name before it) is that person."""
        written = {}
        for e in self.entities.values():
            if e.label == "Person" and e.ref_id:
                written.update({fold(m.text): e for m in e.mentions if " " in m.text})
        for entity in list(self.entities.values()):
            if entity.label == "Person" and not entity.ref_id and " " in entity.name \
                    and written.get(fold(entity.name)) is not None:
                self._move(entity, written[fold(entity.name)])
        for entity in list(self.entities.values()):
            if entity.label != "Person" or entity.ref_id or " " in entity.name:
                continue
            key = fold(entity.name)
            others = [e for e in self.entities.values() if e is not entity and e.label == "Person"]
            found = [e for e in others if any(" " in n and _words(n)[-1:] == [key] for n in (e.name, *e.aliases))]
            if not found:  # "Prince Mohammed": a royal's given name, once the document has the full name
                found = [e for e in others if any(" " in n and _words(n)[:1] == [key] for n in (e.name, *e.aliases))]
            if len(found) == 1:
                self._move(entity, found[0])

    def tails(self) -> None:
        """A name no catalogue knows that is the rest of another entity's name of another label is that
        entity: a person's surname or family name the NER took for a place or a body ("Dong" of "Dong Jun",
        "Von der Leyen" of "Ursula von der Leyen"), a ship's or an exercise's name without its prefix
        ("Tamal" of "INS Tamal", "Malabar" of "Exercise Malabar")."""
        for entity in list(self.entities.values()):
            if entity.ref_id or entity.label not in _TAIL_LABELS or entity.id not in self.entities:
                continue
            short = _words(entity.name)
            found = [e for e in self.entities.values() if e is not entity and e.label != entity.label
                     and any(_tail_of(short, n, e.label) for n in (e.name, *e.aliases))]
            if len(found) == 1:
                self._move(entity, found[0])

    def spelled_out(self) -> None:
        """A catalogue entry matched only by an acronym ("DND": a firm) that this document spells out
        as another of its entities ("Department of National Defense") is that entity. A state's short name
        ("US" of "the US Senate") is the state's, not an acronym of a body named after it (review42b)."""
        for entity in list(self.entities.values()):
            forms = {m.text for m in entity.mentions}
            if not entity.ref_id or entity.label == "Country" or not forms or not all(f.isupper() and " " not in f and 2 <= len(f) <= 6
                                                         for f in forms):
                continue
            keys = {f.lower() for f in forms}
            found = [e for e in self.entities.values() if e is not entity
                     and e.label not in {"Person", "Event", "Platform"}
                     and any(keys & _initials(n) for n in (e.name, *e.aliases))]
            if len(found) != 1:
                continue
            target = found[0]
            for m in entity.mentions:
                target.add(m)
            self.entities.pop(entity.id, None)

    def generic_events(self) -> None:
        """An event named only by common nouns ("summit", "the parade") is this document's: its id
        carries the document's hash, so two articles' summits never merge."""
        if self.text is None:
            return
        tag = hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:8]
        for entity in list(self.entities.values()):
            if entity.label != "Event" or entity.ref_id or any(w[:1].isupper() or w[:1].isdigit()
                                                                 for w in entity.name.split()):
                continue
            new_id = f"{make_id('Event', entity.name)}-{tag}"
            if new_id in self.entities:
                continue
            del self.entities[entity.id]
            entity.id = new_id
            for m in entity.mentions:
                m.entity = new_id
            self.entities[new_id] = entity

    def _state_forms(self, entity: Entity) -> set[str]:
        """A state's body named "<body> of <state>" is also written "<body> (<state>)", the state under
        any of its short names ("Ministry of Defence of East Timor": "Ministry of Defence (Timor-Leste)")."""
        country = self.ref.get(entity.country) if entity.country else None
        if country is None:
            return set()
        states = [n for n in (country.name, *country.aliases) if _SHORT_STATE.fullmatch(n)]
        for state in states:
            found = re.fullmatch(rf"(.+?) of (?:the )?{re.escape(state)}", entity.name)
            if found:
                base = found.group(1)
                return {form for c in states for form in (f"{base} ({c})", f"{base} of {c}")}
        return set()

    def region_stems(self) -> None:
        """A region named with its division word ("Nordland county", "Volta Region", "Goiás state", "Province
        of Namur") is also called by its name alone ("Nordland"), where no other entity of the document goes
        by that name (a city "Kursk" beside "Kursk region" keeps its own)."""
        suffixes = shape_words()["region_suffixes"] | set(lexicon()["admin_state_words"])
        units = shape_words()["region_suffixes"] | set(lexicon()["admin_of_extra"])
        taken = {fold(n) for e in self.entities.values() for n in (e.name, *e.aliases)}
        for entity in self.entities.values():
            parts = entity.name.split()
            if entity.label != "Place" or entity.ref_id or len(parts) < 2:
                continue
            if len(parts) > 2 and parts[0].lower() in units and parts[1] == "of" and parts[2][:1].isupper():
                stem = " ".join(parts[2:])  # "Province of Namur": "Namur"
            elif parts[-1].lower() in suffixes and parts[0][:1].isupper() \
                    and all(w[:1].isupper() or w in _NAME_PARTICLES for w in parts[:-1]):  # "Rio de Janeiro state"
                stem = " ".join(parts[:-1])
            else:
                continue
            if fold(stem) not in taken:
                entity.aliases.add(stem)
                taken.add(fold(stem))

    def run(self) -> dict[str, Entity]:
        self.generic_events()
        self.rename()
        self.short_names()
        self.bodies()
        self.acronyms()
        self.spelled_out()
        self.brands()
        self.sub_variants()
        self.nicknames()
        self.people()
        self.tails()
        self.region_stems()
        for entity in self.entities.values():
            if entity.label == "GovernmentBody":
                entity.aliases.update(self._state_forms(entity))
            entity.aliases = {a for a in entity.aliases if fold(a) != fold(entity.name)}
            if entity.label == "GovernmentBody" and _respell(entity.name) != entity.name:
                entity.aliases.add(_respell(entity.name))  # the other spelling, so either finds it by name
        return self.entities


def canonicalize(entities: dict[str, Entity], ref: ReferenceData, text: str | None = None) -> dict[str, Entity]:
    """The document's entities under their canonical names, short names merged (in place);
    ``text`` (the document's) makes its generic events its own."""
    return Canon(entities, ref, text).run()
