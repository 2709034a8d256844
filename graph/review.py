"""``geopol review``: find what entity resolution left wrong in a store, and write the fixes a
user accepts into ``<store>/reference.yaml`` (which every later ingest reads).

    geopol review [--store DIR] [--accept-all | --dry-run] [--kind KIND ...] [--limit N]

It lists four kinds of candidates:

* ``duplicate``: two nodes of one label where one's name is the other's name or alias (an alias
  they merely share, "air force" or "Kim", is no evidence), or one name is the first or last words
  of the other ("Kupol" / "IEMZ Kupol"; for people, the first words, in one article) or its acronym
  ("KAE" / "Kazakhstan Aselsan Engineering"); organisations of two labels with one name; a short
  acronym and a one-word name in one article ("PSB" / "Promsvyazbank"); a recurring event without
  its year and the one edition its date allows ("Airshow China" / "Airshow China 2024");
* ``shared_alias``: an alias two nodes (of any labels) both carry;
* ``junk``: names no entity of its label has (a fragment ending in "of" or a name particle, a
  lower-case word, a dateline "ISLAMABAD/WASHINGTON", a demonym as a place, a title as a person,
  two countries joined by a hyphen, ...);
* ``low_confidence``: nodes no reference entry knows, mentioned by one document, whose
  relations are all weak (or that have none).

A duplicate or a shared alias is a proposed merge: the node to keep (the one the reference data
knows, else the one more documents mention, else the longer name) gains the other's name and
aliases, written as ``{label, name, aliases}`` to ``reference.yaml``; the loader extends an entry
with the same label and name, so the next ``geopol ingest --force`` resolves both surface forms to
one node. Junk and low-confidence nodes are listed for the user to judge. The store is read
through its public API only (``Store(path).graph``).

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("company:kupol", label="Company", name="Kupol", aliases=[])
>>> g.add_node("company:iemz-kupol", label="Company", name="IEMZ Kupol", aliases=[])
>>> [(c.kind, c.keep, c.drop) for c in find_candidates(g, ["duplicate"])]
[('duplicate', 'company:iemz-kupol', 'company:kupol')]
"""
from __future__ import annotations

import argparse
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import yaml
from rich.console import Console

from .errors import ReferenceDataError
from .ids import clips, fold
from .store.interchange import write_atomic

KINDS = ("duplicate", "shared_alias", "junk", "low_confidence")
REFERENCE_FILE = "reference.yaml"
_FUNCTION_WORDS = {"of", "the", "and", "for", "on", "in", "at", "to", "a", "an", "with", "by"}
_STOP = {"mr", "mrs", "ms", "dr", "background", "update", "analysis", "report", "news", "photo", "video"}
_LOW = 0.6


@dataclass
class Candidate:
    """One finding. For merges ``keep`` gains ``drop``'s name and aliases; ``nodes`` lists all ids."""

    kind: str
    nodes: list[str]
    reason: str
    keep: str | None = None
    drop: str | None = None
    shown: list[str] = field(default_factory=list)

    @property
    def mergeable(self) -> bool:
        return self.keep is not None and self.drop is not None


def _entities(g: nx.MultiDiGraph) -> dict[str, dict]:
    return {n: d for n, d in g.nodes(data=True) if d.get("label") not in (None, "Document")}


def _names(d: dict) -> list[str]:
    return [d.get("name") or "", *(d.get("aliases") or [])]


def _keys(d: dict) -> set[str]:
    return {fold(n) for n in _names(d) if fold(n)}


def acronym(name: str) -> str:
    """Initials of a name's significant words: "Kazakhstan Aselsan Engineering" -> "kae"."""
    words = [w for w in re.findall(r"[A-Za-z0-9]+", name) if w.lower() not in _FUNCTION_WORDS]
    return "".join(w[0] for w in words).lower() if len(words) >= 2 else ""


def _documents(g: nx.MultiDiGraph, node: str) -> int:
    return sum(1 for _, _, t in g.out_edges(node, keys=True) if t == "MENTIONED_IN")


def _known(d: dict) -> bool:
    return bool(d.get("wikidata") or d.get("iso3"))


def _keeper(g: nx.MultiDiGraph, a: str, b: str) -> tuple[str, str]:
    """(keep, drop): the node the reference data knows, else the more documented, else the longer name."""
    da, db = g.nodes[a], g.nodes[b]

    def rank(n: str, d: dict) -> tuple:
        return (_known(d), _documents(g, n), len(d.get("name") or ""), n)

    return (a, b) if rank(a, da) >= rank(b, db) else (b, a)


