"""Phrase readers the supply, operation and manufacture rules share: the platforms under a token, the
actor a pronoun or "the company" stands for, a state body's country, the maker a phrase names, and the
word lists they use (stand-ins, parts, batches, type nouns)."""
from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from ...mentions import Mention
from ..context import SentenceContext
from ..lexicon import cues
from .boat_goods import naval_craft
from .common import MAKERS, SUPPLIERS, DocFacts

_PRONOUNS = {"it", "they", "its", "their"}
_ACTOR_LABELS = {"Country", "Company", "GovernmentBody", "Organization", "Alliance"}
_OWN_GOVERNMENT = {"government", "administration"}  # "the government": the article's state's own
_STAND_INS = {"administration": {"Country"}, "country": {"Country"}, "nation": {"Country"}, "state": {"Country"}, "government": {"Country"},
              "emirate": {"Country"}, "kingdom": {"Country"}, "sultanate": {"Country"}, "republic": {"Country"},
              "company": {"Company"}, "firm": {"Company"}, "manufacturer": {"Company"}, "maker": {"Company"},
              "group": {"Company"}, "contractor": {"Company"}, "supplier": {"Company", "Country"},
              "shipbuilder": {"Company"}, "shipyard": {"Company"}, "yard": {"Company"}, "builder": {"Company"},
              "producer": {"Company"}, "developer": {"Company"}, "exporter": {"Company", "Country"},
              "ministry": {"GovernmentBody"}, "agency": {"GovernmentBody"}, "buyer": {"Country", "GovernmentBody"}}
_REPORTING = {"report", "say", "tell", "note", "write", "claim", "add", "describe", "cite", "quote", "estimate"}
_SERVICE_NOUNS = {"arm", "force", "navy", "army", "service", "guard", "corps"}
# last words of an armed service's name, which "the service" or "the arm" can stand for
_ARMED_ENDS = {"force", "forces", "navy", "army", "guard", "corps", "command"}
_SERVICE_ENDS = _ARMED_ENDS - {"command"}  # the forces and their services, not a command
_RECEIVING = {"import", "imports", "need", "needs", "requirement", "requirements", "market", "arsenal", "inventory"}
# parts of a platform: who builds "Rafale fuselages" or "RD-33 engines" does not make the platform
_PARTS = {"fuselage", "fuselages", "wing", "wings", "component", "components", "part", "parts", "spares",
          "subassembly", "subassemblies", "section", "sections", "tail", "tails", "kit", "kits", "barrel", "barrels"}
# people a demonym may qualify without naming a state as an actor
_PERSON_NOUNS = {"counterpart", "counterparts", "official", "officials", "delegation", "envoy", "diplomat",
                 "diplomats", "officer", "officers", "leader", "leaders", "minister", "president", "ambassador"}
# a lot of the platform just named: "its own consignment", "a second batch"
_BATCH_NOUNS = {"consignment", "batch", "shipment", "tranche", "lot"}
# "the type", "the system": the platform just named
_TYPE_NOUNS = {"type", "model", "system", "design", "variant", "version"}
_COMPANY_NOUNS = {"firm", "company", "manufacturer", "maker", "group", "contractor", "developer", "producer",
                  "conglomerate", "enterprise", "holding", "builder", "corporation", "concern", "shipyard"}


def armed_service(ctx: SentenceContext, m: Mention, commands: bool = True) -> bool:
    """Whether a mention names an armed service ("the Indian Navy", "the Royal Air Force"); with
    ``commands=False`` not a command ("Joint Forces Command"), only the forces or one of their services."""
    e = ctx.entities[m.entity]
    ends = _ARMED_ENDS if commands else _SERVICE_ENDS
    return e.label == "GovernmentBody" and e.name.lower().split()[-1:] in ([w] for w in ends)

def _known_makers(ctx: SentenceContext, facts: DocFacts, platforms: list[Mention]) -> list[Mention]:
    """The catalogue's (first, prime) maker of ``platforms`` where the document names it (its first mention)."""
    from ...reference import load_reference

    ref = load_reference()
    out: list[Mention] = []
    for p in platforms:
        e = ctx.entities[p.entity]
        entry = ref.get(e.ref_id)
        for name in entry.makers[:1] if entry is not None else []:
            maker = ref.find("Company", name)
            found = [m for m in facts.mentions if maker is not None and m.entity in ctx.entities
                     and ctx.entities[m.entity].ref_id == maker.id]
            out += [found[0]] if found and found[0] not in out else []
    return out


