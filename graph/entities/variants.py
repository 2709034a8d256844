"""Variants of one catalogued platform family named side by side ("Leopard 2A8" ordered, "Leopard 2A4"
handed over): ANNOTATION.md keeps a variant that the text sets apart as a platform of its own. A mention
is a variant when its text is the family's name plus a short designation suffix run on to it ("2A8",
"F-35A"; not a plural "s", a category word or a name after a space); the family splits only when one
document names two or more different models of it.

A model is a suffix with a digit ("2A8", "-5"); a suffix that only runs letters on ("F-35A", "J-10CY") or
on another model's suffix ("Mirage 2000-5F" after "Mirage 2000-5") is a sub-variant, one of the family's
forms, unless a sentence naming two of them sets them apart ("the F-16V, while ... the older F-16A":
``variant_contrast`` in the lexicon).

A variant the text marks with an age word right before its designation ("the newer Tejas Mk1A", "an earlier
C-130K model", "older Gripen C/D jets": ``variant_age``) is set apart from the family's other forms the
article names, whatever catalogue row holds both (``marked_variants``): it keeps its own name, and the
family's other forms stay one platform. So is a designation whose type number runs on from another's
("Mi-171Sh" beside "Mi-17" in one row: another number, another type)."""
from __future__ import annotations

import re

from ..ids import fold
from ..mentions import Mention
from ..mentions.lexicon import lexicon
from ..reference.loader import ReferenceData

_SUFFIX = re.compile(r"^[a-z0-9]{1,4}$")
_LETTERED = re.compile(r"\d[A-Z]{1,3}$")
_CONTRAST = frozenset(lexicon()["name_shape"]["variant_contrast"])
_AGE = frozenset(lexicon()["name_shape"]["variant_age"])
_VERSION = frozenset(lexicon()["name_shape"]["variant_nouns"])
_UPGRADE = frozenset(lexicon()["name_shape"]["variant_upgrade_nouns"])
_WEIGHED = frozenset(lexicon()["name_shape"]["variant_weighed"])
_SAME_TYPE = frozenset(lexicon()["name_shape"]["variant_same_type"])
# a designation: a number (with up to three letters run on) or capital letters at its end ("C-130K", "Tejas
# Mk1A", "Gripen C/D"); not a cut-off name whose last word is a plain word ("F-16 Block")
_DESIGNATION = re.compile(r"\d[A-Za-z]{0,3}$|(?<![A-Za-z])[A-Z]{1,3}(?:/[A-Z]{1,3})?$")


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


def lettered_family(text: str, entries: list) -> str | None:
    """The id of the one catalogue row in ``entries`` with a bare designation (a form ending in a digit:
    "Mi-24", "T-6") that ``text`` runs capital letters on to ("Mi-24D", "T-6TH", "T-6TH Texan II" beside "T-6
    Texan II", a plural "Mi-24Ds"), where the row holds another form running letters on to that designation
    ("Mi-24P", "T-6A"): a row that names its variants by letters holds an unknown lettered form as one more of
    them. A row listing no lettered form of the designation ("KF51" beside "KF51U") holds none: letters on a
    bare name can name another type."""
    head, _, tail = re.sub(r"(?<=[0-9A-Z])s$", "", text).partition(" ")
    found = set()
    for entry in entries:
        forms = [entry.name, *entry.aliases]
        heads = [f.partition(" ")[0] for f in forms]
        for f in forms:
            n, _, rest = f.partition(" ")
            if n[-1:].isdigit() and rest == tail and sub_variant_of(head, n) and any(sub_variant_of(h, n) for h in heads):
                found.add(entry.id)
                break
    return next(iter(found)) if len(found) == 1 else None


def set_apart(m: Mention, doc) -> bool:
    """The text marks the designation as a variant of its own: an age word before it or an apposition
    with a version noun of its own kind (``_aged``, ``_described_version``)."""
    return _aged(m, doc) or _described_version(m, doc)


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


def _key(text: str) -> str:
    """A designation's folded form without a plural "s" ("C-130Ks" -> "c130k")."""
    key = re.sub(r"[^0-9a-z]", "", fold(text))
    return key[:-1] if text.endswith("s") and len(key) > 2 and not text.endswith("ss") else key


def marked_variants(mentions: list[Mention], ref: ReferenceData, doc) -> tuple[dict[int, str], set[str]]:
    """Mention start -> the variant's own name, for a designation marked by an age word before it
    (``variant_age``, an adjective: "the newer Tejas Mk1A") where the document also names the same
    catalogue row by another form that shares its first characters ("Tejas", "C-130J"); every mention
    of that designation goes to the variant, the row's other forms stay the family's. So for a designation
    described in an apposition as a version of its own kind (``_described_version``), unless it only runs
    letters on to another designation the document names ("Mirage 2000-5F" beside "Mirage 2000-5", "J-10CY"
    beside "J-10C": one of its forms, as ``_models`` and ``sub_variant_of`` read them). Also the folded type
    numbers that run on from another designation (``_run_on``), whose forms all leave the family."""
    by_row: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.label == "Platform" and m.ref_id and ref.get(m.ref_id) is not None:
            by_row.setdefault(m.ref_id, []).append(m)
    out: dict[int, str] = {}
    codes: set[str] = set()
    for row, ms in by_row.items():
        name = _key(ref.get(row).name)
        marked = {}
        texts = {re.sub(r"(?<=[0-9A-Z])s$", "", m.text) for m in ms} - {ref.get(row).name}
        for m in ms:
            if not _aged(m, doc) and not (_described_version(m, doc) and not _sub_variant(m.text, texts)):
                continue
            key = _key(m.text)
            if key != name and _DESIGNATION.search(m.text.rstrip("s")):
                marked.setdefault(key, re.sub(r"(?<=[0-9A-Z])s$", "", m.text))
        for key, own in marked.items():
            others = {_key(m.text) for m in ms} - {key}
            if not any(len(_common(key, k)) >= 3 for k in others):
                continue
            for m in ms:
                if _key(m.text) == key:
                    out[m.start] = own
        for code, own in _run_on(ms, doc).items():  # "Mi-171Sh" beside "Mi-17": another type number
            codes.add(code)
            for m in ms:
                if m.start not in out and _key(m.text).startswith(code):
                    out[m.start] = own
    return out, codes


