"""The one loader of reference data.

Shipped files live in ``graph/reference/data/`` (CSVs per label, ``|`` between list items; a label's
data may be split over ``<file>*.csv``, e.g. ``government_bodies_world.csv``, whose entries merge by name).
Users add or correct entries in their own YAML, JSON or CSV files with the same columns plus
``label``; an entry whose label and name match a shipped one extends it (aliases are added).

>>> ref = load_reference()
>>> ref.get("country:kazakhstan").name
'Kazakhstan'
>>> [e.id for e in ref.lookup("CSTO")]
['alliance:collective-security-treaty-organization']
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import ReferenceDataError
from ..ids import fold, make_id
from ..ontology import ENTITY_LABELS, PLATFORM_CATEGORIES

DATA_DIR = Path(__file__).parent / "data"
SHIPPED = {"countries.csv": "Country", "alliances.csv": "Alliance", "companies.csv": "Company",
           "platforms.csv": "Platform", "places.csv": "Place",
           "events.csv": "Event", "government_bodies.csv": "GovernmentBody", "people.csv": "Person",
           "organizations.csv": "Organization"}
LIST_COLUMNS = ("aliases", "demonyms", "makers", "licensed", "origin", "members", "parties")
SCALAR_PROPS = ("wikidata", "iso3", "category", "country", "kind", "date")


@dataclass
class RefEntity:
    """One reference entry. ``props`` holds the node properties it brings (wikidata, iso3, category...)."""

    id: str
    label: str
    name: str
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    makers: list[str] = field(default_factory=list)
    licensed: list[str] = field(default_factory=list)  # makers that build the type under licence for one customer
    origin: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)  # the sides of a war or conflict
    props: dict[str, str] = field(default_factory=dict)
    ambiguous: bool = False

    def surfaces(self) -> list[str]:
        """Every surface form: name, aliases and demonyms."""
        return [self.name, *self.aliases, *self.demonyms]


class ReferenceData:
    """Reference entries indexed by id and by folded surface form."""

    def __init__(self, entities: Iterable[RefEntity]) -> None:
        self.entities: dict[str, RefEntity] = {}
        self._index: dict[str, list[str]] | None = None
        self._brands: dict[str, dict[str, RefEntity]] | None = None
        self._bodies: dict[str, list[RefEntity]] | None = None
        self.namesakes: dict[str, list[str]] = {}  # a bare surname catalogued people of two states share -> their ids
        for entity in entities:
            self.add(entity)

    def add(self, entity: RefEntity) -> None:
        known = self.entities.get(entity.id)
        if known is None:
            self.entities[entity.id] = entity
        else:  # a user entry extends the shipped one
            for attr in LIST_COLUMNS:
                merged = getattr(known, attr) + [v for v in getattr(entity, attr) if v not in getattr(known, attr)]
                setattr(known, attr, merged)
            known.props.update({k: v for k, v in entity.props.items() if v})
            known.ambiguous = known.ambiguous or entity.ambiguous
        self._index = None
        self._brands = None
        self._bodies = None

    @property
    def index(self) -> dict[str, list[str]]:
        if self._index is None:
            index: dict[str, list[str]] = {}
            for entity in self.entities.values():
                for surface in entity.surfaces():
                    key = fold(surface)
                    if key and entity.id not in index.setdefault(key, []):
                        index[key].append(entity.id)
            self._index = index
        return self._index

    def brand(self, word: str) -> dict[str, RefEntity]:
        """Platform entries, by id, of which a several-word name or alias starts or ends in the
        folded single ``word`` ("kunlong")."""
        if self._brands is None:
            brands: dict[str, dict[str, RefEntity]] = {}
            for entity in self.entities.values():
                if entity.label != "Platform":
                    continue
                for surface in (entity.name, *entity.aliases):
                    words = fold(surface).split() if " " in surface else []
                    for w in {*words[:1], *words[-1:]}:
                        brands.setdefault(w, {})[entity.id] = entity
            self._brands = brands
        return self._brands.get(word, {})

    def bodies(self, country: str) -> list[RefEntity]:
        """The GovernmentBody entries whose ``country`` is ``country``, in catalogue order (indexed once:
        a document's every service name asks)."""
        if self._bodies is None:
            bodies: dict[str, list[RefEntity]] = {}
            for entity in self.entities.values():
                if entity.label == "GovernmentBody":
                    bodies.setdefault(entity.props.get("country"), []).append(entity)
            self._bodies = bodies
        return self._bodies.get(country, [])

    def get(self, entity_id: str | None) -> RefEntity | None:
        """The entry of ``entity_id``; ``None`` for an id it does not hold or no id at all (an entity
        the reference data does not know), so callers need no guard of their own."""
        return self.entities.get(entity_id) if entity_id else None

    def lookup(self, surface: str, label: str | None = None) -> list[RefEntity]:
        """Entries with this surface form (any label, or only ``label``)."""
        found = [self.entities[i] for i in self.index.get(fold(surface), [])]
        return [e for e in found if label is None or e.label == label]

    def find(self, label: str, name: str) -> RefEntity | None:
        """The entry of ``label`` whose name or alias is ``name``."""
        found = self.lookup(name, label)
        return found[0] if found else None

    def __iter__(self) -> Iterator[RefEntity]:
        return iter(self.entities.values())

    def __len__(self) -> int:
        return len(self.entities)


def _split(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    return [v.strip() for v in str(value).split("|") if v.strip()]


def entity_from_row(row: dict[str, Any], label: str | None, where: str) -> RefEntity:
    """Build one entry from a row (CSV dict, YAML or JSON mapping); raise on a malformed row."""
    label = label or row.get("label")
    name = str(row.get("name") or "").strip()
    if label not in ENTITY_LABELS:
        raise ReferenceDataError(f"{where}: label {label!r} is not an ontology label")
    if not name:
        raise ReferenceDataError(f"{where}: entry without a name")
    props = {k: str(row[k]).strip() for k in SCALAR_PROPS if row.get(k) not in (None, "")}
    if label == "Platform":
        props.setdefault("category", "other")
        if props["category"] not in PLATFORM_CATEGORIES:
            raise ReferenceDataError(f"{where}: platform {name!r} has unknown category {props['category']!r}")
    lists = {col: _split(row.get(col)) for col in LIST_COLUMNS}
    country = props.get("country", "")
    if label == "GovernmentBody" and country and name.endswith(f" of {country}") and "aliases" in lists:
        titled = f"{name[:-len(country) - 4]} ({country})"  # "Ministry of National Defence (Poland)", as Wikipedia
        if titled not in lists["aliases"]:
            lists["aliases"].append(titled)
    return RefEntity(
        id=make_id(label, name), label=label, name=name, **lists,
        props=props, ambiguous=str(row.get("ambiguous", "0")).strip().lower() in {"1", "true", "yes"},
    )


def read_entries(path: Path, label: str | None = None) -> list[RefEntity]:
    """All entries of one reference file (CSV, YAML or JSON)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ReferenceDataError(f"{path}: cannot be read ({exc})") from exc
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            rows: list[Any] = list(csv.DictReader(text.splitlines()))
        elif suffix in {".yaml", ".yml"}:
            rows = yaml.safe_load(text) or []
        elif suffix == ".json":
            rows = json.loads(text)
        else:
            raise ReferenceDataError(f"{path}: reference files must be .csv, .yaml or .json")
    except (yaml.YAMLError, json.JSONDecodeError, csv.Error) as exc:
        raise ReferenceDataError(f"{path}: not valid {suffix[1:].upper()} ({exc})") from exc
    if isinstance(rows, dict):
        rows = rows.get("entities", [])
    if not isinstance(rows, list):
        raise ReferenceDataError(f"{path}: expected a list of entries")
    out = []
    for n, row in enumerate(rows, start=2 if suffix == ".csv" else 1):
        if not isinstance(row, dict):
            raise ReferenceDataError(f"{path}: entry {n} is not a mapping")
        out.append(entity_from_row(row, label, f"{path}:{n}"))
    return out


def shipped_files(filename: str) -> list[Path]:
    """The shipped file ``filename`` and its companions ``<stem>_*.csv`` ("government_bodies_world.csv")."""
    stem = Path(filename).stem
    return sorted(p for p in DATA_DIR.glob(f"{stem}*.csv") if p.stem == stem or p.stem.startswith(f"{stem}_"))


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> ReferenceData:
    entries: list[RefEntity] = []
    for filename, label in SHIPPED.items():
        for path in shipped_files(filename):
            entries.extend(read_entries(path, label))
    for item in extra:
        entries.extend(read_entries(Path(item)))
    namesakes: dict[str, list[str]] = {}
    ref = ReferenceData(_unshared_surnames(entries, namesakes))
    ref.namesakes = namesakes
    return ref


def _unshared_surnames(entries: list[RefEntity], namesakes: dict[str, list[str]] | None = None) -> list[RefEntity]:
    """A person's bare surname is no alias of theirs when a catalogued person of another country bears it
    too (namesakes: "Caine" is the Thales chief or the US general): the text decides who it is. (Kin of one
    state, "Aliyev", keep it: the office and the date choose between them.) ``namesakes`` receives each
    such surname (folded) with the ids of every catalogued person who bears it."""
    people = [e for e in entries if e.label == "Person"]
    owners: dict[str, set[str]] = {}
    for e in people:
        for surface in (e.name, *e.aliases):
            words = fold(surface).split()
            if len(words) > 1:
                owners.setdefault(words[-1], set()).add(e.props.get("country", ""))
    for e in people:
        country = e.props.get("country", "")
        shared = [a for a in e.aliases if " " not in a.strip() and owners.get(fold(a), set()) - {country}]
        e.aliases = [a for a in e.aliases if a not in shared]
        if namesakes is not None:
            last = (fold(e.name).split() or [""])[-1]  # the surname ("" for a row with no name)
            for key in {fold(a) for a in shared} | ({last} if last and len(owners.get(last, ())) > 1 else set()):
                if e.id not in namesakes.setdefault(key, []):
                    namesakes[key].append(e.id)
    return entries


def load_reference(extra: Iterable[str | Path] = ()) -> ReferenceData:
    """The shipped reference data, extended by the user's files in ``extra`` (cached per set of files)."""
    return _load(tuple(str(p) for p in extra))