def _home(ctx: SentenceContext, company: Mention) -> str | None:
    """The name of a catalogued company's country."""
    from ...reference import load_reference

    e = ctx.entities[company.entity]
    entry = load_reference().get(e.ref_id)
    return entry.props.get("country") if entry is not None else None


def _bare_number(tok: Token) -> bool:
    """A number standing alone for the items just named: "bought three", "ordered 48 in 2022", "ordered
    three of the twin-turboprops", "flies 36 of them"."""
    if tok.pos_ != "NUM" or not tok.like_num or any(c.dep_ == "compound" for c in tok.children):
        return False
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in {"%", "percent", "per"}:
        return False
    if tok.ent_type_ == "DATE" or tok.dep_ == "pobj" and tok.head.lower_ in {"in", "since", "until", "by", "from"} \
            and len(tok.text) == 4 and tok.text.isdigit():
        return False  # "since late 2021, when it replaced ...": a year, not a count of goods
    preps = [c for c in tok.children if c.dep_ == "prep"]
    return not preps or len(preps) == 1 and preps[0].lower_ == "of" and any(
        o.dep_ == "pobj" and (o.lower_.endswith("s") and any(d.lower_ == "the" for d in o.children)
                              or o.lower_ in {"them", "those", "these"}) for o in preps[0].children)  # "36 of them"


def _platforms_of(ctx: SentenceContext, tok: Token) -> list[Mention]:
    found = [ctx.at[t.i] for t in tok.subtree if t.i in ctx.at and ctx.label(ctx.at[t.i]) == "Platform"]
    out: list[Mention] = []
    for m in found:
        if all(m.entity != o.entity for o in out):
            out.append(m)
    return out


def described(ctx: SentenceContext, m: Mention) -> bool:
    """Whether ``m`` is a platform named only by a definite description the resolver carried over ("the jets",
    "the type": entities/antecedents.py ``platforms``), not by a name or a pronoun."""
    return m.source == "coref" and ctx.doc[m.start].pos_ == "NOUN" and ctx.label(m) == "Platform"


def described_platforms(ctx: SentenceContext, noun: Token) -> list[Mention]:
    """The platforms a common noun that names none describes: the one it stands beside ("the P-8, a patrol
    aircraft ...") or the subject of the copula it is the attribute of ("the MQ-9 is a drone ...")."""
    if noun.i in ctx.at:
        return []
    if noun.dep_ == "appos":
        m = ctx.at.get(noun.head.i)
        return [m] if m is not None and ctx.label(m) == "Platform" else []
    if noun.dep_ == "attr" and noun.head.lemma_.lower() in cues()["supply"]["copulas"]:
        return [m for c in noun.head.children if c.dep_ == "nsubj" and c.i < noun.i for m in _platforms_of(ctx, c)]
    return []


def _recent_platform(ctx: SentenceContext, facts: DocFacts, noun: Token) -> list[Mention]:
    """ "these drones", "the jets": the latest platform of that category before the noun, in its own
    sentence ("F-16 fighters from the Netherlands, which has committed 24 of the American-built jets")
    or the last ones."""
    from ...mentions.lexicon import category_of

    category = category_of([noun.lower_])
    # a determiner of the noun's own phrase, not of a phrase hung after it ("patrol vessels from the builder")
    if category is None or not any(c.lower_ in {"these", "the", "those", "such"} for c in noun.subtree if c.i < noun.i):
        return []
    for m in reversed(facts.mentions):
        if m.start >= noun.left_edge.i:
            continue
        if ctx.sent.start - m.start > 120:
            break
        e = ctx.entities.get(m.entity)
        if e is not None and e.label == "Platform" and e.props.get("category") == category:
            return [dataclasses.replace(m)]
    return []


def _service_before(tok: Token) -> Token | None:
    """The subject of the sentence's clause before ``tok`` when it is a bare armed service ("the air force",
    "the navy", no name of its own) and no other subject comes between."""
    subjects = [t for t in tok.sent if t.i < tok.i and t.dep_ in {"nsubj", "nsubjpass"} and t is not tok]
    if not subjects:
        return None
    last = subjects[-1]
    if last.lemma_.lower() not in _SERVICE_NOUNS or last.pos_ != "NOUN" or not last.is_lower or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in last.children):
        return None
    return last


