"""Several steps of one deal on the same goods in one sentence: the furthest step stated as done gives the stage.

"Romania buys used F-16s at a reduced price and receives them after an overhaul", "Greece decided to buy 24
jets and later doubled the order; the jets were handed over last year", "Croatia ordered 12 Rafales and flies
them from Pleso": the buying, ordering or deciding is one step of a deal whose later step (a receipt, a
handover, an arrival, a use) the same sentence states as done or holding. The stage is that of the furthest
such step (ONTOLOGY.md, Time; ANNOTATION.md, "Stage and operator conventions"): a receipt, handover or arrival
is ``delivered`` (``delivering`` for a first share), a use of the goods ``in_service``.

A step counts only when it is done or holds: the simple past, a perfect, a past passive or the simple present
(not a modal, a future, a negation, an infinitive of intent, nor a present dated to a year after the article's),
and only when it is on the same goods as the deal: its goods a pronoun for them ("them", "they", "it"), a
noun of the same kind ("the jets"), the same name ("the Rafales"); never more of them or others ("ordered
six more", "received two other jets": a new deal, or other goods). The cue words are ``stage.deal_steps``.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import cues
from ..prepositions import prep_objects
from ..tense import being_done, past_done, put_ahead, simple_present, years_in
from .boat_goods import naval_craft

#: a deal's course, earliest first (graph/store/edges.py orders a merge the same way)
_RANK = ("planned", "negotiating", "ordered", "delivering", "delivered", "in_service")
_OPEN = frozenset(_RANK[:3])  # the goods have not come


def _deal_verbs() -> set[str]:
    lex = cues()["stage"]
    return set(lex["ordered"]) | set(lex["bought"])


def _heads(tok: Token) -> list[Token]:
    """The deal's verb and the verbs its infinitive hangs under ("decided [to buy]", "agreed [to purchase]"): the
    clauses whose joined steps may go on with the same deal."""
    out, cur = [tok], tok
    for _ in range(2):
        if cur.dep_ != "xcomp" or cur.head.i == cur.i or cur.head.pos_ not in {"VERB", "AUX"}:
            break
        cur = cur.head
        out.append(cur)
    return out


def joined_steps(tok: Token) -> list[Token]:
    """The verbs joined after a deal's verb (or after the verb it hangs under) by coordination: "bought X and
    received them", "decided to buy X, doubled the order and ... were handed over"."""
    out: list[Token] = []
    seen = {tok.i}
    for head in _heads(tok):
        todo = [c for c in head.children if c.dep_ == "conj" and c.i > tok.i]
        if _semicolon_clause(head):  # "decided to buy 24 jets; the jets were handed over" parsed as its ccomp
            todo.append(head.head)
        if head.dep_ == "conj" and head.i >= tok.i:  # "signed for X, received them and flies them": the siblings after
            todo += [c for c in head.head.children if c.dep_ == "conj" and c.i > head.i]
        while todo:
            v = todo.pop()
            if v.i in seen:
                continue
            seen.add(v.i)
            if v.pos_ in {"VERB", "AUX"}:
                out.append(v)
            todo += [c for c in v.children if c.dep_ == "conj"]
    return sorted(out, key=lambda t: t.i)


def _semicolon_clause(verb: Token) -> bool:
    """Whether a clause before a semicolon hangs as a clausal complement on the clause after it (a parse of two
    independent clauses: "Greece decided to buy the jets; they were handed over last year")."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.i > verb.i and head.pos_ in {"VERB", "AUX"} \
        and any(t.text == ";" for t in verb.doc[verb.i:head.i])


def done(verb: Token, base_year: int | None) -> bool:
    """Whether a verb states its act as done or holding: the simple past, a perfect, a past or perfect passive or
    the simple present; not negated, not under a modal, "will" or "to", not "being", not a present dated to a year
    after the article's ("receives them from 2027")."""
    if any(c.dep_ == "neg" for c in verb.children) or put_ahead(verb) or being_done(verb):
        return False
    if verb.tag_ in {"VBD", "VBN"}:
        return past_done(verb)
    if simple_present(verb):
        years = years_in(verb)
        return base_year is None or not years or max(years) <= base_year
    return False


def _goods_words(tok: Token) -> tuple[set[str], set[str]]:
    """(head nouns, name stems) of the goods a deal's verb takes ("24 Rafale jets" -> {"jet"}, {"rafale"})."""
    nouns: set[str] = set()
    names: set[str] = set()
    for o in tok.children:
        if o.dep_ not in {"dobj", "nsubjpass"} and not (o.dep_ == "prep" and o.lower_ in {"for", "of"}):
            continue
        for t in (o.subtree if o.dep_ != "prep" else (x for p in o.children if p.dep_ == "pobj" for x in p.subtree)):
            if t.pos_ == "PROPN":
                names.add(name_stem(t))
            elif t.pos_ == "NOUN" and t.dep_ in {"dobj", "nsubjpass", "pobj", "conj", "appos"}:
                nouns.add(t.lemma_.lower())
    return nouns, names


