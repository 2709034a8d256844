"""A state, or one of its armed services, named in one sentence with a platform that the reference data lists
that state as operating by the article's year: "Slovakia, Bulgaria and Taiwan have chosen the Block 70",
"the Serbian Armed Forces' fighters are MiG-29s" (``operators.csv``: export operators of catalogued types, each
row with its years and public source, the type's Wikipedia "Operators" section and the SIPRI Arms Transfers
Database). The data only confirms what the sentence puts side by side; it is never a relation by itself.

Left alone: the type's own maker states (the catalogue's ``origin``: "the United States" beside the F-16 is
mostly its seller; but a maker state's own armed service whose branch holds the type's category is its user,
``catalogued-own-service``: "a Royal Air Force Typhoon", "the JMSDF's Mogami-class frigates", unless the type is
one its maker builds for export only, ``export_only.csv``), a state whose armed service the sentence also names (the service is the operator, as
ANNOTATION.md has it), a state named as the giver ("Norway sent F-16s"), the source ("jets from Norway") or the
owner of a firm ("Poland's PZL Mielec"), the host of a show or fair ("Egypt hosted the EDEX arms fair"), a state
that objects to another's deal or use ("Pakistan protested against the deal for the jets"), a state that only
qualifies a person or body noun ("Qatar's emir", "a Turkish court", "the Swiss contract"), and goods
asked for or refused ("turned down its request for Meteor missiles"), a type whose noun another state's holder
modifies ("Pakistan's JF-17 jets", "Dutch F-35s", "Royal Canadian Air Force CF-18s"), and a type or holder a
negation or a cancelling verb governs ("Poland will not buy F-35s"). The type may be one the sentence refers back
to ("Norway already flies the jet"). :func:`drop_other_parts` drops what another rule reads otherwise in the same
sentence (the state's own holding, its supply, make or fight there; not the buyer of a sale under a state's
programme, which holds the type at the sale's stage). The stage is the
clause's (:func:`.stage.clause_stage`), by default ``in_service``, ``retired`` where the data's span ended
before the article's year, or ``ordered`` before the first delivery of a row dated from its order (``delivered``).
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Token

from ...entities import Entity
from ...mentions import Mention
from ..context import SentenceContext
from ..lexicon import cues
from ..prepositions import prep_objects
from ..relation import Relation
from ..time import published_of
from .catalogued_dyads import norm_name
from .common import DocFacts, rel
from .inventory import office
from .stage import clause_stage

RULE = "catalogued-user"
#: the same where the sentence has no verb of holding or using (``operate.verbs``): "took the K2 into account"
RULE_BARE = "catalogued-user-bare"
#: a maker state's own armed service of the branch the type's category fits ("the Japan Maritime Self-Defense
#: Force's Mogami-class frigates"): the maker's state is left alone, its fitting service is not
RULE_OWN = "catalogued-own-service"
RULE_OWN_BARE = "catalogued-own-service-bare"
_MINE = frozenset({RULE, RULE_BARE, RULE_OWN, RULE_OWN_BARE})
#: the types whose relations in the rule's sentence mean the state plays another part there
_OTHER_PARTS = frozenset({"SUPPLIES", "MANUFACTURES", "IN_CONFLICT_WITH"})
#: a bare reading's mark, until :func:`drop_other_parts`, that its holder acts on the type ("took the K2 into account")
_ACTED = "acted_on"
#: the rule of a sale under a state's own programme (families/sale_programmes.py), whose buyer is no other part
_PROGRAMME_SALE = "programme_sales"


@lru_cache(maxsize=1)
def _rows() -> list[dict[str, str]]:
    from ...reference.offices import DATA_DIR, read_rows

    return read_rows(DATA_DIR / "operators.csv")


@lru_cache(maxsize=1)
def operators() -> dict[tuple[str, str], tuple[int, int]]:
    """(platform catalogue name, operator state), normalised -> (first year, last year) of ``operators.csv``
    (an open end is 9999)."""
    return {(norm_name(r["platform"]), norm_name(r["operator"])): (int(r["from"]), int(r["to"]) if r["to"] else 9999)
            for r in _rows()}


@lru_cache(maxsize=1)
def deliveries() -> dict[tuple[str, str], int]:
    """(platform, operator), normalised -> the first delivery year where the row's ``from`` is an order year."""
    return {(norm_name(r["platform"]), norm_name(r["operator"])): int(r["delivered"]) for r in _rows() if r.get("delivered")}


