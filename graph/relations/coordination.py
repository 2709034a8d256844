"""Coordinated lists: the other members of the list a token is in, however the parser hung the list.

spaCy's ``Token.conjuncts`` gives the conjuncts of one ``conj`` chain. A list whose second item has an
article ("Norway, the Netherlands, Italy and Denmark", "South Korea, the Philippines and Japan") is
often parsed as an apposition of the first name heading the conjunction of the rest, or as two
arguments of one verb ("Chile, the Philippines, Peru and Ecuador fly": two subjects): the first name
then has no conjuncts and the others lose it. :func:`conjuncts` joins the two halves again, so that a
rule reading "A, B and C fly the jet" reads it for every name (the rules ask for it through
:meth:`.context.SentenceContext.group` and wherever they walk ``conjuncts`` themselves).
"""
from __future__ import annotations

from spacy.tokens import Token

_NAMES = frozenset({"PROPN"})


def list_head(tok: Token) -> Token:
    """The first item of the ``conj`` chain ``tok`` is in (``tok`` itself outside a chain)."""
    cur = tok
    for _ in range(40):
        if cur.dep_ != "conj" or cur.head.i == cur.i:
            break
        cur = cur.head
    return cur


# the arguments a split list's two halves may both be ("Chile, the Philippines, Peru and Ecuador fly": two subjects)
_ARGS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"})


# what the names of a bare list may carry ("the Netherlands", "South Korea", "Turkey's", "(UAE)")
_BARE = frozenset({"det", "compound", "punct", "cc", "conj", "appos", "poss", "case", "amod", "nmod", "nummod"})


def _continues(left: Token, right: Token) -> bool:
    """Whether ``right``, the first name of a conjunction of names, continues the list ``left`` begins,
    the parser having made it an apposition of ``left`` ("Norway, the Netherlands, Italy and Denmark") or a
    second argument of the same word ("Chile, the Philippines, Peru and Ecuador fly": two subjects): the two
    names are set off by a comma alone, not a description ("Rheinmetall, the German group and ..."), and
    neither carries a phrase of its own ("near Chennai, Porbandar in Gujarat, and ...": places each placed)."""
    if left.pos_ not in _NAMES or right.pos_ not in _NAMES or left.i >= right.i:
        return False
    split = (right.dep_ == "appos" and right.head.i == left.i) or (
        right.dep_ == left.dep_ and right.dep_ in _ARGS and right.head.i == left.head.i != left.i)
    if not split or not any(c.pos_ in _NAMES for c in right.conjuncts):
        return False
    if any(c.dep_ not in _BARE for t in (left, right) for c in t.children):
        return False  # "near Chennai, Porbandar in Gujarat, and ...": each name placed on its own, no list of one kind
    between = left.doc[left.i + 1:right.left_edge.i]
    return len(between) == 1 and between[0].text == ","


def _continuations(tok: Token) -> list[Token]:
    """The names right of ``tok`` that :func:`_continues` says continue its list."""
    sibling = next((c for c in tok.head.children if c.i > tok.i and c.dep_ == tok.dep_), None) \
        if tok.head.i != tok.i else None
    return [c for c in [*(x for x in tok.children if x.dep_ == "appos"), sibling] if c is not None and _continues(tok, c)]


def _continued(first: Token) -> Token | None:
    """The name whose list ``first`` (a conjunction's first name) continues, if any."""
    if first.dep_ == "appos":
        left = first.head
    elif first.head.i != first.i:
        left = next((c for c in reversed(list(first.head.children)) if c.i < first.i and c.dep_ == first.dep_), None)
    else:
        left = None
    return left if left is not None and _continues(left, first) else None


# what may stand between two parallel phrases of one preposition ("to A, and to B", "to A as well as to B")
_PREP_LINKS = frozenset({",", "and", "or", "as", "well", "also"})


