"""Companies and bodies: where they are based, what they are part of, joint ventures, subsidiaries."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ...entities.its_owner import clause_owner
from ...ids import make_id
from ...mentions import Mention
from ...reference.offices import load_arm_countries
from ..context import SentenceContext
from ..lexicon import cues
from ..negation import hedged, negated
from ..relation import Relation
from .common import DocFacts, rel

# participles of owning between a country and its firm ("Indonesia's state-owned PT PAL"), not of backing
# ("Iran-backed Houthi rebels")
_OWNED_WORDS = {"owned", "run", "held", "controlled", "registered", "listed", "headquartered"}


def based_in(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "South African defense firm Paramount Group", "Israel's Elbit Systems", "X, based in C"."""
    for m in ctx.of({"Company", "Organization"}):
        for c in reversed(ctx.mentions):
            if c.end > m.start or ctx.label(c) not in {"Country", "Place"}:
                continue
            gap = ctx.between(c, m)
            # "Indonesia's state-owned PT PAL"; a city only with "-based": "the Turin-based consultancy X"
            country = c.entity if ctx.label(c) == "Country" else _city_country(ctx, c) if any(
                t.lower_ == "based" for t in gap[:2]) else None
            if ctx.label(c) == "Country" and _state_pair(ctx, c):
                break  # "the Indian-Russian joint venture X": a firm of two states
            if country and _elsewhere(ctx, m, c, country, gap):
                break  # "offered Ukraine OneWeb terminals": no firm of Ukraine
            if country and len(gap) <= 4 and all(t.lower_ in {"'s", "\u2019s", "'", "\u2019", "-", "based"} or (t.is_lower and (
                    t.pos_ in {"NOUN", "ADJ", "PROPN"} or t.lower_ in _OWNED_WORDS)) for t in gap):
                yield rel(ctx, m, "BASED_IN", country, 0.8, "based-in-modifier")
            break
        # "leased from the local firm X": a firm of the article's own country
        if ctx.label(m) == "Company" and _local(ctx, m) and facts.focal in ctx.entities:
            yield rel(ctx, m, "BASED_IN", facts.focal, 0.7, "based-in-local")
        # "BAE Systems of Britain", "Hanwha Aerospace of South Korea"
        of = ctx.at.get(m.end + 1) if m.end + 1 < ctx.sent.end and ctx.doc[m.end].lower_ == "of" else None
        if of is not None and ctx.label(of) == "Country" and not of.demonym and ctx.label(m) == "Company":
            yield rel(ctx, m, "BASED_IN", of, 0.75, "based-in-of")
        # "Hyundai Rotem (South Korea)", "Lockheed Martin (USA)"
        after = ctx.doc[m.end:min(ctx.sent.end, m.end + 6)]
        if len(after) >= 3 and after[0].text == "(" and after[1].i in ctx.at:
            c = ctx.at[after[1].i]
            close = next((t for t in after[1:] if t.text == ")"), None)
            if ctx.label(c) == "Country" and close is not None and c.end == close.i:
                yield rel(ctx, m, "BASED_IN", c, 0.8, "based-in-brackets")
        # "Baykar, the family-owned Turkish firm", "Aselsan, Turkey's largest defence group",
        # "Keremet Bank, a commercial lender in Kyrgyzstan"
        for c in _appositive_countries(ctx, m):
            yield rel(ctx, m, "BASED_IN", c, 0.75, "based-in-appositive")
        # "Expal, a Madrid-based maker of ...", "HAL, the state-owned aircraft maker based in Bengaluru"
        for c in _appositive_seat(ctx, m):
            yield rel(ctx, m, "BASED_IN", c, 0.75, "based-in-appositive")
        yield from _seated_in(ctx, m)
    for m in ctx.of({"GovernmentBody"}):  # "the command, headquartered in Brunssum, Netherlands"
        own = ctx.entities[m.entity].country
        yield from (r for r in _seated_in(ctx, m, _SEATED, named_only=True) if r.target != own)


def _elsewhere(ctx: SentenceContext, m: Mention, c: Mention, country: str, gap) -> bool:
    """Whether a country named before a firm is no home of it: the reference data gives the firm another country
    and no catalogued arm of it there ("offered Ukraine OneWeb terminals": OneWeb is British; not "Germany's KNDS",
    whose arm KNDS Deutschland is German), or the country is a verb's indirect object ("gave Ukraine X")."""
    home = ctx.entities[m.entity].props.get("country") if ctx.entities[m.entity].ref_id else None
    named = ctx.entities[country].name if ctx.entities.get(country) is not None else None
    if home and named and named != home and named not in load_arm_countries().get(ctx.entities[m.entity].name, ()):
        return True  # not "Germany's KNDS": the group's catalogued German arm
    return ctx.head_token(c).dep_ == "dative"


def _seated_in(ctx: SentenceContext, m: Mention, words: set[str] | None = None,
               named_only: bool = False) -> Iterator[Relation]:
    """ "X, based in C", "the training centre established in Romania", "X, headquartered in Oeiras,
    Portugal" (a city as the country named after it, else, unless ``named_only``, the one the document
    names for it). A body's seat only where a country is named: "a division based in Masuria" is its own
    state's."""
    words = _SEATED | _SET_UP if words is None else words
    for t in ctx.doc[m.end:min(ctx.sent.end, m.end + 4)]:
        if t.lower_ in words:
            for c in ctx.prep_objects(t, {"in"}, {"Country", "Place"}):
                city = t.lower_ in _SEATED and ctx.label(c) == "Place"
                country = (None if named_only and not city else _country_of(ctx, c)) or (
                    _named_after(ctx, c) or (None if named_only else _city_country(ctx, c)) if city else None)
                if country:
                    yield rel(ctx, m, "BASED_IN", country, 0.8, "based-in-clause")


def _named_after(ctx: SentenceContext, c: Mention) -> str | None:
    """The country named right after a place: "Oeiras, Portugal", "Eindhoven, the Netherlands"."""
    i = c.end
    if i < ctx.sent.end and ctx.doc[i].text == ",":
        i += 1 + (i + 1 < ctx.sent.end and ctx.doc[i + 1].lower_ == "the")
        m = ctx.at.get(i)
        if m is not None and ctx.label(m) == "Country" and m.start == i:
            return m.entity
    return None


_FIRM_PLURALS = {"firms", "companies", "manufacturers", "makers", "contractors", "groups", "producers", "suppliers",
                 "exporters", "shipyards", "banks", "lenders", "conglomerates", "enterprises", "corporations"}
_LIST_CUES = ("among them", "including", "such as", "like", "notably", ":", "-", "\u2014", "\u2013")


