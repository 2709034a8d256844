"""Makers named in a participial clause before the thing they made: "Developed by Iran's Aerospace
Industries Organization, the satellite-guided missile ..." -> MANUFACTURES maker -> the missile
(the clause's subject: a platform, or "the missile" standing for the latest one of its category);
the country of origin a demonym names ("the American Patriot"); "the Aksungur, a TAI design"."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...mentions import Mention
from ...mentions.fragments import HYPHENS
from ..context import SentenceContext
from ..lexicon import cues
from ..negation import negated
from ..relation import Relation
from .common import MAKERS, DocFacts, apposition_owners, rel
from .inventory import _latest_platform
from .phrases import _maker, _platforms_of, _recent_platform, described_platforms

# subjects of a clause a making participle opens that stand for the platform just named
_MADE_PRONOUNS = frozenset({"it", "they"})


def participial_makers(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    yield from _opening_clause(ctx)
    lex = cues()["manufacture"]
    for tok, (lemma, _) in ctx.cued_forms(lex["verbs"]):
        if lemma not in lex["verbs"] or tok.tag_ != "VBN" or tok.dep_ != "advcl" or negated(ctx, tok):
            continue
        if tok.i > tok.head.i:
            continue  # "..., built by X": after the clause it is no longer about the subject
        makers = ctx.prep_objects(tok, {"by"}, MAKERS | {"GovernmentBody"})
        if not makers:
            continue
        subjects = [c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        platforms = [p for s in subjects for p in _platforms_of(ctx, s) if p.start < tok.head.i]  # not the object's
        if not platforms:
            platforms = next((f for s in subjects if (f := _recent_platform(ctx, facts, s))), [])
        if not platforms and any(s.lower_ in _MADE_PRONOUNS for s in subjects):
            # "...; built by Hanwha, they had become ...": a pronoun subject stands for the platform just named
            platforms = _latest_platform(ctx, facts, tok.i)
        role = lex["roles"].get(lemma, "producer")
        for mk in makers:
            maker = _maker(ctx, mk)
            for p in platforms if maker is not None else []:
                yield rel(ctx, maker, "MANUFACTURES", p, 0.7, "made-by-clause", role=role)


def _opening_clause(ctx: SentenceContext) -> Iterator[Relation]:
    """ "Built by Lockheed Martin, the Typhon fires ...", read off the words when the parser loses the
    opening participle: the makers between "by" and the comma make the platform the main clause opens with."""
    words = ctx.sent
    lex = cues()["manufacture"]
    if len(words) < 5 or words[0].tag_ != "VBN" or words[0].lemma_.lower() not in lex["verbs"] or words[1].lower_ != "by":
        return
    comma = next((t.i for t in words[2:12] if t.text == ","), None)
    if comma is None:
        return
    makers = [m for m in ctx.mentions if words[2].i <= m.start < comma and ctx.label(m) in MAKERS | {"GovernmentBody"}]
    after = [m for m in ctx.mentions if comma < m.start <= comma + 3]
    platforms = [m for m in after[:1] if ctx.label(m) == "Platform"]
    role = lex["roles"].get(words[0].lemma_.lower(), "producer")
    for mk in makers:
        maker = _maker(ctx, mk)
        for p in platforms if maker is not None else []:
            yield rel(ctx, maker, "MANUFACTURES", p, 0.65, "made-by-opening", role=role)


# the first part of a joint demonym ("Franco-Italian", "Anglo-French", "Sino-Pakistani")
COMBINING_FORMS = {"franco": "France", "anglo": "United Kingdom", "russo": "Russia", "sino": "China",
                   "indo": "India", "italo": "Italy", "germano": "Germany", "turco": "Turkey", "greco": "Greece",
                   "hispano": "Spain", "luso": "Portugal", "polono": "Poland", "nippo": "Japan",
                   "korean": "South Korea", "swedish": "Sweden", "norwegian": "Norway", "german": "Germany",
                   "british": "United Kingdom", "french": "France", "italian": "Italy", "spanish": "Spain",
                   "american": "United States", "israeli": "Israel", "turkish": "Turkey", "pakistani": "Pakistan"}


def native_makers(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "the American Patriot", "the Russian Su-57": a demonym before a catalogued platform whose
    reference origin is that country names its maker; a demonym that is not its origin ("the Indian
    Su-30MKI") names an operator and gives nothing here. Not in a headline: "Saudi Arabia signs for
    Turkish Akinci drones", "Mali takes four Russian Mi-171s" name the seller or the user of the news,
    which the article's body states in words of its own."""
    from ...mentions.layout import in_headline
    from ...reference import load_reference

    if in_headline(ctx.doc, ctx.sent.start_char):
        return
    ref = load_reference()
    for p in ctx.of({"Platform"}):
        e = ctx.entities[p.entity]
        entry = ref.get(e.ref_id)
        if entry is None or not entry.origin:
            continue
        i = p.start - 1
        while i >= ctx.sent.start and ctx.doc[i].pos_ == "ADJ" and i not in ctx.at:
            i -= 1  # "the American long-range Patriot"
        m = ctx.at.get(i)
        if m is None or not m.demonym or ctx.label(m) != "Country":
            continue
        from .inventory import in_action

        if in_action(ctx, p) or _subject(ctx, p):
            continue  # "Russian Su-35S fighters escorted the group": the demonym names the user
        if p.end < len(ctx.doc) and ctx.doc[p.end].lower_ in cues()["manufacture"]["user_unit_nouns"]:
            continue  # "American Patriot units": the demonym names the users
        names = [ctx.entities[m.entity].name]
        if m.start >= 2 and ctx.doc[m.start - 1].text == "-":  # "Franco-Italian", "Chinese-Pakistani": the first too
            first = ctx.doc[m.start - 2].lower_
            found = ref.lookup(first, "Country") if first not in COMBINING_FORMS else []
            names.append(COMBINING_FORMS.get(first) or (found[0].name if len(found) == 1 else ""))
        for name in names:
            if name in entry.origin:
                country = next((x for x in ctx.entities.values() if x.label == "Country" and x.name == name), None)
                if country is not None:
                    yield rel(ctx, country.id, "MANUFACTURES", p, 0.6, "native-maker", role="producer")
                elif name == names[0]:
                    yield rel(ctx, m, "MANUFACTURES", p, 0.6, "native-maker", role="producer")