def _duplicates(g: nx.MultiDiGraph, ents: dict[str, dict]) -> list[Candidate]:
    by_label: dict[str, list[str]] = defaultdict(list)
    for n, d in ents.items():
        by_label[d["label"]].append(n)
    seen: set[frozenset] = set()
    out: list[Candidate] = []
    pairs_across = _across_labels(g, ents)
    for label, nodes in sorted(by_label.items()):
        if label == "Event":
            pairs_across += _editions(nodes, ents)  # generic events are one per document by design
            continue
        index: dict[str, set[str]] = defaultdict(set)  # folded surface -> nodes
        ends: dict[str, set[str]] = defaultdict(set)  # first or last word -> nodes with a longer name
        acr: dict[str, set[str]] = defaultdict(set)
        for n in nodes:
            d = ents[n]
            for k in _keys(d):
                index[k].add(n)
            words = fold(d.get("name") or "").split()
            if len(words) > 1:
                ends[words[0]].add(n)
                ends[words[-1]].add(n)
            a = acronym(d.get("name") or "")
            if a:
                acr[a].add(n)
        pairs: list[tuple[str, str, str]] = []
        for k, group in index.items():
            group = sorted(group)
            for i, a in enumerate(group):
                for b in group[i + 1:]:
                    if k not in (fold(ents[a].get("name") or ""), fold(ents[b].get("name") or "")):
                        continue  # only a shorter alias in common ("air force", "Kim", "KAI"): no evidence
                    pairs.append((a, b, f"both are called {k!r}"))
        for n in nodes:
            d = ents[n]
            name = d.get("name") or ""
            words = fold(name).split()
            for other in sorted(ends.get(words[0], set()) | ends.get(words[-1], set()) if words else set()):
                full = fold(ents[other].get("name") or "").split()
                if other != n and clips(words, full):
                    if label == "Person" and len(words) > 1 and not (full[:len(words)] == words
                                                                     and _same_document(g, n, other)):
                        continue  # ("Hassan Sheikh" of "Hassan Sheikh Mohamud" in one article)
                    pairs.append((n, other, f"{name!r} is part of {ents[other].get('name')!r}"))
            if name.isupper() and 2 <= len(name) <= 8:
                for other in sorted(acr.get(name.lower(), ())):
                    if other != n:
                        pairs.append((n, other, f"{name!r} is the acronym of {ents[other].get('name')!r}"))
        _add_pairs(g, ents, pairs, seen, out)
    _add_pairs(g, ents, pairs_across, seen, out)
    return out


def _add_pairs(g: nx.MultiDiGraph, ents: dict[str, dict], pairs: list[tuple[str, str, str]], seen: set[frozenset],
               out: list[Candidate]) -> None:
    for a, b, reason in pairs:
        key = frozenset((a, b))
        if key in seen or (_known(ents[a]) and _known(ents[b])):
            continue
        seen.add(key)
        keep, drop = _keeper(g, a, b)
        out.append(Candidate("duplicate", [keep, drop], reason, keep, drop, [_show(ents[keep]), _show(ents[drop])]))


_ORG_LABELS = {"Company", "Organization", "GovernmentBody", "Alliance"}
_YEAR = re.compile(r"^(.+?)\s+((?:19|20)\d\d)$")


def _same_document(g: nx.MultiDiGraph, a: str, b: str) -> bool:
    docs = {v for _, v, t in g.out_edges(a, keys=True) if t == "MENTIONED_IN"}
    return any(t == "MENTIONED_IN" and v in docs for _, v, t in g.out_edges(b, keys=True))


def letters_acronym(short: str, name: str) -> bool:
    """ "PSB" of the one-word "Promsvyazbank": the acronym's letters, first to first, in order in the
    name, the last within its last part (too loose to merge by itself: a review candidate)."""
    short, name = short.lower(), fold(name).replace(" ", "")
    if len(short) < 2 or not name or short[0] != name[0] or len(name) < 2 * len(short):
        return False
    i = 0
    for c in short[1:]:
        i = name.find(c, i + 1)
        if i < 0:
            return False
    return i >= len(name) // 2