def _antecedent(ctx: SentenceContext, facts: DocFacts, tok: Token, labels: set[str]) -> list[Mention]:
    """ "it", "the country", "the company": the latest actor of a fitting label before the sentence
    (subjects first), within the two sentences before."""
    word = tok.lower_ if tok.tag_ in {"PRP", "PRP$"} else tok.lemma_.lower()
    if word in _SERVICE_NOUNS and "GovernmentBody" in labels and any(c.lower_ in {"the", "its", "their"} for c in tok.children):
        # "the air arm", "the navy": the latest state body whose name has those words
        need = {t.lower_ for t in tok.subtree if t.dep_ in {"compound", "amod"} and t.is_lower} | \
            ({word} if word not in {"arm", "service"} else set())
        fitting = []
        for m in reversed(facts.mentions):
            e = ctx.entities.get(m.entity)
            if m.start >= tok.i or tok.i - m.start > 600 or e is None or e.label != "GovernmentBody":
                continue
            names = {w for n in (e.name, *e.aliases) for w in n.lower().replace("-", " ").split()}
            ends = {n.lower().split()[-1] for n in (e.name, *e.aliases) if n.strip()}
            # "the service", "the air arm": a body named as an armed service ("... Air Force", "... Navy")
            service = ends & _ARMED_ENDS if word in {"arm", "service"} else any(x.startswith(word[:5]) for x in ends)
            if (need or word in {"arm", "service"}) and service and \
                    all(any(w.startswith(n[:5]) for w in names) for n in need):
                fitting.append(m)  # not "Army ... Training Command"
        if fitting:  # "Argentina's Mirage fleet was retired. Since then the air force ...": the body of the state just named
            near = next((m for m in reversed(facts.mentions) if m.start < tok.i and tok.i - m.start <= 45
                         and m.entity in ctx.entities and ctx.entities[m.entity].label == "Country"), None)
            pick = next((m for m in fitting if near is not None and ctx.entities[m.entity].country == near.entity), None)
            if pick is None:  # no state just named: the service of the state the article is about, else the latest
                pick = next((m for m in fitting if facts.focal and ctx.entities[m.entity].country == facts.focal),
                            fitting[0])
            return [dataclasses.replace(pick, start=tok.i, end=tok.i + 1)]
        focal = list(facts.focal_first)
        if focal and word in {"army", "navy", "arm", "force"} and \
                any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and \
                not any(t.i in ctx.at for t in tok.subtree if t.i < tok.i):
            # "Today the army fields 1,000 tanks", "the small air arm flies Mi-17s": with no service of the kind named,
            # the one of the state the article is about (not "the Russian air force")
            return [dataclasses.replace(focal[0], start=tok.i, end=tok.i + 1)]
        return []
    if word in {"it", "its"} and "GovernmentBody" in labels and (service := _service_before(tok)) is not None:
        # "the air force is waiting for ..., and it flies 36 Rafales", "the navy was due to retire its last
        # frigates": the service the sentence has just made its subject
        return _antecedent(ctx, facts, service, labels)
    if word in _PRONOUNS:
        wanted = labels
    elif word in _STAND_INS and any(c.lower_ in {"the", "this", "that"} for c in tok.children):
        wanted = _STAND_INS[word] & labels
    else:
        return []
    if not wanted:
        return []
    if word in _OWN_GOVERNMENT and facts.focal and "Country" in wanted and facts.focal in ctx.entities and \
            all(c.dep_ in {"det", "amod"} and c.i not in ctx.at for c in tok.children):  # not "the government in Kyiv"
        # "the previous government decided to hand the fleet to Kyiv": the government of the article's state
        focal = next(iter(facts.focal_first), None)
        if focal is not None:
            return [dataclasses.replace(focal, start=tok.i, end=tok.i + 1)]
    # a pronoun stands for the latest actor of any kind ("Brazil's Embraer promoted the C-390, which it
    # had flown in": the company, so no state flew it); a stand-in noun names its kind
    kinds = _ACTOR_LABELS | wanted if word in _PRONOUNS else wanted
    earlier = [m for m in facts.mentions if m.start < tok.i and tok.i - m.start < 90
               and m.entity in ctx.entities and ctx.entities[m.entity].label in kinds]
    if not earlier:
        return []
    doc = ctx.doc
    subjects = [m for m in earlier if doc[m.start:m.end].root.dep_ in {"nsubj", "nsubjpass"}
                or doc[m.start:m.end].root.head.dep_ in {"nsubj", "nsubjpass"}]
    pick = (subjects or earlier)[-1]
    if ctx.entities[pick.entity].label not in wanted:
        return []
    return [dataclasses.replace(pick, start=tok.i, end=tok.i + 1)]


