"""Pronoun subjects and definite descriptions across sentences, resolved to what they stand for.

Runs after :mod:`descriptions` (which takes "the company", "the ministry" and possessive "its"/
"their") and adds ``coref`` mentions the relation rules then read like names:

* a main-clause subject "It" ("They") with no actor named before it in its sentence stands for the
  subject of the previous sentence's main clause (the subject of a passive of goods, "It is built by
  X", "They will be based at Y", for the platform that sentence is about: its main clause's subject or
  object, else for a verb of making the one platform it names), one entity for "it", conjoined ones for "they"; one
  after an actor of its own sentence ("Poland said it would buy ...") is left to the relation rules,
  which walk up to that actor themselves; an expletive "it" ("it is likely that ...") stands for nothing;
  a second "it" of a clause conjoined with the main one whose only subject before it is a resolved "it"
  ("It is one of the largest contributors to X, and in May it sent more troops") for the same;
* an object "it"/"them" of a verb of flying, holding or making goods (``goods_object_verbs``: "The C-390
  ... made its debut in India. The Brazilian Air Force flies it") with no platform named before it in its
  sentence for the platform the sentence before is about (its main clause's subject or object); a noun
  plural only by its verb ("the aircraft are ...") counts as plural for "they"/"them";
* an event told of again by a pronoun (``event_pronouns``): a main-clause subject "It"/"They" with nothing
  named before it in its sentence for the event that is the previous sentence's main-clause subject, or,
  for a verb only an event is the subject of ("It was held in X", "It brings together A and B", "They
  were attended by ..."), also its object ("Russia began naval drills. They are held in X": the drills,
  not the states); an object "it"/"them" of a verb of taking part or holding ("Troops from A joined it",
  "held them off X", "took part in it"; not "will host it next year") for the latest event named within
  the window, of the pronoun's number ("them" for "the drills", "the talks"), with no organisation,
  company, alliance or platform (for "them" no actor or person) named between;
* "the group" for the nearest company, organisation or alliance named before it (not an academy,
  institute or school: what a "group" never is), one named "... Group" first (further back the article's
  only one);
* "the jets", "the frigate", "these helicopters" for a platform of that category: one its own sentence names,
  else the subject (else the nearest) of the sentence before's main clause, else the one named most often
  within the window; past the window the article's one (or most often named) platform of the category;
  a kind-free "the type", "the system", "the vehicles" only where one platform is named within the window;
  also a share flown or bought ("flies 22 of the type"); for a plural noun the platforms conjoined with
  it ("F-16s and Gripens ... the jets");
* a main-clause subject "He" ("She") with no person, role noun or other subject before it in its
  sentence for the person the sentences before are about (the subject of the previous sentence's main
  clause, else the one person it names; none after an unresolved "his"/"he" of someone else there);
  the relation rules give such a sentence's person only an office or a party there
  (``person_pronoun_types``, relations/extract.py);
* "its air force", "their navy", "the country's army" after a word resolved to a country, as the
  subject of a verb ("Its air force still flies ..."): that country's service of the branch (as
  "Slovakia's air force" is), the one the article names or else the catalogued one; nothing before a
  noun ("its army chief" names an office), after a copula ("its army is stretched") or as an object or
  a preposition's ("changed its army", "troops from its army"): no acting service, no node.

What the words are is data (``lexicon.yaml`` ``discourse``). Each resolved word becomes a ``coref``
mention (no alias: "the jets" names nothing).

>>> from graph.mentions import build_nlp
>>> from graph.entities import resolve
>>> doc = build_nlp()("Norway ordered the K9 howitzer in 2017. It received the first guns in 2019.")
>>> ents = resolve(doc)
>>> [(m.text, ents[m.entity].name) for m in doc._.mentions if m.source == "coref"]
[('It', 'Norway'), ('guns', 'K9 Thunder')]
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ..mentions import Mention
from ..mentions.lexicon import category_of, lexicon
from ..mentions.words import lowers, pos_tags, tokens
from .descriptions import bound_apart, co_argument, names_head
from .entity import Entity

_SUBJ = {"nsubj", "nsubjpass"}


def _words() -> dict:
    return lexicon()["discourse"]


def person_pronoun(m: Mention) -> bool:
    """Whether ``m`` is a "he"/"she" :meth:`Antecedents.person_pronouns` resolved: it gives its person an
    office or a party in its sentence, never stands for the person's state (relations/extract.py,
    relations/families/tie_parties.py)."""
    return m.source == "coref" and m.label == "Person" and m.text.lower() in _words()["person_pronouns"]


def _plural(noun: Token) -> bool:
    """A plural noun, also one whose plural is its singular ("the aircraft are being acquired") where the
    verb it is the subject of agrees with a plural."""
    if noun.tag_ in {"NNS", "NNPS"}:
        return True
    if noun.dep_ not in _SUBJ:
        return False
    verb = noun.head
    return any(t.lower_ in {"are", "were"} for t in (verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})))


class Antecedents:
    """Adds the ``coref`` mentions of this module's rules to a document's mentions and entities."""

    def __init__(self, doc: Doc, mentions: list[Mention], entities: dict[str, Entity],
                 service: Callable[[str, str], Entity | None] | None = None) -> None:
        self.doc, self.mentions, self.entities = doc, mentions, entities
        self.service = service  # (country id, branch) -> that country's service, made an entity if catalogued
        self.at = {i: m for m in mentions if m.entity in entities for i in m.tokens()}
        self.sents = list(doc.sents)
        self.sent_no = {s.start: n for n, s in enumerate(self.sents)}
        words = _words()
        self.actors = set(words["pronoun_labels"])
        self.expletive_verbs = set(words["expletive_verbs"])
        self.group_nouns = set(words["group_nouns"])
        self.group_labels = set(words["group_labels"])
        self.window = int(words["window"])
        self.partitive = set(words["partitive_nouns"])
        self.not_groups = set(words["not_group_heads"])
        self.goods_passives = set(words["goods_passives"])
        self.goods_made = set(words["goods_made"])
        self.goods_verbs = set(words["goods_object_verbs"])
        self.event_passives = set(words["event_passives"])
        self.event_subject_verbs = set(words["event_subject_verbs"])
        self.event_object_verbs = set(words["event_object_verbs"])
        self.event_prep_verbs = {k: set(v) for k, v in words["event_prep_verbs"].items()}
        self.plural_event_heads = set(words["plural_event_heads"])
        self.contrast_words = set(words["platform_contrast_words"])
        self.share_words = set(words["share_words"])
        self.same_gender = {w: set(forms) for w, forms in words["person_pronouns"].items()}
        self.person_object_verbs = set(words["person_object_verbs"])
        self.person_object_preps = dict(words["person_object_preps"])
        self.own_post_preps = set(words["own_post_preps"])
        self.person_roles = set(lexicon()["person_roles"]) | {k.lower() for k in lexicon()["person_titles"]}
        self.gender: dict[str, str] = {}  # person id -> the pronoun ("he", "she") that stood for them

    # --- helpers -------------------------------------------------------------------------------
    def _add(self, tok: Token, entity: Entity) -> None:
        m = Mention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok.text), tok.text, entity.label, "coref", entity.ref_id)
        m.entity = entity.id
        entity.mentions.append(m)
        self.mentions.append(m)
        self.at[tok.i] = m

    def _entities_at(self, tok: Token, labels: set[str]) -> list[Entity]:
        """The entities named at ``tok`` (or, for a generic head, at its appositive or compound) and at
        its conjuncts, in order."""
        out: list[Entity] = []
        for t in (tok, *tok.conjuncts):
            m = self.at.get(t.i) or next((self.at[c.i] for c in t.children
                                          if c.dep_ in {"appos", "compound"} and c.i in self.at), None)
            e = self.entities.get(m.entity) if m is not None else None
            if e is not None and e.label in labels and e not in out:
                out.append(e)
        return out

    @staticmethod
    def _expletive(tok: Token, verbs: set[str]) -> bool:
        """ "It is likely that ...", "it remains unclear whether ...", "it emerged that ...": no referent
        ("It is a member of the bloc", a noun predicated with no clause after it, has one)."""
        verb = tok.head
        if tok.dep_ == "expl":
            return True
        clause = any(c.dep_ in {"ccomp", "xcomp", "csubj"} and c.i > tok.i for c in verb.children)
        pred = any(c.dep_ in {"acomp", "oprd"} or c.dep_ == "attr" and (clause or c.pos_ not in {"NOUN", "PROPN", "NUM"})
                   for c in verb.children)
        return verb.lemma_.lower() in verbs and (clause or pred) and not any(
            c.dep_ == "dobj" for c in verb.children)

    # --- pronoun subjects ---------------------------------------------------------------------
    def _previous_subject(self, sent: Span, plural: bool) -> list[Entity]:
        """The named subject(s) of the main clause of the sentence before ``sent``."""
        n = self.sent_no[sent.start]
        if n == 0:
            return []
        prev = self.sents[n - 1]
        subj = next((t for t in prev if t.dep_ in _SUBJ and t.head.dep_ == "ROOT"), None)
        if subj is None:
            return []
        found = self._entities_at(subj, self.actors)
        if plural:
            return found if len(found) >= 2 or found and subj.tag_ in {"NNS", "NNPS"} else []
        return found if len(found) == 1 and not subj.conjuncts and subj.tag_ not in {"NNS", "NNPS"} else []

    def _previous_goods(self, sent: Span, plural: bool, made: bool) -> list[Entity]:
        """The platform(s) the sentence before ``sent`` is about: its main clause's subject or object
        ("Poland ordered 96 Apaches"), else (for a verb of making, ``made``) the one platform it names;
        for ``plural`` only a plural noun or two or more conjoined platforms."""
        n = self.sent_no[sent.start]
        if n == 0:
            return []
        prev = self.sents[n - 1]
        verbs = [prev.root, *(c for c in prev.root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})]
        slots = [c for v in verbs for c in v.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
        for slot in slots:
            found = self._entities_at(slot, {"Platform"})
            if found:
                many = len(found) >= 2 or _plural(slot)
                return found if plural == many or not plural and len(found) == 1 else []
        if not made:
            return []
        named = {self.at[i].entity: i for i in range(prev.start, prev.end)
                 if i in self.at and self.entities[self.at[i].entity].label == "Platform"}
        if len(named) != 1:
            return []
        (entity, at), = named.items()
        noun = self.doc[at].head if self.doc[at].dep_ in {"compound", "nummod", "amod"} else self.doc[at]
        if plural and noun.tag_ not in {"NNS", "NNPS"}:
            return []  # "signed for 48 KAAN fighters. They ...": a plural noun of the one platform
        return [self.entities[entity]]

    def _goods_passive(self, tok: Token) -> bool:
        """ "It is built by X", "They will be based at Y": a passive whose subject is goods."""
        verb = tok.head
        return tok.dep_ == "nsubjpass" and verb.lemma_.lower() in self.goods_passives and not any(
            c.dep_ in {"xcomp", "ccomp"} for c in verb.children)

    def goods_objects(self) -> None:
        """An object "it"/"them" of a verb of flying, holding or making goods ("The C-390 ... made its debut in
        India. The Brazilian Air Force flies it", "the navy retired them in 2011") with no platform named before
        it in its sentence: the platform the sentence before is about (its main clause's subject or object;
        for "them" a plural noun or conjoined platforms)."""
        toks = tokens(self.doc)
        for i, word in enumerate(lowers(self.doc)):
            if word not in {"it", "them"}:
                continue
            tok = toks[i]
            if tok.tag_ != "PRP" or tok.dep_ != "dobj" or tok.i in self.at \
                    or tok.head.lemma_.lower() not in self.goods_verbs:
                continue
            sent = tok.sent
            if any(k in self.at and self.entities[self.at[k].entity].label == "Platform" for k in range(sent.start, tok.i)):
                continue  # "Poland ordered the K2 and will build it at home": the rules read the K2 themselves
            for e in self._previous_goods(sent, word == "them", made=False):
                self._add(tok, e)

    def pronoun_subjects(self) -> None:
        toks = tokens(self.doc)
        for i, word in enumerate(lowers(self.doc)):
            if word not in {"it", "they"}:
                continue
            tok = toks[i]
            if tok.tag_ != "PRP" or tok.dep_ not in _SUBJ or tok.i in self.at:
                continue
            if self._expletive(tok, self.expletive_verbs):
                continue
            sent = tok.sent
            main = tok.head.dep_ == "ROOT" or tok.head.dep_ == "conj" and tok.head.head.dep_ == "ROOT"
            before = [self.at[k] for k in range(sent.start, tok.i)
                      if k in self.at and self.entities[self.at[k].entity].label in self.actors]
            subjects = [t for t in self.doc[sent.start:tok.i] if t.dep_ in _SUBJ]
            if main and subjects and tok.head.dep_ == "conj" and all(
                    t.lower_ == word and t.i in self.at and self.at[t.i].source == "coref" for t in subjects):
                # "It is a big contributor to X, and in May it sent more troops": what the first one stood for
                for eid in dict.fromkeys(self.at[t.i].entity for t in subjects):
                    self._add(tok, self.entities[eid])
                continue
            if not main or before:
                continue  # "X said it would ...": the rules walk up to X themselves
            if self._goods_passive(tok):  # "Brazil bought the Gripen. It is built by Embraer": the jet
                made = tok.head.lemma_.lower() in self.goods_made
                for e in self._previous_goods(sent, word == "they", made):
                    self._add(tok, e)
                continue
            found = self._previous_subject(sent, word == "they")
            if word == "it" and len(found) != 1 or word == "they" and not found:
                continue
            for e in found:
                self._add(tok, e)

    # --- events told of by a pronoun ------------------------------------------------------------
    def _event_plural(self, tok: Token) -> bool:
        """Whether an event is told of in the plural at ``tok`` ("the drills", "the Zapad drills", "talks")."""
        head = tok.head if tok.dep_ in {"compound", "amod", "nmod"} and tok.head.pos_ == "NOUN" else tok
        return head.lower_ in self.plural_event_heads or head.tag_ in {"NNS", "NNPS"} and head.i in self.at \
            and self.entities[self.at[head.i].entity].label == "Event"

    def _event_of_slot(self, slot: Token) -> Entity | None:
        """The one event named at a subject or object (or at its compound or appositive)."""
        found = self._entities_at(slot, {"Event"})
        return found[0] if len(found) == 1 else None

    def _previous_event(self, sent: Span, plural: bool, objects: bool) -> Entity | None:
        """The event the main clause of the sentence before ``sent`` is about: its subject, with ``objects``
        also its object ("Russia began naval drills. They are being held in ..."); of the pronoun's number."""
        n = self.sent_no[sent.start]
        if n == 0:
            return None
        prev = self.sents[n - 1]
        verbs = [prev.root, *(c for c in prev.root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})]
        deps = ("nsubj", "nsubjpass", "dobj") if objects else ("nsubj", "nsubjpass")
        for dep in deps:
            for slot in (c for v in verbs for c in v.children if c.dep_ == dep):
                event = self._event_of_slot(slot)
                if event is not None:
                    if self._event_plural(slot) != plural:
                        return None
                    return self._named_beside(prev, event) or event
        return None

    def _named_beside(self, sent: Span, event: Entity) -> Entity | None:
        """The one named event ``sent`` also tells of when its subject is the article's unnamed ceremony ("The
        induction shared the day with Expo X, a drone show that Y opened. It is organised by A and B"): the
        ceremony takes only its own nouns ("the ceremony", "the launch"), a pronoun after goes to the named one."""
        if event.props.get("kind") != "ceremony" or any(m.source != "coref" for m in event.mentions):
            return None
        named = {m.entity for k in range(sent.start, sent.end) if (m := self.at.get(k)) is not None
                 and m.entity != event.id and self.entities[m.entity].label == "Event"
                 and any(x.source != "coref" for x in self.entities[m.entity].mentions)}
        return self.entities[named.pop()] if len(named) == 1 else None

    def _event_verb(self, tok: Token) -> bool:
        """ "It was held in X", "They are being attended by ...", "It brings together A and B", "It opened on
        Monday": a verb whose pronoun subject can only be an event."""
        verb = tok.head
        lemma = verb.lemma_.lower()
        if tok.dep_ == "nsubjpass":
            return lemma in self.event_passives
        if lemma not in self.event_subject_verbs:
            return False
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if lemma in {"bring", "draw"}:  # "brings together A and B"
            return any(c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ == "together" for c in verb.children)
        if lemma in {"involve", "attract", "feature", "gather", "unite", "assemble"}:
            return bool(objects)
        return not objects  # "It opened on Monday", not "It opened talks with X"

    def _event_subjects(self) -> None:
        """A main-clause subject "It" ("They") with nothing named before it in its sentence stands for the
        event the sentence before is about: that sentence's subject, or for a verb only an event is the
        subject of (:meth:`_event_verb`) also its object."""
        toks = tokens(self.doc)
        for i, word in enumerate(lowers(self.doc)):
            if word not in {"it", "they"}:
                continue
            tok = toks[i]
            if tok.tag_ != "PRP" or tok.dep_ not in _SUBJ or tok.i in self.at or self._expletive(tok, self.expletive_verbs):
                continue
            sent = tok.sent
            if not (tok.head.dep_ == "ROOT" or tok.head.dep_ == "conj" and tok.head.head.dep_ == "ROOT"):
                continue
            if any(k in self.at for k in range(sent.start, tok.i)):
                continue
            event = self._previous_event(sent, word == "they", objects=self._event_verb(tok))
            if event is not None:
                self._add(tok, event)

    def _event_object_verb(self, tok: Token) -> Token | None:
        """The verb an object "it"/"them" is the event of: "joined it", "held them off X", "took part in it",
        "sent troops to it"; none of a modal or future ("will host it next year": a later edition)."""
        if tok.dep_ == "dobj":
            verb = tok.head
            ok = verb.lemma_.lower() in self.event_object_verbs
        elif tok.dep_ == "pobj":
            prep, verb = tok.head, tok.head.head
            preps = self.event_prep_verbs.get(verb.lemma_.lower())
            ok = preps is not None and prep.lower_ in preps and verb.pos_ in {"VERB", "AUX"}
            if ok and verb.lemma_.lower() == "take":
                ok = any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)
        else:
            return None
        if not ok or any(c.dep_ == "aux" and c.lower_ in {"will", "would", "could", "may", "might", "should", "shall"}
                         for c in verb.children):
            return None
        return verb

    def _event_objects(self) -> None:
        """An object "it"/"them" of a verb of taking part or holding (:meth:`_event_object_verb`) with no event
        named before it in its sentence stands for the latest event named within the window, where that event
        is told of in the pronoun's number and no organisation, company, alliance or platform (for "them": no
        actor or person) is named between them outside the verb's subject."""
        toks = tokens(self.doc)
        for i, word in enumerate(lowers(self.doc)):
            if word not in {"it", "them"}:
                continue
            tok = toks[i]
            if tok.tag_ != "PRP" or tok.i in self.at:
                continue
            verb = self._event_object_verb(tok)
            if verb is None:
                continue
            here = self.sent_no[tok.sent.start]
            first = self.sents[max(0, here - self.window)].start
            before = [m for m in self.mentions if first <= m.start < tok.i and m.entity in self.entities]
            events = [m for m in before if self.entities[m.entity].label == "Event"]
            if not events:
                continue
            latest = max(events, key=lambda m: m.start)
            if latest.start >= tok.sent.start:
                continue  # "X held the drill and Y joined it": the rules read the named event themselves
            if self._event_plural(self.doc[latest.start:latest.end].root) != (word == "them"):
                continue
            subject = {t.i for c in verb.children if c.dep_ in _SUBJ for t in c.subtree}
            blocking = {"Organization", "Company", "Alliance", "Platform"} if word == "it" \
                else self.actors | {"Person"}
            if any(m.start > latest.start and m.start not in subject and self.entities[m.entity].label in blocking
                   for m in before):
                continue  # "Finland applied to the alliance. Sweden joined it": the alliance
            self._add(tok, self.entities[latest.entity])

    def event_pronouns(self) -> None:
        """ "The summit opened on Monday. It was attended by A and B", "Russia began naval drills. They are held
        in X", "Exercise E began. Troops from A joined it": "it", "they", "them" for an event."""
        self._event_subjects()
        self._event_objects()

    # --- descriptions -------------------------------------------------------------------------
    def _definite(self, tok: Token) -> bool:
        """ "the group", "these jets": a determiner of reference, no name-like modifier, no "of"."""
        if tok.i in self.at or tok.pos_ != "NOUN" or not tok.is_lower or tok.dep_ in {"compound", "appos"}:
            return False
        if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"} for c in tok.children):
            return False
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return False  # "the group of experts"
        nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        if nxt is not None and nxt.pos_ in {"NOUN", "PROPN"}:
            return False  # "the jet engines", "the group Hamas"
        return not any(c.dep_ in {"compound", "nmod", "amod"} and (c.pos_ == "PROPN" or c.i in self.at)
                       for c in tok.children)

    def _nearest(self, tok: Token, fits, by_name: bool = False) -> Mention | None:
        """The nearest mention within the window of an entity ``fits`` holds for, never one the description
        cannot stand for where it stands (:func:`descriptions.bound_apart`), none where the nearest is an
        argument of the description's own verb (:func:`descriptions.co_argument`); with ``by_name``, one whose name
        ends in the description's noun first ("the group" after "Hanwha Group", a nearer "Hanwha Ocean"
        between), further back the article's one entity so named."""
        here = self.sent_no[tok.sent.start]
        found, further = [], []
        for m in sorted((m for m in self.mentions if m.end <= tok.i and m.entity in self.entities),
                        key=lambda m: m.start, reverse=True):
            if fits(self.entities[m.entity]) and not bound_apart(tok, m):
                near = here - self.sent_no[self.doc[m.start].sent.start] <= self.window
                (found if near else further).append(m)
        if found and co_argument(tok, found[0]):
            return None  # "Airbus signed with the group": another than Airbus, which one unsaid
        if not by_name:
            return found[0] if found else None
        so_named = [m for m in found if names_head(self.entities[m.entity], tok)] or [
            m for m in further if names_head(self.entities[m.entity], tok)]  # further back: the article's only one
        if len({m.entity for m in so_named}) == 1 or so_named and so_named[0] in found:
            return so_named[0]
        return found[0] if found else None

    def groups(self) -> None:
        toks = tokens(self.doc)
        for i, low in enumerate(lowers(self.doc)):
            if low not in self.group_nouns:
                continue
            tok = toks[i]
            if self._definite(tok):
                m = self._nearest(tok, lambda e: e.label in self.group_labels
                                  and e.name.split()[-1].lower() not in self.not_groups, by_name=True)
                if m is not None:
                    self._add(tok, self.entities[m.entity])

    def _platform_slot(self, tok: Token) -> bool:
        """A subject or object that stands for the platform itself: "the jets landed", "the maker of the
        frigates", "it delivered the helicopters"; not a share of a fleet ("16 of the aircraft", "more of
        the jets", "a variant of the jet") nor an owner ("the helicopter's engines")."""
        if tok.dep_ in _SUBJ or tok.dep_ == "dobj":
            return True
        if tok.dep_ != "pobj" or tok.head.lower_ != "of":
            return False
        owner = tok.head.head
        if owner.pos_ == "NUM" or owner.lower_ in self.share_words:
            return self._share_of_goods(owner)
        return owner.pos_ == "NOUN" and owner.lemma_.lower() not in self.partitive and not any(
            c.pos_ == "NUM" for c in owner.children)

    def _share_of_goods(self, share: Token) -> bool:
        """ "flies 22 of the type", "Twelve of the jets have been delivered to X", "bought several of the
        systems": a share of a fleet that is the object of a verb of flying, holding or buying goods, or the
        subject of a passive of goods, stands for the platform (not "16 of the aircraft were lost")."""
        verb = share.head
        if share.dep_ == "dobj":
            return verb.lemma_.lower() in self.goods_verbs
        return share.dep_ == "nsubjpass" and verb.lemma_.lower() in self.goods_passives

    def _subordinate(self, m: Mention) -> bool:
        """Whether a mention lies in a relative, adverbial or participial clause of its sentence ("stocks, which
        Denmark is emptying as it moves to the F-35"): told of in passing."""
        root = self.doc[m.start:m.end].root
        return any(a.dep_ in {"relcl", "advcl", "acl"} for a in (root, *root.ancestors))

    def _is_subject(self, m: Mention) -> bool:
        """Whether a mention is its clause's subject or names it ("Twelve Gripen fighters are based at X")."""
        tok = self.doc[m.start:m.end].root
        while tok.dep_ in {"compound", "amod", "nmod", "appos"} and tok.head != tok:
            tok = tok.head
        return tok.dep_ in _SUBJ

    def _salient_platform(self, tok: Token, fits, generic: bool) -> Mention | None:
        """The platform a description stands for: the nearest one its own sentence names, else the one the main
        clause of the sentence before names (its subject first, else the nearest); else of the platforms ``fits`` holds for named within the
        window, the one named most often before it (the nearest of those: "The jets ... as it moves to the F-35. The
        jets": not the F-35 told of in passing; the nearest where a word sets it against the others, "the new
        jets", or where its own sentence names it); a kind-free noun (``generic``: "the type", "the system") only
        where one platform is named within the window. With none within the window, the one such platform
        the article names before it, or the one it names most often (twice or more, more than any other):
        "the missile" of an article on Tomahawks after a paragraph of no missile."""
        here = self.sent_no[tok.sent.start]
        near: list[Mention] = []
        further: list[Mention] = []
        count: dict[str, int] = {}
        for m in sorted((m for m in self.mentions if m.end <= tok.i and m.entity in self.entities),
                        key=lambda m: m.start, reverse=True):
            e = self.entities[m.entity]
            if not fits(e) or bound_apart(tok, m):
                continue
            count[e.id] = count.get(e.id, 0) + 1
            (near if here - self.sent_no[self.doc[m.start].sent.start] <= self.window else further).append(m)
        if near and co_argument(tok, near[0]):
            return None  # "Saab flew it beside the jet": another than the one named, which one unsaid
        contrast = any(c.dep_ in {"amod", "compound"} and c.lower_ in self.contrast_words for c in tok.children)
        if near:
            ids = list(dict.fromkeys(m.entity for m in near))
            if generic:
                return near[0] if len(ids) == 1 else None
            if contrast or near[0].start >= tok.sent.start:
                return near[0]  # "the new jets" (set against the ones before), "The F-35A took over when the jets ..."
            before = self.sents[max(0, here - 1)]
            main = [m for m in near if before.start <= m.start < tok.sent.start and not self._subordinate(m)]
            if len(ids) >= 2:  # two of the kind named near: only the subject of the sentence before tells which
                # ("The Leopard 2A4s will replace the M60s. The tanks ...": the Leopards), of the nearest sentence whose
                # main clause names one (one naming them only in passing is skipped); an object says nothing of which
                for back in range(1, self.window + 1):
                    sent = self.sents[max(0, here - back)]
                    told = [m for m in near if sent.start <= m.start < sent.end and not self._subordinate(m)]
                    if told:
                        return next((m for m in told if self._is_subject(m)), None)
                return None
            if not main and any(count[m.entity] >= count[ids[0]] for m in further if m.entity != ids[0]):
                return None  # one named near in passing, another of the kind named as often further back: either
            if main:  # "X is the home of 14 Gripen fighters. The Saab-built jets ...": what the sentence before is
                # about, its subject first ("The F-16s will replace the Mirage fleet. The fighters ...": the F-16s)
                return min(main, key=lambda m: self.doc[m.start:m.end].root.dep_ not in _SUBJ)
            best = max(ids, key=lambda i: (count[i], -ids.index(i)))
            return next(m for m in near if m.entity == best)
        ids = list(dict.fromkeys(m.entity for m in further))
        if not ids or contrast:
            return None
        ranked = sorted(ids, key=lambda i: -count[i])
        if len(ranked) == 1 or count[ranked[0]] >= 2 and count[ranked[0]] > count[ranked[1]]:
            return next(m for m in further if m.entity == ranked[0])
        return None

    def platforms(self) -> None:
        toks = tokens(self.doc)
        generic_nouns = set(_words()["platform_generic_nouns"])
        for i, pos in enumerate(pos_tags(self.doc)):
            if pos != "NOUN":
                continue
            tok = toks[i]
            if not tok.is_lower:
                continue
            category = category_of([tok.lower_])
            generic = category is None and tok.lower_ in generic_nouns
            if category is None and not generic or not self._definite(tok) \
                    or any(c.dep_ == "appos" for c in tok.children) or not self._platform_slot(tok):
                continue  # "the jet, the F-35I Adir": named beside it
            m = self._salient_platform(
                tok, lambda e, c=category: e.label == "Platform" and (c is None or e.props.get("category") == c),
                generic)
            if m is None:
                continue
            found = [self.entities[m.entity]]
            if tok.tag_ == "NNS":  # "F-16s and Gripens ... the jets": all the conjoined ones
                found = self._entities_at(self.doc[m.start:m.end].root, {"Platform"}) or found
                found = [e for e in found if category is None or e.props.get("category") == category]
            for e in found:
                self._add(tok, e)

    # --- a resolved country's service ---------------------------------------------------------
    def _owner_before(self, i: int) -> Entity | None:
        """The country a possessive right before token ``i`` was resolved to: "its", "their", "the
        country's" (an optional "own" between)."""
        low = lowers(self.doc)
        j = i - 1
        if j >= 0 and low[j] == "own":
            j -= 1
        if j >= 1 and low[j] in {"'s", "\u2019s"}:
            j -= 1
        m = self.at.get(j) if j >= 0 else None
        if m is None and j >= 0 and low[j] in {"its", "their"}:
            return self._only_country_before(j)
        if m is None or m.source != "coref" or low[j] in {"it", "they"}:
            return None
        e = self.entities.get(m.entity)
        if e is not None and e.label == "GovernmentBody" and e.country and low[j] in {"its", "their"}:
            # "Sweden's navy guards Gotland. Its air force ...": an "its" read as a service stands for its state
            return next((c for c in self.entities.values() if c.label == "Country" and c.ref_id == e.country), None)
        return e if e is not None and e.label == "Country" and e.ref_id else None

    def _only_country_before(self, i: int) -> Entity | None:
        """The one country an unresolved "its"/"their" before a service noun can stand for (only a state has an
        air force or a navy): the only country named in its sentence before it and in the sentence before that
        ("Sweden's navy guards Gotland. Its air force flies Gripens"); None for two or for none."""
        n = self.sent_no[self.doc[i].sent.start]
        start = self.sents[n - 1].start if n > 0 else self.sents[n].start
        found = {m.entity for k in range(start, i) if (m := self.at.get(k)) is not None
                 and (e := self.entities.get(m.entity)) is not None and e.label == "Country" and e.ref_id}
        if found:
            return self.entities[found.pop()] if len(found) == 1 else None
        # none so near: the article's own country, named within the window ("a country of 5.5 million.
        # Conscription gives it ... Its air force flies ...")
        focal = self.doc.user_data.get("focal_country")
        start = self.sents[max(0, n - self.window)].start
        return next((e for k in range(start, i) if (m := self.at.get(k)) is not None
                     and (e := self.entities.get(m.entity)) is not None and e.label == "Country"
                     and e.ref_id and e.ref_id == focal), None)

    def possessed_services(self) -> None:
        if self.service is None:
            return
        branches = lexicon()["name_shape"]["service_coref"]
        low = lowers(self.doc)
        toks = tokens(self.doc)
        for i, word in enumerate(low):
            if word not in branches or toks[i].text != word:
                continue
            base = branches[word].lower().split()
            end = i + len(base)
            if low[i:end] != base or any(k in self.at for k in range(i, end)):
                continue
            if end < len(low) and (low[end] == "of" or toks[end].text[:1].isupper()
                                   or toks[end].pos_ == "NOUN" and toks[end].is_lower):
                continue  # "its army chief", "their navy commander": an office
            head = toks[end - 1]
            if head.dep_ != "nsubj" or head.head.lemma_ == "be":
                continue  # only an acting service ("its air force flies ..."), not "its army is stretched"
            if any(c.dep_ == "appos" for c in head.children):
                continue  # "its air force, the Qatar Emiri Air Force, ...": named beside it
            owner = self._owner_before(i)
            target = self.service(owner.ref_id, branches[word]) if owner is not None else None
            if target is None:
                continue
            span = self.doc[i:end]
            m = Mention(i, end, span.start_char, span.end_char, span.text, "GovernmentBody", "coref", target.ref_id)
            m.entity = target.id
            target.mentions.append(m)
            self.mentions.append(m)
            for k in range(i, end):
                self.at[k] = m

    # --- people's pronouns --------------------------------------------------------------------
    def _people_in(self, sent: Span, before: int | None = None) -> list[Entity]:
        """The distinct people named (or already resolved) in ``sent``, before token ``before`` if given."""
        out: list[Entity] = []
        for i in range(sent.start, sent.end if before is None else before):
            m = self.at.get(i)
            e = self.entities.get(m.entity) if m is not None else None
            if e is not None and e.label == "Person" and e not in out:
                out.append(e)
        return out

    def _previous_person(self, sent: Span, word: str) -> Entity | None:
        """The person a subject "he"/"she" opening a thought stands for: the person subject of the
        previous sentence's main clause, else the one person that sentence names (none where that sentence
        also speaks of someone by an unresolved pronoun of the same gender); where it names none, the
        same of the nearest sentence within the window that names any. Never a person an earlier
        pronoun of the other gender stood for, and no person for a "she" after a sentence whose subject is a ship
        (a Platform): the ship is "she"."""
        n = self.sent_no[sent.start]
        for back in range(1, self.window + 1):
            if n - back < 0:
                return None
            prev = self.sents[n - back]
            people = [e for e in self._people_in(prev) if self.gender.get(e.id, word) == word]
            if not people:
                if self._people_in(prev):
                    return None  # the pronoun's gender rules out the people just named
                continue
            subj = next((t for t in prev if t.dep_ in _SUBJ and t.head.dep_ == "ROOT"), None)
            if word == "she" and subj is not None and self._entities_at(subj, {"Platform"}):
                return None  # "The destroyer HMAS Brisbane left Sydney under Commander X. She will join ...": the ship
            found = self._entities_at(subj, {"Person"}) if subj is not None else []
            if len(found) == 1 and not subj.conjuncts and found[0] in people:
                return found[0]
            if any(t.lower_ in self.same_gender[word] and t.i not in self.at for t in prev):
                return None  # "His ties to X go back to 2009, when he ... while Y was mayor. He later led ...": not Y
            return people[0] if len(people) == 1 else None
        return None

    def _opens_clause(self, tok: Token) -> bool:
        """Whether a person pronoun is the subject of its sentence's main clause (or of a verb conjoined
        with it) with no person, role noun or other subject before it: "In 2008 she commanded ...",
        not "X said he ...", "the system he toppled", "The new minister trained ..., where he flew",
        "Prince Khalid ..., and as deputy he handled"."""
        verb = tok.head
        if not (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
            return False
        # a leading phrase of the verb names the person's own past rank or post, not someone else: "As a
        # rear admiral he led ...", "Before becoming vice chief in March she was ..."
        own = {t.i for p in verb.children if p.dep_ == "prep" and p.i < tok.i and p.lower_ in self.own_post_preps
               for t in p.subtree}
        return not any(t.dep_ in _SUBJ or t.pos_ == "PROPN" and t.i not in self.at and t.ent_type_ != "DATE"
                       or t.i in self.at and self.entities[self.at[t.i].entity].label == "Person"
                       or t.lower_ in self.person_roles and t.i not in own for t in self.doc[tok.sent.start:tok.i])

    def _earlier_same(self, tok: Token, word: str) -> Entity | None:
        """The person an earlier "he"/"she" of the same sentence stood for, where ``tok`` (the same word) is the
        subject of a clause conjoined with the main one and nothing but that pronoun is a subject, a name or a
        person before it: "As a rear admiral he led the Eastern Fleet, and later he was Flag Officer ...".
        """
        verb = tok.head
        if not (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
            return None
        found: Entity | None = None
        for t in self.doc[tok.sent.start:tok.i]:
            m = self.at.get(t.i)
            if t.lower_ == word and t.dep_ in _SUBJ and m is not None and m.source == "coref":
                found = self.entities.get(m.entity)
            elif t.dep_ in _SUBJ or t.pos_ == "PROPN" and t.i not in self.at and t.ent_type_ != "DATE" \
                    or m is not None and self.entities[m.entity].label == "Person":
                return None
        return found

    def person_pronouns(self) -> None:
        """A subject "he"/"she" with no person named before it in its sentence stands for the person the
        sentences before are about (:meth:`_previous_person`): "General X took command on Monday. He
        led the 3rd Division from 2019" (the relation rules then read "He" like the name)."""
        toks = tokens(self.doc)
        for i, word in enumerate(lowers(self.doc)):
            if word not in self.same_gender:
                continue
            tok = toks[i]
            if tok.tag_ != "PRP" or tok.dep_ not in _SUBJ or tok.i in self.at:
                continue
            person = self._earlier_same(tok, word)
            if person is None:
                if not self._opens_clause(tok):
                    continue
                person = self._previous_person(tok.sent, word)
            if person is not None:
                self.gender.setdefault(person.id, word)
                self._add(tok, person)
        self._person_objects(toks)

    def _person_objects(self, toks) -> None:
        """An object "him"/"her" of a verb of sanctioning (``discourse.person_object_verbs``) stands for the one
        person named before it in its sentence, else for the person the sentences before are about: "General X
        led the offensive. The EU placed him under sanctions in 2023" (:meth:`_previous_person`)."""
        verbs = self.person_object_verbs
        objects = {form: word for word, forms in self.same_gender.items() for form in forms if form != word}
        for i, low in enumerate(lowers(self.doc)):
            tok = toks[i]
            if low not in objects or tok.tag_ != "PRP" or tok.dep_ != "dobj" or tok.i in self.at \
                    or tok.head.lemma_.lower() not in verbs:
                continue
            prep = self.person_object_preps.get(tok.head.lemma_.lower())
            if prep is not None and not any(c.dep_ == "prep" and c.lower_ == prep for c in tok.head.children):
                continue  # "placed him in charge": no sanction
            named = {m.entity for m in (self.at.get(t.i) for t in self.doc[tok.sent.start:tok.i])
                     if m is not None and self.entities[m.entity].label == "Person"}
            if len(named) > 1:
                continue  # two people before it in the sentence: either may be meant
            # one person before it in the sentence ("He led the campaign, and the EU placed him under
            # sanctions"), else the one the sentences before are about
            person = self.entities[next(iter(named))] if named else self._previous_person(tok.sent, objects[low])
            if person is not None:
                self.gender.setdefault(person.id, objects[low])
                self._add(tok, person)

    def run(self) -> None:
        self.possessed_services()
        self.groups()
        self.platforms()  # before the pronouns: "The jets landed. They ..." carries on from the jets
        self.event_pronouns()  # before the actors' pronouns: "Russia began drills. They are held in X" is the drills
        self.pronoun_subjects()
        self.goods_objects()
        self.person_pronouns()
