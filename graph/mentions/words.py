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

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc


def texts(doc: Doc) -> list[str]:
    """``[t.text for t in doc]``, made once per document."""
    return _listed(doc, "geopol.texts", ORTH)


def lowers(doc: Doc) -> list[str]:
    """``[t.lower_ for t in doc]``, made once per document."""
    return _listed(doc, "geopol.lowers", LOWER)


def _listed(doc: Doc, key: str, attr: int) -> list[str]:
    found = doc.user_data.get(key)
    if found is None or len(found) != len(doc):  # (user data copied from another document is not trusted)
        strings = doc.vocab.strings  # the attribute's string of each token, without making the tokens
        found = doc.user_data[key] = [strings[h] for h in doc.to_array(attr).tolist()] if len(doc) else []
    return found


def title_phrase(tokens) -> str:
    """Tokens' lower-case words joined as titles are written, hyphens glued ("inspector-general of police")."""
    return " ".join(t.lower_ for t in tokens).replace(" - ", "-")
