"""Who the parties of a tie or a conflict are.

An organisation, body or state is a party as it is; a person is the state whose office the
reference data gives them ("Tokayev and Erdogan raised relations" ties Kazakhstan and Turkey); a
capital is its country, and so is a struck city; "its" and "their" are the actors they point back
to; "the kingdom" is the country named so before ("Kingdom of Morocco"); "its neighbour" the country
named just before; "the manufacturer, known as TUSAS" is TUSAS. A government body facing a foreign
state stands for its own state (:func:`state_level`).
"""
from __future__ import annotations

from spacy.tokens import Token

from ...entities.antecedents import person_pronoun
from ...entities.descriptions import antecedents
from ...ids import make_id
from ...ontology import ACTORS
from ..context import SentenceContext
from ..coordination import conjuncts
from ..lexicon import cues
from ..prepositions import prep_objects
from ..relation import Relation
from .common import DocFacts, rel

PARTY_LABELS = ACTORS - {"Person"}
WANTED = set(ACTORS)  # people are looked up and then mapped to their state


def party(ctx: SentenceContext, facts: DocFacts, m) -> str | None:
    """The entity id a mention takes part as, or None (a person without a known office, a place)."""
    entity = ctx.entities.get(m.entity)
    if entity is None:
        return None
    if entity.label in PARTY_LABELS:
        return entity.id
    if entity.label == "Person":
        if person_pronoun(m):
            return None  # "He then held talks with X": the pronoun gives its person an office, not a side
        states = [s for s in facts.known.get(entity.id, ()) if s in ctx.entities] or _titled_states(ctx, facts).get(
            entity.id, [])
        return states[0] if len(states) == 1 else None
    return ctx.capital_of.get(entity.id)


def _titled_states(ctx: SentenceContext, facts: DocFacts) -> dict[str, list[str]]:
    """Person id -> the states whose office the sentence's title gives them ("Ethiopian Prime
    Minister X", "Chad's defence minister, X"), for people the reference data does not know; found
    once per sentence."""
    found = getattr(ctx, "_titled_states", None)
    if found is None:
        from .people import titled_offices

        found = {}
        for person, target in titled_offices(ctx, facts):
            entity = ctx.entities.get(target)
            state = target if entity is not None and entity.label == "Country" else country_of(ctx, target)
            if state and state not in found.setdefault(person, []):
                found[person].append(state)
        ctx._titled_states = found
    return found


def country_of(ctx: SentenceContext, entity_id: str) -> str | None:
    """The country a government body belongs to (None for anything else, or if it is not in the document)."""
    entity = ctx.entities.get(entity_id)
    if entity is None or entity.label != "GovernmentBody":
        return None
    country = entity.country or (make_id("Country", entity.props["country"]) if entity.props.get("country") else None)
    return country if country in ctx.entities else None


def state_level(ctx: SentenceContext, a: str, b: str) -> tuple[str, str]:
    """A foreign state's tie with a government body is a tie with the body's state: "Sweden" and
    "Colombia's defence ministry" make Sweden and Colombia; a body stays itself facing a firm,
    an organisation or another body."""
    def lift(x: str, other: str) -> str:
        country = country_of(ctx, x)
        label = ctx.entities[other].label if other in ctx.entities else None
        return country if country and label in {"Country", "Alliance"} else x  # its own state: no tie

    return lift(a, b), lift(b, a)


def parties(ctx: SentenceContext, facts: DocFacts, mentions) -> list[str]:
    """Distinct party ids of mentions, in order."""
    out: list[str] = []
    for m in mentions:
        p = party(ctx, facts, m)
        if p is not None and p not in out:
            out.append(p)
    return out


def place_country(ctx: SentenceContext, m) -> str | None:
    """The country a named place lies in ("Kharkiv" -> Ukraine), where the document names that
    country; not a base's (a base may be another state's: the US base at Al Udeid in Qatar)."""
    entity = ctx.entities.get(m.entity)
    if entity is None or entity.label != "Place" or not entity.props.get("country") or entity.props.get("kind") == "base":
        return None
    country = make_id("Country", entity.props["country"])
    return country if country in ctx.entities else None


