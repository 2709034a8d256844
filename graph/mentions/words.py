"""A document's token texts and lower-case forms, listed once per document.

Walking a spaCy ``Doc`` builds a new ``Token`` object for every token on every pass; the rules that
scan the whole document for a word ("Bank", a venue phrase, a state body, a designation) look the
word up in these lists first and build tokens only where it occurs. The lists hold strings only
(no reference back to the document), in ``doc.user_data``.

>>> import spacy
>>> doc = spacy.blank("en")("The Defence Ministry said so.")
>>> texts(doc)[1], lowers(doc)[1]
('Defence', 'defence')
"""
from __future__ import annotations

from spacy.attrs import LEMMA, LOWER, ORTH, POS
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Span, Token

_TOKENS: list[tuple[Doc, list[Token]]] = []  # the last few documents' tokens (see :func:`tokens`)
_KEEP = 17  # a parsed batch (``nlp.pipe``, 16 documents) and one more: the tokens its components made serve its extraction


def texts(doc: Doc) -> list[str]:
    """``[t.text for t in doc]``, made once per document."""
    return _listed(doc, "geopol.texts", ORTH)


def lowers(doc: Doc) -> list[str]:
    """``[t.lower_ for t in doc]``, made once per document."""
    return _listed(doc, "geopol.lowers", LOWER)


def lemma_lowers(doc: Doc) -> list[str]:
    """``[t.lemma_.lower() for t in doc]``, made once per document."""
    found = doc.user_data.get("geopol.lemma_lowers")
    if found is None or len(found) != len(doc):
        found = doc.user_data["geopol.lemma_lowers"] = [w.lower() for w in _listed(doc, "geopol.lemmas", LEMMA)]
    return found


def written_lower(doc: Doc, word: str) -> bool:
    """Whether the document also writes ``word`` (lower-case) in lower case: a common noun there, no name.
    The set of such words is made once per document."""
    listed = doc.user_data.get("geopol.lower_words")
    if listed is None or listed[0] != len(doc):  # (user data copied from another document is not trusted)
        listed = doc.user_data["geopol.lower_words"] = (len(doc), {w for w in texts(doc) if w.islower()})
    return word in listed[1]


def pos_tags(doc: Doc) -> list[str]:
    """``[t.pos_ for t in doc]``, made once per document."""
    found = doc.user_data.get("geopol.pos")
    if found is None or len(found) != len(doc):
        found = doc.user_data["geopol.pos"] = [POS_NAMES[p] for p in doc.to_array(POS).tolist()] if len(doc) else []
    return found


def tokens(doc: Doc) -> list[Token]:
    """``list(doc)``: one ``Token`` object per token, made once for the last few documents and
    shared by every pass over them (``doc[i]`` and ``for t in doc`` make a new object each time).
    Kept here, not in ``doc.user_data``, so the document stays serialisable; the documents are
    never retokenised after parsing, so the tokens stay valid."""
    for kept, toks in reversed(_TOKENS):  # (most often the document added last)
        if kept is doc:
            if len(toks) == len(doc):
                return toks
            break
    toks = list(doc)
    _TOKENS[:] = [(d, t) for d, t in _TOKENS if d is not doc][-(_KEEP - 1):] + [(doc, toks)]
    return toks


def _listed(doc: Doc, key: str, attr: int) -> list[str]:
    found = doc.user_data.get(key)
    if found is None or len(found) != len(doc):  # (user data copied from another document is not trusted)
        strings = doc.vocab.strings  # the attribute's string of each token, without making the tokens
        found = doc.user_data[key] = [strings[h] for h in doc.to_array(attr).tolist()] if len(doc) else []
    return found


def phrase_at(doc: Doc, start: int, end: int) -> str:
    """``title_phrase(doc[start:end])`` for ``0 <= start < end <= len(doc)``, without making the ``Span``
    (the title readers try every length at every token)."""
    return " ".join(lowers(doc)[start:end]).replace(" - ", "-")


def title_phrase(tokens) -> str:
    """Tokens' lower-case words joined as titles are written, hyphens glued ("inspector-general of police");
    a ``Span``'s words are read from :func:`lowers` (no ``Token`` made per word)."""
    if isinstance(tokens, Span):
        return " ".join(lowers(tokens.doc)[tokens.start:tokens.end]).replace(" - ", "-")
    return " ".join(t.lower_ for t in tokens).replace(" - ", "-")