def _subject(ctx: SentenceContext, p: Mention) -> bool:
    """Whether the platform's phrase is its clause's subject ("The first American M1 tanks are now in X",
    "the American Patriot could not be delivered in time", "a Chinese J-16 fighter cut in front of ..."):
    the sentence tells of those units, and the demonym whose they are or where they come from, not a maker.
    Not the subject of a clause of comparison ("where the American F-35 it resembles uses one")."""
    from .inventory import _listed_noun

    noun = _listed_noun(ctx, p)
    for _ in range(3):  # "Swedish JAS 39 Gripen fighters": the phrase's last noun
        if noun.dep_ not in {"compound", "amod", "nmod", "nummod"} or noun.head == noun:
            break
        noun = noun.head
    return noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.dep_ in {"ROOT", "conj", "ccomp"}


DESIGN_NOUNS = frozenset({"design", "product", "model", "creation", "development", "type", "proposal", "prototype",
                          "demonstrator", "concept", "derivative"})


def _described_goods(tok: Token) -> bool:
    """Whether an unnamed noun describing a platform can carry its maker's name: a design noun or a noun of
    goods ("the CF-18, a McDonnell Douglas jet", "the PrSM, the Lockheed Martin weapon": ``described_goods``)."""
    return tok.lemma_.lower() in DESIGN_NOUNS or tok.lower_ in cues()["manufacture"]["described_goods"] \
        or tok.lemma_.lower() in cues()["manufacture"]["described_goods"]


def unnamed_goods(ctx: SentenceContext, tok: Token, designs: bool = True, own: Mention | None = None) -> bool:
    """A describing goods noun (:func:`_described_goods`; with ``designs`` a design noun too) no platform's name
    but the described one's (``own``) qualifies: not "its Hurjet trainer" set beside the JF-17."""
    goods = _described_goods(tok) if designs else \
        (tok.lower_ in cues()["manufacture"]["described_goods"] or tok.lemma_.lower() in cues()["manufacture"]["described_goods"])
    return tok.i not in ctx.at and goods and \
        not any(c.i in ctx.at and ctx.label(ctx.at[c.i]) == "Platform" and (own is None or ctx.at[c.i].entity != own.entity)
                for c in tok.children)