def default_stage(platform: str, state: str, span: tuple[int, int], year: int) -> str:
    """The stage the data gives by ``year``: ``retired`` after its span, ``ordered`` before the first delivery
    (a row dated from its order: "Athens will add the F-35"), else ``in_service``."""
    if span[1] < year:
        return "retired"
    return "ordered" if year < deliveries().get((norm_name(platform), norm_name(state)), 0) else "in_service"


@lru_cache(maxsize=1)
def export_only() -> frozenset[tuple[str, str]]:
    """(platform catalogue name, maker state), normalised: a type its maker state builds for others only
    (``export_only.csv``: "MEKO frigate, Germany", "JF-17, China", "Su-30MKI, Russia"), so its own services hold none."""
    from ...reference.offices import DATA_DIR, read_rows

    return frozenset((norm_name(r["platform"]), norm_name(r["maker"])) for r in read_rows(DATA_DIR / "export_only.csv"))


def home_span(platform: str, state: str, year: int) -> tuple[int, int] | None:
    """The span of a maker state's own services holding ``platform``: the operator table's row for the state where
    it has one, none for a type the state builds for export only, else from ``year`` on (a maker's home type)."""
    key = (norm_name(platform), norm_name(state))
    if key in operators():
        return listed_span(platform, state, year)
    return None if key in export_only() else (year, 9999)


def listed_span(platform: str, state: str, year: int) -> tuple[int, int] | None:
    """The data's span of ``state`` operating ``platform`` (catalogue names) where it began by ``year``."""
    span = operators().get((norm_name(platform), norm_name(state)))
    return span if span is not None and span[0] <= year else None


def _service(entity: Entity) -> bool:
    """Whether a government body is a state's armed service (not an office, not a unit below a service)."""
    if entity.label != "GovernmentBody" or not entity.country or office(entity):
        return False
    words = set(entity.name.lower().replace("(", " ").replace(")", " ").split())
    return not words & set(cues()["operate"]["unit_nouns"])


def own_service(entity: Entity, category: str | None) -> bool:
    """Whether a government body is an armed service whose branch holds platforms of ``category``
    (``catalogued_users.own_service_categories``: an air force's aircraft, a navy's ships and aircraft, an army's
    tanks and guns; a service of no one branch, "the Bundeswehr", any of those)."""
    from ..passes.service_twins import branch

    if not _service(entity):
        return False
    held = cues()["catalogued_users"]["own_service_categories"].get(branch(entity) or "whole", [])
    return category in held


def _describes_other(ctx: SentenceContext, p: Mention) -> bool:
    """Whether a type is named only to describe another platform of the sentence, a named ship ("USS Comstock, a
    Whidbey Island-class dock landing ship of the US Navy"): the holder is the ship's, not the class's."""
    tok = ctx.head_token(p)
    for _ in range(4):
        if tok.dep_ not in {"compound", "amod", "appos", "nmod"} or tok.head.i == tok.i:
            return False
        tok = tok.head
        other = ctx.at.get(tok.i)
        if other is not None and other.entity != p.entity and other.entity in ctx.entities \
                and ctx.entities[other.entity].label == "Platform":
            return True
    return False


def _state_of(entity: Entity) -> str | None:
    return entity.id if entity.label == "Country" else entity.country if _service(entity) else None