def _prep_of(tok: Token) -> Token | None:
    """The preposition whose object ``tok`` is ("to" in "to A"), if any."""
    return tok.head if tok.dep_ == "pobj" and tok.head.i != tok.i else None


def _parallel_objects(tok: Token) -> list[Token]:
    """The objects of the same preposition repeated in a list of phrases: "to the Polish Navy and to the
    Romanian Navy", "members of NATO and of the EU", "to A as well as to B" give B for A and A for B. The
    parser makes the second preposition a conjunct of the first, of the word both hang on ("delivered to A,
    and to B"), or a second child of it after "as well as", so neither object is a conjunct of the other.
    Only the same preposition ("from A to B" names two parts, not one list), and only phrases that follow
    each other with nothing but list words between them."""
    prep = _prep_of(tok)
    if prep is None or prep.pos_ != "ADP":
        return []
    word = prep.lower_
    first = list_head(prep)
    anchor = first if first.pos_ != "ADP" else first.head  # the word the phrases hang on
    # the phrases may hang on the verb and on its object ("are members of A, ..., and of B"): look one
    # word up and one down; the words between the phrases decide what is a list
    scope = [anchor, *([anchor.head] if anchor.head.i != anchor.i else [])]
    near = [c for h in scope for c in h.children]
    near += [g for c in near for g in c.children]
    same = {p.i: p for c in near for p in [c, *c.conjuncts]
            if p.pos_ == "ADP" and p.lower_ == word}
    same.update({p.i: p for p in [first, *first.conjuncts] if p.pos_ == "ADP" and p.lower_ == word})
    ordered = [same[i] for i in sorted(same)]
    k = next((n for n, p in enumerate(ordered) if p.i == prep.i), None)
    if k is None:
        return []

    def joined(a: Token, b: Token) -> bool:
        gap = tok.doc[a.right_edge.i + 1:b.i]
        return b in a.conjuncts or (len(gap) > 0 and all(t.lower_ in _PREP_LINKS for t in gap))

    lo = k
    while lo > 0 and joined(ordered[lo - 1], ordered[lo]):
        lo -= 1
    hi = k
    while hi + 1 < len(ordered) and joined(ordered[hi], ordered[hi + 1]):
        hi += 1
    return [x for p in ordered[lo:hi + 1] if p.i != prep.i
            for o in p.children if o.dep_ == "pobj" for x in [o, *o.conjuncts]]


def _as_well_as(tok: Token) -> list[Token]:
    """The names "as well as" joins to ``tok`` when the parser makes both arguments of one word ("Poland as
    well as Romania flies the F-16": two subjects, the "as" a ``cc`` of the first), in either direction."""
    if tok.pos_ not in _NAMES or tok.dep_ not in _ARGS or tok.head.i == tok.i:
        return []
    out = []
    for c in tok.head.children:
        if c.i == tok.i or c.dep_ != tok.dep_ or c.pos_ not in _NAMES:
            continue
        left, right = (tok, c) if tok.i < c.i else (c, tok)
        linked = {t.i for k in left.children if k.dep_ == "cc" for t in k.subtree}  # "as well as" on the first
        end = max(t.i for t in left.subtree if t.i not in linked)
        gap = [t.lower_ for t in tok.doc[end + 1:right.left_edge.i] if t.text != ","]
        if gap == ["as", "well", "as"]:
            out += [c, *c.conjuncts]
    return out


# the words of an adverbial an "and" may set before a list's last item ("and, more recently, Y", "and, since
# 2015, Y"): adverbs, a prepositional phrase, commas
_ASIDES = frozenset({"advmod", "prep", "npadvmod", "punct"})
# what the parser makes of the item after such an aside: an adverbial noun or clause of the verb, or an
# apposition of the first item ("fields X and, increasingly, Y")
_SPLIT_ITEMS = frozenset({"npadvmod", "advcl", "appos"})
_OBJECTS = frozenset({"dobj", "attr"})


