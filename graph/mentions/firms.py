"""Firms named with a legal form in front: "OOO Stankoimport", "JSC Kronshtadt", "PT Len Industri",
"Trading House Vector". The form and the capitalised words after it are one firm's name (the NER
cuts them into an organisation, a person or a catalogued word such as "Vector"); the forms are data
(``firm_prefixes`` in ``lexicon.yaml`` under ``name_shape``, matched as written).

German firms whose name coordinates two words with a hyphen and "und" and ends in a legal form ("ESG
Elektroniksystem- und Logistik-GmbH", "Rohde Mess- und Regeltechnik GmbH") are one name too
(``firm_legal_suffixes``): the NER cuts them at the conjunction into a place and a firm.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import lexicon
from .words import texts

_MAX_NAME = 3  # capitalised words after the form


def _cap(tok) -> bool:
    return tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text)


def prefixed_firms(doc: Doc) -> list[tuple[int, int, int]]:
    """``(start, name start, end)`` of each firm named after a legal form."""
    forms = sorted((f.split() for f in lexicon()["name_shape"]["firm_prefixes"]), key=len, reverse=True)
    firsts = {f[0] for f in forms}
    words = texts(doc)  # (read only)
    out: list[tuple[int, int, int]] = []
    i = 0
    while i < len(doc):
        form = next((f for f in forms if words[i:i + len(f)] == f), None) if words[i] in firsts else None
        if form is None:
            i += 1
            continue
        j = k = i + len(form)
        while k < len(doc) and k - j < _MAX_NAME and _cap(doc[k]) and not doc[k].is_sent_start:
            k += 1
        if k > j:
            out.append((i, j, k))
        i = max(k, i + 1)
    return out


def _legal_end(doc: Doc, k: int, suffixes: set[str]) -> int | None:
    """The end of a firm's name whose legal form closes the capitalised words from ``k`` on
    ("Logistik-GmbH", "Regeltechnik GmbH"), or ``None``."""
    for n in range(k, min(k + 5, len(doc))):
        tok = doc[n]
        if tok.text in suffixes or tok.text.rsplit("-", 1)[-1] in suffixes and tok.text[:1].isupper():
            return n + 1
        if not (_cap(tok) or tok.text == "-"):
            return None
    return None


def coordinated_firms(doc: Doc) -> list[tuple[int, int]]:
    """``(start, end)`` of each firm named with a hyphen-coordinated pair and a legal form ("ESG
    Elektroniksystem- und Logistik-GmbH")."""
    shape = lexicon()["name_shape"]
    suffixes, conjunctions = set(shape["firm_legal_suffixes"]), set(shape["hyphen_conjunctions"])
    out: list[tuple[int, int]] = []
    for i in range(1, len(doc) - 2):
        tok = doc[i]
        if not (tok.text.endswith("-") and len(tok.text) > 2 and tok.text[:1].isupper()) or doc[i + 1].text not in conjunctions:
            continue
        end = _legal_end(doc, i + 2, suffixes)
        if end is None:
            continue
        start = i
        while start > 0 and i - start < _MAX_NAME and _cap(doc[start - 1]) and not doc[start - 1].is_stop \
                and not doc[start].is_sent_start:
            start -= 1
        out.append((start, end))
    return out


def firm_groups(doc: Doc, mentions: list) -> list[tuple[int, int]]:
    """``(start, end)`` of each "X group" a firm's group: an uncatalogued organisation or firm followed by
    a lower-case "group" ("Anil Ambani's Reliance group"), outside a sentence that speaks of armed groups
    (``armed_group_cues`` in ``lexicon.yaml``: "the militant Kestrel group" is no firm)."""
    cues = set(lexicon()["armed_group_cues"])
    out = []
    for m in mentions:
        if m.ref_id or m.label not in {"Organization", "Company"} or m.end >= len(doc) or doc[m.end].text != "group":
            continue
        if any(t.lower_ in cues for t in doc[m.start].sent):
            continue
        out.append((m.start, m.end + 1))
    return out
