"""Participants set out line by line: an intro line that speaks of taking part and ends with a colon,
then bulleted lines or lines run on with semicolons, each naming some of them.

    The participation is arranged in tiers:
    * Combat training: A, B and C.
    * Staff planning: D and E.
    * Observers: F and G.            (an observer takes no part: skipped)

    Other leaders present included:
    President X of A;
    King Y of B, whose country borders the war;   (the clause after "whose" is about something else)
    President Z of C.

The lines are read over the text, not the parse (a parser splits such a list at random); the intro's
words and the item labels that take no part are data (``cues.yaml``, participation: list_intro,
list_no_part)."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ...mentions.layout import doc_text

_BULLET = re.compile(r"^\s*(?:[*\u2022\u2023\u25aa\u2013\u2014-]|\d{1,2}[.)])\s+")
_LABEL = re.compile(r"^([^:;,.]{1,60}):\s")  # "Full combat training: ..." (a short label before a colon)
# where an item's own words end: a relative clause or an aside about something else
_CLAUSE = re.compile(r",?\s+(?:who|whose|which|where|while|whom)\b|\s+[\u2013\u2014]\s+|\s+-\s+", re.I)
_MAX_PLAIN = 300  # a line without a bullet longer than this is a paragraph, not a list item
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")


def _words(line: str) -> list[str]:
    return _WORD.findall(line.lower())


def _has(words: list[str], cues: list[str]) -> bool:
    """Whether the words hold one of the cues (a cue may be several words: "take part")."""
    text = " " + " ".join(words) + " "
    return any(" " + c + " " in text for c in cues)


def item_spans(doc: Doc, lex: dict) -> list[tuple[int, int, int]]:
    """(start char, end char, intro start char) of the parts of list lines that name participants:
    each item line after an intro line that ends with a colon and speaks of taking part (not negated
    nor hedged), up to an aside; none for an item whose label takes no part ("Observers: A, B")."""
    cached = doc.user_data.get("participant_lines")
    if cached is not None:
        return cached
    text = doc_text(doc)
    lines: list[tuple[int, str]] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append((pos, raw))
        pos += len(raw) + 1
    out: list[tuple[int, int, int]] = []
    k = 0
    while k < len(lines):
        start, line = lines[k]
        k += 1
        stripped = line.strip()
        words = _words(stripped)
        if not stripped.endswith(":") or not _has(words, lex["list_intro"]) or _has(words, lex["list_not"]):
            continue
        intro, prev_end = start, ":"
        while k < len(lines):
            s, item = lines[k]
            body = item.strip()
            if not body:
                k += 1
                continue
            bullet = _BULLET.match(item)
            if not bullet and (prev_end not in {":", ";"} or len(body) > _MAX_PLAIN):
                break
            k += 1
            prev_end = body[-1]
            offset = bullet.end() if bullet else len(item) - len(item.lstrip())
            rest = item[offset:]
            label = _LABEL.match(rest)
            if label and _has(_words(label.group(1)), lex["list_no_part"]):
                continue
            cut = _CLAUSE.search(rest, label.end() if label else 0)
            end = cut.start() if cut else len(rest.rstrip())
            out.append((s + offset, s + offset + end, intro))
    doc.user_data["participant_lines"] = out
    return out