def _after_aside(tok: Token) -> list[Token]:
    """The item an aside cuts off from the object ``tok`` ("flies X and, more recently, Y": the parser hangs Y
    on the verb as an adverbial noun, or on X as an apposition), or the object for that item: the two are
    joined by "and"/"or" and nothing but the aside's adverbs, prepositional phrase and commas lies between,
    at least one comma among them."""
    def split(first: Token, item: Token) -> bool:
        if item.pos_ not in {"NOUN", "PROPN"} or item.i <= first.i or item.dep_ not in _SPLIT_ITEMS:
            return False
        if item.dep_ == "appos" and item.head.i != first.i:
            return False
        if item.dep_ != "appos" and (item.head.i != first.head.i or first.dep_ not in _OBJECTS):
            return False
        gap = list(tok.doc[first.right_edge.i + 1:item.left_edge.i])
        if not gap or gap[0].lower_ not in {"and", "or"} or gap[0].dep_ != "cc":
            return False
        aside = gap[1:]
        if not any(t.text == "," for t in aside) or not any(t.text != "," for t in aside):
            return False
        tops = {t.i for t in aside if t.head.i in {first.i, first.head.i} and t.dep_ in _ASIDES}
        return all(t.i in tops or any(a.i in tops for a in t.ancestors) or t.text == "," for t in aside)

    if tok.dep_ in _OBJECTS:
        kids = [*tok.head.children, *tok.children]
        return [c for c in kids if split(tok, c)]
    if tok.dep_ in _SPLIT_ITEMS:
        first = tok.head if tok.dep_ == "appos" else next(
            (c for c in tok.head.children if c.dep_ in _OBJECTS and c.i < tok.i), None)
        return [first] if first is not None and split(first, tok) else []
    return []


def conjuncts(tok: Token) -> list[Token]:
    """``tok``'s conjuncts (``Token.conjuncts``), with the names of the same list the parser hung on an
    apposition: "South Korea, the Netherlands and Austria" gives Netherlands and Austria for "Korea",
    Korea and Austria for "Netherlands", in order of the text.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Norway", ",", "the", "Netherlands", ",", "Italy", "and", "Denmark", "fly", "it"]
    >>> heads = [8, 0, 3, 0, 3, 3, 5, 5, 8, 8]
    >>> deps = ["nsubj", "punct", "det", "appos", "punct", "conj", "cc", "conj", "ROOT", "dobj"]
    >>> pos = ["PROPN", "PUNCT", "DET", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "PRON"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    >>> [t.text for t in conjuncts(doc[0])], [t.text for t in conjuncts(doc[7])]
    (['Netherlands', 'Italy', 'Denmark'], ['Norway', 'Netherlands', 'Italy'])
    >>> [t.text for t in conjuncts(doc[9])]
    []
    """
    # a pure function of the parse, which nothing changes after it: read once per token of a document
    # (the rules ask for the same tokens' lists many times), kept as token indices in the Doc's user data
    cache = tok.doc.user_data.setdefault("geopol.conjuncts", {})
    found = cache.get(tok.i)
    if found is None:
        found = cache[tok.i] = tuple(t.i for t in _conjuncts(tok))
    doc = tok.doc
    return [doc[i] for i in found]


def _conjuncts(tok: Token) -> list[Token]:
    first = list_head(tok)
    heads = [first]
    left = _continued(first)
    if left is not None:  # "Korea" for "Netherlands"/"Austria"
        heads.insert(0, list_head(left))
    found = {t.i: t for h in heads for t in [h, *h.conjuncts]}
    for t in list(found.values()):  # "Netherlands ..." after "Korea", and its conjuncts
        for c in _continuations(t):
            found.update({x.i: x for x in [c, *c.conjuncts]})
    for t in list(found.values()):  # "to A and to B": the objects of a repeated preposition
        found.update({x.i: x for x in _parallel_objects(t)})
    for t in list(found.values()):  # "A as well as B fly": two arguments of one word
        found.update({x.i: x for x in _as_well_as(t)})
    for t in list(found.values()):  # "flies X and, more recently, Y": an aside before the last item
        found.update({x.i: x for y in _after_aside(t) for x in [y, *y.conjuncts]})
    found.pop(tok.i, None)
    return [found[i] for i in sorted(found)]