def _other_holder(ctx: SentenceContext, p: Mention, state_id: str, deps: frozenset[str] = frozenset({"poss"}),
                  makers: frozenset[str] = frozenset(), crewed: bool = False) -> bool:
    """Whether a possessive on the platform's noun names a holder of another state ("Pakistan's JF-17 jets",
    "the Egyptian Navy's MEKO frigates"): that holder, not the maker's own service, has the type. With ``deps``
    widened to the noun's other modifiers, also "Royal Canadian Air Force CF-18s", "Dutch F-35s", and a listed
    type with no holder of its own takes the first one's ("US Air Force F-16 and F-35 fighters"). A maker's word
    counts too ("Ukraine destroyed a Russian S-300 launcher"), though it may only name the type's origin, unless
    the state is ``crewed``, its word on the sentence's crews or units ("Serbian crews train on Russian Pantsir-S1
    systems"): a word of one of the type's ``makers`` (state ids) then names the origin only, but not a possessive
    ("Italian Air Force pilots flew beside Britain's Typhoon jets")."""
    tok = ctx.head_token(p)
    found = _holder_states(ctx, tok, deps)
    while not found and tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.i < tok.i:
        tok = tok.head
        found = _holder_states(ctx, tok, deps)
    others = found - {state_id}
    if not crewed:
        return bool(others)
    owners = _holder_states(ctx, tok, deps & {"poss"}) - {state_id}  # "Britain's Typhoon jets": a holder, maker or not
    return bool((others - makers) | owners)


def _crewed(ctx: SentenceContext, tok: Token) -> bool:
    """Whether a state's word qualifies a noun of crews or units that is no platform ("Serbian crews", "Poland's
    pilots"; not "Indian Il-78 tankers"): its own holder word in the clause."""
    op = cues()["operate"]
    words = set(op["crew_nouns"]) | set(op["unit_nouns"]) | set(cues()["catalogued_users"]["from_holder_nouns"])
    noun = tok.head
    if tok.dep_ not in {"poss", "amod", "compound"} or noun.i == tok.i or not {noun.lemma_.lower(), noun.lower_} & words:
        return False
    for w in (noun, *(c for c in noun.children if c.dep_ == "compound")):
        m = ctx.at.get(w.i)
        e = ctx.entities.get(m.entity) if m is not None and m.entity else None
        if e is not None and e.label == "Platform":
            return False  # the craft of a type ("Il-78 tankers"), not their crews
    return True


def _objects(tok: Token) -> bool:
    """Whether a state is the subject of a verb of objecting ("Pakistan protested against the deal", "Turkey
    condemned the use of the jets"): a bystander of the goods, no holder."""
    return tok.dep_ == "nsubj" and tok.head.i != tok.i \
        and tok.head.lemma_.lower() in set(cues()["catalogued_users"]["objecting_verbs"])


def _acts_on(ctx: SentenceContext, p: Mention, a: Mention) -> bool:
    """Whether the holder is the subject of a verb of weighing whose object is the type ("the Polish Land Forces
    took the K2 tanks into account", "studied the K2 tanks"): it acts on the type, not with it (not "will assign
    the jets to its 6th Fighter Group")."""
    lex = cues()["catalogued_users"]
    obj = ctx.head_token(p)
    subj = _role_token(ctx.head_token(a))
    verb = obj.head
    if obj.dep_ != "dobj" or subj.dep_ != "nsubj" or subj.head.i != verb.i:
        return False
    nouns = set(lex["weighing_nouns"])
    return verb.lemma_.lower() in set(lex["weighing_verbs"]) \
        or any(g.lemma_.lower() in nouns for g in prep_objects(verb, "into"))


def _holder_states(ctx: SentenceContext, tok: Token, deps: frozenset[str]) -> set[str]:
    """The states whose name or service modifies ``tok``'s noun (by ``deps``), up its compound chain."""
    found: set[str] = set()
    for _ in range(3):
        for c in tok.children:
            if c.dep_ not in deps:
                continue
            for w in (c, *(g for g in c.children if g.dep_ == "compound")):
                m = ctx.at.get(w.i)
                e = ctx.entities.get(m.entity) if m is not None and m.entity else None
                other = _state_of(e) if e is not None else None
                if other is not None:
                    found.add(other)
        if tok.dep_ not in {"compound", "amod", "nmod", "nummod"} or tok.head.i == tok.i:
            break
        tok = tok.head
    return found


#: the modifiers by which a platform's noun names its holder ("US Air Force F-16s", "Polish F-16s")
_HOLDER_DEPS = frozenset({"poss", "compound", "nmod", "amod"})