def _across_labels(g: nx.MultiDiGraph, ents: dict[str, dict]) -> list[tuple[str, str, str]]:
    """Organisation-like nodes of two labels with one name ("Promsvyazbank" a Company here, an
    Organization there), or one the acronym of the other's one-word name in one article ("PSB")."""
    names: dict[str, list[str]] = defaultdict(list)
    for n, d in ents.items():
        if d["label"] in _ORG_LABELS:
            names[fold(d.get("name") or "")].append(n)
    out = []
    for key, nodes in names.items():
        for i, a in enumerate(nodes):
            for b in nodes[i + 1:]:
                if ents[a]["label"] != ents[b]["label"]:
                    out.append((a, b, f"both are called {key!r} ({ents[a]['label']}, {ents[b]['label']})"))
    shorts = [(n, d) for n, d in ents.items() if d["label"] in _ORG_LABELS and (d.get("name") or "").isupper()
              and 2 <= len(d.get("name") or "") <= 6]
    for n, d in shorts:
        for other, od in ents.items():
            oname = od.get("name") or ""
            if other != n and od["label"] in _ORG_LABELS and " " not in oname and not oname.isupper() \
                    and letters_acronym(d["name"], oname) and _same_document(g, n, other):
                out.append((n, other, f"{d['name']!r} may abbreviate {oname!r}"))
    return out


def _editions(nodes: list[str], ents: dict[str, dict]) -> list[tuple[str, str, str]]:
    """A recurring event named without its year ("Airshow China") and an edition of it ("Airshow
    China 2024") the first's date, if it has one, falls in."""
    editions: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for n in nodes:
        found = _YEAR.match(ents[n].get("name") or "")
        if found:
            editions[fold(found.group(1))].append((n, found.group(2)))
    out = []
    for n in nodes:
        d = ents[n]
        year = str(d.get("date") or "")[:4]
        hits = [e for e, y in editions.get(fold(d.get("name") or ""), []) if not year or y == year]
        if len(hits) == 1:
            out.append((n, hits[0], f"{d.get('name')!r} may be the edition {ents[hits[0]].get('name')!r}"))
    return out


def _shared_aliases(g: nx.MultiDiGraph, ents: dict[str, dict], done: set[frozenset]) -> list[Candidate]:
    holders: dict[str, set[str]] = defaultdict(set)
    for n, d in ents.items():
        for alias in d.get("aliases") or []:
            if fold(alias):
                holders[fold(alias)].add(n)
    out = []
    for alias, nodes in sorted(holders.items()):
        if len(nodes) < 2:
            continue
        nodes_sorted = sorted(nodes)
        if len(nodes_sorted) == 2 and frozenset(nodes_sorted) in done:
            continue
        labels = {ents[n]["label"] for n in nodes_sorted}
        keep = drop = None
        if len(nodes_sorted) == 2 and len(labels) == 1 and ents[nodes_sorted[0]]["label"] != "Event":
            keep, drop = _keeper(g, *nodes_sorted)
        out.append(Candidate("shared_alias", nodes_sorted, f"alias {alias!r} is carried by {len(nodes_sorted)} nodes",
                             keep, drop, [_show(ents[n]) for n in nodes_sorted]))
    return out


def junk_reason(d: dict) -> str | None:
    """Why a node's name is not a plausible name of its label (``None`` when it is)."""
    name = (d.get("name") or "").strip()
    label = d.get("label")
    words = name.split()
    if not words:
        return "no name"
    if words[-1].lower() in _FUNCTION_WORDS or words[0].lower() in _FUNCTION_WORDS - {"the"}:
        return "a fragment (starts or ends with a function word)"
    if label not in {"Event", "Platform"} and name[:1].islower() and not _LOWER_PREFIX.match(name):
        return "a lower-case word, not a name"
    if "\n" in name or "(" in name and ")" not in name:
        return "a broken span"
    if name.lower() in _STOP:
        return "a heading word"
    if len(name) < 2:
        return "too short to be a name"
    if label == "Person" and any(c.isdigit() for c in name):
        return "a person's name with digits"
    if label in {"Organization", "Company", "GovernmentBody"} and len(words) > 7:
        return "a run of Title Case words"
    if len(words) > 1 and words[-1].lower() in _PARTICLES:
        return "a fragment (ends with a name particle)"
    if "/" in name and all(p.isupper() and len(p.strip()) >= 3 and p.replace(" ", "").isalpha()
                           for p in name.split("/")):
        return "a dateline (cities in capitals joined by '/')"
    return None


_LOWER_PREFIX = re.compile(r"^(al|el|ad|as|ash|ibn|bin|de|van|von)[-\s]")  # "al-Shabaab"
_TITLE_WORDS = {"supreme", "commander", "commander-in-chief", "governor", "mayor", "akim", "hakim", "wali",
                "governor-general", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "secretary",
                "minister", "deputy", "chairman", "chairwoman", "chair", "speaker", "senator", "sheikh", "sultan"}
