"""A sentence seen through its resolved mentions, with the dependency-walking helpers the rules share."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Iterable
from functools import cached_property
from typing import TypeVar

from spacy.tokens import Span, Token

from ..entities import Entity
from ..ids import make_id
from ..mentions import Mention
from ..mentions.layout import doc_text
from ..mentions.words import lemma_lowers, lowers, pos_tags, tokens
from .coordination import conjuncts, with_added
from .lexicon import cues
from .negation import answer_word
from .prepositions import prep_objects
from .relation import sentence_place
from .time import evidence_when, published_of

_SUBJ = {"nsubj", "nsubjpass", "csubj"}
# "Chinese-made jets": the name before the hyphen made the generic head, it is not what the head stands for
_BY_OTHERS = frozenset({"made", "built", "designed", "supplied"})
_BY = ("lemma", "lower", "either")
_VERB = frozenset({"VERB"})
_CARRY = {"conj", "advcl", "xcomp", "ccomp", "acl", "relcl", "pcomp", "prep", "pobj", "dobj", "attr", "appos", "oprd"}
T = TypeVar("T")


def _distinct(items: Iterable[T]) -> list[T]:
    out: list[T] = []
    for x in items:
        if x not in out:
            out.append(x)
    return out


def opener_subject(verb: Token, subj: Token) -> Token | None:
    """The true subject of ``verb`` where the parser read a sentence's opening phrase as its subject and hung
    the subject on it as an apposition: "Since the 2020 war with Armenia, Azerbaijan has bought ..." ("war" the
    subject, "Azerbaijan" an apposition of "Armenia"). The sentence opens with a conjunction of
    ``control.opener_marks`` the parser hung on the verb, and the apposition follows a comma and ends right
    before the verb (its auxiliaries and adverbs aside); else ``None``."""
    first = next((t for t in verb.sent if not t.is_punct and not t.is_space), None)
    if first is None or first.head != verb or first.dep_ != "mark" or first.lower_ not in cues()["control"]["opener_marks"]:
        return None
    for t in subj.subtree:
        if t.dep_ != "appos" or t.i == 0 or t.doc[t.i - 1].text != "," or t.i > verb.i:
            continue
        between = t.doc[t.right_edge.i + 1:verb.i]
        if all(x.dep_ in {"aux", "auxpass", "neg", "advmod"} for x in between):
            return t
    return None


def capitals(entities: dict[str, Entity]) -> dict[str, str]:
    """Capital id -> its country's id, for the capitals named with their country among ``entities``
    (the same for every sentence of a document: work it out once and pass it on)."""
    out = {}
    for e in entities.values():
        country = make_id("Country", e.props.get("country", "")) if e.label == "Place" else None
        if country and e.props.get("kind") == "capital" and country in entities:
            out[e.id] = country
    return out


class WordIndex:
    """Where each word of one sentence is: the document positions of its tokens by lower-case lemma
    and by lower-case form (built once per sentence, so that a rule looking for its cue words reads
    the few positions of those words instead of walking every token).

    >>> ix = WordIndex([("state", "states"), ("join", "joined"), ("the", "the"), ("state", "state")], 10)
    >>> ix.positions({"state", "nato"}), ix.positions({"states"}, by="lower"), ix.positions({"joined"}, by="either")
    ([10, 13], [10], [11])
    """

    __slots__ = ("_at", "forms", "start")

    def __init__(self, forms: list[tuple[str, str]], start: int) -> None:
        self.forms, self.start = forms, start
        self._at: list[dict[str, list[int]] | None] = [None, None]  # by lemma, by form: each made when first asked

    def _positions_by(self, which: int) -> dict[str, list[int]]:
        at = self._at[which]
        if at is None:
            at = self._at[which] = {}
            for i, pair in enumerate(self.forms, self.start):
                at.setdefault(pair[which], []).append(i)
        return at

    @property
    def lemma_at(self) -> dict[str, list[int]]:
        """Lower-case lemma -> the positions of its tokens, in order."""
        return self._positions_by(0)

    @property
    def lower_at(self) -> dict[str, list[int]]:
        """Lower-case form -> the positions of its tokens, in order."""
        return self._positions_by(1)

    def positions(self, words: Collection[str], by: str = "lemma") -> list[int]:
        """The positions, in order, of the tokens whose lemma (``by="lemma"``), form (``"lower"``) or
        either (``"either"``) is one of ``words`` (as ``t.lemma_.lower() in words`` on a token walk)."""
        if by == "either":
            found = set(self.positions(words, "lemma")) | set(self.positions(words, "lower"))
            return sorted(found)
        if by not in _BY:
            raise ValueError(f"WordIndex.positions: by={by!r}, not one of {_BY}")
        at = self.lemma_at if by == "lemma" else self.lower_at
        if len(words) < len(at):
            hits = [at[w] for w in words if w in at]
        else:
            hits = [where for w, where in at.items() if w in words]
        if len(hits) == 1:
            return list(hits[0])
        return sorted({i for where in hits for i in where})


class SentenceContext:
    """Mentions of one sentence indexed by token, and their entities."""

    def __init__(self, sent: Span, mentions: list[Mention], entities: dict[str, Entity], doc_id: str,
                 plural: dict[int, list[Mention]] | None = None, capital_of: dict[str, str] | None = None) -> None:
        self.sent = sent
        self.plural = plural or {}  # "the three countries": the states named before (:mod:`.plural`)
        self.doc = sent.doc
        start, end = sent.start, sent.end
        self.tokens: list[Token] = tokens(self.doc)[start:end]  # the sentence's tokens, made once per document
        self._heads: dict[tuple[int, int], Token] = {}
        self._generic: dict[int, list[Mention]] = {}  # :meth:`group`'s reading of a generic head, once per token
        self._groups: dict[tuple, list[Mention]] = {}  # :meth:`group`'s answers
        self.negations: dict[tuple[int, bool], bool] = {}  # :func:`.negation.negated`, answered once per token
        self.entities = entities
        self.mentions = [m for m in mentions if m.entity and sent.start <= m.start < sent.end]
        self.at: dict[int, Mention] = {i: m for m in self.mentions for i in m.tokens()}
        self.doc_id = doc_id
        # words outside entity names ("security" in a sentence, not in "Collective Security Treaty ...")
        # each token's (lower-case lemma, lower-case form), for the rules that look for cue words
        self.forms: list[tuple[str, str]] = list(zip(lemma_lowers(self.doc)[start:end], lowers(self.doc)[start:end],
                                                     strict=True))
        at = self.at
        self.lemmas = {w for i, pair in enumerate(self.forms, start) if i not in at for w in pair}
        # a capital named for its government ("Beijing has delivered ...") stands for the country
        self.capital_of = capitals(entities) if capital_of is None else capital_of

    @cached_property
    def place(self) -> dict[str, str | int]:
        """The sentence as evidence without its time: the document, its text and offsets (what a
        relation dated by its own clause takes, :func:`.families.common.rel`)."""
        return sentence_place(self.doc_id, self.doc, self.sent)

    @cached_property
    def evidence(self) -> dict[str, str | int]:
        """The sentence as evidence: :attr:`place` and where the sentence places its facts in time
        ("on Thursday", "since 2019"). Worked out when a rule first asks (most sentences with
        mentions give no relation, and dating a sentence is the dearest part of reading it)."""
        when = evidence_when(self.sent, published_of(self.doc))
        return {**self.place, "when": when} if when else self.place

    @cached_property
    def index(self) -> WordIndex:
        """The sentence's :class:`WordIndex` (lemma and form -> positions), built when a rule first asks."""
        return WordIndex(self.forms, self.sent.start)

    def cued(self, words: Collection[str], by: str = "either") -> bool:
        """Whether any token's lemma or form (``by``: as :meth:`WordIndex.positions`) is one of ``words``."""
        if self.words.isdisjoint(words):
            return False
        return by == "either" or bool(self.index.positions(words, by))

    def cued_tokens(self, words: Collection[str], by: str = "lemma", pos: Collection[str] | None = None) -> list[Token]:
        """The tokens, in order, whose lemma (or form, ``by``) is one of ``words`` and, with ``pos``,
        whose ``pos_`` is one of ``pos``: ``[t for t in ctx.tokens if t.lemma_.lower() in words]``
        without walking every token."""
        if self.words.isdisjoint(words):
            return []  # (most sentences: no index built)
        start, toks = self.sent.start, self.tokens
        found = self.index.positions(words, by)
        if pos is None:
            return [toks[i - start] for i in found]
        tags = self.pos
        return [toks[i - start] for i in found if tags[i - start] in pos]

    def cued_forms(self, words: Collection[str], by: str = "lemma") -> list[tuple[Token, tuple[str, str]]]:
        """:meth:`cued_tokens` with each token's (lemma, form) pair: the pairs of
        ``zip(ctx.tokens, ctx.forms)`` whose lemma (or form, ``by``) is one of ``words``, in order."""
        if self.words.isdisjoint(words):
            return []
        start, toks, forms = self.sent.start, self.tokens, self.forms
        return [(toks[i - start], forms[i - start]) for i in self.index.positions(words, by)]

    def verbal(self, words: Collection[str]) -> list[Token]:
        """The verbs, in order, whose lemma is one of ``words`` (``pos_ == "VERB"``)."""
        return self.cued_tokens(words, "lemma", _VERB)

    @cached_property
    def pos(self) -> list[str]:
        """Every token's ``pos_``, in order (read from the document's arrays once)."""
        return pos_tags(self.doc)[self.sent.start:self.sent.end]

    @cached_property
    def words(self) -> set[str]:
        """Every token's lower-case lemma and form, names included (what :mod:`.gates` test)."""
        return {w for pair in self.forms for w in pair}

    @cached_property
    def text_lower(self) -> str:
        """``sent.text.lower()``, made once for the rules that look for phrases."""
        return doc_text(self.doc)[self.sent.start_char:self.sent.end_char].lower()

    def fit(self, m: Mention, wanted: set[str] | None) -> Mention | None:
        """``m`` if its label is wanted; a capital standing for its country where a country is."""
        if wanted is None or self.label(m) in wanted:
            return m
        if "Country" in wanted and "Place" not in wanted and m.entity in self.capital_of:
            return dataclasses.replace(m, entity=self.capital_of[m.entity])
        return None

    def label(self, m: Mention) -> str:
        return self.entities[m.entity].label

    def of(self, labels: Iterable[str]) -> list[Mention]:
        """The sentence's mentions of ``labels``, in order (each call gets its own list)."""
        wanted = labels if isinstance(labels, (set, frozenset)) else frozenset(labels)
        if len(wanted) == 1:  # (most rules ask for one label)
            for label in wanted:
                return list(self._by_label.get(label, ()))
        return [m for m, label in self._labelled if label in wanted]

    @cached_property
    def _by_label(self) -> dict[str, list[Mention]]:
        """The sentence's mentions by their entity's label, each list in order."""
        out: dict[str, list[Mention]] = {}
        for m, label in self._labelled:
            out.setdefault(label, []).append(m)
        return out

    @cached_property
    def _labelled(self) -> list[tuple[Mention, str]]:
        """Each mention with its entity's label (looked up once: :meth:`of` is asked very often)."""
        return [(m, self.label(m)) for m in self.mentions]

    def mention(self, tok: Token | None) -> Mention | None:
        return None if tok is None else self.at.get(tok.i)

    def head_token(self, m: Mention) -> Token:
        """The syntactic head of a mention's span (found once per span: the rules ask again)."""
        key = (m.start, m.end)
        if key not in self._heads:
            self._heads[key] = self.doc[m.start:m.end].root
        return self._heads[key]

    def group(self, tok: Token, labels: Iterable[str] | None = None, plural: bool = False) -> list[Mention]:
        """Mentions at ``tok``, its conjuncts ("Turkey, South Korea and China") and its co-actors
        (:meth:`accompanying`: "Kenya, together with Uganda"), and the demonym/possessive modifiers of
        a generic head ("Turkish and Israeli defense firms"); with ``plural``, the states a plural
        description stands for ("the three countries"), for rules where every member plays the same
        part (taking part, joining), not where the two are seller and buyer. Read once per token, labels and
        ``plural`` (the rules ask again; each call gets its own list)."""
        wanted = frozenset(labels) if labels else None
        key = (tok.i, wanted, plural)
        found = self._groups.get(key)
        if found is None:
            found = self._groups[key] = self._group(tok, wanted, plural)
        return list(found)

    def _group(self, tok: Token, wanted: frozenset[str] | None, plural: bool) -> list[Mention]:
        out: list[Mention] = []
        for t in [tok, *conjuncts(tok), *self.accompanying(tok)]:
            m = self.at.get(t.i)
            if m is None and plural and t.i in self.plural:
                cands = list(self.plural[t.i])  # "the three countries"
            elif m is None and t.i in self._generic:
                cands = self._generic[t.i]  # the rules ask again about the same head (the sentence does not change)
            elif m is None:
                # generic head noun: mentions among its modifiers ("Turkish and Israeli firms"),
                # else its "of" object ("the West African state of Togo")
                mods = [c for c in t.subtree if c.i < t.i and c.i in self.at
                        and not (c.i + 2 < len(self.doc) and self.doc[c.i + 1].text == "-"
                                 and self.doc[c.i + 2].lower_ in _BY_OTHERS)]
                cands = [self.at[c.i] for c in mods]
                named_of = [self.at[x.i] for x in prep_objects(t, "of", conjuncts=True)
                            if x.i in self.at]  # "the governments of A and B"
                if not cands or t.lemma_.lower() in cues()["places"]["settlement_nouns"] and any(
                        self.label(x) == "Place" for x in named_of):
                    cands = named_of  # "the Uzbek city of Samarkand" is Samarkand, not Uzbekistan
                # a body's name in apposition is what the noun stands for: "the Spanish firm CASA" is CASA,
                # not Spain (a person's is left to the rules about people: "Canada's prime minister, X")
                named = [self.at[c.i] for c in t.children if c.dep_ == "appos" and c.i in self.at
                         and self.label(self.at[c.i]) not in {"Person", "Country"}]
                cands = named or cands or self.examples(t)
                self._generic[t.i] = cands
            else:
                cands = [m]
            for c in cands:
                c = self.fit(c, wanted)
                if c is not None and all(c.entity != o.entity for o in out):
                    out.append(c)
        return out

    @staticmethod
    def accompanying(tok: Token) -> list[Token]:
        """ "Kenya, together with Uganda and Tanzania, ...", "X along with Y": the objects of a
        "with" that an adverb of accompaniment marks on ``tok``, which the parser leaves uncoordinated, also
        when it hangs the phrase on the verb of ``tok``, its subject ("Egypt, along with Jordan, fields ...").
        A pure function of the parse: read once per token of a document (as :func:`.coordination.conjuncts`)."""
        doc = tok.doc
        cache = doc.user_data.setdefault("geopol.accompanying", {})  # (never serialised: Docs stay in process)
        found = cache.get(tok.i)
        if found is None:
            found = cache[tok.i] = tuple(t.i for t in SentenceContext._accompanying(tok))
        return [doc[i] for i in found]

    @staticmethod
    def _accompanying(tok: Token) -> list[Token]:
        adverbs = cues()["ties"]["accompanying_adverbs"]
        withs = [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "with"
                 and any(a.dep_ == "advmod" and a.lower_ in adverbs for a in p.children)]
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.i + 1 < len(tok.doc):
            # "Egypt, along with Jordan, fields ...": the phrase hung on the verb, set off right after its subject
            at = tok.right_edge.i + 1
            for c in tok.head.children:
                if c.left_edge.i != at + 1 or tok.doc[at].text != ",":
                    continue
                if c.lower_ in adverbs:
                    withs += [p for p in c.children if p.dep_ == "prep" and p.lower_ == "with"]
                elif c.dep_ == "prep" and c.lower_ == "with" and any(
                        a.dep_ == "advmod" and a.lower_ in adverbs for a in c.children):
                    withs.append(c)
        return [x for p in withs for o in p.children if o.dep_ == "pobj" for x in [o, *conjuncts(o)]]

    def examples(self, tok: Token) -> list[Mention]:
        """The names a plural noun naming no one lists as its examples, set off by commas ("Several countries,
        including A, B and C, fly it", "navies such as A and B"): what is said of the noun is said of each.
        Only for a noun with no name of its own among its modifiers (:meth:`group` reads those first)."""
        if tok.i in self.at or tok.tag_ not in {"NNS", "NNPS"}:
            return []
        cue = {"including", "like"}
        out = [self.at[x.i] for x in prep_objects(tok, cue, conjuncts=True) if x.i in self.at]
        out += [self.at[x.i] for p in tok.children if p.dep_ == "prep" and p.lower_ == "as"
                and any(a.lower_ == "such" for a in p.children)  # "such as" (the parser hangs "such" on "as")
                for o in p.children if o.dep_ == "pobj" for x in [o, *conjuncts(o)] if x.i in self.at]
        return out or self.listed_after(tok)

    def with_list(self, tok: Token, labels: Iterable[str] | None = None) -> list[Mention]:
        """:meth:`group` plus the items of an "including"/"such as" list hanging on ``tok``
        ("leaders from 26 countries, including Iran's President X, ...")."""
        out = self.group(tok, labels)
        for t in tok.subtree:
            if t.dep_ == "prep" and t.lower_ in {"including", "like", "as"}:
                for obj in t.children:
                    if obj.dep_ == "pobj":
                        out += [m for m in self.group(obj, labels) if m not in out]
        out += [m for m in self.listed_after(tok, labels) if m not in out]
        return out

    def listed_after(self, tok: Token, labels: Iterable[str] | None = None) -> list[Mention]:
        """The items of a list set off by a comma after a plural noun naming no one ("30 nations, among them
        A, B and C", "delegations, including D and E"), however the parser hung the list (``noun_lists``)."""
        if tok.i in self.at or tok.tag_ not in {"NNS", "NNPS"}:
            return []
        lex = cues()["noun_lists"]
        i, end = tok.right_edge.i + 1, self.sent.end
        appos = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i]
        if appos and self.doc[min(a.left_edge.i for a in appos) - 1].text == ",":
            i = min(a.left_edge.i for a in appos) - 1  # the list hung on the noun as its apposition
        if i >= end or self.doc[i].text != ",":
            return []
        words = [t.lower_ for t in self.doc[i + 1:min(i + 3, end)]]
        size = next((len(c.split()) for c in lex["cues"] if c.split() == words[:len(c.split())]), 0)
        if not size:
            return []
        wanted, out, j = set(labels) if labels else None, [], i + 1 + size
        while j < end:
            m = self.at.get(j)
            if m is not None:
                fit = self.fit(m, wanted)
                if fit is not None and fit not in out:
                    out.append(fit)
                j = m.end
                continue
            t = self.doc[j]
            if t.lower_ not in lex["separators"] and not (t.pos_ in {"PROPN", "ADJ"} and t.text[:1].isupper()):
                break  # (a title before a name goes on: "among them US President X, German Chancellor Y")
            j += 1
        return out

    def subjects(self, tok: Token, labels: Iterable[str], plural: bool = False) -> list[Mention]:
        """The actors doing what ``tok`` says (:meth:`clause_subjects`), as mentions of ``labels``
        (``plural``: as in :meth:`group`)."""
        wanted = set(labels)
        return self.clause_subjects(tok, lambda t: self.group(t, wanted, plural),
                                    lambda m: [m] if self.label(m) in wanted else [])

    def clause_subjects(self, tok: Token, take: Callable[[Token], list[T]], one: Callable[[Mention], list[T]],
                        strict: bool = False) -> list[T]:
        """The actors doing what ``tok`` says: the subject of its clause, carried up through
        participial, conjoined and relative clauses and past pronouns ("while maintaining ...",
        "they would cancel", "many of which ..."). ``take`` gives the actors at a subject's token,
        ``one`` those a single mention stands for (none where it is no actor). ``strict`` stops at
        the first relative clause or participle and at a reported clause with no subject of its own
        ("X said that ... had been coordinating" is not said of X)."""
        cur, pronoun = tok, False
        for _ in range(12):
            if cur.dep_ == "appos" and cur.head.i in self.at:  # "Armenia, a member of the CSTO"
                found = take(cur.head)
                if found or strict:
                    return found
            for child in (c for c in cur.children if c.dep_ in _SUBJ and not answer_word(c)):
                found = take(child)
                opener = None if found else opener_subject(cur, child)
                if opener is not None:  # "Since the war with Armenia, Azerbaijan has bought": the apposition
                    child, found = opener, take(opener)
                if not found and child.i not in self.at:  # "Kazakhstan's initiatives": the possessor (not of a
                    # named actor of another kind: "Brazil's Embraer flew it" is the company's doing)
                    found = _distinct(x for c in child.subtree if c.dep_ == "poss" and c.i in self.at
                                      for x in one(self.at[c.i]))
                if found:
                    return found
                if child.tag_ not in {"PRP", "WDT", "WP"} and child.lower_ not in {"that", "which", "who"} \
                        and not any(c.tag_ in {"WDT", "WP"} for c in child.subtree):
                    # the clause has a subject of its own that is no actor ("a squadron will take part");
                    # a pronoun ("it", "they") or a relative ("many of which") lets the search go on up
                    return []
                pronoun = True
            if cur.dep_ in {"relcl", "acl"}:
                m, appos = self.at.get(cur.head.i), None
                if m is None and cur.head.dep_ == "appos" and cur.head.head.i in self.at:
                    m, appos = self.at[cur.head.head.i], cur.head  # "X, a researcher at Y, who attended": X, not Y
                if any(c.dep_ in _SUBJ and c.lower_ in {"who", "whom"} for c in cur.children) and (
                        m is None or self.label(m) != "Person"):  # "who" is a person: "X, an analyst at Y, who ..."
                    m = next((self.at[a.i] for a in list(cur.head.ancestors)[:4]
                              if a.i in self.at and self.label(self.at[a.i]) == "Person"), m)
                found = one(m) if m is not None else []
                if not found and m is None and cur.head.i in self.plural:
                    found = take(cur.head)  # "the three countries, which formed X": the states it stands for
                if found and _heads_list(cur):
                    found = take(cur.head) or found  # "Mali, Burkina Faso and Niger, which expelled ...": the whole list
                elif found and appos is not None and _heads_list(appos):
                    found = take(appos.head) or found  # "A and B, countries that belong to the CSTO": both
                if not found and not (strict and (m is not None or cur.dep_ == "acl")):
                    # "the presence of Kazakhstan's initiatives, many of which ...": the first actor
                    # inside the noun phrase the relative clause hangs on
                    found = next((f for c in cur.head.subtree if c.i < cur.i and c.i in self.at
                                  for f in [one(self.at[c.i])] if f), [])
                if found or strict:
                    return found
            if strict and cur.dep_ == "ccomp" and not pronoun:
                return []
            if cur.dep_ == "xcomp" and cur.head.lemma_.lower() in cues()["control"]["object_verbs"]:
                # "Beijing asked Manila to send the system back": Manila's doing, not Beijing's
                obj = next((c for c in cur.head.children if c.dep_ == "dobj" and c.i < cur.i), None)
                if obj is not None:
                    return take(obj)
            if cur.head == cur or cur.dep_ not in _CARRY:
                break
            cur = cur.head
        return []

    def prep_objects(self, tok: Token, preps: set[str], labels: Iterable[str]) -> list[Mention]:
        """Mentions in the objects of prepositions ``preps`` attached to ``tok``."""
        out: list[Mention] = []
        for child in with_added(tok):  # "to A, as well as to B"
            if child.dep_ in {"prep", "agent"} and child.lower_ in preps:  # "built by X": an agent
                for obj in child.children:
                    if obj.dep_ in {"pobj", "pcomp"}:
                        out += [m for m in self.group(obj, labels) if m not in out]
        return out

    def between(self, a: Mention, b: Mention) -> list[Token]:
        lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
        return list(self.doc[lo:hi])


def _heads_list(clause: Token) -> bool:
    """Whether a relative clause the parser hangs on the first name of a list follows the list's
    last name ("Mali, Burkina Faso and Niger, which expelled ..."): it describes every name."""
    head = clause.head
    if head.dep_ == "conj" or not head.conjuncts:
        return False
    last = max(head.conjuncts, key=lambda c: c.i)
    between = head.doc[last.right_edge.i + 1:clause.left_edge.i]
    return last.i < clause.i and all(t.is_punct for t in between)