def _maker_ids(ref, origin: list[str]) -> frozenset[str]:
    """The reference ids of a type's maker states (its catalogue ``origin`` names)."""
    found = (ref.find("Country", name) for name in origin)
    return frozenset(e.id for e in found if e is not None)


#: words before a state's name that make it a place, not a user ("a training centre in Brunei")
_PLACE_WORDS = frozenset({"in", "at", "near", "over", "across", "inside", "off", "into", "outside"})


#: prepositions by which a noun lists the states it stands for ("allies including Italy")
_LISTING = frozenset({"among", "including"})


def _role_token(tok: Token) -> Token:
    """The token whose place in the clause a listed name shares: "Poland, Norway and Denmark" -> "Poland";
    "states, among them Poland", "allies including Italy" -> "states", "allies"; "Geelong, Australia" -> "Geelong"."""
    for _ in range(4):
        if tok.dep_ in {"conj", "appos"} and tok.head.i != tok.i:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ in _LISTING and tok.head.head.i != tok.head.i:
            tok = tok.head.head
        else:
            break
    return tok


def _hosts_show(tok: Token) -> bool:
    """Whether ``tok`` is the subject of hosting a show or fair ("Egypt hosted the EDEX arms fair")."""
    lex = cues()["catalogued_users"]
    head = tok.head
    if tok.dep_ != "nsubj" or not {head.lemma_.lower(), head.lower_} & set(lex["host_verbs"]):
        return False
    shows = set(lex["show_nouns"])
    return any(w.lower_ in shows for c in head.children if c.dep_ == "dobj" for w in c.subtree)


def _bystander(tok: Token) -> bool:
    """Whether a state's name only qualifies a person or body noun ("Qatar's emir", "a Turkish court")."""
    noun = tok.head
    nouns = set(cues()["catalogued_users"]["bystander_nouns"])
    return tok.dep_ in {"poss", "amod", "compound"} and noun.i != tok.i and noun.pos_ in {"NOUN", "PROPN"} \
        and (noun.lemma_.lower() in nouns or noun.lower_ in nouns)


def _asked_for(tok: Token) -> bool:
    """Whether goods are only asked for or refused ("turned down its request for Meteor missiles")."""
    lex = cues()["catalogued_users"]
    for _ in range(5):
        if tok.lemma_.lower() in set(lex["request_nouns"]):
            return True
        if tok.pos_ in {"VERB", "AUX"}:
            return tok.lemma_.lower() in set(lex["refusing_verbs"]) \
                or tok.lemma_.lower() == "turn" and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children)
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return False


def _holds(prep: Token) -> bool:
    """Whether an "of" or "from" hangs on a noun of a state's own forces, craft or people, so that its object is
    their holder: "the air forces of Turkey", "the fighters of the Serbian Armed Forces", "troops from Estonia"
    (not "jets from Norway": craft from a state are its gift or sale)."""
    lex, op = cues()["catalogued_users"], cues()["operate"]
    noun = prep.head
    if noun.i == prep.i or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    words = {noun.lemma_.lower(), noun.lower_}
    people = set(lex["from_holder_nouns"]) | set(op["crew_nouns"]) | set(op["unit_nouns"])
    if prep.lower_ == "from":
        return bool(words & people)
    return prep.lower_ == "of" and bool(words & (people | set(lex["holder_nouns"]) | set(op["armed_body_words"])
                                                 | set(op["fleet_nouns"])))


def _listed_first(ctx: SentenceContext, m: Mention) -> Mention | None:
    """The first state of the list a state's name is written in, read over the text, not the parse (a parser
    hangs such a list's later names anywhere): "from Denmark and the Netherlands", "from the United States,
    Germany, the Netherlands and Romania" -> Denmark, the United States. Only for a name the parser makes a list
    member (a conjunct or an apposition); ``None`` where the name opens its list."""
    if ctx.head_token(m).dep_ not in {"conj", "appos"}:
        return None
    first = None
    i = m.start - 1
    while i >= ctx.sent.start:
        if ctx.doc[i].lower_ in _LIST_GLUE:
            i -= 1
            continue
        other = ctx.at.get(i)
        e = ctx.entities.get(other.entity) if other is not None and other.entity else None
        if e is None or _state_of(e) is None:
            break
        first, i = other, other.start - 1
    return first


