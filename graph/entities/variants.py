"""Variants of one catalogued platform family named side by side ("Leopard 2A8" ordered, "Leopard 2A4"
handed over): ANNOTATION.md keeps a variant that the text sets apart as a platform of its own. A mention
is a variant when its text is the family's name plus a short designation suffix run on to it ("2A8",
"F-35A"; not a plural "s", a category word or a name after a space); the family splits only when one
document names two or more different models of it.

A model is a suffix with a digit ("2A8", "-5"); a suffix that only runs letters on ("F-35A", "J-10CY") or
on another model's suffix ("Mirage 2000-5F" after "Mirage 2000-5") is a sub-variant, one of the family's
forms, unless a sentence naming two of them sets them apart ("the F-16V, while ... the older F-16A":
``variant_contrast`` in the lexicon)."""
from __future__ import annotations

import re

from ..ids import fold
from ..mentions import Mention
from ..mentions.lexicon import lexicon
from ..reference.loader import ReferenceData

_SUFFIX = re.compile(r"^[a-z0-9]{1,4}$")
_LETTERED = re.compile(r"\d[A-Z]{1,3}$")
_CONTRAST = frozenset(lexicon()["name_shape"]["variant_contrast"])


def _variant(text: str, family: str) -> str | None:
    """The variant suffix of ``text`` over the family name ``family`` ("Leopard 2A8" -> "a8"); a plural
    ("F-16s") is none, a capital S a designation ("J-10S")."""
    ft, core = fold(text), fold(family)
    if not ft.startswith(core) or len(ft) == len(core) or text[len(family):len(family) + 1] in {" ", ""}:
        return None
    rest = re.sub(r"^[-\s]", "", ft[len(core):])
    plural = text.endswith("s")
    if not _SUFFIX.match(rest) or plural and (rest == "s" or rest[:-1].isalpha()):
        return None
    return rest


def sub_variant_of(text: str, family: str) -> bool:
    """``text`` is ``family`` with letters run on ("J-10CY" of "J-10", "F-35B" of "F-35")."""
    suffix = _variant(text, family)
    return suffix is not None and suffix.isalpha() and text[len(family):].lstrip("-")[:1].isupper()


def lettered(text: str) -> bool:
    """A designation with letters after its number ("J-10C", "RF-5E"; not "KF51", "F-35")."""
    return bool(_LETTERED.search(text))


def _models(variants: dict[str, list[Mention]]) -> dict[str, list[Mention]]:
    """The suffixes that name a model of their own: with a digit, and not another model's suffix with
    letters run on ("5f" after "5"); each keeps the mentions of its sub-variants."""
    models: dict[str, list[Mention]] = {}
    for suffix in sorted(variants, key=len):
        base = next((s for s in models if suffix.startswith(s) and suffix[len(s):].isalpha()), None)
        if base is not None:
            models[base] += variants[suffix]
        elif any(c.isdigit() for c in suffix):
            models[suffix] = list(variants[suffix])
    return models


class Sentences:
    """Which sentence of a spaCy doc a mention is in, and the lower-case words of a sentence."""

    def __init__(self, doc) -> None:
        self.doc = doc

    def __call__(self, m: Mention) -> int:
        return self.doc[m.start].sent.start

    def words(self, start: int) -> set[str]:
        return {t.lower_ for t in self.doc[start].sent}


def _contrasted(variants: dict[str, list[Mention]], sentences: Sentences | None) -> bool:
    """Two of the variants are named in one sentence with a word that sets them apart."""
    if sentences is None:
        return False
    by_sentence: dict[int, set[str]] = {}
    for suffix, ms in variants.items():
        for m in ms:
            by_sentence.setdefault(sentences(m), set()).add(suffix)
    return any(len(found) > 1 and sentences.words(start) & _CONTRAST for start, found in by_sentence.items())


def variant_names(mentions: list[Mention], ref: ReferenceData, sentences: Sentences | None = None) -> dict[int, str]:
    """Mention start -> the variant's own name, for families named in two or more models (the family's
    other mentions go to the variant named last before them). ``sentences`` (a :class:`Sentences`)
    lets a contrast word keep lettered sub-variants apart."""
    found: dict[str, dict[str, list[Mention]]] = {}
    for m in mentions:
        entry = ref.get(m.ref_id) if m.label == "Platform" else None
        suffix = _variant(m.text, entry.name) if entry is not None else None
        if suffix is not None:
            found.setdefault(entry.id, {}).setdefault(suffix, []).append(m)
    out: dict[int, str] = {}
    for family, variants in found.items():
        if len(variants) < 2:
            continue
        if not _contrasted(variants, sentences):
            variants = _models(variants)
            if len(variants) < 2:
                continue
        named = sorted((m.start, ms[0].text) for ms in variants.values() for m in ms)
        first = {m.start: ms[0].text for ms in variants.values() for m in ms}
        for m in mentions:  # the family's other mentions ("the Leopard chassis"): the variant named last before
            if m.label == "Platform" and m.ref_id == family:
                out[m.start] = first.get(m.start) or next((n for s, n in reversed(named) if s <= m.start), named[0][1])
    return out