def group(ctx: SentenceContext, facts: DocFacts, tok: Token, places: bool = False, plural: bool = False) -> list[str]:
    """The parties at ``tok`` and its conjuncts (:meth:`SentenceContext.group`), "the kingdom" as the
    article's country, "the manufacturer, known as X" as X; with none, the state a named vessel or
    aircraft acts for ("the Russian frigate X"); and those a generic noun of people or forces comes
    from ("forces from Fiji and Tonga", "officials in Abuja"). With ``places``, a place as its country
    (the target of a strike: "bombers hit Fordow"); with ``plural``, the states a plural description
    stands for ("cooperation among the three countries": where every party plays the same part)."""
    if places:
        found: list[str] = []
        for m in ctx.group(tok, WANTED | {"Place"}, plural):
            p = party(ctx, facts, m) or place_country(ctx, m)
            if p is not None and p not in found:
                found.append(p)
    else:
        found = parties(ctx, facts, ctx.group(tok, WANTED, plural))
    found += [p for p in _listed_as_apposition(ctx, facts, tok, places) if p not in found]
    if not found:
        found = _platform_state(ctx, facts, tok)
    found += [p for p in _sent_from(ctx, facts, tok) if p not in found]
    for t in [tok, *conjuncts(tok)]:
        found += [p for p in _described(ctx, facts, t) + _named_as(ctx, facts, t) + _neighbour(ctx, facts, t)
                  + _whose(ctx, facts, t) + _named_beside(ctx, facts, t) if p not in found]
    return found


def _sent_from(ctx: SentenceContext, facts: DocFacts, tok: Token) -> list[str]:
    """ "forces from Fiji and Tonga", "the presidents of A, B and C", "officials in Abuja": the parties a
    generic noun of people, forces or craft comes from, every one of a list (a capital's officials speak
    for its state; a city that is no capital for none)."""
    ties = cues()["ties"]
    out: list[str] = []
    for t in [tok, *conjuncts(tok)]:
        lemma = t.lemma_.lower()
        if t.i in ctx.at or lemma not in ties["from_nouns"] and lemma not in ties["seated_nouns"]:
            continue
        origin = ({"from", "of"} if lemma in ties["from_nouns"] else set()) | ({"in"} if lemma in ties["seated_nouns"] else set())
        for o in prep_objects(t, origin):
            out += [x for x in parties(ctx, facts, [ctx.at[c.i] for c in [o, *conjuncts(o)] if c.i in ctx.at])
                    if x not in out]
    return out


def _platform_state(ctx: SentenceContext, facts: DocFacts, tok: Token) -> list[str]:
    """ "the Russian frigate Admiral Gorshkov", "India's INS Vikrant": a named vessel or aircraft acts
    for the state that owns it or names it (not its maker: "the Chinese-made J-10C")."""
    out: list[str] = []
    for t in [tok, *conjuncts(tok)]:
        m = ctx.at.get(t.i)
        if m is None or ctx.label(m) != "Platform":
            continue
        owners, owned = possessors(ctx, facts, t)
        before = []  # the words of its noun phrase before the name ("the Russian frigate X"), however parsed
        for j in range(m.start - 1, max(ctx.sent.start, m.start - 4) - 1, -1):
            if ctx.doc[j].pos_ not in {"ADJ", "NOUN", "PROPN"}:
                break
            before.append(j)
        mods = [ctx.at[j] for j in before if j in ctx.at and ctx.doc[j + 1].text != "-"]
        for p in owners if owned else parties(ctx, facts, mods):
            if ctx.entities[p].label == "Country" and p not in out:
                out.append(p)
    return out


def _listed_as_apposition(ctx: SentenceContext, facts: DocFacts, tok: Token, places: bool) -> list[str]:
    """ "Mali, Burkina Faso and Niger, all ruled by juntas, ...": a list of countries the parser
    reads as a country with another one in apposition (a country is no description of another)."""
    m = ctx.at.get(tok.i)
    if m is None or ctx.label(m) != "Country":
        return []
    return [p for c in tok.children if c.dep_ == "appos" and c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Country"
            for p in group(ctx, facts, c, places)]


def receiving_body(ctx: SentenceContext, obj: Token) -> bool:
    """Whether aid "to" ``obj`` goes to a party: a named one, or a state's forces or government
    ("the Ivorian army"), not a crew or a village."""
    ties = cues()["ties"]
    bodies = ties["pair_force_nouns"] | ties["home_force_nouns"] | ties["whose_nouns"] | cues()["plural"]["state_nouns"]
    return obj.i in ctx.at or obj.lemma_.lower() in bodies or obj.lower_ in bodies


