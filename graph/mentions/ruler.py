"""The entity ruler, with its token patterns matched only where they can match.

spaCy's token ``Matcher`` starts every pattern at every token of the document: with the generic
patterns of ``patterns.yaml`` (most of them open on any run of capitalised words) that was about
four fifths of the entity ruler's CPU. A match can only lie in a run of tokens that each meet
some pattern token's condition (its ``ORTH``, ``TEXT`` or ``LOWER`` value, set or regex), and only
in a run that holds a token meeting the condition of a *required* token of the same pattern.
:class:`Windows` finds those runs and the ruler matches each run alone (the matcher's conditions
read one token at a time, so a run gives the very matches the whole document gives there, in the
same order). Patterns it cannot read that way (a negated token, a token with no such condition,
no required token) make it match the whole document, as spaCy does.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> ruler = nlp.add_pipe("geopol_entity_ruler")
>>> ruler.add_patterns([{"label": "GovernmentBody", "pattern": [{"TEXT": {"REGEX": "^[A-Z]"}, "OP": "+"},
...                                                             {"ORTH": "Ministry"}]}])
>>> [(e.text, e.label_) for e in nlp("They met at the Foreign Ministry on Monday.").ents]
[('Foreign Ministry', 'GovernmentBody')]
"""
from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterable
from typing import Any

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.pipeline.entityruler import DEFAULT_ENT_ID_SEP, entity_ruler_score
from spacy.tokens import Doc

_REQUIRED_OPS = {None, "+"}
_OPTIONAL_OPS = {"?", "*"}
_CACHE_LIMIT = 200_000  # token texts whose regex conditions are remembered (cleared when full)


def _condition(spec: dict) -> tuple[str, Any] | None:
    """One condition every token matched by ``spec`` meets: ``("orth", words)``, ``("lower",
    words)``, ``("regex", (attr, pattern))``; None when ``spec`` sets no such value."""
    for key in ("ORTH", "TEXT", "LOWER"):
        value = spec.get(key)
        kind = "lower" if key == "LOWER" else "orth"
        if isinstance(value, str):
            return kind, frozenset([value])
        if isinstance(value, dict) and len(value) == 1:
            if "IN" in value and all(isinstance(v, str) for v in value["IN"]):
                return kind, frozenset(value["IN"])
            if "REGEX" in value:
                return "regex", (kind, value["REGEX"])
    return None


