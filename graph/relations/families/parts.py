"""PART_OF from the shape of a noun phrase, whoever the article is about: a possessive owner right
before a name ("the Egyptian Army's 2nd Brigade", "RTX's Raytheon", "its Space division"), and a
name beside a noun for a part ("X, the group's military arm", "the shipbuilding arm of Y, X",
"X, an RTX company", "X, a company under the Ministry of Y"). The noun words are data
(``cues.yaml`` ``parts``); an owner named by a generic word ("the group's", "the navy's") is the
latest body of that kind named before."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...mentions import Mention
from ..context import SentenceContext
from ..lexicon import cues
from ..negation import hedged, negated
from ..relation import Relation
from .common import DocFacts, rel

_BODIES = {"Company", "Organization", "GovernmentBody"}
_POSSESSIVES = {"'s", "\u2019s", "'", "\u2019"}
_WINDOW = 400  # tokens back to look for the body a generic owner word points to


def _data() -> dict:
    return cues()["parts"]


def _fits(owner: str, child: str) -> bool:
    """Whether a body of label ``owner`` can have a part of label ``child`` (no state body inside a firm)."""
    return owner in _BODIES and child in _BODIES and not (owner == "Company" and child == "GovernmentBody")


def _generic_owner(ctx: SentenceContext, facts: DocFacts, tok: Token, child: Mention) -> Mention | None:
    """The body a generic word stands for ("the group", "the navy", "the air force"): the latest one named
    before of the word's label whose name ends in the word (a state body: of the country the article is about,
    where it knows one); for a firm, one sharing the part's first word first."""
    kind = _data()["owner_words"].get(tok.lower_)
    if kind is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    label, word = kind
    child_name = ctx.entities[child.entity].name.lower().split()
    focal = facts.focal if facts.focal in ctx.entities and ctx.entities[facts.focal].label == "Country" else None
    found: list[Mention] = []
    for m in reversed(facts.mentions):
        if m.start >= tok.left_edge.i or m.entity not in ctx.entities:
            continue
        if tok.i - m.start > _WINDOW:
            break
        e = ctx.entities[m.entity]
        if e.label != label or e.id == child.entity:
            continue
        words = e.name.lower().replace("-", " ").split()
        if word and not (words[-1:] == [word] or word == "forces" and word in words):
            continue  # "the army": a body named as an army, not the "Army Armor Training Command"
        if label == "GovernmentBody" and e.country and focal is not None and e.country != focal:
            continue  # "the army's Sixth Corps" in an article about Taiwan: not another state's army
        found.append(m)
    if not found:
        return None
    same = [m for m in found if ctx.entities[m.entity].name.lower().split()[:1] == child_name[:1]]
    return (same or found)[0]


def _owner_at(ctx: SentenceContext, facts: DocFacts, tok: Token, child: Mention) -> Mention | None:
    """The owner a possessor token names: a mention (or the "its" that stands for one), or a generic word."""
    m = ctx.at.get(tok.i)
    if m is not None:
        return m
    return _generic_owner(ctx, facts, tok, child)


def _part(ctx: SentenceContext, child: Mention, owner: Mention | None, conf: float, rule: str):
    if owner is not None and owner.entity != child.entity and _fits(ctx.label(owner), ctx.label(child)):
        yield rel(ctx, child, "PART_OF", owner, conf, rule)