#: the words between the names of a list written out ("A, B and the C")
_LIST_GLUE = frozenset({",", "and", "or", "the"})
#: the complements by which a subject's verb leads on to what it does ("began sending", "agreed to send", "said
#: they were ready to contribute"), walked where the verb has no object of its own ("asked Germany to send")
_LEADS_ON = frozenset({"xcomp", "ccomp", "acomp"})


def _gives(verb: Token, giving: set[str]) -> bool:
    """Whether a subject's verb is one of giving, or leads on to one ("began sending", "agreed to send",
    "signalled they were ready to contribute"): not past a verb with an object or a named subject of its own
    ("asked Germany to send", "said Germany would send")."""
    if verb.dep_ == "aux" and verb.head.i != verb.i:
        verb = verb.head  # "France and Denmark have between them sent": the parser hangs the subject on "have"
    for _ in range(4):
        if verb.lemma_.lower() in giving:
            return True
        if any(c.dep_ in {"dobj", "dative"} for c in verb.children):
            return False
        nxt = [c for c in verb.children if c.dep_ in _LEADS_ON and c.pos_ in {"VERB", "AUX", "ADJ"}]
        if not nxt:
            return False
        verb = nxt[0]
        if any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON" for c in verb.children):
            return False
    return False


def _other_part(ctx: SentenceContext, m: Mention) -> bool:
    """Whether the sentence names the state as the giver of goods (the subject of a supply verb, or of a verb
    leading on to one, or of a verb whose object is a pledge, the "by" agent of a passive supply verb, a state
    listed after one of the givers), their source ("from Norway", not "troops from Norway"), a place ("in
    Brunei") or the owner of a firm ("Poland's PZL Mielec")."""
    lead = _listed_first(ctx, m)
    if lead is not None and _other_part(ctx, lead):
        return True  # "the transfer of F-16 fighters from Denmark and the Netherlands": the list's part
    lex = cues()
    giving = set(lex["supply"]["verbs"]) | set(lex["catalogued_users"]["giving_verbs"])
    given = set(lex["operate"]["given_nouns"])
    first = ctx.head_token(m)
    tok = _role_token(first)
    head = tok.head
    if tok.pos_ in {"VERB", "AUX"} and first.dep_ == "pobj" and first.head.lower_ in _LISTING \
            and tok.lemma_.lower() in giving:
        return True  # "... delivered tanks, and several states, among them Poland, have contributed": the givers
    if tok.dep_ == "nsubj" and head.pos_ in {"VERB", "AUX"}:
        if _gives(head, giving):
            return True
        if any(c.dep_ == "dobj" and c.lemma_.lower() in given for c in head.children):
            return True  # "Denmark and Norway have made their own F-16 pledges"
    if _hosts_show(tok) or _bystander(first):
        return True  # the host of a show, "Qatar's emir", "a Turkish court": no holder
    if tok.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in giving:
        return True  # "four handed over by Belarus"
    held = tok.dep_ == "pobj" and _holds(head)  # "the air forces of Turkey", "HIMARS units from Singapore"
    if tok.dep_ == "pobj" and head.lower_ in _PLACE_WORDS | {"from"} and not held:
        return True
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.i not in ctx.at and not held:
        return True  # "the civil service of Chile": of something else than the goods ("the F-16s of Romania")
    if m.start > ctx.sent.start and ctx.doc[m.start - 1].lower_ in _PLACE_WORDS:
        return True
    if first.dep_ == "poss" and first.head.lemma_.lower() in set(lex["stage"]["version_nouns"]):
        return True  # "the F-5EM, Brazil's version of the F-5": its own type, not the original
    if first.dep_ in {"poss", "compound", "amod"}:
        owner = ctx.at.get(first.head.i)
        if owner is not None and owner.entity in ctx.entities and ctx.entities[owner.entity].label == "Company":
            return True
        if first.head.lemma_.lower() in set(lex["catalogued_users"]["firm_nouns"]):
            return True  # "the Polish subsidiary of Lockheed Martin"
    return False