def exemplars(ctx: SentenceContext, tok: Token) -> list[Token]:
    """The named examples a plural noun lists: "enemies, above all Iran", "partners, including A and B",
    "rivals such as X" (the objects of ``exemplar_preps``, and their conjuncts)."""
    if tok.tag_ not in {"NNS", "NNPS"}:
        return []
    preps = cues()["ties"]["exemplar_preps"]
    heads = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps]
    heads += [g for c in heads if c.lower_ == "such" for g in c.children if g.dep_ == "prep" and g.lower_ == "as"]
    heads += [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" and any(g.lower_ == "such" for g in c.children)]
    return [t for p in heads for o in p.children if o.dep_ == "pobj" for t in [o, *conjuncts(o)] if t.i in ctx.at]


def _named_beside(ctx: SentenceContext, facts: DocFacts, tok: Token) -> list[str]:
    """ "its rival, ISWAP", "Russia's ally, Belarus": the party named in apposition to a generic
    noun of one side's rival or ally."""
    if tok.i in ctx.at or tok.pos_ not in {"NOUN", "PROPN"} or tok.lemma_.lower() not in cues()["ties"]["named_beside"]:
        return []
    return parties(ctx, facts, [ctx.at[c.i] for c in tok.children if c.dep_ == "appos" and c.i in ctx.at])


def _whose(ctx: SentenceContext, facts: DocFacts, tok: Token) -> list[str]:
    """ "Honduras, whose government is at odds with X", "Peru's president, whose army ...": the state
    a relative clause's "whose government" belongs to, the party it hangs on or that party's owner."""
    if tok.i in ctx.at or tok.lower_ not in cues()["ties"]["whose_nouns"] or tok.head.dep_ != "relcl":
        return []
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in tok.children):
        return []
    owner = tok.head.head
    found = parties(ctx, facts, ctx.group(owner, WANTED)) if owner.i in ctx.at else []
    return found or possessors(ctx, facts, owner)[0]


def _neighbour(ctx: SentenceContext, facts: DocFacts, tok: Token) -> list[str]:
    """ "severed relations with its neighbour": the country named last before this sentence (the
    owner is named in it), at most two sentences back."""
    if tok.i in ctx.at or tok.lower_ not in cues()["ties"]["relational_nouns"]:
        return []
    if not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children):
        return []
    start = ctx.sent.start
    earlier = ctx.doc[start - 1].sent.start if start > 0 else start
    earlier = ctx.doc[earlier - 1].sent.start if earlier > 0 else earlier
    latest = None
    for m in facts.mentions:
        if m.start >= start:
            break
        e = ctx.entities.get(m.entity)
        if m.start >= earlier and e is not None and e.label == "Country":
            latest = e.id
    return [latest] if latest else []


def _named_as(ctx: SentenceContext, facts: DocFacts, tok: Token) -> list[str]:
    """ "the manufacturer, known in Turkey as TUSAS": the name a generic noun is glossed with."""
    if tok.i in ctx.at:
        return []
    named = cues()["ties"]["naming_verbs"]
    return parties(ctx, facts, [ctx.at[o.i] for a in tok.children if a.dep_ == "acl" and a.lemma_.lower() in named
                                for o in prep_objects(a, "as") if o.i in ctx.at])


def _described(ctx: SentenceContext, facts: DocFacts, tok: Token) -> list[str]:
    """ "the kingdom", "the republic": the country of the document, named before, whose name says
    so (Morocco is the Kingdom of Morocco), the latest named one where several do."""
    word = tok.lower_
    if tok.i in ctx.at or word not in cues()["ties"]["state_nouns"]:
        return []
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return []
    latest: str | None = None
    for m in facts.mentions:
        if m.start >= tok.i:
            break
        e = ctx.entities.get(m.entity)
        if e is not None and e.label == "Country" and any(
                word in n.lower().split() for n in [e.name, *e.aliases]):
            latest = e.id
    return [latest] if latest else []