class Windows:
    """The runs of a document where a set of token patterns can match; built once per pattern set.
    ``Windows.of(patterns)`` is None when a pattern cannot be read (match the whole document)."""

    def __init__(self, conditions: list[tuple[str, Any]], required: list[list[int]]) -> None:
        self.required = required  # per pattern: the conditions of its required tokens
        self.by_orth: dict[str, list[int]] = {}
        self.by_lower: dict[str, list[int]] = {}
        self.regexes: list[tuple[int, str, re.Pattern]] = []
        for i, (kind, value) in enumerate(conditions):
            if kind == "regex":
                self.regexes.append((i, value[0], re.compile(value[1])))
            else:
                for word in value:
                    (self.by_orth if kind == "orth" else self.by_lower).setdefault(word, []).append(i)
        self._orth_cache: dict[int, tuple[int, ...]] = {}  # orth hash -> conditions met (ORTH sets and regexes on the text)
        self._lower_cache: dict[int, tuple[int, ...]] = {}

    @classmethod
    def of(cls, patterns: Iterable[list[dict]]) -> Windows | None:
        conditions: list[tuple[str, Any]] = []
        index: dict[tuple[str, Any], int] = {}
        required: list[list[int]] = []
        for pattern in patterns:
            needed = []
            for spec in pattern:
                op = spec.get("OP")
                if op not in _REQUIRED_OPS and op not in _OPTIONAL_OPS:
                    return None  # a negated token ("!") or a count: any token may be in the match
                condition = _condition(spec)
                if condition is None:
                    return None
                i = index.setdefault(condition, len(conditions))
                if i == len(conditions):
                    conditions.append(condition)
                if op in _REQUIRED_OPS:
                    needed.append(i)
            if not needed:
                return None
            required.append(needed)
        return cls(conditions, required)

    def _met(self, cache: dict[int, tuple[int, ...]], key: int, doc: Doc, words: dict[str, list[int]],
             attr: str) -> tuple[int, ...]:
        met = cache.get(key)
        if met is None:
            text = doc.vocab.strings[key]
            met = tuple(words.get(text, ())) + tuple(i for i, on, rx in self.regexes if on == attr and rx.search(text))
            if len(cache) >= _CACHE_LIMIT:
                cache.clear()
            cache[key] = met
        return met

    def runs(self, doc: Doc) -> list[tuple[int, int]]:
        """``(start, end)`` of every run of tokens that may hold a match, in document order."""
        if not len(doc):
            return []
        rows = doc.to_array([ORTH, LOWER]).tolist()
        met_at: list[tuple[int, ...]] = []
        hits: dict[int, list[int]] = {}
        for i, (orth, lower) in enumerate(rows):
            met = self._met(self._orth_cache, orth, doc, self.by_orth, "orth") \
                + self._met(self._lower_cache, lower, doc, self.by_lower, "lower")
            met_at.append(met)
            for c in met:
                hits.setdefault(c, []).append(i)
        anchors: set[int] = set()
        for needed in self.required:  # each pattern's rarest required token in this document
            anchors.update(min((hits.get(c, ()) for c in needed), key=len))
        out = []
        start = None
        anchored = False
        for i, met in enumerate(met_at):
            if met:
                if start is None:
                    start, anchored = i, False
                anchored = anchored or i in anchors
            elif start is not None:
                if anchored:
                    out.append((start, i))
                start = None
        if start is not None and anchored:
            out.append((start, len(met_at)))
        return out


def compound_tail(doc: Doc, start: int, name_ends: set[int]) -> bool:
    """Whether a name at ``start`` is the tail of a hyphenated word whose head is no name
    ("Euro-Atlantic", "trans-Pacific"): a piece of an adjective, no place. "Russia-Ukraine" keeps
    its halves (``name_ends``: where names of places and states end)."""
    if start < 2:
        return False
    hyphen, head = doc[start - 1], doc[start - 2]
    return hyphen.text in {"-", "\u2010", "\u2011"} and not hyphen.whitespace_ and not head.whitespace_ \
        and head.is_alpha and start - 1 not in name_ends


class WindowedEntityRuler(EntityRuler):
    """spaCy's ``EntityRuler``, its token matcher run only on :class:`Windows` runs; the same
    entities."""

    _windows: Windows | None | bool = False  # False: not worked out for the current patterns

    def add_patterns(self, patterns: list[dict]) -> None:
        super().add_patterns(patterns)
        self._windows = False

    def remove(self, ent_id: str) -> None:
        super().remove(ent_id)
        self._windows = False

    def clear(self) -> None:
        super().clear()
        self._windows = False

    def _token_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        if self._windows is False:
            self._windows = Windows.of(p for patterns in self.token_patterns.values() for p in patterns)
        if self._windows is None or not len(self.matcher):
            return list(self.matcher(doc))
        out: list[tuple[int, int, int]] = []
        for start, end in self._windows.runs(doc):
            out.extend((key, start + s, start + e) for key, s, e in self.matcher(doc[start:end]))
        return out

    def match(self, doc: Doc):
        if not self.token_patterns and not self.phrase_patterns:
            self._require_patterns()  # (spaCy's warning for a ruler without patterns)
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="\\[W036")
            matches = self._token_matches(doc) + list(self.phrase_matcher(doc))
        final_matches = {(m_id, start, end) for m_id, start, end in matches if start != end}
        strings = self.nlp.vocab.strings  # (the labels' strings: a document of another vocabulary lacks them)
        known = set(self.phrase_matcher(doc))
        final_matches |= _run_into_known(final_matches, known, strings, self.ent_id_sep)
        final_matches -= _past_known_body(final_matches, known, strings, self.ent_id_sep)
        final_matches -= _into_possessor(doc, final_matches, known, strings, self.ent_id_sep)
        ends = {end for m_id, _, end in final_matches
                if strings[m_id].split(self.ent_id_sep)[0] not in {"Organization", "Company", "GovernmentBody"}}
        final_matches = {(m_id, start, end) for m_id, start, end in final_matches
                         if not (strings[m_id].split(self.ent_id_sep)[0] == "Place" and compound_tail(doc, start, ends))}
        return sorted(final_matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)