_PARTICLES = {"de", "des", "dei", "del", "della", "da", "di", "du", "van", "von", "der", "la", "le", "al", "el", "bin"}


def reference_junk_reason(d: dict, ref=None) -> str | None:
    """Why a node is junk by the reference data and cue words: a demonym as a place ("Kazakh"), a
    title alone as a person ("Supreme Commander"), two country names joined by a hyphen ("U.S.-Turkey")."""
    from .mentions.lexicon import lexicon
    from .reference import load_reference

    ref = ref or load_reference()
    name = (d.get("name") or "").strip()
    label = d.get("label")
    countries = [e for e in ref.lookup(name) if e.label == "Country"]
    if label in {"Place", "Person"} and any(fold(name) in {fold(x) for x in e.demonyms} for e in countries):
        return "a demonym, not a name"
    lex = lexicon()
    titles = {t.lower() for t in lex["person_titles"]} | {r.lower() for r in lex["ranks"]} | _TITLE_WORDS
    if label == "Person" and (name.lower() in titles or all(w.lower() in titles for w in name.split())):
        return "a title, not a person"
    parts = re.split(r"(?<=[\w.])[-\u2013/](?=\w)", name)
    if len(parts) == 2 and all(any(e.label == "Country" for e in ref.lookup(p)) for p in parts):
        return "two countries joined by a hyphen, not a name"
    return None


def _junk(ents: dict[str, dict]) -> list[Candidate]:
    from .reference import load_reference

    ref = load_reference()
    out = []
    for n, d in sorted(ents.items()):
        reason = junk_reason(d) or reference_junk_reason(d, ref)
        if reason:
            out.append(Candidate("junk", [n], reason, shown=[_show(d)]))
    return out


def _low_confidence(g: nx.MultiDiGraph, ents: dict[str, dict]) -> list[Candidate]:
    out = []
    for n, d in sorted(ents.items()):
        if _known(d) or _documents(g, n) > 1:
            continue
        conf = [e.get("confidence") for _, _, e in g.in_edges(n, data=True) if e.get("type") != "MENTIONED_IN"]
        conf += [e.get("confidence") for _, _, e in g.out_edges(n, data=True) if e.get("type") != "MENTIONED_IN"]
        text = [c for c in conf if isinstance(c, int | float)]
        if not conf:
            out.append(Candidate("low_confidence", [n], "one document, no relations", shown=[_show(d)]))
        elif text and max(text) < _LOW:
            out.append(Candidate("low_confidence", [n], f"one document, relations at most {max(text):.2f}",
                                 shown=[_show(d)]))
    return out


def _show(d: dict) -> str:
    return f"{d.get('label')}:{d.get('name')}"


def find_candidates(g: nx.MultiDiGraph, kinds: Iterable[str] = KINDS) -> list[Candidate]:
    """All candidates of ``kinds`` in a store's graph, duplicates first."""
    kinds = set(kinds)
    ents = _entities(g)
    out: list[Candidate] = []
    dups = _duplicates(g, ents)
    if "duplicate" in kinds:
        out += dups
    if "shared_alias" in kinds:
        out += _shared_aliases(g, ents, {frozenset(c.nodes) for c in dups})
    if "junk" in kinds:
        out += _junk(ents)
    if "low_confidence" in kinds:
        out += _low_confidence(g, ents)
    return out


# -- writing reference.yaml ---------------------------------------------------------------------------
def merge_entry(g: nx.MultiDiGraph, candidate: Candidate) -> dict:
    """The reference entry that makes ``drop``'s surface forms resolve to ``keep`` (not a common-noun
    alias such as "Navy", which would send every later article's navy to it)."""
    from .entities.resolve import generic_alias

    keep, drop = g.nodes[candidate.keep], g.nodes[candidate.drop]
    aliases = [a for a in dict.fromkeys([drop.get("name"), *(drop.get("aliases") or []), *(keep.get("aliases") or [])])
               if a and fold(a) != fold(keep.get("name") or "") and not generic_alias(keep["label"], a)]
    entry = {"label": keep["label"], "name": keep["name"], "aliases": aliases}
    for prop in ("wikidata", "iso3", "category"):
        if keep.get(prop):
            entry[prop] = keep[prop]
    return entry


