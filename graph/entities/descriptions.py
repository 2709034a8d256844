"""Definite descriptions and possessive pronouns that point back to a named organisation.

"the agency", "the Korean manufacturer", "the state-owned company", "the ministry's" refer to the
nearest organisation of the matching kind named before them; a demonym inside the description
("the Korean manufacturer") must agree with the candidate's country. "Its spokesman" at the start
of a sentence refers to the organisation or country the previous sentence is about. Each resolved
word becomes a ``coref`` mention of its entity (no alias: "the company" names nothing).

Where a description stands in its sentence rules names out: never the name whose phrase holds it
("Mahindra Defence Systems, a subsidiary of the conglomerate"), and nothing where the nearest fitting
name is an argument of its own verb ("With Airbus, the company assembles ..."); a firm named with the
description's noun ("Philly Shipyard" for "the shipyard") goes before a nearer one; "the new firm"
introduces one and points back to nothing; "group" is read here only with a demonym ("the German group").

>>> from graph.mentions import build_nlp
>>> from graph.entities import resolve
>>> doc = build_nlp()("Hyundai Rotem signed the deal. The South Korean manufacturer will deliver in 2026.")
>>> ents = resolve(doc)
>>> [(m.text, ents[m.entity].name) for m in doc._.mentions if m.source == "coref"]
[('manufacturer', 'Hyundai Rotem')]
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ..mentions import Mention
from ..mentions.lexicon import lexicon
from ..mentions.words import lowers, tokens
from ..reference import ReferenceData
from .entity import Entity

# head noun -> the label of what it refers to (data: extend here)
NOUNS: dict[str, str] = {
    **dict.fromkeys(("company", "firm", "manufacturer", "maker", "contractor", "shipbuilder", "shipyard",
                     "lender", "bank", "conglomerate", "airline", "corporation", "concern", "automaker",
                     "planemaker"), "Company"),
    **dict.fromkeys(("ministry", "department", "agency", "council", "administration", "directorate",
                     "committee", "presidency", "secretariat", "undersecretariat", "treasury"), "GovernmentBody"),
    **dict.fromkeys(("bloc", "alliance", "grouping", "league"), "Alliance"),
    # units below a service and a service's schools: "the squadron's commanding officer", "the academy's
    # superintendent" (only a body of that kind: see _KIND_WORDS)
    **dict.fromkeys(("squadron", "wing", "brigade", "regiment", "battalion"), "GovernmentBody"),
    "academy": "Organization",
}
# a body's description names its kind: "the agency" is an Agency, "the ministry" a Ministry
_KIND_WORDS = {"ministry": ("ministry",), "department": ("department", "pentagon"), "agency": ("agency",),
               "council": ("council",), "administration": ("administration",), "directorate": ("directorate",),
               "committee": ("committee",), "presidency": ("presidency",), "secretariat": ("secretariat",),
               "undersecretariat": ("undersecretariat",), "treasury": ("treasury",), "squadron": ("squadron",),
               "wing": ("wing", "geschwader"), "brigade": ("brigade",), "regiment": ("regiment",),
               "battalion": ("battalion",), "academy": ("academy",)}
# unit and school words: only a body whose name has the word ("the academy" is no other organisation); "the
# league" is only a bloc named a league (the Arab League, not the SCO)
_UNIT_WORDS = {"squadron", "wing", "brigade", "regiment", "battalion", "academy", "league"}
# a kind word that takes an antecedent only with a demonym agreeing with it: "the German group" (a plain "the
# group" may be a bloc or an armed group too: antecedents.py)
_DEMONYM_ONLY = {"group": "Company"}
# modifiers of a description that introduces something new rather than pointing back: "the new firm, which
# appears in the register as X", "the joint company"
FRESH = {"new", "newly", "joint", "proposed", "planned", "future", "combined", "merged"}
PRONOUNS = {"its", "their"}  # the possessives descriptions resolve to an organisation
_SINGULAR, _PLURAL = {"its", "his", "her"}, {"their"}
_ACTORS = {"Country", "GovernmentBody", "Company", "Organization", "Alliance"}
# role nouns a bare kind word may qualify: "ministry spokesman X", "company spokeswoman Y"
ROLE_HEADS = {"spokesman", "spokeswoman", "spokesperson", "official", "officials", "chief", "head", "director",
              "secretary", "representative", "statement"}
# clauses that take the subject of the clause they hang on: "had planned to show", "..., according to"
_UP = {"xcomp", "advcl", "conj", "prep", "pcomp", "ccomp"}
# the head nouns of a state's service ("its air force", "its navy"): in a reported clause's subject the
# possessive is the reporting subject's ("Norway said its air force had ...")
_SERVICE_HEADS = frozenset(b.split()[-1].lower() for b in lexicon()["name_shape"]["service_coref"].values())
_WINDOW = 6  # sentences back to look for the antecedent
# portfolio words of a ministry's description -> words its name has ("the interior ministry": "Ministry of Internal
# Affairs", "Ministry of the Interior", "Home Affairs")
_TOPICS = {"foreign": ("foreign", "external"), "defence": ("defence", "defense"), "defense": ("defence", "defense"),
           "interior": ("interior", "internal affairs", "home affairs"), "finance": ("finance", "treasury"),
           "justice": ("justice",), "health": ("health",), "trade": ("trade", "commerce")}


def _country_of(entity: Entity, ref: ReferenceData) -> str | None:
    if entity.country:
        return entity.country
    entry = ref.get(entity.ref_id)
    country = ref.find("Country", entry.props.get("country", "")) if entry is not None else None
    return country.id if country is not None else None


class Descriptions:
    """Adds ``coref`` mentions for definite descriptions and sentence-initial possessive pronouns."""

    def __init__(self, doc: Doc, mentions: list[Mention], entities: dict[str, Entity], ref: ReferenceData) -> None:
        self.doc, self.mentions, self.entities, self.ref = doc, mentions, entities, ref
        self.covered = {i for m in mentions for i in m.tokens()}
        self.sent_index = {s.start: n for n, s in enumerate(doc.sents)}
        self.named = sorted((m for m in mentions if m.entity in entities and m.source != "coref"),
                            key=lambda m: m.start)

    def _sent_no(self, i: int) -> int:
        return self.sent_index[self.doc[i].sent.start]

    def _antecedent(self, tok: Token, labels: set[str], country: str | None) -> Entity | None:
        """The nearest entity of ``labels`` named before ``tok`` (within the window), agreeing with ``country``."""
        here = self._sent_no(tok.i)
        np_start = min(t.i for t in tok.subtree)
        fits = [(m, self.entities[m.entity]) for m in reversed([m for m in self.named if m.end <= np_start])
                if self._fits(tok, self.entities[m.entity], labels, country) and not bound_apart(tok, m)]
        near = [(m, entity) for m, entity in fits if here - self._sent_no(m.start) <= _WINDOW]
        if near and co_argument(tok, near[0][0]):
            return None  # "With Airbus, the company assembles ...": some firm other than Airbus
        so_named = [e for _, e in near if names_head(e, tok)] or [e for _, e in fits if names_head(e, tok)]
        if so_named and (so_named[0].id in {e.id for _, e in near} or len({e.id for e in so_named}) == 1):
            return so_named[0]  # "the shipyard" after "Philly Shipyard", a nearer other firm between
        if near:
            return self._member_fit(tok, near) if labels == {"Alliance"} else near[0][1]
        # further back, only the document's one candidate ("the ministry" long after "the Ministry of Defence")
        return fits[0][1] if len({e.id for _, e in fits}) == 1 else None

    def _member_fit(self, tok: Token, near: list[tuple[Mention, Entity]]) -> Entity:
        """Of the blocs near "the bloc", the nearest one the membership data ever lists a member the sentence
        gives it under ("Tajikistan belongs to the same bloc", "Uzbekistan left that bloc"; see
        :func:`member_subjects`), or that the data does not know; the nearest where none does."""
        from ..reference.bloc_members import ever_listed

        states = {self.entities[m.entity].name for m in self.mentions
                  if m.entity in self.entities and m.label == "Country" and m.source != "coref"
                  and any(t.i <= m.start < t.i + 1 or m.start <= t.i < m.end for t in member_subjects(tok))}
        if states:
            for _, entity in near:
                known = ever_listed(entity)
                if known is None or states & known[0]:
                    return entity
        return near[0][1]

    def _fits(self, tok: Token, entity: Entity, labels: set[str], country: str | None) -> bool:
        if entity.label not in labels:
            return False
        if (entity.label == "GovernmentBody" or tok.lower_ in _UNIT_WORDS) and not self._kind_agrees(tok, entity):
            return False
        if country is not None and _country_of(entity, self.ref) not in {country, None}:
            return False
        # "the Korean manufacturer" needs a firm known to be Korean
        return not (country is not None and _country_of(entity, self.ref) is None and entity.label == "Company")

    @staticmethod
    def _kind_agrees(tok: Token, entity: Entity) -> bool:
        names = " ".join([entity.name, *entity.aliases]).lower()
        return any(w in names for w in _KIND_WORDS.get(tok.lower_, (tok.lower_,)))

    def _country_word(self, tok: Token) -> str | None:
        """The country a modifier names, as a mention or as a demonym the reference data knows."""
        found = next((m for m in self.mentions if m.start <= tok.i < m.end and m.label == "Country"), None)
        if found is not None:
            return found.ref_id
        hit = self.ref.lookup(tok.text, "Country") if tok.text[:1].isupper() else []
        return hit[0].id if hit else None

    def _add(self, tok: Token, entity: Entity) -> None:
        m = Mention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok.text), tok.text, entity.label, "coref", entity.ref_id)
        m.entity = entity.id
        entity.mentions.append(m)
        self.mentions.append(m)
        self.covered.add(tok.i)

    def descriptions(self) -> None:
        for tok in (self.doc[i] for i, w in enumerate(lowers(self.doc)) if w in NOUNS or w in _DEMONYM_ONLY):
            label = NOUNS.get(tok.lower_) or _DEMONYM_ONLY.get(tok.lower_)  # (a kind word)
            if label is None or tok.i in self.covered or tok.tag_ not in {"NN", "NNP"} or not tok.is_lower:
                continue
            if tok.dep_ == "compound":  # "ministry spokesman Frega Wenas": the kind word names the body
                if tok.head.lower_ in ROLE_HEADS and not any(c.dep_ in {"amod", "compound"} for c in tok.children):
                    entity = self._antecedent(tok, {label}, None)
                    if entity is not None:
                        self._add(tok, entity)
                continue
            if tok.dep_ == "appos" or tok.head.lower_ == "to" and tok.head.i > 0 and tok.doc[tok.head.i - 1].lower_ == "according":
                continue  # "Baykar, the Turkish firm" is said of the name beside it; "according to the ministry" cites
            dets = [c for c in tok.children if c.dep_ == "det"]
            if (dets[0].lower_ if dets else tok.left_edge.lower_) not in ({"the", "that"} if label == "Alliance" else {"the"}):
                continue  # "the ministry", "The Armenian ministry's spokesman" (the article on the whole phrase)
            nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) \
                    or nxt is not None and nxt.pos_ in {"NOUN", "PROPN"}:
                continue  # "the ministry of defence", "the company Baykar", "the manufacturer serial"
            mods = [c for c in tok.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < tok.i]
            country, other = None, False
            for c in mods:
                found = self._country_word(c)
                if found:
                    country = found
                elif c.i in self.covered or c.pos_ in {"NOUN", "PROPN"}:
                    other = True  # "the Airbus unit", "the news agency": not a back reference
            if other or any(c.lower_ in FRESH for c in tok.children if c.i < tok.i) \
                    or tok.lower_ in _DEMONYM_ONLY and country is None:
                continue  # "the new firm" introduces one; a plain "the group" is left to antecedents.py
            entity = self._antecedent(tok, {label}, country)
            if entity is not None and self._topic_agrees(mods, entity):
                self._add(tok, entity)

    @staticmethod
    def _topic_agrees(mods: list[Token], entity: Entity) -> bool:
        """Whether a portfolio word before the description ("the interior ministry") is the candidate's:
        "the country's interior ministry" after "Tajikistan's foreign ministry" is another ministry."""
        names = " ".join([entity.name, *entity.aliases]).lower()
        return all(any(w in names for w in _TOPICS[c.lower_]) for c in mods if c.lower_ in _TOPICS)

    def pronouns(self) -> None:
        """A possessive "its"/"their" becomes a mention of what :func:`antecedents` says it points to."""
        toks = tokens(self.doc)
        for i, low in enumerate(lowers(self.doc)):
            if low not in PRONOUNS:
                continue
            tok = toks[i]
            if tok.dep_ == "poss" and tok.i not in self.covered:
                found = antecedents(tok, self.named, lambda m: self.entities[m.entity].label in _ACTORS)
                if found:
                    self._add(tok, self.entities[found[0].entity])

    def run(self) -> None:
        self.descriptions()
        self.pronouns()


_ARGS = {"nsubj", "nsubjpass", "dobj", "dative", "agent"}
_STOP = {"ccomp", "xcomp", "advcl", "ROOT", "parataxis"}  # the clause a phrase hangs in ends here


def _argument_of(tok: Token) -> Token | None:
    """The verb ``tok`` is an argument of, directly or through one preposition ("With Airbus, ...")."""
    from ..relations.coordination import list_head  # (graph.relations imports this module's users)

    tok = list_head(tok)
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        tok = tok.head
        return tok.head if tok.head.pos_ in {"VERB", "AUX"} else None
    return tok.head if tok.dep_ in _ARGS and tok.head.pos_ in {"VERB", "AUX"} else None


def bound_apart(tok: Token, m: Mention) -> bool:
    """Whether the description ``tok`` cannot stand for the name ``m`` because the name heads a phrase
    the description is inside ("Mahindra Defence Systems, a subsidiary of the conglomerate", "X, which the
    group bought": not X)."""
    if tok.doc[m.start].sent.start != tok.sent.start:
        return False
    for a in tok.ancestors:
        if m.start <= a.i < m.end:
            return True
        if a.dep_ in _STOP:
            break
    return False


def co_argument(tok: Token, m: Mention) -> bool:
    """Whether the description ``tok`` and the name ``m`` are arguments of one verb ("With Airbus, the
    company assembles C295s", "Austal signed a deal with the company"): set against each other, so the
    description is not the name, and which firm it is the nearest one named before does not tell."""
    if tok.doc[m.start].sent.start != tok.sent.start:
        return False
    verb, other = _argument_of(tok), _argument_of(tok.doc[m.start:m.end].root)
    return verb is not None and other is not None and verb.i == other.i


def names_head(entity: Entity, tok: Token) -> bool:
    """Whether the entity's name ends in the description's noun ("Philly Shipyard" for "the shipyard",
    "Hanwha Group" for "the group")."""
    word = tok.lemma_.lower()
    return any(n.split()[-1].lower() in {word, tok.lower_} for n in (entity.name, *entity.aliases) if n.split())


def antecedents(pronoun: Token, mentions: list[Mention], actor: Callable[[Mention], bool],
                guess: bool = False) -> list[Mention]:
    """What a possessive pronoun ("its", "their"; "his", "her") points back to, as named ``mentions``
    (in document order) of which ``actor`` holds. At the start of a sentence ("Its spokesman, X"), the
    subject of the previous sentence; else the subject of its own clause ("Sweden was represented by
    its Minister"), none where a named actor stands between as the verb's object ("Belarus backed
    Russia in its war": either). With ``guess``, where that finds none: for a singular pronoun the
    nearest actor named before it in the sentence that is not one of several conjoined, for "their"
    the nearest conjoined actors ("Armenia and Azerbaijan ... their war")."""
    word = pronoun.lower_
    if word not in _SINGULAR | _PLURAL:
        return []
    sent = pronoun.sent
    first = pronoun.i == next((t.i for t in sent if not t.is_punct and not t.is_space), -1)
    subj, between = None, False
    gapped = _gapped_holder(pronoun, mentions, actor)
    if gapped is not None:
        return [gapped]
    if first and sent.start > 0:
        prev = pronoun.doc[sent.start - 1].sent
        subj = next((t for t in prev if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"), None)
    else:
        verbs = _clause_verbs(pronoun)
        verb = verbs[-1] if verbs else None
        if verb is not None:
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < pronoun.i), None)
            # "Belarus backed Russia in its war", "Uganda sided with Kenya in its dispute": its could be either
            objects = [o for v in verbs for o in v.children if o.dep_ in {"dobj", "dative", "obj"}]
            objects += [o for p in verb.children if len(verbs) == 1 and p.dep_ == "prep" and p.lower_ == "with"
                        for o in p.children if o.dep_ == "pobj"]
            between = subj is not None and any(m.start <= o.i < m.end and actor(m) for o in objects
                                               if subj.i < o.i < pronoun.i for m in mentions)
    if subj is not None and not between:
        m = next((m for m in mentions if m.start <= subj.i < m.end), None)
        if m is None:  # "the supplier, PZL Mielec, was represented by its president": the name beside a generic subject
            m = next((m for c in subj.children if c.dep_ in {"appos", "compound"}
                      for m in mentions if m.start <= c.i < m.end and not m.demonym and m.label != "Country"), None)
        if m is not None and actor(m):  # "Kenya and Uganda ... their": both
            return _conjoined(subj, mentions, actor) if word in _PLURAL else [m]
    if not guess:
        return []
    before = sorted((m for m in mentions if sent.start <= m.start and m.end <= pronoun.i and actor(m)),
                    key=lambda m: m.start, reverse=True)
    for m in before:
        head = pronoun.doc[m.start:m.end].root
        found = _conjoined(head, mentions, actor)
        if word in _SINGULAR and head.dep_ != "conj" and not head.conjuncts:
            return found[:1]
        if word in _PLURAL and len({o.entity for o in found}) >= 2:
            return found
    if not before and word in _SINGULAR and sent.start > 0 and _only_pronouns_before(pronoun):
        # "Membership gives it a seat next to its partners": no actor named before it in the sentence,
        # only pronouns: the one the previous sentence is about (its main clause's subject)
        prev = pronoun.doc[sent.start - 1].sent
        subj = next((t for t in prev if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"), None)
        m = next((m for m in mentions if subj is not None and m.start <= subj.i < m.end), None)
        if m is not None and actor(m) and not subj.conjuncts:
            return [m]
    return []


def _gapped_holder(pronoun: Token, mentions: list[Mention], actor: Callable[[Mention], bool]) -> Mention | None:
    """The actor of a gapped clause the pronoun's phrase hangs on by "with": "the RAAF is flying the F-35A,
    and the navy with its MH-60R" (the parser sets "navy" as a conjunct of the verb, the verb left out)."""
    phrase = pronoun.head
    while phrase.dep_ in {"compound", "nmod", "amod", "nummod"} and phrase.head != phrase:
        phrase = phrase.head
    prep = phrase.head
    if phrase.dep_ != "pobj" or prep.lower_ != "with" or prep.head.dep_ != "conj" or \
            prep.head.head.pos_ not in {"VERB", "AUX"}:
        return None
    return next((m for m in mentions if m.start <= prep.head.i < m.end and actor(m)), None)


def _only_pronouns_before(pronoun: Token) -> bool:
    """Whether every noun before ``pronoun`` in its sentence is a pronoun or a common noun (no name)."""
    return not any(t.pos_ == "PROPN" for t in pronoun.sent if t.i < pronoun.i) and any(
        t.tag_ == "PRP" and t.lower_ in {"it", "its"} for t in pronoun.sent if t.i < pronoun.i)


def _clause_verbs(pronoun: Token) -> list[Token]:
    """The verbs from a possessive pronoun's own clause up to the one whose subject it points back
    to (the last), carried up past clauses with no subject of their own or a pronoun subject ("X had
    planned to show its Y", "X said it would sell its Y", "X signed a pact, according to its minister", "X said
    its navy had sunk Y")."""
    verb = next((a for a in pronoun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    out: list[Token] = []
    while verb is not None and len(out) < 6:
        out.append(verb)
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        own = subj is not None and verb.dep_ == "ccomp" and subj.left_edge.i <= pronoun.i <= subj.right_edge.i \
            and pronoun.head.i == subj.i and subj.lower_ in _SERVICE_HEADS
        if subj is not None and not (subj.tag_ == "PRP" and subj.lower_ in {"it", "they"} and verb.dep_ == "ccomp") \
                and not own:  # "Norway said its air force had ...": the pronoun is in the reported subject
            break
        if verb.dep_ not in _UP or verb.head is verb:
            break
        verb = next((a for a in verb.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return out


def _conjoined(tok: Token, mentions: list[Mention], actor: Callable[[Mention], bool]) -> list[Mention]:
    """The actors named at ``tok`` and its conjuncts."""
    tokens = [tok, *tok.conjuncts]
    return [m for m in mentions if actor(m) and any(m.start <= t.i < m.end for t in tokens)]


_OBJECTS = {"dobj", "dative", "obj"}


def country_antecedent(tok: Token, countries: dict[int, str], people: set[int]) -> str | None:
    """The country "the country" (``tok``) refers to from the subjects of its sentence, or None to
    leave it to the article's country. ``countries`` maps token index -> country id (names, demonyms,
    capitals); ``people`` holds the token indices of people's names.

    Walking up from the word's own clause: a subject naming exactly one country before it is the
    antecedent ("South Korea's DAPA described the deal as the country's largest export", "Iran ...
    was represented by X, who has led the country"); a clause's subject is never the country it acts
    on ("China had offered the country 40 jets": not China); the walk goes on past clauses whose
    subject is a person, a relative pronoun, none, or the description itself, and stops at any other
    subject ("the firm will invest in the country")."""
    verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    for _ in range(8):
        if verb is None:
            return None
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        acted_on = tok.dep_ in _OBJECTS and tok.head.i == verb.i or tok.dep_ == "pobj" and tok.head.head.i == verb.i
        if subj is not None and not subj.left_edge.i <= tok.i <= subj.right_edge.i and not acted_on:
            found = {countries[t.i] for t in subj.subtree if t.i < tok.i and t.i in countries}
            if len(found) == 1:
                return found.pop()
            person = subj.i in people or any(c.dep_ == "appos" and c.i in people for c in subj.children)
            if found or not (person or subj.tag_ in {"WP", "WDT", "PRP"}):  # "the junta's leader, Captain X"
                return None  # two countries ("Stockholm and Helsinki"), or a subject that is no person
        if verb.head.i == verb.i:  # the root: else the clause before a ";" or ":" ("Burkina Faso has gone
            return _clause_before(tok, verb, countries)  # furthest: ... to the country's army")
        verb = next((a for a in verb.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return None


def _clause_before(tok: Token, root: Token, countries: dict[int, str]) -> str | None:
    """The one country the subject of the clause set before ``root`` with a ";" or ":" names."""
    marks = [c for c in root.children if c.text in {";", ":"} and c.i < tok.i]
    clause = next((c for c in root.children if c.dep_ in {"ccomp", "conj", "parataxis"} and marks
                   and c.right_edge.i < marks[-1].i), None)
    subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if clause is not None else None
    found = {countries[t.i] for t in subj.subtree if t.i in countries} if subj is not None else set()
    return found.pop() if len(found) == 1 else None


def member_subjects(tok: Token) -> list[Token]:
    """The subjects (and their conjuncts) a bloc description is said to have as members: of a verb of
    membership it is the object of ("Tajikistan belongs to the same bloc", "Uzbekistan left that bloc",
    "Croatia entered the alliance"), or of the verb of being whose member noun it owns ("Latvia is a member
    of the bloc"); none for any other verb ("Russia warned the alliance")."""
    verbs = lexicon()["bloc_descriptions"]["member_verbs"]
    nouns = lexicon()["bloc_descriptions"]["member_nouns"]
    head = tok.head.head if tok.dep_ == "pobj" else tok.head if tok.dep_ == "dobj" else None
    if head is None:
        return []
    if head.lower_ in nouns and head.dep_ in {"attr", "appos"}:
        head = head.head
        if head.lemma_.lower() not in {"be", "become", "remain"}:
            return []
    elif head.lemma_.lower() not in verbs:
        return []
    subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return [t for s in subjects for t in (s, *s.conjuncts)]