def name_stem(tok: Token) -> str:
    """A name without its plural ending ("Rafales" -> "rafale")."""
    return tok.lower_[:-1] if tok.lower_.endswith("s") and len(tok) > 3 else tok.lower_


def same_goods(goods: Token) -> bool:
    """Whether a step's goods may be the deal's own: no word of more or other goods on them ("six more", "two
    other jets", "new frigates")."""
    lex = cues()["stage"]
    return not any((t.lower_ in lex["deal_steps"]["other_goods"] or t.lower_ in lex["more"]) and not _than(t)
                   for t in goods.subtree if t.i <= goods.i or t.dep_ in {"amod", "advmod"})


def _than(tok: Token) -> bool:
    """ "more than 10", "other than": a comparison, not more or other goods."""
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "than"


def _same_goods(goods: Token, nouns: set[str], names: set[str]) -> bool:
    """Whether a step's goods are the deal's own: a pronoun for them, the same noun or the same name, with no
    word of more or other goods ("six more", "two other jets")."""
    lex = cues()["stage"]["deal_steps"]
    if not same_goods(goods):
        return False
    if goods.lower_ in lex["pronouns"]:
        return True
    if goods.pos_ == "NOUN" and goods.lemma_.lower() in nouns:
        return True
    return any(t.pos_ == "PROPN" and name_stem(t) in names for t in goods.subtree)


def _step_stage(verb: Token) -> tuple[str, list[Token]] | None:
    """(stage, goods) a joined verb would give, by its kind: a use of the goods (``holding``: in service), a
    receipt by the buyer (``receipt``), a handover told in the passive (``handover``) or an arrival (``arrival``):
    delivered. None for any other verb."""
    lex = cues()["stage"]["deal_steps"]
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    own = lex["subjects"] + lex["step_subjects"]
    if not passive and any(s.lower_ not in own for s in subjects) and lemma not in lex["arrival"]:
        return None  # a clause about someone else ("and Spain flies them")
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in lex["holding"] and not passive:
        return "in_service", objects
    if lemma in lex["receipt"] and not passive:
        if lemma == "take":  # "took delivery of them"
            taken = cues()["stage"]["taken"]
            objects = [p for o in objects if o.lemma_.lower() in taken for p in prep_objects(o, "of")]
        return "delivered", objects
    if lemma in lex["handover"] + lex["handover_given"] and passive:
        return "delivered", [s for s in subjects if s.dep_ == "nsubjpass"]
    if lemma in lex["arrival"] and not passive and not objects:
        return "delivered", [s for s in subjects if s.dep_ == "nsubj"]
    return None


def _arms_of_the_deal(verb: Token, goods: Token) -> bool:
    """Whether goods a buyer receives in a step joined to its deal are arms of that transfer: a goods noun or a name
    ("and receive Patriot systems", "and receives spare parts"), not more of them, with no seller of their own
    ("received jets from Greece as a stopgap" is another transfer)."""
    words = cues()["supply"]["goods"]
    if not same_goods(goods) and not any(t.lower_ in cues()["stage"]["deal_steps"]["other_goods"] for t in goods.subtree):
        return False  # more of them: another deal (goods other than those bought may still be the deal's)
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in (*verb.children, *goods.children)):
        return False
    if (goods.lower_ in words or goods.lemma_.lower() in words) and not naval_craft(None, goods):
        return False  # "and receives fishing boats": no arms (boat_goods.py)
    return goods.lower_ in words or goods.lemma_.lower() in words or any(t.pos_ == "PROPN" for t in goods.subtree)


def furthest_step(tok: Token, stage: str | None, base_year: int | None, transfer: bool = False) -> str | None:
    """The stage of a deal's verb once the later steps its sentence states on the same goods are counted: the
    furthest of ``stage`` and theirs, where ``stage`` leaves the goods still to come (planned, negotiating,
    ordered); else ``stage`` unchanged. For a transfer between the parties (``transfer``: a SUPPLIES), a receipt of
    other arms of the deal counts too ("buy F-16s at reduced prices and receive AMRAAM missiles"): the transfer
    happened, whatever the goods; a use never does."""
    from .stage import _part_of_whole, first_of

    if stage not in _OPEN or tok.pos_ != "VERB" or tok.lemma_.lower() not in _deal_verbs():
        return stage
    nouns, names = _goods_words(tok)
    best = stage
    for verb in joined_steps(tok):
        found = _step_stage(verb)
        if found is None or not done(verb, base_year):
            continue
        step, goods = found
        if not goods or not all(_same_goods(g, nouns, names) or transfer and step == "delivered"
                                and _arms_of_the_deal(verb, g) for g in goods):
            continue
        if any(first_of(g) or _part_of_whole(g) or any(c.dep_ == "nummod" for c in g.children) for g in goods):
            step = "delivering" if step == "delivered" else step  # "received the first two": a share
        if _RANK.index(step) > _RANK.index(best):
            best = step
    return best