def read_reference(path: Path) -> list[dict]:
    if not path.exists():
        return []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except (OSError, yaml.YAMLError) as exc:
        raise ReferenceDataError(f"{path}: cannot be read ({exc})") from exc
    if isinstance(data, dict):
        data = data.get("entities", [])
    if not isinstance(data, list):
        raise ReferenceDataError(f"{path}: expected a list of entries")
    return [dict(e) for e in data if isinstance(e, dict)]


def add_entries(existing: list[dict], new: Iterable[dict]) -> list[dict]:
    """``existing`` with ``new`` entries added; one entry per label and name, aliases unioned."""
    out = [dict(e) for e in existing]
    by_key = {(e.get("label"), fold(str(e.get("name") or ""))): e for e in out}
    for entry in new:
        key = (entry["label"], fold(entry["name"]))
        known = by_key.get(key)
        if known is None:
            known = dict(entry)
            known["aliases"] = list(entry.get("aliases") or [])
            out.append(known)
            by_key[key] = known
            continue
        aliases = known.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [a.strip() for a in aliases.split("|") if a.strip()]
        known["aliases"] = list(dict.fromkeys([*aliases, *(entry.get("aliases") or [])]))
        for k, v in entry.items():
            known.setdefault(k, v)
    return out


def write_reference(path: Path, entries: list[dict]) -> None:
    write_atomic(path, "# geopol reference data: your corrections (written by `geopol review`, edit freely)\n"
                 + yaml.safe_dump(entries, sort_keys=False, allow_unicode=True))


def review(g: nx.MultiDiGraph, reference: Path, ask: Callable[[str], str] | None = None, accept_all: bool = False,
           dry_run: bool = False, kinds: Iterable[str] = KINDS, limit: int | None = None,
           say: Callable[[str], None] = print) -> list[dict]:
    """List the candidates; ask about each merge (or accept all); write the accepted entries unless
    ``dry_run``. Returns the entries accepted."""
    candidates = find_candidates(g, kinds)
    if limit is not None:
        candidates = candidates[:limit]
    accepted: list[dict] = []
    dropped: set[str] = set()
    for c in candidates:
        say(f"[{c.kind}] {' | '.join(c.shown)}: {c.reason}")
        if not c.mergeable or c.drop in dropped or c.keep in dropped:
            continue
        keep_name = g.nodes[c.keep].get("name")
        question = f"  merge {_show(g.nodes[c.drop])!s} into {_show(g.nodes[c.keep])!s}? [y/N/q] "
        if accept_all or dry_run:
            answer = "y"
        elif ask is None:
            answer = "n"
        else:
            answer = ask(question).strip().lower()
        if answer == "q":
            break
        if answer in {"y", "yes"}:
            accepted.append(merge_entry(g, c))
            dropped.add(c.drop)
            say(f"  -> {g.nodes[c.drop].get('name')!r} becomes an alias of {keep_name!r}")
    if accepted:
        entries = add_entries(read_reference(reference), accepted)
        if dry_run:
            say(f"dry run: would write {len(accepted)} entries to {reference}:")
            say(yaml.safe_dump(accepted, sort_keys=False, allow_unicode=True).rstrip())
        else:
            write_reference(reference, entries)
            say(f"wrote {len(accepted)} entries to {reference}; run `geopol ingest PATH --force` to apply them")
    else:
        say("nothing to write")
    return accepted


# -- command line ----------------------------------------------------------------------------------------
def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the ``review`` subcommand to ``sub``; ``common`` is the parent parser holding ``--store``."""
    p = sub.add_parser("review", parents=[common], help="list likely duplicate, junk and weak entities; "
                       "write accepted merges to <store>/reference.yaml")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--accept-all", action="store_true", help="accept every proposed merge without asking")
    mode.add_argument("--dry-run", action="store_true", help="show what would be written; write nothing")
    p.add_argument("--kind", nargs="+", action="extend", choices=KINDS, default=[],
                   help="only these kinds of candidate (default: all)")
    p.add_argument("--limit", type=int, default=None, metavar="N", help="at most N candidates")
    return p


def run(args: argparse.Namespace, console: Console) -> int:
    from .store import Store

    store = Store(args.store)
    interactive = not (args.accept_all or args.dry_run)
    review(store.graph, Path(args.store) / REFERENCE_FILE, ask=input if interactive else None,
           accept_all=args.accept_all, dry_run=args.dry_run, kinds=args.kind or KINDS, limit=args.limit,
           say=lambda line: console.print(line, markup=False, highlight=False))
    return 0