def _run_into_known(matches: set, known: set, strings, sep: str) -> set:
    """A body's name the generic patterns cut inside a known name ("Standing Committee of the National People"
    + "National People's Congress") goes on to the known name's end."""
    bodies = {"Organization", "GovernmentBody"}
    known = {k for k in known if strings[k[0]].split(sep)[0] in bodies}
    out = set()
    for m_id, start, end in matches:
        if (m_id, start, end) in known or strings[m_id].split(sep)[0] not in bodies:
            continue
        out |= {(m_id, start, k_end) for _, k_start, k_end in known if start < k_start < end < k_end}
    return out


def _past_known_body(matches: set, known: set, strings, sep: str) -> set:
    """Generic name matches that run on from a known body's name into a platform's name ("Royal Air Force
    Typhoons", "Royal Malaysian Air Force F/A-18D Hornets"): the body's name and the platform's stand apart
    (the service qualifies the platform it flies), so the longer generic run is dropped."""
    def label(m_id: int) -> str:
        return strings[m_id].split(sep)[0]

    bodies = {"Organization", "GovernmentBody", "Company"}
    known_ends = {(start, end) for m_id, start, end in known if label(m_id) in bodies}
    platform_starts = {start for m_id, start, _ in matches if label(m_id) == "Platform"}
    return {(m_id, start, end) for m_id, start, end in matches
            if (m_id, start, end) not in known and label(m_id) in bodies
            and any(start <= k_start and k_end < end and any(k_end <= p < end for p in platform_starts)
                    for k_start, k_end in known_ends)}


_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}


def _into_possessor(doc: Doc, matches: set, known: set, strings, sep: str) -> set:
    """Generic name matches that run over "and" into the possessor of a second name ("Israel's Ministry of
    Defense and Finland's Ministry of Defence"): "A's X and B's Y" are two names, each of its possessor, so the
    run that ends on B, a known state or place, is dropped (the shorter match of X stands); "the Ministry of
    Foreign Affairs and Trade's spokesman" keeps its name."""
    states = {(start, end) for m_id, start, end in known if strings[m_id].split(sep)[0] in {"Country", "Place"}}
    owners = {s for s, e in states if e < len(doc) and doc[e].text in _POSSESSIVE}  # where "B's" starts
    return {(m_id, start, end) for m_id, start, end in matches
            if (m_id, start, end) not in known
            and any(doc[i].lower_ == "and" and i + 1 in owners for i in range(start + 1, end - 1))}


@Language.factory(
    "geopol_entity_ruler",
    assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
    default_config={"phrase_matcher_attr": None, "matcher_fuzzy_compare": {"@misc": "spacy.levenshtein_compare.v1"},
                    "validate": False, "overwrite_ents": False, "ent_id_sep": DEFAULT_ENT_ID_SEP,
                    "scorer": {"@scorers": "spacy.entity_ruler_scorer.v1"}},
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_entity_ruler(nlp: Language, name: str, phrase_matcher_attr: str | None, matcher_fuzzy_compare: Callable,
                      validate: bool, overwrite_ents: bool, ent_id_sep: str,
                      scorer: Callable | None) -> WindowedEntityRuler:
    return WindowedEntityRuler(nlp, name, phrase_matcher_attr=phrase_matcher_attr,
                               matcher_fuzzy_compare=matcher_fuzzy_compare, validate=validate,
                               overwrite_ents=overwrite_ents, ent_id_sep=ent_id_sep,
                               scorer=scorer or entity_ruler_score)