def with_added(tok: Token) -> list[Token]:
    """``tok``'s children, with those of its coordinating words: "sold it to A and B, as well as to C" hangs
    the second "to" on "as" (a ``cc`` of the verb), where a rule looking for the verb's "to" misses it."""
    kids = list(tok.children)
    return kids + [g for c in kids if c.dep_ == "cc" for g in c.children if g.dep_ in {"prep", "dative", "agent"}]


_PREMODIFIERS = frozenset({"compound", "nmod", "amod"})


def shared_head(tok: Token) -> Token | None:
    """The noun a list of premodifiers ``tok`` is a later item of modifies as a whole: "Russia's Tu-160 and
    Tu-95MS bombers" gives "bombers" for "Tu-95MS" (the parser hangs the list's first item on the noun and the
    others on the first, so the possessive and the noun reach only the first). ``None`` where ``tok`` is no
    later item of such a list, or carries a determiner or possessive of its own ("Poland's K2 tanks and the
    Turkish Altay" is two phrases).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Peru", "'s", "A-37", "and", "Su-25", "jets", "fly"]
    >>> heads = [5, 0, 5, 2, 2, 6, 6]
    >>> deps = ["poss", "case", "nmod", "cc", "conj", "nsubj", "ROOT"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    >>> shared_head(doc[4]).text, shared_head(doc[2])
    ('jets', None)
    """
    if tok.dep_ != "conj" or any(c.dep_ in {"det", "poss"} for c in tok.children):
        return None
    first = list_head(tok)
    noun = first.head
    if first.dep_ not in _PREMODIFIERS or noun.i == first.i or noun.i <= tok.right_edge.i:
        return None
    return noun


def hung_tail_object(tok: Token) -> Token | None:
    """The object of a preposition whose list the parser went on with on the word the preposition hangs on,
    ``tok`` being an item of that tail: "members of the UN, the EU and NATO" (or "of the EU, NATO and the UN")
    hangs the EU (NATO) on "members" as a conjunct, NATO (the UN) on it, so the later items are no objects of
    "of"; the first object ("UN", "EU") is returned for each tail item, else None. Only names, a common noun
    heading the tail, and nothing but commas between the object's phrase and the tail's first item.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["members", "of", "the", "UN", ",", "the", "EU", "and", "NATO", "met"]
    >>> heads = [9, 0, 3, 1, 0, 6, 0, 6, 6, 9]
    >>> deps = ["nsubj", "prep", "det", "pobj", "punct", "det", "conj", "cc", "conj", "ROOT"]
    >>> pos = ["NOUN", "ADP", "DET", "PROPN", "PUNCT", "DET", "PROPN", "CCONJ", "PROPN", "VERB"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    >>> [hung_tail_object(doc[i]) for i in (6, 8)], hung_tail_object(doc[3])
    ([UN, UN], None)
    """
    if tok.pos_ not in _NAMES or tok.dep_ != "conj":
        return None
    noun = list_head(tok)
    if noun.pos_ != "NOUN":
        return None
    first = tok
    while first.head.i != noun.i:
        first = first.head
    if first.pos_ not in _NAMES:
        return None
    objects = [o for p in noun.children if p.dep_ == "prep" and p.i < first.i
               for o in p.children if o.dep_ == "pobj" and o.pos_ in _NAMES]
    if not objects:
        return None
    obj = objects[-1]
    gap = tok.doc[obj.right_edge.i + 1:first.left_edge.i]
    return obj if len(gap) and all(t.text == "," for t in gap) else None