def possessive_parts(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "the Israel Defense Forces' Golani Brigade", "Deakin University's Institute of X", "RTX's Raytheon",
    "its Defence and Space division": a body named right after its owner's possessive; not a name that
    qualifies another noun ("Hanwha's Austal stake"), unless that noun is a part ("RTX's Raytheon unit")."""
    data = _data()
    pairs, part_nouns = data["possessive_pairs"], set(data["part_nouns"])
    for m in ctx.of(_BODIES):
        j = m.start - 1
        if j <= ctx.sent.start or ctx.doc[j].lower_ not in _POSSESSIVES:
            continue
        owner = ctx.at.get(j - 1)
        if owner is None and j - 1 > ctx.sent.start:  # "the wing's 102nd Squadron"
            owner = _generic_owner(ctx, facts, ctx.doc[j - 1], m)
        elif owner is not None and owner.end != j:
            owner = None
        if owner is None or ctx.label(m) not in pairs.get(ctx.label(owner), ()):
            continue
        head = ctx.head_token(m)
        if head.dep_ in {"compound", "amod", "nmod"} and head.head.lemma_.lower() not in part_nouns:
            continue
        yield from _part(ctx, m, owner, 0.75, "part-of-possessive-owner")


def _child_of(ctx: SentenceContext, noun: Token) -> Mention | None:
    """The name a part noun is said of: the name it stands in apposition to, or the name in apposition to it."""
    if noun.dep_ == "appos":
        child = ctx.at.get(noun.head.i)
        if child is not None:
            return child
        before = [m for m in ctx.mentions if m.end <= noun.left_edge.i
                  and all(t.is_punct for t in ctx.doc[m.end:noun.left_edge.i])]
        return max(before, key=lambda m: m.end) if before else None
    return next((ctx.at[c.i] for c in noun.children if c.dep_ == "appos" and c.i in ctx.at), None)


def described_parts(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "X, the group's military arm", "the shipbuilding arm of Y, X", "X, an RTX company", "X, al-Qaeda's
    Sahel branch", "X, a public-sector company under the Ministry of Y": the name beside a part noun is a
    part of the owner the noun phrase names (possessive, name before the noun, "of"/"under"/"within")."""
    data = _data()
    part_nouns = set(data["part_nouns"]) | set(data["described_part_nouns"])
    owner_first = set(data["owner_first_nouns"])
    for noun, (lemma, _) in ctx.cued_forms(part_nouns):
        if lemma not in part_nouns or noun.pos_ != "NOUN" or noun.i in ctx.at:
            continue
        child = _child_of(ctx, noun)
        if child is None or ctx.label(child) not in _BODIES:
            continue
        owners: list[Mention] = []
        for c in noun.children:
            if c.dep_ == "poss":
                owners.append(_owner_at(ctx, facts, c, child))
            elif c.dep_ == "compound" and c.i in ctx.at and ctx.at[c.i].entity != child.entity:
                owners.append(ctx.at[c.i])  # "an RTX company", "a Bharat Forge subsidiary"
        preps = {"under", "within"} | (set() if lemma in owner_first else {"of"})
        owners += ctx.prep_objects(noun, preps, _BODIES)
        for owner in owners:
            yield from _part(ctx, child, owner, 0.7, "part-of-described")


def _service_noun(ctx: SentenceContext, noun: Token) -> bool:
    """Whether ``noun`` ends a generic service noun ("air force", "navy", "armed forces"), no name."""
    words = [noun.lower_]
    if noun.i - 1 >= ctx.sent.start and ctx.doc[noun.i - 1].dep_ in {"compound", "amod"}:
        words.insert(0, ctx.doc[noun.i - 1].lower_)
    nouns = set(_data()["service_nouns"])
    return noun.i not in ctx.at and (" ".join(words) in nouns or words[-1] in nouns)


def _state_owner(ctx: SentenceContext, noun: Token) -> Mention | None:
    """The state a generic noun's possessor names: "Qatar's air force", "its air force" (where the
    discourse layer resolved "its" to a state)."""
    for c in noun.children:
        if c.dep_ == "poss" and c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Country" and not ctx.at[c.i].demonym:
            return ctx.at[c.i]
    return None


def owned_services(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Its air force, the Qatar Emiri Air Force, flies ...", "Ruritania's navy, the RRN": a state's
    service named in apposition to a generic service noun the state owns is PART_OF that state (the
    text ties the two in its own words: ANNOTATION.md, PART_OF of a national service)."""
    for m in ctx.of({"GovernmentBody"}):
        head = ctx.head_token(m)
        noun = head.head if head.dep_ == "appos" else None
        if noun is None:  # "its air force, the X": the generic noun in apposition to the name
            noun = next((c for c in head.children if c.dep_ == "appos"), None)
        if noun is None or noun.i in ctx.at or not _service_noun(ctx, noun):
            continue
        owner = _state_owner(ctx, noun)
        country = ctx.entities[m.entity].country
        if owner is not None and (country is None or country == owner.entity):
            yield rel(ctx, m, "PART_OF", owner, 0.7, "part-of-owned-service")
        elif owner is None and country and _pronoun_owned(ctx, facts, noun, country):
            yield rel(ctx, m, "PART_OF", country, 0.65, "part-of-owned-service")


def _pronoun_owned(ctx: SentenceContext, facts: DocFacts, noun: Token, country: str) -> bool:
    """ "The kingdom wants jets. Its air force, the Royal Saudi Air Force, ...": an "its" the discourse
    layer left open owns the service of the state the article is about, or of the state named just before."""
    if not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} and c.i not in ctx.at for c in noun.children):
        return False
    if country == facts.focal:
        return True
    return any(m.entity == country and ctx.sent.start - _PRONOUN_WINDOW <= m.start < ctx.sent.start
               for m in facts.mentions)


_PRONOUN_WINDOW = 80  # tokens back to the state an open "its" stands for


def unit_of(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "the 12th Brigade of the Polish Army", "the Coastal Artillery Regiment of the Marine Corps": a unit,
    school or staff whose name ends in a unit word, followed by "of" and a state body, is part of it; so is a
    catalogued staff whose name goes on past the unit word ("the General Staff of the Azerbaijani Armed Forces",
    written as the catalogue's "General Staff of the Armed Forces of Azerbaijan": the mention is its head)."""
    ends = set(_data()["unit_ends"])
    for m in ctx.of({"GovernmentBody", "Organization"}):
        name = ctx.entities[m.entity].name.lower()
        words = name.split()
        headed = name.startswith(ctx.doc[m.start:m.end].text.lower().removeprefix("the ") + " of ")
        if not words or words[-1] not in ends and not headed or ctx.doc[m.end - 1].lower_ not in ends:
            continue
        k = m.end
        if k >= ctx.sent.end or ctx.doc[k].lower_ != "of":
            continue
        k += 1
        if k < ctx.sent.end and ctx.doc[k].lower_ == "the":
            k += 1
        owner = ctx.at.get(k)
        if owner is not None and owner.start == k and ctx.label(owner) == "GovernmentBody":
            yield from _part(ctx, m, owner, 0.7, "part-of-unit-of")


def _subjects(ctx: SentenceContext, verb: Token) -> list[Mention]:
    """The bodies a clause of ``verb`` is said of: its subjects, carried up through a relative clause
    ("X, which belongs to Y") but not past a reported clause or participle (``strict``)."""
    return ctx.clause_subjects(verb, lambda t: ctx.group(t, _BODIES),
                               lambda m: [m] if ctx.label(m) in _BODIES else [], strict=True)


def _unaccomplished(verb: Token) -> bool:
    """A part still to come ("will become part of Y", "is set to become part of Y": a pending purchase leaves the
    firm its present owner's, ANNOTATION.md) or only wanted: a modal or "to" on the verb (``membership.unaccomplished``)."""
    words = set(cues()["membership"]["unaccomplished"])
    return verb.dep_ == "xcomp" or any(c.dep_ in {"aux", "auxpass"} and c.lower_ in words for c in verb.children)


def told_parts(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "X, part of Y", "X is / became / remains part of Y", "X, which belongs to Y", "X belongs to the state-owned
    Y": a body the text itself calls part of another (or says belongs to it) is PART_OF it. The nouns and verbs are
    data (``cues.yaml`` ``parts.told_part_nouns``, ``told_part_copulas``, ``belong_verbs``); both ends are bodies
    that fit (no state body inside a firm; an Alliance is no owner: ANNOTATION.md), and a negated or hedged
    clause ("is no longer part of", "would become part of") says nothing."""
    data = _data()
    nouns, copulas = set(data["told_part_nouns"]), set(data["told_part_copulas"])
    for tok in ctx.tokens:
        if tok.lower_ in nouns and tok.pos_ == "NOUN" and tok.i not in ctx.at:
            owners = ctx.prep_objects(tok, {"of"}, _BODIES)
            if not owners or any(c.dep_ == "det" and c.lower_ in {"no", "any"} for c in tok.children):
                continue
            children: list[Mention] = []
            if tok.dep_ == "appos":  # "VMFA-99, part of Marine Aircraft Group 31"
                child = _child_of(ctx, tok)
                children = [child] if child is not None else []
            elif tok.dep_ in {"attr", "oprd"} and tok.head.lemma_.lower() in copulas:
                verb = tok.head
                if negated(ctx, verb) or hedged(verb) or _unaccomplished(verb):
                    continue
                children = _subjects(ctx, verb)
            for child in children:
                for owner in owners:
                    yield from _part(ctx, child, owner, 0.7, "part-of-told")
        elif tok.lemma_.lower() in data["belong_verbs"] and tok.pos_ in {"VERB", "AUX"}:
            if negated(ctx, tok) or hedged(tok) or _unaccomplished(tok):
                continue
            owners = ctx.prep_objects(tok, {"to"}, _BODIES)
            if not owners:
                continue
            for child in _subjects(ctx, tok):
                for owner in owners:
                    yield from _part(ctx, child, owner, 0.7, "part-of-told")