def listed_firms(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Russian firms under the Rostec umbrella, among them A, B and C", "Emirati companies, including
    A and B": each listed company is BASED_IN the country of the demonym."""
    for tok, (_, low) in ctx.cued_forms(_FIRM_PLURALS, "lower"):
        if low not in _FIRM_PLURALS or tok.i in ctx.at:
            continue
        countries = [ctx.at[c.i] for c in tok.children if c.dep_ in {"amod", "compound", "nmod", "poss"}
                     and c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Country"]
        if len({c.entity for c in countries}) != 1:
            continue
        rest = ctx.doc[tok.i + 1:min(ctx.sent.end, tok.i + 10)]
        text = " ".join(t.lower_ for t in rest)
        cue = next((c for c in _LIST_CUES if f" {c} " in f" {text} "), None)
        if cue is None:
            continue
        words = cue.split()
        start = next(t.i for t in rest if [x.lower_ for x in ctx.doc[t.i:t.i + len(words)]] == words) + len(words)
        for m in _company_list(ctx, start):
            yield rel(ctx, m, "BASED_IN", countries[0], 0.7, "based-in-list")


def _described_list(ctx: SentenceContext, start: int, gap: int = 4) -> list[Mention]:
    """Companies and bodies listed from token ``start``, each perhaps described ("the state holding
    B", "the Kazakh firm C"): at most ``gap`` words between two, up to a verb's auxiliary."""
    out: list[Mention] = []
    i, skipped = start, 0
    while i < ctx.sent.end and skipped <= gap:
        tok = ctx.doc[i]
        m = ctx.at.get(i)
        if m is not None and ctx.label(m) in {"Company", "GovernmentBody"}:
            if all(m.entity != o.entity for o in out):
                out.append(m)
            i, skipped = m.end, 0
            continue
        if tok.pos_ == "AUX" or tok.text in {";", "(", ")"}:
            break
        skipped += 1
        i += 1
    return out


def _company_list(ctx: SentenceContext, start: int) -> list[Mention]:
    """Companies named one after another from token ``start``, joined by commas and "and"."""
    out: list[Mention] = []
    i = start
    while i < ctx.sent.end:
        tok = ctx.doc[i]
        if tok.i in ctx.at:
            m = ctx.at[tok.i]
            if ctx.label(m) != "Company":
                break
            out.append(m)
            i = m.end
        elif tok.lower_ in {",", "and", "the", "as", "well"}:
            i += 1
        else:
            break
    return out


_FIRM_NOUNS = {"firm", "company", "manufacturer", "maker", "group", "contractor", "developer", "producer",
               "conglomerate", "enterprise", "holding", "builder", "corporation", "concern", "shipyard", "lender",
               "bank", "exporter", "supplier", "subsidiary", "startup", "start-up", "operator", "specialist",
               "shipbuilder", "planemaker", "carmaker", "automaker"}


def _appositive_countries(ctx: SentenceContext, m: Mention) -> list[Mention]:
    """Countries qualifying a firm noun in apposition to ``m``: its demonym or possessive modifiers,
    or the object of its "in"/"from" ("a company in southern China")."""
    head = ctx.head_token(m)
    out: list[Mention] = []
    # "its Russian partner, Trading House Vector": the name is in apposition to the described firm
    described = [head.head] if head.dep_ == "appos" and head.head.lemma_.lower() in _FIRM_NOUNS | {"partner"} else []
    for ap in [*(c for c in head.children if c.dep_ == "appos"), *described]:
        if ap.i in ctx.at or ap.lemma_.lower() not in _FIRM_NOUNS | {"partner"} and ap not in described:
            continue
        for t in ap.children:
            found = []
            if t.dep_ in {"amod", "compound", "poss", "nmod"} and t.i in ctx.at:
                found = [ctx.at[t.i]]
            elif t.dep_ == "prep" and t.lower_ in {"in", "from"}:
                found = [ctx.at[o.i] for o in t.children if o.dep_ == "pobj" and o.i in ctx.at]
            out += [c for c in found if ctx.label(c) == "Country" and c not in out]
    return out


_SEATED = {"based", "headquartered"}
# participles that put a body where it was set up, right after its name ("the centre established in Romania")
_SET_UP = {"established", "located", "founded", "registered", "incorporated", "set"}
# a local subsidiary is the foreign parent's arm where it works, not a firm of the article's own country
_LOCAL_FIRMS = _FIRM_NOUNS - {"subsidiary", "operator"}


def _local(ctx: SentenceContext, m: Mention) -> bool:
    """ "the local firm X", "X, a local shipyard": a firm described as local."""
    before = ctx.doc[max(ctx.sent.start, m.start - 3):m.start]
    if len(before) >= 2 and before[-2].lower_ == "local" and before[-1].lemma_.lower() in _LOCAL_FIRMS:
        return True
    head = ctx.head_token(m)
    return any(ap.lemma_.lower() in _LOCAL_FIRMS and any(c.lower_ == "local" for c in ap.children)
               for ap in head.children if ap.dep_ == "appos" and ap.i not in ctx.at)


def _appositive_seat(ctx: SentenceContext, m: Mention) -> list[str]:
    """The country of the seat an apposition to ``m`` gives: "a Madrid-based maker", "the naval
    partnership headquartered in Bahrain", "an independent institute in Kuwait City" (a place as the
    country the document names it in)."""
    head = ctx.head_token(m)
    seats: list[Mention] = []
    for ap in (c for c in head.children if c.dep_ == "appos" and c.i not in ctx.at):
        for t in ap.children:
            if t.lower_ in _SEATED and t.dep_ == "amod":  # "a Madrid-based maker"
                seats += [ctx.at[n.i] for n in t.children if n.dep_ in {"npadvmod", "compound", "nmod"} and n.i in ctx.at]
            elif t.lower_ in _SEATED and t.dep_ == "acl" or t.dep_ == "prep" and t.lower_ == "in" and (
                    ap.lemma_.lower() in _FIRM_NOUNS | cues()["ownership"]["institution_nouns"]):
                holder = t if t.dep_ == "acl" else None  # "maker based in X"; "an institute in X"
                preps = [p for p in holder.children if p.dep_ == "prep" and p.lower_ == "in"] if holder else [t]
                seats += [ctx.at[o.i] for p in preps for o in p.children if o.dep_ == "pobj" and o.i in ctx.at]
    out: list[str] = []
    for c in seats:
        country = c.entity if ctx.label(c) == "Country" else _city_country(ctx, c) if ctx.label(c) == "Place" else None
        if country and country not in out and country != m.entity:
            out.append(country)
    return out


def _city_country(ctx: SentenceContext, m: Mention) -> str | None:
    """The country a named place lies in, where the document names that country."""
    country = ctx.entities[m.entity].props.get("country")
    found = make_id("Country", country) if country else None
    return found if found in ctx.entities else None


def _country_of(ctx: SentenceContext, m: Mention) -> str | None:
    entity = ctx.entities[m.entity]
    if entity.label == "Country":
        return entity.id
    return None


@lru_cache(maxsize=1)
def _unit_heads() -> tuple[tuple[str, ...], ...]:
    """Last words of a named unit of a state's forces (``unit_heads`` in the mentions' lexicon), the
    services that answer to a state directly left out ("Coast Guard", "Border Guard", "Gendarmerie")."""
    from ...mentions.lexicon import lexicon

    return tuple(tuple(h.split()) for h in lexicon()["unit_heads"] if h not in _STATE_SERVICES)


_STATE_SERVICES = frozenset({"Coast Guard", "Border Guard", "Gendarmerie"})


def _sub_unit(entity) -> bool:
    """Whether an uncatalogued body is a unit within a service ("the Philippine Fleet", "the Estonian
    Division"): the text's state names where it serves, not what it is PART_OF."""
    words = tuple(entity.name.split())
    return entity.ref_id is None and any(len(words) > len(h) and words[-len(h):] == h for h in _unit_heads())


# the words of a service named generically ("its air force", "their Navy", "its armed forces")
_SERVICE_WORDS = frozenset({"air", "force", "forces", "navy", "army", "armed", "coast", "guard", "marines", "marine",
                            "corps", "military", "defence", "defense", "ground", "land", "naval", "space", "and", "self"})


_ITS_WINDOW = 60  # tokens back to the state an "its" names


def _its_service(ctx: SentenceContext, facts: DocFacts, m, country: str) -> bool:
    """ "Pakistan said its air force ...": a catalogued service the text names by "its"/"their" and a
    generic noun, whose catalogued state is named (not as a demonym) just before (``_ITS_WINDOW`` tokens): the
    text ties the service to its state in words of its own (ANNOTATION.md, PART_OF of a national service)."""
    words = {t.lower_ for t in ctx.doc[m.start:m.end]}
    if not words <= _SERVICE_WORDS or m.start - 1 < ctx.sent.start \
            or ctx.doc[m.start - 1].lower_ not in {"its", "their"}:
        return False
    owner = _its_antecedent(ctx, m)
    if owner is not None:  # "Manila said its navy ...": the owner is the antecedent, not any state named before
        return owner == country
    return any(o.entity == country and not o.demonym and m.start - _ITS_WINDOW <= o.start < m.start
               for o in facts.mentions)


def _its_antecedent(ctx: SentenceContext, m) -> str | None:
    """The entity the "its"/"their" before ``m`` stands for: its resolved mention, else the subject of the
    service noun's clause or of the clause governing it (:func:`clause_owner`); "" for a subject that names no
    state, None where neither is found."""
    pronoun = ctx.at.get(m.start - 1)
    if pronoun is not None and pronoun.entity in ctx.entities:
        owner = ctx.entities[pronoun.entity]  # an "its" read as a service stands for its state ("Sweden's navy
        return owner.country if owner.label == "GovernmentBody" and owner.country else owner.id  # ... Its air force")

    def state_at(tok) -> str | None:
        found = ctx.at.get(tok.i)
        return found.entity if found is not None and ctx.label(found) == "Country" and not found.demonym else None

    return clause_owner(ctx.doc, ctx.doc[m.start:m.end].root, state_at)


def _attributive_service(ctx: SentenceContext, m, cm) -> bool:
    """Whether ``m`` is a service named by a lower-case generic noun right after its state written as a modifier
    ("the Nigerian military", "the US military", "Chinese coast guard"), not a possessive ("Pakistan's army") or
    a service's own name ("the Indian Navy"). ANNOTATION.md: a national service's PART_OF is required only when the
    text ties it to its state in words of its own; known only from the name it is optional, and the writers often
    leave such a body out. Pooled over the forty-two development halves at int45 (session 45, partof45), the PART_OF
    of such services were 5 true, 65 optional and 26 false (20 with a junk end) in about eighteen halves."""
    if cm.start > m.start and not (m.start <= cm.start and cm.end <= m.end):
        return False
    if cm.end < m.start and any(not t.is_punct or t.lower_ in {"'s", "\u2019s"} for t in ctx.doc[cm.end:m.start]) \
            or cm.end > m.end:
        return False
    words = [t for t in ctx.doc[max(cm.end, m.start):m.end]]
    return bool(words) and all(t.is_lower and t.lower_ in _SERVICE_WORDS for t in words)


_OWN_STATE_NOUNS = frozenset({"country", "nation"})  # "the country's largest service"


def _apposed_own(ctx: SentenceContext, m) -> bool:
    """ "The Nigerian army, the country's largest service, said": an apposition on the service owned by "the
    country"/"the nation" ties it to its state in words of its own (ANNOTATION.md), though its name only
    carries the state as a modifier (:func:`_attributive_service`)."""
    root = ctx.doc[m.start:m.end].root
    return any(a.dep_ == "appos" and any(p.dep_ == "poss" and p.lower_ in _OWN_STATE_NOUNS for p in a.children)
               for a in root.children)


def part_of(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """A government body whose country is named in or beside it ("Kazakh Ministry of Defense"); not an
    uncatalogued unit within a service whose own name carries the state (:func:`_sub_unit`: "the Philippine
    Fleet"), while "South Korea's Air and Missile Defense Command" stays the state's; nor a catalogued component or
    committee (:func:`_within_another`: "the US Fifth Fleet" belongs to the Navy, not to the state)."""
    for m in ctx.of({"GovernmentBody"}):
        entity = ctx.entities[m.entity]
        cm = entity.country_mention
        inside = cm is not None and m.start <= cm.start and cm.end <= m.end
        if entity.country and cm is not None and ctx.sent.start <= cm.start < ctx.sent.end \
                and not (inside and _sub_unit(entity)) and not _within_another(entity):  # "the US Fifth Fleet"
            if not _attributive_service(ctx, m, cm):  # "the Nigerian military": its state only a modifier
                yield rel(ctx, m, "PART_OF", entity.country, 0.85, "part-of-name")
            elif _apposed_own(ctx, m):  # "the Nigerian army, the country's largest service": tied in words
                yield rel(ctx, m, "PART_OF", entity.country, 0.8, "part-of-its-service")
        elif entity.country and _its_service(ctx, facts, m, entity.country):
            yield rel(ctx, m, "PART_OF", entity.country, 0.75, "part-of-its-service")
        # "the Treasury Department's Office of Foreign Assets Control"
        j = m.start - 1
        if j > ctx.sent.start and ctx.doc[j].lower_ in {"'s", "\u2019s"} and j - 1 in ctx.at:
            owner = ctx.at[j - 1]
            if ctx.label(owner) == "GovernmentBody" and owner.entity != m.entity:
                yield rel(ctx, m, "PART_OF", owner, 0.8, "part-of-possessive")


# verbs that bring a company into being, and the ways of pooling two into one ("formed by merging A and B")
_CREATE = {"create", "form", "establish", "set", "launch", "found"}
_COMBINE = {"combine", "merge", "unite", "pool", "fuse"}


def _companies_in(ctx: SentenceContext, tok) -> list:
    """The companies named in the phrase under ``tok`` ("Italy's Leonardo and the Turkish maker Baykar")."""
    out = []
    for t in tok.subtree:
        m = ctx.at.get(t.i)
        if m is not None and ctx.label(m) == "Company" and m not in out:
            out.append(m)
    return out


def _creators(ctx: SentenceContext, obj) -> list:
    """The companies that create the company named at ``obj``: the subject of the creating verb it is
    the object of, carried up ("A and B signed the agreement creating JV"); none for another verb."""
    verb = obj.head if obj.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in _CREATE:
        return []
    made = ctx.at.get(obj.i)
    found = ctx.clause_subjects(verb, lambda t: _companies_in(ctx, t),
                                lambda m: [m] if ctx.label(m) == "Company" else [])
    return [m for m in found if made is None or m.entity != made.entity]


def _pooled(ctx: SentenceContext) -> Iterator[Relation]:
    """ "KNDS, which was formed in 2015 by combining A with B", "JV was created by merging A and B":
    a company made of two or more is their joint venture."""
    for tok in ctx.cued_tokens(_COMBINE):
        if tok.lemma_.lower() not in _COMBINE or tok.dep_ != "pcomp" or tok.head.lower_ != "by":
            continue
        verb = tok.head.head
        if verb.lemma_.lower() not in _CREATE:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subj is None:
            continue
        jv = ctx.at.get(verb.head.i) if subj.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl" else ctx.at.get(subj.i)
        if jv is None or ctx.label(jv) != "Company":
            continue
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        parents = [m for c in objects for m in ctx.group(c, {"Company"})]
        parents += [m for h in [tok, *objects] for m in ctx.prep_objects(h, {"with"}, {"Company"}) if m not in parents]
        if len({m.entity for m in parents} - {jv.entity}) >= 2:
            for parent in parents:
                yield rel(ctx, jv, "JOINT_VENTURE_OF", parent, 0.7, "joint-venture-pooled")


def joint_venture(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "JV, a joint venture between A and B"; "A formed a joint venture, JV, with B"; "A and B signed
    the agreement creating JV, a joint venture"; "JV, formed by combining A with B"."""
    yield from _pooled(ctx)
    parents_ok = {"Company", "Country", "GovernmentBody"}
    companies = ctx.of({"Company"})
    for cue, (_, low) in zip(ctx.tokens, ctx.forms, strict=True):
        if not low.startswith("venture") and low not in {"jv", "partnership"}:
            continue  # (the test below, on the words it needs)
        if low.startswith("venture") or low == "jv":
            held = _held_venture(ctx, cue, parents_ok)
            if held is not None:
                yield from held
                continue
        joint = cue.i > ctx.sent.start and ctx.doc[cue.i - 1].lower_ == "joint"
        if not (cue.lower_.startswith("venture") and (joint or cue.dep_ == "appos")  # "KAI, a venture of A and B"
                or cue.lower_ in {"jv", "partnership"} and cue.i > 0 and ctx.doc[cue.i - 1].lower_ in {"50-50", "jv"}):
            continue
        parents = ctx.prep_objects(cue, {"with", "between", "of", "by"}, parents_ok)
        for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ in {"between", "of"}):
            # "a venture of A, the state holding B and the Kazakh firm C": every firm in the list
            parents += [m for m in _described_list(ctx, prep.i + 1) if all(m.entity != p.entity for p in parents)]
        verb = cue.head if cue.dep_ in {"dobj", "attr"} else None
        if verb is not None and verb.lemma_.lower() in {"form", "create", "establish", "set", "launch", "sign", "announce",
                                                        "agree", "build", "unveil"} and cue.dep_ == "dobj":
            # the subject is a parent; the venture is the company named after the cue
            parents = ctx.subjects(verb, parents_ok) + parents
            parents += [m for m in ctx.prep_objects(verb, {"with"}, parents_ok) if m not in parents]
            named = [m for m in companies if m.start > cue.i and all(m.entity != p.entity for p in parents)]
            jv = named[0] if named else None
        else:
            # "JV, a joint venture with B" / "JV is a joint venture between A and B"
            before = [m for m in companies if m.end <= cue.i]
            if cue.dep_ == "pobj" and cue.head.lower_ in {"through", "via"}:
                before = []  # "A builds tails through a joint venture with B": A is a parent, not the venture
            jv = before[-1] if before else None
            if jv is not None and not parents and cue.dep_ == "appos":
                parents = _creators(ctx, cue.head)  # "A and B signed the agreement creating JV, a joint venture"
        if jv is None:  # "the Indian-Russian joint venture X": the name in apposition to the cue
            jv = next((ctx.at[c.i] for c in cue.children if c.dep_ == "appos" and c.i in ctx.at
                       and ctx.label(ctx.at[c.i]) == "Company"), None)
        if jv is None:
            continue
        # a demonym directly before a company names the company's country, not a parent; so does one
        # qualifying another noun ("the Lithuanian state energy company")
        parents = [m for m in parents if not (ctx.label(m) == "Country" and (any(
            0 <= c.start - m.end <= 3 and ctx.label(c) == "Company" for c in companies)
            or m.demonym and ctx.head_token(m).dep_ in {"amod", "compound"} and ctx.head_token(m).head.i != cue.i))]
        if not _named_after_firm(facts, jv.entity):  # "Kazakhstan Aselsan Engineering": Aselsan's venture
            parents += [m for m in _paired_states(ctx, cue) if all(m.entity != p.entity for p in parents)]
        for parent in parents:
            if parent.entity != jv.entity:
                yield rel(ctx, jv, "JOINT_VENTURE_OF", parent, 0.8, "joint-venture")


def _held_venture(ctx: SentenceContext, cue, parents_ok: set[str]) -> list[Relation] | None:
    """ "L&T already has joint ventures with Dassault and Thales": a venture its subject holds "with" others
    (a verb of ``ownership.venture_holding_verbs``) names no venture company: the holder and each partner
    cooperate (a holder named by its name: "the company" may stand for another firm of its group). None where
    the cue is no such object (the caller reads it as a venture's description)."""
    verb = cue.head
    if cue.dep_ != "dobj" or verb.lemma_.lower() not in cues()["ownership"]["venture_holding_verbs"] \
            or any(c.dep_ == "appos" for c in cue.children):
        return None  # "has a joint venture, JV, with B": a named venture
    partners = ctx.prep_objects(cue, {"with"}, parents_ok)
    if not partners or negated(ctx, verb) or hedged(verb):
        return [] if partners else None
    # a holder named as such: "the company"/"its unit" may stand for the wrong firm of a group
    holders = [m for m in ctx.subjects(verb, parents_ok) if all(m.entity != p.entity for p in partners)
               and ctx.head_token(m).pos_ == "PROPN"]
    from ..lexicon import domain_of
    from .tie_parties import tie

    domain = domain_of(ctx.lemmas) or "defense"
    return [r for h in holders for p in partners
            if (r := tie(ctx, h.entity, "COOPERATES_WITH", p.entity, 0.7, "venture-held", domain)) is not None]


def _paired_states(ctx: SentenceContext, cue) -> list:
    """The states a venture noun's hyphenated modifiers pair ("the Indian-Russian joint venture",
    "an Indo-Russian venture"): two or more countries joined by hyphens right before "joint venture"."""
    k = cue.i - 1 - (cue.i - 1 > ctx.sent.start and ctx.doc[cue.i - 1].lower_ == "joint")
    states: list = []
    while k >= ctx.sent.start and k in ctx.at and ctx.label(ctx.at[k]) == "Country":
        m = ctx.at[k]
        states.insert(0, m)
        k = m.start - 1
        if k < ctx.sent.start or ctx.doc[k].text not in {"-", "\u2013"}:
            break
        k -= 1
    return states if len({m.entity for m in states}) >= 2 else []


def _named_after_firm(facts: DocFacts, venture: str) -> bool:
    """Whether a venture's name carries another company of the text ("Kazakhstan Aselsan Engineering",
    "Leonardo Rheinmetall Military Vehicles"): a venture of those firms, whose states are no parents."""
    words = set(facts.entities[venture].name.lower().split())
    return any(e.label == "Company" and e.id != venture and any(
        n.lower() in words for f in {e.name, *e.aliases} for n in f.split()[:1]) for e in facts.entities.values())


def _state_pair(ctx: SentenceContext, c) -> bool:
    """Whether country mention ``c`` is one of a hyphenated pair ("Indian-Russian", "Franco-German"): a
    firm of two states, seated in neither by that modifier."""
    def country_at(i: int) -> bool:
        return ctx.sent.start <= i < ctx.sent.end and i in ctx.at and ctx.label(ctx.at[i]) == "Country" \
            and ctx.at[i].entity != c.entity
    hyphens = {"-", "\u2013"}
    return c.start - 2 >= ctx.sent.start and ctx.doc[c.start - 1].text in hyphens and country_at(c.start - 2) \
        or c.end + 1 < ctx.sent.end and ctx.doc[c.end].text in hyphens and country_at(c.end + 1)


_SHARE_WORDS = {"percent", "per", "%", "half", "stake", "share", "shares", "third", "quarter", "majority", "minority"}


@lru_cache(maxsize=1)
def _buying_words() -> frozenset[str]:
    """The lemmas a company's purchase needs (:func:`_acquisitions`): its nouns, verbs and phrasal heads."""
    ownership = cues()["ownership"]
    return frozenset(ownership["buying_nouns"]) | frozenset(ownership["buying_verbs"]) | frozenset(ownership["phrasal_heads"])

_HOLD = frozenset({"hold", "own"})
_BY = frozenset({"by"})


def shareholders(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Half of the company is held by A, 49 percent by B and one percent by C": a company owned in
    shares by two or more named owners is their JOINT_VENTURE_OF each."""
    held = [t for t in ctx.cued_tokens(_HOLD) if t.tag_ == "VBN"]
    if not held or not ctx.cued(_SHARE_WORDS, "lower"):
        return
    verb = held[0]
    subj = next((c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    if subj is None:
        return
    venture = next((ctx.at[t.i] for t in subj.subtree if t.i in ctx.at and ctx.label(ctx.at[t.i]) == "Company"), None)
    if venture is None:
        return
    owners: list[Mention] = []
    for by in (t for t in ctx.cued_tokens(_BY, "lower") if t.i > verb.i):
        obj = next((c for c in by.children if c.dep_ == "pobj"), None)
        found = ctx.group(obj, {"Company", "GovernmentBody", "Country"}) if obj is not None else []
        owners += [m for m in found if m.entity != venture.entity and all(m.entity != o.entity for o in owners)]
    if len(owners) >= 2:
        for owner in owners:
            yield rel(ctx, venture, "JOINT_VENTURE_OF", owner, 0.7, "joint-venture-shares")


_HOLDER_NOUNS = {"shareholder", "shareholders", "owner", "owners", "stakeholder", "stakeholders"}


def _described_venture(ctx: SentenceContext, facts: DocFacts) -> str | None:
    """The company named last before this sentence as a joint venture ("IRRPL, the joint venture set up
    to ...", "X is a joint venture of ..."): the one a later sentence's shareholders hold."""
    doc = ctx.doc
    found = None
    for tok in doc[:ctx.sent.start]:
        if not tok.lower_.startswith("venture") or tok.i == 0 or doc[tok.i - 1].lower_ != "joint":
            continue
        named = [tok.head] if tok.dep_ == "appos" else [c for c in tok.children if c.dep_ == "appos"]
        if tok.dep_ == "attr":
            named += [c for c in tok.head.children if c.dep_ == "nsubj"]
        for t in named:
            m = next((m for m in facts.mentions if m.start <= t.i < m.end), None)
            if m is not None and m.entity in ctx.entities and ctx.entities[m.entity].label == "Company":
                found = m.entity
    return found


def venture_holders(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "The shareholders are A and B, which together hold 50.5 percent", "C holds 42 percent and D
    7.5 percent": companies holding shares of the joint venture named before (:func:`_described_venture`)
    are its parents; not the ones a relative clause or a description mentions ("A, which replaced B")."""
    if not ctx.cued(_SHARE_WORDS, "lower"):
        return
    spans: list = []
    for verb in (t for t in ctx.tokens if t.pos_ in {"VERB", "AUX"} and t.tag_ != "VBN"):
        lemma = verb.lemma_.lower()
        if lemma in {"hold", "own"} and any(c.dep_ == "dobj" and c.lower_ in _SHARE_WORDS for c in verb.children):
            spans += [c for c in verb.children if c.dep_ in {"nsubj", "dobj"}]
        elif lemma in {"be", "include"} and any(c.dep_ == "nsubj" and c.lower_ in _HOLDER_NOUNS for c in verb.children):
            spans += [c for c in verb.children if c.dep_ in {"attr", "dobj"}]
    if not spans or negated(ctx, ctx.sent.root) or hedged(ctx.sent.root):
        return
    holders: list[Mention] = []
    for head in spans:
        for t in head.subtree:
            path = [t]
            while path[-1] != head and path[-1].head != path[-1]:
                path.append(path[-1].head)
            if any(a.dep_ in {"relcl", "acl", "prep"} for a in path[:-1]):
                continue  # inside a clause or phrase describing a holder ("A, which replaced B")
            m = ctx.at.get(t.i)
            if m is not None and ctx.label(m) == "Company" and m not in holders:
                holders.append(m)
    venture = _described_venture(ctx, facts)
    if venture is None:
        return
    for h in holders:
        if h.entity != venture:
            yield rel(ctx, venture, "JOINT_VENTURE_OF", h, 0.65, "joint-venture-holders")


def subsidiary(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Leonardo subsidiary RADA", "RADA, a subsidiary of Leonardo", "X, a unit of Y"."""
    words = {"subsidiary", "unit", "division", "arm", "affiliate", "branch"}
    for cue, (_, low) in ctx.cued_forms(words, "lower"):
        if low not in words:
            continue
        owner = ctx.mention(ctx.doc[cue.i - 1]) if cue.i > ctx.sent.start else None
        if owner is not None and ctx.label(owner) in {"Company", "Organization"}:
            child = next((ctx.at[t.i] for t in ctx.doc[cue.i + 1:min(ctx.sent.end, cue.i + 3)] if t.i in ctx.at), None)
            if child is None and cue.dep_ == "appos":  # "Kalyani Strategic Systems, a Bharat Forge subsidiary"
                child = ctx.at.get(cue.head.i)
            if child is not None and ctx.label(child) in {"Company", "Organization"} and child.entity != owner.entity:
                yield rel(ctx, child, "PART_OF", owner, 0.75, "subsidiary")
        for owner in ctx.prep_objects(cue, {"of"}, {"Company", "Organization", "GovernmentBody"}):
            child = next((m for m in reversed(ctx.of({"Company", "Organization"})) if m.end <= cue.i), None)
            if child is not None and child.entity != owner.entity:
                yield rel(ctx, child, "PART_OF", owner, 0.75, "subsidiary")
    # "the Africa Center for Strategic Studies, an academic institution of the US Department of Defense"
    for cue, (_, low) in ctx.cued_forms(_BODY_PART_NOUNS, "lower"):
        if low not in _BODY_PART_NOUNS or cue.dep_ != "appos":
            continue
        # the name the apposition follows ("X (ACSS), an institution"), whatever the parser hung it on
        before = [m for m in ctx.mentions if m.end <= cue.left_edge.i
                  and all(t.is_punct or t.i in ctx.at for t in ctx.doc[m.end:cue.left_edge.i])]
        child = ctx.at.get(cue.head.i) or (max(before, key=lambda m: m.end) if before else None)
        if child is None or ctx.label(child) not in {"Organization", "GovernmentBody", "Company"}:
            continue
        for owner in ctx.prep_objects(cue, {"of", "under", "within"}, {"GovernmentBody", "Organization"}):
            if owner.entity != child.entity:
                yield rel(ctx, child, "PART_OF", owner, 0.7, "part-of-appositive")
    yield from _owned_by(ctx)
    yield from _owners(ctx)
    yield from _acquisitions(ctx)


def _owners(ctx: SentenceContext) -> Iterator[Relation]:
    """ "Baykar now owns Piaggio Aerospace", "the United Shipbuilding Corporation, the state-owned group
    that owns Yantar": a company that owns another named company outright (the object is the name
    itself, not "a stake in it") has it as a part. The owner is the verb's subject, or the company a
    relative clause on a generic noun in apposition to it describes."""
    verbs = cues()["ownership"]["owning_verbs"]
    for verb in ctx.verbal(verbs):
        if any(c.dep_ == "auxpass" for c in verb.children) or negated(ctx, verb) or hedged(verb):
            continue
        owned = [ctx.at[c.i] for c in verb.children if c.dep_ == "dobj" and c.i in ctx.at
                 and ctx.label(ctx.at[c.i]) == "Company"]
        if not owned:
            continue
        owners = ctx.subjects(verb, {"Company"})
        if not owners and verb.dep_ == "relcl":  # "the group that owns Yantar", "X, which owns Y"
            noun = verb.head
            m = ctx.at.get(noun.i) or (ctx.at.get(noun.head.i) if noun.dep_ == "appos" else None)
            owners = [m] if m is not None and ctx.label(m) == "Company" else []
        for owner in owners:
            for child in owned:
                if child.entity != owner.entity:
                    yield rel(ctx, child, "PART_OF", owner, 0.7, "owns")


def _stake_of(ctx: SentenceContext, prep) -> list[Mention]:
    """The companies a buying noun's "of" takes: "of Expal Systems", "of a 50 per cent / majority stake
    in X" (a minority stake makes no part)."""
    ownership = cues()["ownership"]
    out: list[Mention] = []
    for obj in (o for o in prep.children if o.dep_ == "pobj"):
        if obj.lemma_.lower() in ownership["stake_nouns"]:
            words = [t for t in obj.subtree if t.i < obj.i]
            numbers = [int(t.text) for t in words if t.text.isdigit()]
            if not (any(t.lower_ in ownership["majority_words"] for t in words) or numbers and max(numbers) >= 50):
                continue
            out += ctx.prep_objects(obj, {"in", "of"}, {"Company", "Organization"})
        elif obj.i in ctx.at and ctx.label(ctx.at[obj.i]) in {"Company", "Organization"}:
            out.append(ctx.at[obj.i])
    return out


def _acquisitions(ctx: SentenceContext) -> Iterator[Relation]:
    """ "Rheinmetall completed its takeover of Expal", "X's purchase of a 50 per cent stake in Y",
    "X acquired Y": a company bought by another is PART_OF it (done, not planned or denied)."""
    ownership = cues()["ownership"]
    for tok, (lemma, _) in ctx.cued_forms(_buying_words()):
        if lemma not in ownership["buying_nouns"] and lemma not in ownership["buying_verbs"] \
                and lemma not in ownership["phrasal_heads"]:
            continue  # (every case below needs one of these words)
        if tok.pos_ == "NOUN" and lemma in ownership["buying_nouns"]:
            buyers = [ctx.at[c.i] for c in tok.children if c.dep_ == "poss" and c.i in ctx.at]
            if not buyers and tok.dep_ in {"dobj", "pobj"}:
                verb = tok.head if tok.dep_ == "dobj" else None
                buyers = ctx.subjects(verb, {"Company"}) if verb is not None else []
            bought = [m for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for m in _stake_of(ctx, p)]
        elif tok.pos_ == "VERB" and (lemma in ownership["buying_verbs"] or lemma in ownership["phrasal_heads"] and any(
                c.dep_ == "prt" and f"{lemma} {c.lower_}" in ownership["buying_phrasal"] for c in tok.children)):
            if tok.tag_ not in {"VBD", "VBN"} or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                continue  # "plans to acquire": not done
            buyers = ctx.subjects(tok, {"Company"})
            bought = [ctx.at[c.i] for c in tok.children if c.dep_ == "dobj" and c.i in ctx.at]
        else:
            continue
        if not buyers or not bought or negated(ctx, tok) or hedged(tok):
            continue
        for child in (m for m in bought if ctx.label(m) in {"Company", "Organization"}):
            for buyer in (b for b in buyers if ctx.label(b) == "Company" and b.entity != child.entity):
                yield rel(ctx, child, "PART_OF", buyer, 0.7, "acquisition")


# nouns that describe a body as a part of another, in apposition ("X, a research institute of the Y")
_BODY_PART_NOUNS = {"institution", "institute", "agency", "body", "office", "centre", "center", "service",
                    "department", "directorate", "bureau", "command", "wing"}


# "X, part of the Y group", "X, belonging to Y", "X, owned by Y", "X, a unit of Y": the cue word and
# the prepositions whose object is the owner
_OWNED_CUES = {"part": {"of"}, "belonging": {"to"}, "belongs": {"to"}, "owned": {"by"}, "controlled": {"by"}}


def _owned_by(ctx: SentenceContext) -> Iterator[Relation]:
    """A company described as part of, belonging to or owned by another company, in a phrase
    hanging on the company's name (apposition, participle or relative clause); owned by two or
    more ("a consortium owned by A, B and C", "jointly owned by A and B") is their joint venture."""
    firms = {"Company", "Organization"}
    for cue, (_, low) in zip(ctx.tokens, ctx.forms, strict=True):
        preps = _OWNED_CUES.get(low)
        if preps is None or cue.i in ctx.at:
            continue
        owners = [o for o in ctx.prep_objects(cue, preps, {"Company"})]
        if not owners:
            continue
        # climb to the noun the phrase describes: "X, an arms maker belonging to Y" -> X
        node, child = cue, None
        for _ in range(3):
            if node.dep_ not in {"appos", "acl", "relcl", "amod"} and node is not cue:
                break
            node = node.head
            child = ctx.at.get(node.i)
            if child is not None:
                break
            if node.dep_ == "appos":
                child = ctx.at.get(node.head.i)
                break
        if child is None or ctx.label(child) not in firms:
            continue
        owners = [o for o in owners if o.entity != child.entity]
        # "X, a consortium owned by A, B and C": owned by two or more is their joint venture, part of none
        type_, rule = ("JOINT_VENTURE_OF", "owned-jointly") if len({o.entity for o in owners}) >= 2 \
            else ("PART_OF", "owned-by")
        for owner in owners:
            yield rel(ctx, child, type_, owner, 0.7, rule)


# a catalogue name's closing disambiguator ("National Defence Academy (India)", "Democratic Party (United
# States)"): the encyclopaedia's, not a country the body's own name carries
_DISAMBIGUATOR = re.compile(r"\s*\([^()]*\)$")

# words before a country's name inside a name that make it a topic, not a seat ("Centre for Russian Studies")
_TOPIC_WORDS = {"for", "on"}


def _name_country(ref, name: str):
    """The one country a name carries ("Turkish Aerospace Industries"); none where it carries two
    ("Indo-Russian Rifles", "the Russian-Turkish Monitoring Centre": a venture of both) or names it as
    a topic ("Centre for Russian Studies")."""
    words = name.replace("-", " ").split()
    found: dict[str, object] = {}
    at: list[int] = []
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            if any(j in at for j in range(i, i + n)):
                continue
            hit = ref.lookup(" ".join(words[i:i + n]), "Country")
            if hit:
                found.setdefault(hit[0].id, hit[0])
                at += range(i, i + n)
                if i and words[i - 1].lower() in _TOPIC_WORDS or _in_place_name(words, i, i + n):
                    return None
    # "Indo-Russian", "Franco-German": a combining form joined to a country's word
    paired = any(len(parts) == 2 and parts[0].lower().endswith("o") and ref.lookup(parts[1], "Country")
                 for parts in (w.split("-") for w in name.split() if "-" in w))
    if len(found) != 1 or paired:
        return None
    return next(iter(found.values()))


def _in_place_name(words: list[str], start: int, end: int) -> bool:
    """A country's word that is part of a geographic name ("Lake Chad", "Niger Bend", "Congo Basin")."""
    lex = cues()["ownership"]
    return (start > 0 and words[start - 1].lower() in lex["name_feature_before"]
            or end < len(words) and words[end].lower() in lex["name_feature_after"])


def _school(name: str) -> bool:
    """A state's school named for its state ("Indian Military Academy", "Royal Australian Naval College"),
    or a group of states named for the state it deals with ("the Ukraine Defense Contact Group")."""
    lex = cues()["ownership"]
    low = name.lower()
    return any(w.lower() in lex["name_schools"] for w in name.replace("-", " ").split()) \
        or any(low.endswith(g) for g in lex["name_topic_groups"])


def nationality_in_name(doc, facts: DocFacts, doc_id: str) -> Iterator[Relation]:
    """A firm or body whose name carries its country ("Turkish Aerospace Industries", "Russian
    Helicopters", "Korea Aerospace Industries") is based there, where the reference data does not
    say otherwise and the text gives no other seat ("the Syrian X, a Britain-based monitoring group");
    not a school named for the state it trains for; the evidence is the first sentence naming it."""
    from ...ids import make_id
    from ...reference import load_reference
    from ..context import SentenceContext

    ref = load_reference()
    mentions = [m for m in doc._.mentions if m.entity]
    for e in facts.entities.values():
        if e.label not in {"Company", "Organization"} or not e.mentions:
            continue
        country = _name_country(ref, _DISAMBIGUATOR.sub("", e.name))  # not "Naval War College (India)"
        if country is None or country.id not in facts.entities:
            continue
        entry = ref.get(e.ref_id)
        if entry is not None and entry.props.get("country") and make_id("Country", entry.props["country"]) != country.id:
            continue
        if _school(e.name):
            continue
        first = min(e.mentions, key=lambda m: m.start)
        ctx = SentenceContext(doc[first.start].sent, mentions, facts.entities, doc_id)
        if any(seat != country.id for m in e.mentions
               for seat in _appositive_seat(SentenceContext(doc[m.start].sent, mentions, facts.entities, doc_id), m)):
            continue  # "the Syrian Observatory, a Britain-based monitoring group": seated elsewhere
        yield rel(ctx, e.id, "BASED_IN", country.id, 0.6, "nationality-in-name")


def known_parents(doc, facts: DocFacts, doc_id: str) -> Iterator[Relation]:
    """A subsidiary and the group that owns it (reference data) named in one sentence: PART_OF
    ("Russian firms under the Rostec umbrella, among them Uralvagonzavod", "Bumar-Labedy, a PGZ
    company"). Owning groups named apart from their subsidiaries tell nothing."""
    from ...reference import load_reference
    from ...reference.offices import load_owners, load_parents
    from ..context import SentenceContext

    ref, parents, owners = load_reference(), load_parents(), load_owners()
    by_name = {e.name: e for e in facts.entities.values() if e.label == "Company"}
    mentions = [m for m in doc._.mentions if m.entity]
    for child in [e for e in by_name.values() if e.ref_id]:
        entry = ref.get(child.ref_id)
        if entry is not None and len(owners.get(entry.name, [])) > 1:
            # two or more owners: a joint venture of each named with it, not a subsidiary of the last listed
            yield from _known_joint_venture(doc, facts, doc_id, child, owners[entry.name], mentions)
            continue
        owner = by_name.get(parents.get(entry.name, "")) if entry is not None else None
        if owner is None or owner.id == child.id:
            continue
        owner_sents = {doc[m.start].sent.start for m in owner.mentions}
        shared = sorted(m.start for m in child.mentions if doc[m.start].sent.start in owner_sents)
        if shared:
            ctx = SentenceContext(doc[shared[0]].sent, mentions, facts.entities, doc_id)
            yield rel(ctx, child.id, "PART_OF", owner.id, 0.7, "known-parent")


def _known_joint_venture(doc, facts: DocFacts, doc_id: str, child, names: list[str], mentions) -> Iterator[Relation]:
    """JOINT_VENTURE_OF each owner (reference data) named in a sentence with the joint venture."""
    from ..context import SentenceContext

    sents = {doc[m.start].sent.start: m.start for m in sorted(child.mentions, key=lambda m: -m.start)}
    for owner in (e for e in facts.entities.values() if e.name in names and e.id != child.id
                  and e.label in {"Company", "GovernmentBody", "Country"}):
        shared = sorted(sents[s] for s in {doc[m.start].sent.start for m in owner.mentions} if s in sents)
        if shared:
            ctx = SentenceContext(doc[shared[0]].sent, mentions, facts.entities, doc_id)
            yield rel(ctx, child.id, "JOINT_VENTURE_OF", owner.id, 0.7, "known-joint-venture")


# words of a force's name: a branch of the armed forces is not annotated PART_OF by default
_FORCE_WORDS = {"forces", "force", "army", "navy", "guard", "guards", "command", "corps", "militia", "troops",
                "brigade", "division", "regiment", "bundeswehr", "luftwaffe", "fleet"}


# catalogue kinds of a body that belongs to another body of its state (a ministry's agency, a service's command, a
# chamber's committee: government_bodies_agencies.csv, government_bodies_chambers.csv): the dev gold ties it to that
# body (or leaves it), not to the state
_WITHIN_KINDS = {"component", "committee"}


def _within_another(body) -> bool:
    """Whether the catalogue row of ``body`` (its props, copied from the row) is of a kind that belongs to another
    body (``_WITHIN_KINDS``)."""
    return bool(body.ref_id) and body.props.get("kind") in _WITHIN_KINDS


def body_country(doc, facts: DocFacts, doc_id: str) -> Iterator[Relation]:
    """A civil government body (ministry, agency, council, service) tied to its country by its
    name, the reference data or the article's country, when that country is in the document:
    PART_OF, with the first sentence naming the body as evidence."""
    from ..context import SentenceContext

    mentions = [m for m in doc._.mentions if m.entity]
    for e in facts.entities.values():
        if e.label != "GovernmentBody" or not e.country or e.country not in facts.entities:
            continue
        if any(w.lower() in _FORCE_WORDS for w in e.name.replace("-", " ").split()):
            continue
        if _within_another(e):
            continue  # "the Advanced Strategic Capabilities Accelerator": a part of a ministry, not of the state
        named = sorted((m for m in e.mentions if m.source != "coref"), key=lambda m: m.start)
        if any(_body_before(doc, m, facts) for m in named):
            continue  # "the Treasury's Office of Foreign Assets Control" belongs to the Treasury
        if named and not _state_told(doc, facts, e, named):
            continue  # "the Joint Chiefs of Staff" in an article about Korea: not told to be Washington's
        if named:
            ctx = SentenceContext(doc[named[0].start].sent, mentions, facts.entities, doc_id)
            yield rel(ctx, e.id, "PART_OF", e.country, 0.6, "part-of-country")


def _state_told(doc, facts: DocFacts, body, named: list[Mention]) -> bool:
    """Whether the text ties a government body to the state it was resolved to: that state is the
    article's own (its focal state), or the body's name or its "X's"/"the X" opener says it, or a
    sentence naming the body names that state too. A body the catalogue keeps for one state ("the
    Joint Chiefs of Staff", "the Department of Defence") or one a bare kind word was given to by the
    article's weights, named where no sentence names that state, is no told PART_OF of it (the text
    may mean another state's body of the same name)."""
    state = facts.entities.get(body.country)
    if state is None or body.country == doc.user_data.get("focal_country") or body.country_mention is not None:
        return True
    forms = {state.name, *state.aliases}
    words = [w for w in forms if w and len(w) > 1]
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)")
    sents = {doc[m.start].sent.start for m in named}
    if any(pattern.search(m.text) for m in named):
        return True
    return any(x.entity == body.country and doc[x.start].sent.start in sents for x in facts.mentions)


def _body_before(doc, m, facts: DocFacts) -> bool:
    """Whether a government body's possessive stands right before ``m`` ("the Treasury's OFAC")."""
    j = m.start - 1
    if j < 1 or doc[j].lower_ not in {"'s", "\u2019s"}:
        return False
    return any(x.end == j and x.entity != m.entity and facts.entities[x.entity].label == "GovernmentBody"
               for x in facts.mentions)