def design_of(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "the Aksungur, a larger TAI design", "the CF-18 Hornet, a McDonnell Douglas jet": a platform set beside
    a company's design, product or goods noun (or that noun as the copula's attribute: "the MQ-9 is a General
    Atomics drone")."""
    for p in ctx.of({"Platform"}):
        head = ctx.head_token(p)
        if head.dep_ == "nsubj" and head.head.lemma_ == "be":  # "the F-16 is an American design"
            for attr in head.head.children:
                if attr.dep_ == "attr" and unnamed_goods(ctx, attr, own=p):
                    # a state's demonym names a design's maker ("an American design"), a goods noun's user as
                    # often ("a Polish tank"): there only a firm
                    makers = MAKERS if attr.lemma_.lower() in DESIGN_NOUNS else {"Company"}
                    for c in attr.children:
                        m = ctx.at.get(c.i)
                        if c.dep_ in {"compound", "poss", "nmod", "amod"} and m is not None and ctx.label(m) in makers:
                            yield rel(ctx, m, "MANUFACTURES", p, 0.6, "design-of", role="developer")
        beside = head.head  # "CF-18 Hornets, McDonnell Douglas jets" parsed as a modifier of the goods noun after it
        if head.dep_ in {"nmod", "compound"} and beside.i >= p.end and unnamed_goods(ctx, beside, own=p) and \
                any(t.text == "," for t in ctx.doc[p.end:beside.i]):
            for c in beside.children:
                m = ctx.at.get(c.i)
                if c.dep_ in {"compound", "poss"} and c.i > p.end and m is not None and ctx.label(m) == "Company":
                    yield rel(ctx, m, "MANUFACTURES", p, 0.6, "design-of", role="producer")
        for m in apposition_owners(ctx, p, "Company", lambda ap, p=p: unnamed_goods(ctx, ap, own=p)):
            yield rel(ctx, m, "MANUFACTURES", p, 0.6, "design-of", role="developer")


def from_maker(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Super Tucano aircraft from Brazil's Embraer", "the K9 from Hanwha": a firm that is the "from" object of
    the platform's own noun phrase (not of a verb: "bought from X" names a seller, see ``sourced``) makes it;
    a state there names an origin or a seller, never a maker, and gives nothing here."""
    for p in ctx.of({"Platform"}):
        if p.start > 0 and ctx.doc[p.start - 1].text == "-" and not ctx.doc[p.start - 1].whitespace_:
            continue  # "C-Star" read as "Star": a piece of another name
        # the name's own word and the noun it qualifies ("A-29 Super Tucano aircraft" may hang on "Tucano")
        nouns = {t for t in ctx.doc[p.start:p.end] if not p.start <= t.head.i < p.end or t.head == t}
        nouns |= {t.head for t in list(nouns) if t.dep_ in {"compound", "nmod", "amod"} and t.head.i not in ctx.at
                  and t.head.i > t.i}
        # a display or listing verb may carry the "from" of its object ("the display featured Gripens from Saab")
        nouns |= {t.head for t in list(nouns) if t.dep_ == "dobj"
                  and t.head.lemma_.lower() in cues()["manufacture"]["origin_verbs"]}
        for prep in (c for noun in nouns for c in noun.children):
            if prep.dep_ != "prep" or prep.lower_ != "from" or prep.i < p.end or \
                    any(t.text in {",", ";", ":"} or t.dep_ == "cc" for t in ctx.doc[p.end:prep.i]):
                continue  # "a radar, C-Star missiles from X": the firm is another item's, in a list
            for o in prep.children:
                m = ctx.at.get(o.i) if o.dep_ == "pobj" else None
                if m is not None and ctx.label(m) == "Company" and not negated(ctx, prep.head):
                    maker = _maker(ctx, m)
                    if maker is not None:
                        yield rel(ctx, maker, "MANUFACTURES", p, 0.6, "from-maker", role="producer")


def named_type(ctx: SentenceContext, p: Mention) -> bool:
    """Whether a platform a maker's name stands before names a type: a catalogued platform, a name holding a
    designation or a number ("F-16", "Milkor 380"), or a capitalised product name that is no category noun and
    no piece of a hyphened name ("Star" of "C-Star", "E2" of "E195-E2")."""
    from ...mentions.designations import is_designation
    from ...mentions.lexicon import category_of

    doc = ctx.doc
    glued = p.start > 1 and doc[p.start - 1].text in HYPHENS and not doc[p.start - 1].whitespace_ \
        and not doc[p.start - 2].whitespace_ or p.end < len(doc) and doc[p.end].text in HYPHENS \
        and not doc[p.end - 1].whitespace_ and not doc[p.end].whitespace_
    if glued:
        return False
    e = ctx.entities[p.entity]
    if e.ref_id:
        return True
    words = e.name.split()
    if any(is_designation(w) or any(ch.isdigit() for ch in w) for w in words):
        return True
    return bool(words) and all(w[:1].isupper() for w in words if w[:1].isalpha()) \
        and category_of([w.lower() for w in words]) is None


def compound_makers(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Boeing F-15s", "a Hanwha K9 howitzer", "the Lockheed Martin jet": a company named right before a
    platform (or before an equipment noun standing for the platform just named) makes it."""
    from ...mentions.lexicon import category_of

    for mk in ctx.of({"Company"}):
        head = ctx.head_token(mk)
        if head.dep_ not in {"compound", "nmod"} or head.head.i <= head.i:  # "Lockheed Martin stealth jets": nmod too
            continue
        target = head.head
        found = [ctx.at[target.i]] if target.i in ctx.at and ctx.label(ctx.at[target.i]) == "Platform" else []
        after = ctx.at.get(mk.end)
        if not found and after is not None and ctx.label(after) == "Platform" and ctx.head_token(after).head.i == target.i:
            found = [after]  # "Boeing F-15 fighters": the platform names the noun the company modifies too
        category = category_of([target.lower_]) if target.i not in ctx.at else None
        if not found and category is not None and any(c.lower_ == "the" for c in target.children):
            found = [p for p in _latest_of(ctx, facts, category, mk.start)  # "the Lockheed Martin jet"
                     if not _other_maker(ctx, mk, p)]  # not "Japan's Kawasaki P-1 ... before the Boeing aircraft"
        elif not found and category is not None and any(c.dep_ == "nummod" for c in target.children):
            # "will buy eight F-35As, which will give it 20 Lockheed Martin stealth jets": a count of the goods its own
            # sentence named
            found = [p for p in _latest_of(ctx, facts, category, mk.start)
                     if p.start >= ctx.sent.start and not _other_maker(ctx, mk, p)]
        for p in found:
            if named_type(ctx, p) and not _maker_between(ctx, mk, p):
                # not "the Aeroflot Airbus A320": an operator before the maker's type
                yield rel(ctx, mk, "MANUFACTURES", p, 0.6, "maker-compound", role="producer")


def _maker_between(ctx: SentenceContext, mk: Mention, p: Mention) -> bool:
    """Whether another maker is named between ``mk`` and the platform after it: a company's own mention, or a
    catalogued maker of the platform opening the platform's written name ("the Aeroflot Airbus A320")."""
    from ...reference import load_reference

    if any(ctx.label(o) == "Company" and o.entity != mk.entity and mk.end <= o.start < p.start for o in ctx.mentions):
        return True
    entry = load_reference().get(ctx.entities[p.entity].ref_id)
    first = ctx.doc[p.start].lower_
    own = ctx.entities[mk.entity].name.lower().split()[0]
    return entry is not None and any(first == maker.lower().split()[0] != own for maker in entry.makers)


def possessive_makers(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Hanwha's K9 Thunder", "a version of Kawasaki's C-2", "GE's F414 turbofan": a company owning a platform's
    phrase by a possessive makes it (a firm's type is its product, not a fleet it flies); only a company the
    reference data gives as the type's maker, when it gives one ("the airline's A330" names no maker)."""
    for mk in ctx.of({"Company"}):
        head = ctx.head_token(mk)
        if mk.demonym or head.dep_ != "poss" or head.head.i <= head.i:
            continue
        target = head.head
        found = [p for p in ctx.of({"Platform"}) if p.start > mk.start
                 and (ctx.head_token(p).i == target.i or ctx.head_token(p).head.i == target.i
                      and ctx.head_token(p).dep_ in {"compound", "nmod", "amod"})]
        for p in found:
            if _listed_maker(ctx, mk.entity, p):
                yield rel(ctx, mk, "MANUFACTURES", p, 0.6, "maker-possessive", role="producer")


def _other_maker(ctx: SentenceContext, mk: Mention, p: Mention) -> bool:
    """Whether the reference data names makers of the platform and ``mk`` is none of them."""
    from ...reference import load_reference

    e = ctx.entities[p.entity]
    entry = load_reference().get(e.ref_id)
    if entry is None or not entry.makers:
        return False
    name = ctx.entities[mk.entity].name.lower()
    return not any(name.split()[0] == maker.lower().split()[0] for maker in entry.makers)


def _latest_of(ctx: SentenceContext, facts: DocFacts, category: str, before: int) -> list:
    """The platform of ``category`` named last before token ``before`` (within about two sentences)."""
    for m in reversed(facts.mentions):
        e = ctx.entities.get(m.entity)
        if m.start >= before or e is None:
            continue
        if before - m.start > 90:
            break
        if e.label == "Platform" and e.props.get("category") == category:
            return [m]
    return []


def fused_makers(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "the U.S.-built Black Hawks", "UK-made Wildcat helicopters": a country's name fused with a making
    participle into one token (spaCy keeps "U.S.-built" whole, so no mention sits on the country) names
    the platform's maker, as "Brazilian-built" does; only a country the document names elsewhere."""
    from ...reference import load_reference

    suffixes = tuple(cues()["manufacture"]["made_suffixes"])
    for t, (_, low) in zip(ctx.tokens, ctx.forms, strict=True):
        if not low.endswith(suffixes) or t.i in ctx.at:
            continue
        stem = t.text[:low.rindex("-")]
        found = load_reference().lookup(stem, "Country") if stem else []
        if len(found) != 1:
            continue
        country = next((e.id for e in ctx.entities.values() if e.label == "Country" and e.name == found[0].name), None)
        for p in (_platforms_of(ctx, t.head) or described_platforms(ctx, t.head)) if country is not None else []:
            yield rel(ctx, country, "MANUFACTURES", p, 0.65, "made-in", role="producer")


def _company_named(ctx: SentenceContext, words: str) -> str | None:
    """The id of the document's company whose name or alias is ``words`` (case-insensitive)."""
    low = words.lower()
    for e in ctx.entities.values():
        if e.label == "Company" and any(n.lower() == low for n in (e.name, *e.aliases) if n):
            return e.id
    return None


def _listed_maker(ctx: SentenceContext, company: str, p: Mention, known: bool = False) -> bool:
    """Whether the reference data gives no maker for the platform (not with ``known``: it must name makers)
    or gives this company's (first word)."""
    from ...reference import load_reference

    e = ctx.entities[p.entity]
    entry = load_reference().get(e.ref_id)
    if entry is None or not entry.makers:
        return not known
    name = ctx.entities[company].name.lower().split()[0]
    return any(name == mk.lower().split()[0] for mk in entry.makers)


# nouns for one ship: the name after them is that ship's, whose first word names its owner, not its maker
_ONE_SHIP = {"ship", "vessel", "tanker", "freighter", "carrier", "boat", "cutter", "ferry"}


def prefixed_makers(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "the Lockheed Martin F-35A", "a Sikorsky MH-60R": a company named right before a platform, however the
    parser joined the two, or opening the platform's own name (its mention swallowed the company's), makes it;
    only a company the reference data gives as the type's maker, when it gives one."""
    for p in ctx.of({"Platform"}):
        if p.start and ctx.doc[p.start - 1].lower_ in _ONE_SHIP:
            continue  # "the container ship MSC Clara": a ship named after the line that runs it
        if not named_type(ctx, p):
            continue  # the made thing is a type's name, not a generic noun or a piece of a name
        before = ctx.at.get(p.start - 1)
        if before is not None and before.end == p.start and ctx.label(before) == "Company":
            if _listed_maker(ctx, before.entity, p):
                yield rel(ctx, before, "MANUFACTURES", p, 0.6, "maker-prefix", role="producer")
            continue
        words = ctx.doc[p.start:p.end]
        for n in range(min(len(words) - 1, 4), 0, -1):
            found = _company_named(ctx, words[:n].text)
            if found is not None:
                if _listed_maker(ctx, found, p):
                    yield rel(ctx, found, "MANUFACTURES", p, 0.6, "maker-prefix", role="producer")
                break


def _traded(noun: Token) -> bool:
    """Whether a platform's noun is goods changing hands: the object of a verb of buying or supplying, or
    qualified by a participle of getting ("bought from", "leased from"), whose "from" names a seller."""
    lex = cues()
    trade = lex["acquire"]["verbs"] | lex["supply"]["verbs"] | lex["acquire"]["sourced_participles"]
    return noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_.lower() in trade or \
        any(c.dep_ == "acl" and c.lemma_.lower() in trade for c in noun.children)


def maker_of(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "the Rafale of France's Dassault Aviation", "the K9 howitzer of Hanwha": a company in the "of" phrase of
    a platform's own noun makes it; so does one it comes "from" ("IRIS-T SLM from Diehl Defence") that the
    reference data names no other maker than, and, where the platform is bought or sold (the "from" may name
    a reseller), only one the reference data names as its maker."""
    from .phrases import _np_head

    for p in ctx.of({"Platform"}):
        head = ctx.head_token(p)
        noun = _np_head(head)
        if noun.i in ctx.at and ctx.at[noun.i].entity != p.entity:
            noun = head  # "NASAMS; IRIS-T SLM from Diehl": a name the parser set beside another
        traded = _traded(noun) or _traded(head)
        for prep in (c for t in dict.fromkeys([noun, head]) for c in t.children if c.dep_ == "prep"
                     and c.lower_ in {"of", "from"} and (c.lower_ == "from" or t.i == noun.i)):
            for o in (x for x in prep.children if x.dep_ == "pobj"):
                m = ctx.at.get(o.i)
                if m is None or ctx.label(m) != "Company":
                    continue
                if prep.lower_ == "of":
                    yield rel(ctx, m, "MANUFACTURES", p, 0.6, "maker-of", role="producer")
                elif _listed_maker(ctx, m.entity, p, known=True) or not traded and _listed_maker(ctx, m.entity, p):
                    yield rel(ctx, m, "MANUFACTURES", p, 0.6, "maker-from", role="producer")


def licensed(ctx: SentenceContext, facts: DocFacts) -> Iterator[Relation]:
    """ "Its yard built six Kalvari-class submarines under licence from France's Naval Group": the licensor (the
    "from" object of a licence noun on a making verb) developed what the verb's subject builds as its licensee."""
    from .phrases import _subjects

    lex = cues()["manufacture"]
    words = lex["licence_nouns"]
    if not ctx.lemmas & words:
        return
    for tok in ctx.cued_tokens(words):
        if tok.lemma_.lower() not in words or tok.dep_ != "pobj" or tok.head.lower_ not in {"under", "with"}:
            continue
        verb = tok.head.head
        if verb.lemma_.lower() not in lex["verbs"] or negated(ctx, verb):
            continue
        licensors = [_maker(ctx, m) for t in (tok, verb) for m in ctx.prep_objects(t, {"from"}, MAKERS | {"GovernmentBody"})]
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or verb.dep_ == "acl" and verb.tag_ == "VBN"
        goods = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        platforms = [p for g in goods for p in _platforms_of(ctx, g)]
        if passive and verb.dep_ == "acl":  # "Su-30MKI jets built under licence from Sukhoi"
            platforms += [p for p in _platforms_of(ctx, verb.head) if p.start < verb.i and p not in platforms]
        makers = ctx.prep_objects(verb, {"by"}, MAKERS) if passive else _subjects(ctx, facts, verb, MAKERS)
        for p in platforms:
            for m in licensors:
                if m is not None:
                    yield rel(ctx, m, "MANUFACTURES", p, 0.7, "licensor", role="developer")
            for m in makers:
                mk = _maker(ctx, m)
                if mk is not None and all(mk.entity != x.entity for x in licensors if x is not None):
                    yield rel(ctx, mk, "MANUFACTURES", p, 0.8, "licensee", role="licensee")


def consortium_members(ctx: SentenceContext, verb: Token, labels: set[str]) -> list[Mention]:
    """The firms a making verb's "by" agent lists as a group: "built by a consortium of Airbus, BAE Systems and
    Leonardo", "developed by a team of KAI and Lockheed Martin" (``manufacture.group_nouns``)."""
    groups = cues()["manufacture"]["group_nouns"]
    out: list[Mention] = []
    for prep in verb.children:
        if prep.dep_ not in {"agent", "prep"} or prep.lower_ != "by":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.i in ctx.at or noun.lemma_.lower() not in groups:
                continue
            for of in noun.children:
                if of.dep_ == "prep" and of.lower_ == "of":
                    out += [m for o in of.children if o.dep_ == "pobj" for m in ctx.group(o, labels) if m not in out]
                # "built by a consortium led by thyssenkrupp Marine Systems and Embraer": the leading firms make it
                if of.dep_ == "acl" and of.lemma_.lower() in cues()["manufacture"]["group_leading_verbs"]:
                    out += [m for m in ctx.prep_objects(of, {"by"}, labels) if m not in out]
    return out