def _run_on(ms: list[Mention], doc) -> dict[str, str]:
    """Folded type number -> name, for a designation whose number runs on with more digits, no space or hyphen,
    from another designation of the same row the document names ("Mi-171Sh" after "Mi-17": the Mi-171 is
    another type number, as the An-124 is no An-12), or whose letters take a generation number ("Su-30SM2"
    after "Su-30SM"); not where a sentence naming both brings one fleet to the other's standard ("first to the
    P-3K standard and later to the P-3K2 configuration": one type in two states)."""
    out: dict[str, str] = {}
    texts = {re.sub(r"(?<=[0-9A-Z])s$", "", m.text) for m in ms}
    for short in texts:
        lettered_code = re.search(r"\d[A-Z]{1,3}$", short) is not None  # "Su-30SM", not "Tejas Mk" or "F-35"
        if not short[-1:].isdigit() and not lettered_code:
            continue
        for long in texts:
            run = re.match(r"\d+", long[len(short):]) if long.startswith(short) else None
            if run is None or not short[-1:].isdigit() and long != short + run.group(0):
                continue
            if not _upgraded(short, long, ms, doc):
                out.setdefault(_key(short + run.group(0)), long)
    return out


def _upgraded(short: str, long: str, ms: list[Mention], doc) -> bool:
    """A sentence naming both forms has an upgrade noun (``variant_upgrade_nouns``)."""
    sents: dict[int, set[str]] = {}
    for m in ms:
        text = re.sub(r"(?<=[0-9A-Z])s$", "", m.text)
        if text in (short, long):
            sents.setdefault(doc[m.start].sent.start, set()).add(text)
    return any(len(found) == 2 and any(t.lemma_.lower() in _UPGRADE for t in doc[start].sent)
               for start, found in sents.items())


def _common(a: str, b: str) -> str:
    """The longest common prefix of two folded designations."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[:i]


def prune_family_aliases(entities: dict, codes: frozenset[str] | set[str] = frozenset()) -> None:
    """A family's catalogue aliases that name one of its variants the document keeps apart ("Tejas Mk1A" on
    the Tejas beside its own "Tejas Mk1A" platform) leave the family: each name stays on one node; so do all
    forms of a type number ``codes`` holds ("Mi-171", "Mi-171E" beside a "Mi-171Sh" of its own)."""
    for variant in list(entities.values()):
        family = entities.get(variant.ref_id) if variant.label == "Platform" and variant.ref_id else None
        if family is None or family is variant:
            continue
        keys = {_key(variant.name)}
        pair = re.match(r"(.*?)([A-Z]{1,3})/([A-Z]{1,3})$", variant.name)  # "Gripen C/D": also "Gripen C", "Gripen D"
        if pair:
            keys |= {_key(pair.group(1) + pair.group(2)), _key(pair.group(1) + pair.group(3))}
        own = {c for c in codes if _key(variant.name).startswith(c)}
        family.aliases = {a for a in family.aliases
                          if _key(a) not in keys and not fold(a).startswith(fold(variant.name) + " ")
                          and not any(_key(a).startswith(c) for c in own)}


def _described_version(m: Mention, doc) -> bool:
    """The mention stands in an apposition with a "version"/"variant" noun of its own kind ("the H125M, a
    military version"; "a desert version, the K2ME"), not one that names the family's own form ("the
    export version", "the modernised version": ``variant_same_type``)."""
    span = doc[m.start:m.end]
    root = span.root
    nouns = [t for t in root.children if t.dep_ == "appos" and t.lemma_.lower() in _VERSION]
    if root.dep_ == "appos" and root.head.lemma_.lower() in _VERSION:
        nouns.append(root.head)
    return any(not any(c.lower_ in _SAME_TYPE for c in v.children if c.dep_ in {"amod", "compound", "npadvmod", "advmod"})
               for v in nouns)


def _aged(m: Mention, doc) -> bool:
    """An age adjective right before the designation ("the newer Tejas Mk1A"), the designation not the
    modifier of a version noun ("the newer M1A2 version": the family's own form), its fleet not brought to
    another form's standard in the sentence ("older F-16A/Bs brought up to the F-16V standard") and its use not
    only weighed there ("weighed handing over older Gripen C/D jets": ``variant_weighed``)."""
    before = doc[m.start - 1] if m.start > 0 else None
    if before is None or before.lower_ not in _AGE or before.pos_ != "ADJ":
        return False
    after = doc[m.end] if m.end < len(doc) else None
    if after is not None and after.lemma_.lower() in _VERSION:
        return False
    return not any(t.lemma_.lower() in _UPGRADE | _WEIGHED for t in doc[m.start].sent)


def _sub_variant(text: str, models: set[str]) -> bool:
    """``text`` runs letters on to another designation in ``models`` ("Mirage 2000-5F" on "Mirage 2000-5",
    "J-10CY" on "J-10C")."""
    text = re.sub(r"(?<=[0-9A-Z])s$", "", text)
    return any(text != t and text.startswith(t) and any(c.isdigit() for c in t) and text[len(t):].isalpha()
               for t in models)
