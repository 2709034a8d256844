"""Tokens that keep their place in the parse: one object per token of a document, whose ``head``,
``children``, ``lefts``, ``rights``, ``subtree``, ``ancestors``, ``conjuncts`` and edges are those
same objects, each asked of spaCy once and kept.

spaCy's ``Token`` builds a new ``Token`` object for every token such a property gives, on every
access; the relation rules walk the same sentence's tree again and again (each rule, each
mention), and building those objects was the largest single cost of reading a parsed document.
A :class:`SharedToken` gives what spaCy gives, in the same order (spaCy's own answer, the first
time), as the objects :func:`.words.tokens` lists. The parse is never changed after parsing (no
head is set, no document retokenised once :func:`.words.tokens` has listed it), so a kept answer
stays right. :func:`release` lets a document's tokens go (they refer to one another): a released
token answers as spaCy's own.

One difference from spaCy: the same token is the same object (``tok.head.head is tok.head``
where it is the root); compare tokens with ``==`` or by ``.i``, as spaCy's own objects need.

>>> import spacy
>>> from spacy.tokens import Doc
>>> doc = Doc(spacy.blank("en").vocab, words=["Kenya", "buys", "jets"], heads=[1, 1, 1],
...           deps=["nsubj", "ROOT", "dobj"])
>>> toks = shared(doc)
>>> [t.text for t in toks[1].children], toks[0].head is toks[1], [t.i for t in toks[1].subtree]
(['Kenya', 'jets'], True, [0, 1, 2])
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

_HEAD = Token.head.__get__
_LEFTS = Token.lefts.__get__
_RIGHTS = Token.rights.__get__
_ANCESTORS = Token.ancestors.__get__
_SUBTREE = Token.subtree.__get__
_CONJUNCTS = Token.conjuncts.__get__
_LEFT_EDGE = Token.left_edge.__get__
_RIGHT_EDGE = Token.right_edge.__get__


class SharedToken(Token):
    """A ``Token`` whose tree properties give the document's shared tokens (see the module)."""

    __slots__ = ("_all", "_head", "_lefts", "_rights", "_children", "_subtree", "_ancestors", "_conjuncts",
                 "_edges")

    @property
    def head(self) -> SharedToken:
        found = self._head
        if found is None:
            if self._all is None:
                return _HEAD(self)
            found = self._head = self._all[_HEAD(self).i]
        return found

    def _left_list(self) -> list[SharedToken]:
        found = self._lefts
        if found is None:
            if self._all is None:
                return list(_LEFTS(self))
            found = self._lefts = [self._all[t.i] for t in _LEFTS(self)]
        return found

    def _right_list(self) -> list[SharedToken]:
        found = self._rights
        if found is None:
            if self._all is None:
                return list(_RIGHTS(self))
            found = self._rights = [self._all[t.i] for t in _RIGHTS(self)]
        return found

    @property
    def lefts(self) -> Iterator[SharedToken]:
        return iter(self._left_list())

    @property
    def rights(self) -> Iterator[SharedToken]:
        return iter(self._right_list())

    @property
    def children(self) -> Iterator[SharedToken]:
        found = self._children
        if found is None:
            if self._all is None:
                return iter(self._left_list() + self._right_list())
            found = self._children = self._left_list() + self._right_list()
        return iter(found)

    def _subtree_list(self) -> list[SharedToken]:
        found = self._subtree
        if found is None:  # spaCy's order: the left children's subtrees, the token, the right ones'
            if self._all is None:
                return list(_SUBTREE(self))
            found = []
            for word in self._left_list():
                found += word._subtree_list()
            found.append(self)
            for word in self._right_list():
                found += word._subtree_list()
            self._subtree = found
        return found

    @property
    def subtree(self) -> Iterator[SharedToken]:
        return iter(self._subtree_list())

    @property
    def ancestors(self) -> Iterator[SharedToken]:
        found = self._ancestors
        if found is None:
            if self._all is None:
                return _ANCESTORS(self)
            found = self._ancestors = [self._all[t.i] for t in _ANCESTORS(self)]
        return iter(found)

    @property
    def conjuncts(self) -> tuple[SharedToken, ...]:
        found = self._conjuncts
        if found is None:
            if self._all is None:
                return _CONJUNCTS(self)
            found = self._conjuncts = tuple(self._all[t.i] for t in _CONJUNCTS(self))
        return found

    def _edge_pair(self) -> tuple[SharedToken, SharedToken]:
        found = self._edges
        if found is None:
            if self._all is None:
                return _LEFT_EDGE(self), _RIGHT_EDGE(self)
            found = self._edges = (self._all[_LEFT_EDGE(self).i], self._all[_RIGHT_EDGE(self).i])
        return found

    @property
    def left_edge(self) -> SharedToken:
        return self._edge_pair()[0]

    @property
    def right_edge(self) -> SharedToken:
        return self._edge_pair()[1]


def shared(doc: Doc) -> list[SharedToken]:
    """A new :class:`SharedToken` for every token of ``doc``, in order (:func:`.words.tokens` keeps them)."""
    vocab = doc.vocab
    out = [SharedToken(vocab, doc, i) for i in range(len(doc))]
    for t in out:
        t._all = out
        _forget(t)
    return out


def release(toks: list[SharedToken]) -> None:
    """Drop what ``toks`` (one document's, from :func:`shared`) keep of one another, so that they and
    their document are freed as soon as nothing else holds them (no garbage cycle is left)."""
    for t in toks:
        t._all = None
        _forget(t)


def _forget(t: SharedToken) -> None:
    t._head = t._lefts = t._rights = t._children = t._subtree = t._ancestors = t._conjuncts = t._edges = None