def _subjects(ctx: SentenceContext, facts: DocFacts, tok: Token, labels: set[str]) -> list[Mention]:
    found = ctx.subjects(tok, labels)
    if found:
        return found
    cur = tok
    for _ in range(4):  # a pronoun or "the company" subject, also of a governing verb ("it plans to buy")
        subj = [c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subj:  # "Its air force, the Royal Saudi Air Force, relies on ...": the named appositive first
            named = [m for c in subj[0].children if c.dep_ == "appos" for m in ctx.group(c, labels)]
            return named or _antecedent(ctx, facts, subj[0], labels)
        if cur.dep_ not in {"xcomp", "conj", "advcl", "ccomp"} or cur.head == cur:
            break
        cur = cur.head
    return _list_after_opener(ctx, tok, labels) if tok.dep_ == "ROOT" else []


def _list_after_opener(ctx: SentenceContext, tok: Token, labels: set[str]) -> list[Mention]:
    """A subject list the parser hung on an opening phrase: "Elsewhere in the region, Japan, South Korea
    and Australia fly the F-35A" (the list read as conjuncts of "region", the verb left with no subject)."""
    for t in ctx.sent:
        if t.i >= tok.i:
            break
        if t.dep_ in {"conj", "appos"} and t.i > 0 and ctx.doc[t.i - 1].text == "," and t.head.dep_ == "pobj" \
                and t.head.i not in ctx.at and t.right_edge.i == tok.i - 1 - \
                sum(1 for x in ctx.doc[t.right_edge.i + 1:tok.i] if x.pos_ in {"ADV", "PART"}):
            found = ctx.group(t, labels)
            return found if len(found) >= 2 else []
    return []


def _not_people(ctx: SentenceContext, ms: list[Mention]) -> list[Mention]:
    """Without demonyms that only qualify a person ("Papikian and his French counterpart signed for ...")."""
    from ...mentions.lexicon import lexicon

    lex = lexicon()
    people = set(lex["person_roles"]) | {t for t in lex["person_titles"] if " " not in t} | _PERSON_NOUNS
    return [m for m in ms if not (m.demonym and ctx.head_token(m).head.lemma_.lower() in people)]


def _with_country(ctx: SentenceContext, ms: list[Mention], labels: set[str]) -> list[Mention]:
    """A government body also stands for its country ("Poland's Armament Agency ordered ...")."""
    out = list(ms)
    for m in ms:
        e = ctx.entities[m.entity]
        state = ctx.entities.get(e.country) if e.label == "GovernmentBody" and e.country else None
        if state is not None and "Country" in labels and not all(x.source == "demonym" for x in state.mentions):
            # (a state the text knows only from its body's name, "the Indian Army", is not named beside it)
            if all(o.entity != e.country for o in out):
                out.append(dataclasses.replace(m, entity=e.country))
    return out


def _seller_owners(ctx: SentenceContext, sellers: list[Mention]) -> list[Mention]:
    """ "France's Dassault Aviation": the country owning a supplier company supplies as well."""
    out = list(sellers)
    for s in sellers:
        if ctx.label(s) != "Company":
            continue
        head = ctx.head_token(s)
        for c in head.children:
            if c.dep_ == "poss" and c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Country":
                if all(o.entity != ctx.at[c.i].entity for o in out):
                    out.append(ctx.at[c.i])
    return out


def _arms(ctx: SentenceContext, toks: list[Token]) -> bool:
    """Whether the phrases at ``toks`` name arms: a platform, or a goods or equipment noun ("arms",
    "drones", "spare parts"), not "a delegation" or "48 hours"."""
    from ...mentions.lexicon import category_of

    goods = cues()["supply"]["goods"]
    for tok in toks:
        for t in tok.subtree:
            if t.i in ctx.at and ctx.label(ctx.at[t.i]) == "Platform":
                return True
            if t.pos_ in {"NOUN", "PROPN", "ADJ"} and (t.lower_ in goods or t.lemma_.lower() in goods
                                                       or category_of([t.lower_]) is not None) and naval_craft(ctx, t):
                return True  # (not civil "fishing boats": boat_goods.py)
    return False


# dependencies the parser gives a model designation it did not read as a word ("F-35A/dep stealth fighters")
_STRAY_DEPS = frozenset({"dep", "prep", "advmod", "intj", "meta", "punct"})


def _np_head(tok: Token) -> Token:
    """The head noun of the phrase a platform name modifies ("Bastion" in "24 Bastion armoured vehicles"); a
    designation the parser left stray heads the noun right after it ("F-35A stealth fighters at ...")."""
    start = tok
    after = _noun_after(tok)
    if after is not None and tok.dep_ in _STRAY_DEPS | {"appos"} and tok.head.i < tok.i and _goods_word(after):
        return after  # "..., F-35A stealth fighters at X" with the designation parsed apart from "fighters"
    for _ in range(3):
        if tok.dep_ not in {"compound", "amod", "npadvmod", "nmod", "nummod", "appos"} or tok.head == tok:
            break
        tok = tok.head
    if tok is start and tok.dep_ in _STRAY_DEPS:
        return _noun_after(tok) or tok
    return tok


def _goods_word(tok: Token) -> bool:
    """Whether a noun names a kind of arms ("fighters", "tanks", "frigates")."""
    from ...mentions.lexicon import category_of

    return tok.lower_ in cues()["supply"]["goods"] or tok.lemma_.lower() in cues()["supply"]["goods"] or \
        bool(category_of([tok.lower_]))


def _noun_after(tok: Token) -> Token | None:
    """The noun that the modifiers right after ``tok`` lead to ("stealth fighters"), if one does within three words."""
    doc = tok.doc
    for j in range(tok.i + 1, min(tok.i + 4, len(doc))):
        t = doc[j]
        if t.pos_ in {"NOUN", "PROPN"} and t.dep_ not in {"compound", "amod", "nmod"}:
            return t if all(doc[k].head.i == j or doc[k].head.i in range(k + 1, j + 1) for k in range(tok.i + 1, j)) \
                else None
        if t.dep_ not in {"compound", "amod", "nmod"} or t.head.i <= j:
            return None
    return None


def _makers_in(ctx: SentenceContext, platforms: list[Mention]) -> list[Mention]:
    """ "Bastion vehicles built by Arquus were shipped ...": the maker named on the platform's phrase."""
    verbs = cues()["manufacture"]["verbs"]
    out: list[Mention] = []
    for p in platforms:
        for c in _np_head(ctx.head_token(p)).children:
            if c.dep_ == "acl" and c.lemma_.lower() in verbs:
                out += [m for m in ctx.prep_objects(c, {"by"}, SUPPLIERS) if m not in out]
    return out


def _maker(ctx: SentenceContext, m: Mention) -> Mention | None:
    """A maker mention; a government body ("developed by India's DRDO") stands for its country."""
    if ctx.label(m) in MAKERS:
        return m
    e = ctx.entities[m.entity]
    if e.label == "GovernmentBody" and e.country and e.country in ctx.entities:
        return dataclasses.replace(m, entity=e.country)
    return None


def _partners(ctx: SentenceContext, tok: Token, labels: frozenset[str] = frozenset({"Company"})) -> list[Mention]:
    """Makers (``labels``) in the "with" objects of ``tok`` or of its adverb ("builds it together with X"),
    also set beside a generic noun ("with the American firm Lockheed Martin")."""
    out: list[Mention] = []
    for h in [tok] + [c for c in tok.children if c.dep_ == "advmod"]:
        out += [m for m in ctx.prep_objects(h, {"with"}, labels) if m not in out]
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                for o in c.children:
                    for a in o.children if o.dep_ == "pobj" else []:
                        m = ctx.at.get(a.i)
                        if a.dep_ == "appos" and m is not None and ctx.label(m) in labels and m not in out:
                            out.append(m)
    return out


def more_of_them(tok: Token) -> bool:
    """Whether a "for" phrase of ``tok`` counts more of the goods just named: "for 32 more", "for a
    further 18" (a number with a word of more, the goods unnamed)."""
    more = cues()["stage"]["more"]
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ != "for":
            continue
        for o in c.children:
            if o.dep_ != "pobj":
                continue
            words = {t.lower_ for t in o.subtree}
            if words & more and any(t.like_num for t in o.subtree) and not any(t.i != o.i and t.pos_ == "NOUN"
                                                                                 for t in o.subtree):
                return o.lower_ in more or o.like_num
    return False