def _original(ctx: SentenceContext, p: Mention) -> bool:
    """Whether a platform is named as the original of a version ("Brazil's version of the Northrop F-5")."""
    tok = ctx.head_token(p)
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" \
        and tok.head.head.lemma_.lower() in set(cues()["stage"]["version_nouns"])


def _denied(ctx: SentenceContext) -> set[int]:
    """The tokens a negation or a cancelling verb governs: the verb or noun a "not" hangs on ("will not have"),
    a cancelling word itself ("halted the transfer")."""
    cancelled = set(cues()["stage"]["cancelled"])
    return {t.head.i if t.dep_ == "neg" else t.i for t in ctx.sent
            if t.dep_ == "neg" or t.lemma_.lower() in cancelled}


def _under(tok: Token, denied: set[int]) -> bool:
    """Whether ``tok`` or a token it hangs on (up to its clause's root) is denied: "Poland will not buy F-35s"
    denies the F-35, "a claim India has not accepted" leaves "Pakistan's J-10Cs" of the main clause alone."""
    if not denied:
        return False
    for _ in range(12):
        if tok.i in denied:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def catalogued_users(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    day = published_of(ctx.doc)
    if day is None:
        return
    from ...reference import load_reference

    ref = load_reference()
    named: dict[str, Mention] = {}
    referred: dict[str, Mention] = {}
    actors: dict[str, Mention] = {}
    originals: set[str] = set()
    for m in ctx.mentions:
        e = ctx.entities.get(m.entity) if m.entity else None
        if e is None:
            continue
        if e.label == "Platform":
            if _original(ctx, m) or _asked_for(ctx.head_token(m)):
                originals.add(e.id)  # "Brazil's version of the F-5": not the type the sentence's holder has
            elif m.source != "coref":  # a type the sentence names
                named.setdefault(e.id, m)
            else:  # "it", "the fighter" (a type named before): the data confirms what the sentence's holder has of it
                referred.setdefault(e.id, m)
        elif _state_of(e):
            actors.setdefault(e.id, m)
    platforms = {k: v for k, v in {**referred, **named}.items() if k not in originals}
    if not platforms or not actors:
        return
    services: dict[str, int] = {}
    for a in actors:
        if ctx.entities[a].label == "GovernmentBody":
            services[ctx.entities[a].country] = services.get(ctx.entities[a].country, 0) + 1
    denied = _denied(ctx)  # "will not have", "halted the transfer": the data confirms no denied or stopped holding
    verb = not ctx.lemmas.isdisjoint(cues()["operate"]["verbs"])
    possible = set(cues()["stage"]["possible"])  # could, might, may: no commitment
    for pid, p in platforms.items():
        entry = ref.get(ctx.entities[pid].ref_id) if ctx.entities[pid].ref_id else None
        if entry is None:
            continue
        origin = {norm_name(o) for o in entry.origin}
        makers = _maker_ids(ref, entry.origin)  # the type's maker states, once per type (not per holder)
        for aid, a in actors.items():
            actor = ctx.entities[aid]
            state_id = _state_of(actor)
            named = ctx.entities.get(state_id) if state_id else None
            state = named or (ref.get(state_id) if state_id else None)
            if state is None:
                continue
            own = norm_name(state.name) in origin
            if named is None and not own:
                continue  # an export user's state the text does not name: its dated row may be another time's
            if own and (not own_service(actor, entry.props.get("category")) or _describes_other(ctx, p)):
                continue  # the maker state itself, a service whose branch the type does not fit, a ship's class
            if actor.label == "Country" and aid in services:
                continue  # the state's service is named: it is the operator
            if services.get(state.id, 0) > 1:
                continue  # two services of one state: which one holds the type, the data does not say
            if own and any(t.dep_ == "aux" and t.lower_ in possible for t in ctx.sent):
                continue  # "could be in production for the Royal Australian Navy by 2030": no holding yet
            if _other_holder(ctx, p, state.id, _HOLDER_DEPS, makers, _crewed(ctx, ctx.head_token(a))):
                continue  # "Pakistan's JF-17 jets", "Dutch F-35s", "Royal Canadian Air Force CF-18s": the other's
            if _under(ctx.head_token(p), denied) or _under(ctx.head_token(a), denied):
                continue  # "Poland will not buy F-35s" (not "F-16s fly, though officials did not say how many")
            span = home_span(entry.name, state.name, day.year) if own else listed_span(entry.name, state.name, day.year)
            if span is None or _other_part(ctx, a) or _objects(_role_token(ctx.head_token(a))):
                continue
            default = default_stage(entry.name, state.name, span, day.year)
            rule = (RULE_OWN if own else RULE) if verb else (RULE_OWN_BARE if own else RULE_BARE)
            stage = clause_stage(ctx, ctx.head_token(p), default)
            if stage == "retired" and default != "retired":
                stage = default  # the clause's retirement is another holder's while the data has this one holding it
            acted = "yes" if not verb and _acts_on(ctx, p, a) else None
            yield rel(ctx, a, "OPERATES", p, 0.45, rule, stage=stage, **{_ACTED: acted})


def drop_other_parts(relations: list[Relation], entities: dict[str, Entity]) -> list[Relation]:
    """``relations`` less each catalogued user whose sentence another rule reads otherwise: the state (or its
    service) holding the type there by another rule, supplying, making or fighting there, or the pair already held
    by another service of the state by another rule elsewhere in the article. Another state's holding of the type
    in the sentence is no reason ("Greece has flown the F-16 since 1989, and the air forces of Romania and Poland
    keep the jet on alert"), nor the state's own holding elsewhere for its service named with the type ("Argentina
    bought F-16s" leaves "The F-16s will give the Argentine Air Force its first supersonic jets" its reading),
    unless the sentence has no verb of holding and the service only acts on the type there ("Poland bought K2 tanks.
    The Polish Land Forces took the K2 tanks into account")."""
    def state(entity_id: str) -> str | None:
        e = entities.get(entity_id)
        return None if e is None else (e.id if e.label == "Country" else e.country)

    others = [r for r in relations if r.rule not in _MINE]
    # who holds each platform in each sentence by another rule, as states: (sentence start, platform) -> states
    operated: dict[tuple[object, str], set[str | None]] = {}
    for r in others:
        if r.type == "OPERATES":
            operated.setdefault((r.evidence.get("start"), r.target), set()).update({r.source, state(r.source)})
    # the buyer of a sale under a state's programme is the sale's other end, but no other part: it buys the type it
    # will hold ("approved a possible Foreign Military Sale to Estonia of six HIMARS launchers"), at the sale's stage
    sales = {(r.evidence.get("start"), r.target): r.props.get("stage") for r in others
             if r.type == "SUPPLIES" and r.rule == _PROGRAMME_SALE}
    parts = {(r.evidence.get("start"), s) for r in others if r.type in _OTHER_PARTS
             for end in (r.source, r.target) if (r.evidence.get("start"), end) not in sales or end == r.source
             for s in (end, state(end)) if s}
    # who of each state holds each platform by another rule: (state, platform) -> the holders
    holders: dict[tuple[str | None, str], set[str]] = {}
    for r in others:
        if r.type == "OPERATES":
            holders.setdefault((state(r.source), r.target), set()).add(r.source)
    out = []
    for r in relations:
        acted = r.props.pop(_ACTED, None) is not None
        if r.rule in _MINE:
            start = r.evidence.get("start")
            there = operated.get((start, r.target), set())
            if r.source in there or state(r.source) in there:
                continue  # the state (or its service) holds it there by another rule
            if (start, r.source) in parts or (start, state(r.source)) in parts:
                continue
            held = holders.get((state(r.source), r.target), set())
            if r.source in held or held - {r.source, state(r.source)}:
                continue  # the pair, or another service of the state, holds it by another rule
            if held and acted:
                continue  # the state holds it by another rule, and here its service only acts on it
            bought = sales.get((start, r.source)) or sales.get((start, state(r.source)))
            if bought:
                r.props["stage"] = bought
        out.append(r)
    return out