def possessors(ctx: SentenceContext, facts: DocFacts, tok: Token) -> tuple[list[str], bool]:
    """The owners of a noun ("Russia's invasion", "its war"): (parties, whether it has an owner at all)."""
    for c in tok.children:
        if c.dep_ != "poss":
            continue
        if c.tag_ == "PRP$":  # "its war", "their agreement"
            return parties(ctx, facts, antecedents(c, facts.mentions, lambda m: party(ctx, facts, m) is not None,
                                                   guess=True)), True
        if c.i in ctx.at:
            return parties(ctx, facts, ctx.group(c, WANTED)), True
        return [], True
    return [], False


def modifiers(ctx: SentenceContext, facts: DocFacts, tok: Token) -> list[str]:
    """Actors naming the side before a noun: "U.S. strikes", "Turkish-Kazakh cooperation"."""
    mods = [ctx.at[c.i] for c in tok.subtree if c.i < tok.i and c.i in ctx.at
            and c.dep_ in {"compound", "amod", "nmod", "conj", "npadvmod"}]
    if not mods and tok.dep_ == "conj" and tok.head.pos_ in {"NOUN", "PROPN"} and tok.head.i < tok.i:
        # "Russian missile and drone attacks": the modifiers the conjoined nouns share, before the first
        mods = [ctx.at[c.i] for c in tok.head.children if c.i < tok.head.i and c.i in ctx.at
                and c.dep_ in {"compound", "amod", "nmod"}]
    return parties(ctx, facts, mods)


def clause_subjects(ctx: SentenceContext, facts: DocFacts, tok: Token) -> list[str]:
    """The parties doing what ``tok`` says (:meth:`SentenceContext.clause_subjects`, strictly: never
    the speaker of a reported clause that has no subject of its own, "X said that ... had been
    coordinating", nor an actor merely named inside the noun phrase a participle hangs on)."""
    return ctx.clause_subjects(tok, lambda t: group(ctx, facts, t), lambda m: parties(ctx, facts, [m]), strict=True)


def tie(ctx: SentenceContext, a: str, type_: str, b: str, confidence: float, rule: str,
        domain: str | None) -> Relation | None:
    """The tie or conflict between two parties at the level :func:`state_level` puts it, or None
    where both are one."""
    a, b = state_level(ctx, a, b)
    return None if a == b else rel(ctx, a, type_, b, confidence, rule, domain=domain)


def cue_tokens(ctx: SentenceContext, nouns: set[str], verbs: set[str]) -> list[Token]:
    """Tokens of the sentence that are cue nouns or verbs in their part of speech ("According to"
    is no accord), outside names (the "Cooperation" of the Gulf Cooperation Council) but not
    outside events ("the heaviest fighting" may be an Event)."""
    out = []
    for tok, (lemma, low) in zip(ctx.tokens, ctx.forms, strict=True):
        if not ((lemma in nouns or low in nouns) and tok.pos_ in {"NOUN", "PROPN"}
                or (lemma in verbs or low in verbs) and tok.pos_ == "VERB"):
            continue
        m = ctx.at.get(tok.i)
        if m is not None and m.entity in ctx.entities and ctx.label(m) != "Event":
            continue
        out.append(tok)
    return out


# the most parties one list-born tie joins: "joint drills of A, B, C and D" still ties the four (a quad),
# "troops from five states drilled together" is a multilateral event they attend (PARTICIPATED_IN), not
# ten pairwise ties; a trainer and its trainees are fewer (:data:`MAX_TRAINING_PARTIES`)
MAX_TIE_PARTIES = 4
MAX_TRAINING_PARTIES = 3


def crowd(ids: list[str], most: int = MAX_TIE_PARTIES) -> bool:
    """Whether the distinct parties ``ids`` are more than one tie joins (a multilateral gathering).

    >>> crowd(["a", "b", "c", "d"]), crowd(["a", "b", "c", "d", "e"]), crowd(["a", "b", "c", "d"], 3)
    (False, True, True)
    """
    return len(set(ids)) > most


def multilateral(tok: Token) -> bool:
    """Whether a cue (a noun, or a verb through what it holds) is qualified as a gathering of many
    states: "a multilateral maritime exercise", "held multinational drills"."""
    words = cues()["ties"]["multilateral_qualifiers"]
    nouns = [tok] if tok.pos_ in {"NOUN", "PROPN"} else [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(c.dep_ in {"amod", "compound", "nmod"} and c.lower_ in words for n in nouns for c in n.children)
