"""The ``geopol_layout`` spaCy component: the article's headline, byline and dateline are kept
apart from its sentences. It runs before the parser: every line starts a sentence, and so does
the first word after a dateline ("MINSK, Nov. 23 (Wire) - "). The spans go to
``doc.user_data["layout"]`` so that later components can treat them as what they are.

>>> import spacy
>>> nlp = spacy.blank("en"); _ = nlp.add_pipe("geopol_layout")
>>> doc = nlp("Talks Stall In Minsk\\nMINSK, May 3 (Wire) - Belarus hosted the talks.")
>>> [t.text for t in doc if t.is_sent_start]
['Talks', 'MINSK', 'Belarus']
"""
from __future__ import annotations

import re

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from ..text.metadata import layout
from .list_items import joined_items
from .words import texts

_CHECKED: list[tuple[Doc, str]] = []  # the last few documents and the text found theirs (see :func:`doc_text`)


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document (spaCy joins every token's text on each access); the
    kept text is checked against the document once, not on every call (the rules ask very often)."""
    text = doc.user_data.get("text")
    for kept, checked in _CHECKED:
        if kept is doc and checked is text:
            return text
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if text is None or len(text) != end:  # (user data copied from another document is not trusted)
        text = doc.user_data["text"] = doc.text
    _CHECKED[:] = [(d, t) for d, t in _CHECKED if d is not doc][-3:] + [(doc, text)]
    return text


def keep_text(nlp: Language) -> None:
    """Make ``nlp.make_doc`` keep the text it tokenises as the doc's :func:`doc_text` (the tokenizer
    loses no character, so it is ``doc.text``; spaCy would join every token's text to make it)."""
    make = nlp.make_doc

    def make_doc(text: str) -> Doc:
        doc = make(text)
        doc.user_data["text"] = text
        return doc

    nlp.make_doc = make_doc  # type: ignore[method-assign]


@Language.component("geopol_layout")
def mark_layout(doc: Doc) -> Doc:
    lay = layout(doc_text(doc))
    doc.user_data["layout"] = {k: v for k, v in vars(lay).items() if v}
    starts = {v[1] for v in (lay.dateline,) if v}
    whole = [v for v in (lay.headline, lay.byline, lay.dateline) if v]  # never split inside these
    # (read from the document's arrays: a ``Token`` is made only where a sentence start is set; a
    # token's ``whitespace_`` is one space or none, so only its text can hold a line break)
    prev_newline = True
    for i, (text, idx) in enumerate(zip(texts(doc), doc.to_array(IDX).tolist() if len(doc) else [], strict=True)):
        if i == 0 or prev_newline or idx in starts:
            doc[i].is_sent_start = True
        elif any(s < idx < e for s, e in whole):
            doc[i].is_sent_start = False
        prev_newline = "\n" in text
    for i in joined_items(doc):  # "showed three missiles:\nthe JL-1;\nthe JL-3.": one sentence
        if not any(s <= doc[i].idx < e for s, e in whole):
            k = i - 1
            while k > 0 and doc[k].is_space:  # the line breaks between heading and item
                doc[k].is_sent_start = False
                k -= 1
            doc[i].is_sent_start = False
    for i, j in colon_lists(doc):  # "fielded the widest range: X and Y fighters, Z transports.": one sentence
        if not any(s <= doc[i].idx < e for s, e in whole):
            for k in range(i, j):
                doc[k].is_sent_start = False
    return doc


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_ENDS = frozenset({".", "?", "!"})
_QUOTES = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"})


def colon_lists(doc: Doc) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of words a colon inside a line opens and that is no clause of its own: a list
    or phrase with no finite verb up to the sentence's end ("already in service with the navy: A, B and C of the
    first design, and the later boats D and E."). The parser often breaks such a run off as a sentence, or
    breaks it inside a name ("F-39 | Gripen"); the run belongs to the sentence the colon ends. A quotation
    after the colon, or a run with a verb of its own ("said: we will go"), is left to the parser.

    Needs the tagger's tags (the layout component runs after it)."""
    out: list[tuple[int, int]] = []
    tags = [t.tag_ for t in doc]
    for i, tok in enumerate(doc):
        if tok.text != ":" or i + 1 >= len(doc) or "\n" in tok.whitespace_ or doc[i + 1].is_space \
                or doc[i + 1].text in _QUOTES:
            continue
        j = i + 1
        while j < len(doc) and doc[j].text not in _ENDS and "\n" not in doc[j].text and doc[j].text != ":":
            j += 1
        if j >= len(doc) or doc[j].text not in _ENDS or j - i < 3:
            continue  # a run to a line's end or to another colon: a heading, a field, a fact box
        if any(tags[k] in _FINITE_TAGS or doc[k].text in _QUOTES for k in range(i + 1, j)):
            continue
        out.append((i + 1, j + 1))
    return out


def outside_text(doc: Doc, start_char: int, end_char: int) -> bool:
    """Whether a span lies in the dateline or byline (not part of the article's prose)."""
    lay = doc.user_data.get("layout") or {}
    return any(s <= start_char < e for key in ("dateline", "byline") if (span := lay.get(key)) for s, e in [span])


def in_headline(doc: Doc, start_char: int) -> bool:
    span = (doc.user_data.get("layout") or {}).get("headline")
    return bool(span) and span[0] <= start_char < span[1]


# "By Rania Haddad, Abu Dhabi", "By Paolo Dizon in Manila", "Yellow Sea Review By Cho Min-ji | 29 April 2025"
_BYLINE = re.compile(r"(?:[A-Z][\w'.-]+ ){0,4}By (?:[A-Z][\w'.-]+ ){0,3}[A-Z][\w'.-]+"
                     r"(?: in [A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2})?(?:(?:,| \|)[^.]*)?$")


def is_byline(line: str) -> bool:
    """Whether a line is a byline (an outlet's name may open it, a date close it)."""
    return bool(_BYLINE.match(line))


def heading_line(text: str, start_char: int) -> tuple[int, int] | None:
    """The line around ``start_char`` if it is a heading, a byline or a contact line rather than
    prose: a Title Case line without closing punctuation ("Cheap Wings Over the Sahel: What ...",
    "About Kazakhstan Engineering"), or one that opens with "By " ("By Rania Haddad, Abu Dhabi")."""
    start = text.rfind("\n", 0, start_char) + 1
    end = text.find("\n", start_char)
    end = len(text) if end < 0 else end
    raw = text[start:end].strip()
    line = raw.strip("*#_ ")
    if not line or raw.startswith(("- ", "* ", "\u2022")):
        return None  # a list item is no heading
    if is_byline(line):
        return start, end
    words = [w for w in line.split() if w[:1].isalpha()]
    if ":" in " ".join(line.split()[:2]) and text[:start].strip():
        return None  # a fact box's field ("Buyer: Armament Agency, on behalf of ..."); not the first line,
        # a headline with a colon ("Supersonic Again: Argentina Buys ...")
    if len(words) < 2 or line[-1:] in {".", "?", "!", '"', "\u201d", ":", ";", ","}:
        return None
    capitalised = sum(w[:1].isupper() for w in words if len(w) > 3 or w[:1].isupper())
    significant = sum(1 for w in words if len(w) > 3 or w[:1].isupper())
    return (start, end) if significant and capitalised / significant >= 0.9 else None


SHORT_LINE_WORDS = 12  # a subheading is no longer ("Lessons from the border war", "Rheinmetall left outside")
_CLOSING = {".", "?", "!", '"', "\u201d", "'", "\u2019", ":", ";", ",", ")"}
_SMALL_WORDS = {"and", "of", "the", "on", "for", "in", "at", "de", "du", "des", "la", "le", "el", "y", "&"}


def _line_at(text: str, start_char: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, start_char) + 1
    end = text.find("\n", start_char)
    return start, len(text) if end < 0 else end


def short_line(text: str, start_char: int) -> tuple[int, int] | None:
    """The line around ``start_char`` if it is a short line without closing punctuation: a subheading in
    any case ("Lessons from Batken", "BEIJING WARY", "Background"), an outlet's or rubric's line, no
    sentence. A list item and a fact box's field ("Buyer: Armament Agency") are no such line."""
    start, end = _line_at(text, start_char)
    raw = text[start:end].strip()
    line = raw.strip("*#_ ")
    if not line or raw.startswith(("- ", "* ", "\u2022", "|")) or line[-1:] in _CLOSING:
        return None
    words = line.split()
    if len(words) > SHORT_LINE_WORDS or ":" in " ".join(words[:3]):
        return None
    return start, end


def _nearest_line(text: str, start: int, end: int, step: int) -> str:
    """The nearest non-blank line above (``step`` -1) or below (+1) the line [start, end)."""
    lines = (text[:start].split("\n")[::-1] if step < 0 else text[end:].split("\n"))
    return next((ln.strip().strip("*#_ ") for ln in lines if ln.strip()), "")


def masthead_line(text: str, start_char: int) -> bool:
    """Whether the line around ``start_char`` is an outlet's name set right above or below the byline
    ("Yellow Sea Review" over "By Cho Min-ji | 29 April 2025", "Baltic Rim Digest" under it): a short
    line of capitalised words, not part of the article's prose even where it names a sea or a region."""
    start, end = _line_at(text, start_char)
    line = text[start:end].strip().strip("*#_ ")
    words = [w for w in line.split() if w[:1].isalnum()]
    if not 0 < len(words) <= 6 or ":" in line or line[-1:] in _CLOSING \
            or not all(w[:1].isupper() or w[:1].isdigit() or w in _SMALL_WORDS for w in words):
        return False
    return any(is_byline(_nearest_line(text, start, end, step)) for step in (-1, 1))
