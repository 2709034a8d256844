"""A holding's stage from what its own sentence says of the goods beside the cue that found it.

A rule reads the stage of an OPERATES fact off the verb that links the holder and the type; the same
sentence often says more about the goods (ONTOLOGY.md, Time):

* goods delivered that the sentence shows in use are ``in_service``: "the Rafales, bought under a 2016
  deal, fired cruise missiles", "bought used Hornets and plans to fly its Hornets until 2032", "already
  fly or have received the fighter" (a verb of use, ``stage.in_use_verbs``, over the platform's phrase);
* goods a successor is named for ("the successor to the RSAF's F-16s") or whose retirement looms ("as F-16
  retirement looms") are ``in_service``, whatever deal for the successor the sentence tells;
* goods the sentence retires are ``retired``: "the gap left by the retirement of X's An-26s" (a noun of
  leaving, ``retirement.leaving_nouns``, not put ahead), "the first of which, HMAS X, was decommissioned"
  (the subject of a verb of loss), "chose the Hornet in 1981 to replace the Mirage III" (a type replaced
  years before publication), "the air force flew its last Mirage F1s" (the last of a fleet flown), "lost its
  submarine KRI X", "sinking the destroyer HMS Y" (one named unit lost, ``stage.lost_objects``);
* goods the sentence has worked on ("kits to modernise part of its F-16 fleet", "upgrade programmes for
  Kazakhstan's T-72 tanks", "the F-5s that Embraer upgraded for the air force": ``stage.upgrading_verbs``,
  ``stage.upgrading_nouns``) are ``in_service``, whatever deal or plan the sentence tells besides;
* goods delivered whose newer version the sentence tells of ("which received 12 FA-50s in 2017, chose an upgraded
  version of the jet") are ``in_service``; goods taking part in an action ("the jets took part in the strikes")
  are in use.
"""
from __future__ import annotations

from bisect import bisect_right
from datetime import date

from spacy.tokens import Span, Token

from ...entities import Entity
from ..families.stage import lost, modality, negative, to_become, use_ahead
from ..lexicon import cues
from ..relation import Relation
from ..tense import being_done, future_or_modal, past_done, put_ahead
from .deal_stage import _one_unit, clause_long_ago

_HELD = {"delivered", "in_service"}
_BEFORE = {"planned", "negotiating", "ordered"}
_PHRASE = {"compound", "nmod", "amod", "appos", "poss", "nummod"}


def _tokens_in(entity: Entity | None, sent: Span) -> list[Token]:
    """The last token of each mention of ``entity`` inside ``sent`` (the head of a name, mostly), and each
    other capitalised token of the sentence that repeats one ("bought used F/A-18 Hornets ... and plans to fly
    its Hornets": the same type)."""
    if entity is None:
        return []
    first, end, doc = sent.start, sent.end, sent.doc  # (a Span's bounds are computed on each reading)
    heads = [doc[m.end - 1] for m in entity.mentions if first <= m.start and m.end <= end]
    names = {t.text for t in heads if t.text[:1].isupper()}
    if not names:
        return heads  # (no capitalised head: no other token repeats one)
    return heads + [t for t in sent if t.text in names and t not in heads]


def _phrase_head(tok: Token) -> Token:
    """The noun a name's phrase hangs on ("Rafale" in "the Indian Air Force Rafale jets" -> "jets")."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in _PHRASE or cur.head.i == cur.i:
            break
        cur = cur.head
    return cur


def _going_on(verb: Token) -> bool:
    """ "fly its Hornets until 2032", "still fly it": a use that lasts, whatever puts it ahead."""
    going = cues()["stage"]["use_ahead"]["going_on"]
    return any(c.lower_ in going for c in verb.children if c.dep_ in {"advmod", "prep"})


def _in_action(verb: Token) -> bool:
    """ "took part in the strikes", "participated in the operation", "took part in repelling the attack", "saw
    combat", "joined the raids": a verb of taking part (``stage.action_verbs``) whose "in" object, or direct object,
    is a noun of combat, operations or drills (``stage.action_nouns``) or, after "in", a gerund."""
    lex = cues()["stage"]
    needs = lex["action_verbs"].get(verb.lemma_.lower())
    if needs is None:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if needs:
        if not any(o.lower_ in needs for o in objects):
            return False
        objects = []
    ins = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
           if o.dep_ in {"pobj", "pcomp"}]
    return any(o.lemma_.lower() in lex["action_nouns"] for o in objects + ins) or any(
        o.tag_ == "VBG" and o.pos_ == "VERB" for o in ins)


def _in_combat(verb: Token) -> bool:
    """A verb of combat (``stage.combat_verbs``: "struck", "shot down", "bombed") that does not strike a deal."""
    lex = cues()["stage"]
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lex["combat_verbs"] and not any(
        c.dep_ == "dobj" and c.lemma_.lower() in cues()["acquire"]["deal_nouns"] for c in verb.children)


def _acting(head: Token, verb: Token | None) -> bool:
    """Whether a platform's phrase is what acts in its verb's clause: its active subject, or what the verb's
    action is done "with" or "using" ("struck the camps with its Rafales")."""
    if verb is None:
        return False
    if head.dep_ == "nsubj" and head.head.i == verb.i:
        return True
    return head.dep_ in {"pobj", "dobj"} and head.head.lower_ in cues()["stage"]["combat_instruments"] \
        and head.head.head.i == verb.i


def _sharing_subject(verb: Token) -> list[Token]:
    """The verbs joined to ``verb`` that have no subject of their own ("the jets took off and struck the camps")."""
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
            and not any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children)]


def _used(verb: Token, acting: bool = False) -> bool:
    """A verb of use (``in_use_verbs``), of taking part in an action (:func:`_in_action`) or, where the goods act
    (:func:`_acting`), of combat (:func:`_in_combat`), that says the goods are in use: not negated, not put ahead
    by a modal, a plan or "to become the first to fly" (unless the use goes on: "plans to fly them until 2032")."""
    if verb.lemma_.lower() not in cues()["stage"]["in_use_verbs"] and not _in_action(verb) \
            and not (acting and _in_combat(verb)) or negative(verb):
        return False
    if _going_on(verb):
        return True
    return not (future_or_modal(verb) or use_ahead(verb) or to_become(verb) or modality(verb))


def shown_in_use(platform: Token) -> bool:
    """Whether the verb over a platform's phrase (or the verb of use whose joined verb that is, where the verb of
    use has no object of its own: "already fly or have received the fighter"), or a relative clause on it ("jets,
    which took part in the strikes"), is a verb of use; where the platform acts (its verb's subject, or "with"
    it), a verb of combat too; and a verb of combat joined to the platform's verb with no subject of its own: the
    platform, or whoever took or received it, fought ("the jets took off and struck the camps", "the air force took
    its jets to the border and struck", "received the jets in 2022 and shot down two drones last week")."""
    head = _phrase_head(platform)
    if any(c.dep_ == "relcl" and _used(c) for c in head.children):
        return True  # "J-10C jets, which took part in the strikes", "the F-16s, which the air force flies"
    verb = next((a for a in head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    acting = _acting(head, verb)
    if verb is not None and any(_used(c, True) for c in _sharing_subject(verb) if _in_action(c) or _in_combat(c)):
        return True  # "the Rafale jets took off before dawn and struck the camps", "took its jets to X and struck Y"
    while verb is not None:
        if _used(verb, acting):
            return True
        if verb.dep_ != "conj" or any(c.dep_ == "dobj" for c in verb.head.children):
            return False
        verb = verb.head
    return False


def _leaving_noun(platform: Token) -> bool:
    """Whether a platform's phrase is what a noun of leaving service is "of", the leaving past: "the
    retirement of Hungary's An-26s" (not "the planned retirement of", "ahead of the retirement of", "the
    retirement of the jets will leave a gap")."""
    lex = cues()["retirement"]
    head = next((a for a in [platform, *list(platform.ancestors)[:3]] if a.dep_ == "pobj" and a.head.lower_ == "of"),
                None)  # (the phrase may be misparsed: "of Hungary's An-26 turboprops" with a verb "turboprops")
    if head is None:
        return False
    noun = head.head.head
    if noun.lemma_.lower() not in lex["leaving_nouns"] and noun.lower_ not in lex["leaving_nouns"]:
        return False
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in cues()["stage"]["planned_marks"] | cues()["stage"]["upcoming"]
           for c in noun.children):
        return False
    above = noun.head
    if noun.dep_ == "pobj" and above.lower_ in lex["ahead_words"] | {"of"}:
        return False  # "before the retirement of", "ahead of the retirement of", "a plan of retirement"
    verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return verb is None or not (future_or_modal(verb) or negative(verb) or modality(verb))


def held_until_replaced(platform: Token) -> bool:
    """Whether a platform is what a successor is named for or what is leaving service: "the most suitable
    successor to the RSAF's F-16s", "a replacement for its Hornets", "as F-16 retirement looms" (a noun of
    leaving that the name qualifies): the type is held, whatever deal for its successor the sentence tells."""
    lex = cues()["stage"]
    head = _phrase_head(platform)
    if head.dep_ == "pobj" and head.head.lower_ in {"to", "for", "of"} \
            and head.head.head.lemma_.lower() in lex["successor_nouns"]:
        return True
    return platform.dep_ in _PHRASE | {"det"} and platform.i < platform.head.i \
        and platform.head.lemma_.lower() in cues()["retirement"]["leaving_nouns"]  # (a name may be taken for a det)


def _lost_subject(platform: Token, unit: bool = False) -> bool:
    """ "the first of which, HMAS X, was decommissioned in April", "INS X was torpedoed in 1971": the subject of a verb
    of loss (past, not negated nor under a modal, not going on); a verb of losing a unit in action (sunk, scuttled,
    torpedoed: ``stage.lost_objects``) only of one named unit (``unit``), never of a type one of whose units was lost."""
    head = _phrase_head(platform)
    verb = head.head
    if verb.lemma_.lower() in cues()["stage"]["lost_objects"] and not unit:
        return False
    return head.dep_ in {"nsubj", "nsubjpass"} and verb.pos_ in {"VERB", "AUX"} and lost(verb) \
        and not any(c.lower_ == "being" for c in verb.children)  # "are being retired one by one": not yet


def _replaced_long_ago(platform: Token, base: date | None, names: set[int]) -> bool:
    """ "chose the Hornet in 1981 to replace the Mirage IIIO": a type replaced years before publication."""
    head = _phrase_head(platform)
    verb = head.head
    return head.dep_ == "dobj" and verb.lemma_.lower() == "replace" and not negative(verb) and not future_or_modal(verb) \
        and clause_long_ago(verb, base, names)


def _taken_over_from(platform: Token) -> bool:
    """ "the P-8As, which took over from the P-3K2 Orion in 2023": the type a successor took over from, the taking
    over told as done (families/inventory.py: succession_done), is out of service."""
    from ..families.inventory import succession_done
    from ..families.stage import taking_over

    head = _phrase_head(platform)
    if head.dep_ != "pobj" or head.head.lower_ != "from":
        return False
    verb = head.head.head
    return taking_over(verb) and succession_done(verb)


def _upgrading_noun(noun: Token) -> bool:
    """ "upgrade", "modernisation", or a noun they qualify ("upgrade programmes", "modernisation kits")."""
    words = cues()["stage"]["upgrading_nouns"]
    return noun.lower_ in words or noun.lemma_.lower() in words or any(
        c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in words for c in noun.children)


def upgraded(platform: Token) -> bool:
    """Whether a platform's phrase is what a verb or noun of upgrading works on: "kits to modernise part of its
    F-16 fleet", "is upgrading its F-16s", "upgrade programmes for Kazakhstan's T-72 tanks" (also where the parser
    hangs "for ..." on the verb beside "in upgrade programmes"), "the F-5 that Embraer upgraded for the FAB";
    not "76 upgraded Freccias" (a variant bought new) and not a negated verb."""
    lex = cues()["stage"]
    verbs = set(lex["upgrading_verbs"])
    cur = _phrase_head(platform)
    for _ in range(3):  # "part of its existing F-16 fleet", "the rest of the fleet", "a version of X that Y upgraded"
        if any(c.dep_ == "relcl" and c.lemma_.lower() in verbs and not negative(c) for c in cur.children):
            return True  # "the F-5 Tiger II that Embraer upgraded for the FAB"
        if cur.dep_ != "pobj" or cur.head.lower_ != "of" or cur.head.head.pos_ not in {"NOUN", "PRON", "NUM"}:
            break
        if _upgrading_noun(cur.head.head):
            return True  # "the modernisation of its Su-30 fleet"
        cur = cur.head.head
    if cur.dep_ in {"dobj", "nsubjpass"} and cur.head.lemma_.lower() in verbs and not negative(cur.head):
        return True
    if cur.dep_ != "pobj" or cur.head.lower_ not in {"for", "of", "on"}:
        return False
    above = cur.head.head
    if _upgrading_noun(above):
        return True  # "an upgrade programme for its T-72s"
    return above.pos_ in {"VERB", "AUX"} and any(
        p.dep_ == "prep" and p.i != cur.head.i and any(o.dep_ == "pobj" and _upgrading_noun(o) for o in p.children)
        for p in above.children)  # "take part in upgrade programmes for X's tanks" (the "for" hung on the verb)


def _new_version(noun: Token) -> bool:
    """ "version" or "variant" qualified as newer: "an upgraded version", "an improved variant" (``stage.version_nouns``
    with one of ``stage.version_marks``)."""
    lex = cues()["stage"]
    return noun.lemma_.lower() in lex["version_nouns"] and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in lex["version_marks"] for c in noun.children)


def upgraded_name(platform: Token) -> bool:
    """Whether a platform's own name, qualified as upgraded (``stage.upgraded_marks``), is what a verb of working out
    or picking a version (``stage.version_verbs``) has as subject or object: "an upgraded Tejas is being developed",
    "the upgraded Gripen C was chosen" (not "bought 76 upgraded Freccias", "received its first upgraded F-16s")."""
    lex = cues()["stage"]
    head = _phrase_head(platform)
    if not any(c.dep_ == "amod" and c.lower_ in lex["upgraded_marks"] for c in (platform, head) for c in c.children):
        return False
    verb = head.head
    return head.dep_ in {"nsubjpass", "dobj", "nsubj"} and verb.pos_ == "VERB" \
        and verb.lemma_.lower() in lex["version_verbs"] and not negative(verb)


def of_new_version(platform: Token) -> bool:
    """Whether a platform's phrase is what a newer version is "of": "an upgraded version of the FA-50" (what is
    chosen, developed or proposed there is the version to come, not the type its holders have), or the upgraded
    type's own name so worked out or picked (:func:`upgraded_name`)."""
    head = _phrase_head(platform)
    return head.dep_ == "pobj" and head.head.lower_ == "of" and _new_version(head.head.head) or upgraded_name(platform)


def _version_of_held(sent: Span) -> bool:
    """Whether a sentence tells of a newer version of a type it names only by a common noun ("chose an upgraded
    version of the jet"): a holder the sentence gives the type has it."""
    return any(_new_version(t) and any(p.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ == "NOUN" for o in p.children)
                                       for p in t.children) for t in sent)


def _past(verb: Token) -> bool:
    """A verb of the past or the present perfect, or a participle clause hanging on one ("used them in
    1982, sinking the destroyer X"); not under a modal, not negated, not going on ("are being lost")."""
    if negative(verb) or future_or_modal(verb) or any(c.lower_ == "being" for c in verb.children):
        return False
    if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "conj", "xcomp"} and not any(c.dep_ == "aux" for c in verb.children):
        return _past(verb.head)
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _lost_object(platform: Token) -> bool:
    """ "lost its second submarine, KRI X, with all hands", "sinking the British destroyer HMS Y": the object of
    a verb of losing a unit (``stage.lost_objects``) in the past."""
    head = _phrase_head(platform)
    if head.dep_ not in {"dobj", "npadvmod"}:  # (an apposition the parser hung on the verb: "lost its boat, KRI X")
        return False
    verb = head.head
    return verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in cues()["stage"]["lost_objects"] and _past(verb)


def _handed_away(platform: Token, holder: set[int]) -> bool:
    """ "The navy's INS X was handed over to Myanmar in 2020", "sold HMS Y, a Royal Navy frigate, to Chile": one named
    unit given, sold or transferred (``stage.handed_away``) in the past to a named holder other than the relation's
    (``holder``: its source's tokens): it left its former holder. Not put ahead, negated or going on."""
    head = _phrase_head(platform)
    verb = head.head
    if head.dep_ not in {"dobj", "nsubjpass"} or verb.pos_ not in {"VERB", "AUX"} \
            or verb.lemma_.lower() not in cues()["stage"]["handed_away"] or negative(verb) or put_ahead(verb) \
            or being_done(verb) or not past_done(verb):
        return False
    takers = [o for p in verb.children if p.dep_ in {"prep", "dative"} and p.lower_ == "to" for o in p.children
              if o.dep_ == "pobj"]
    takers += [c for c in verb.children if c.dep_ == "dative" and c.pos_ == "PROPN"]  # "gave Myanmar the boat"
    named = {t.i for o in takers for t in o.subtree if t.pos_ == "PROPN"}
    return bool(named) and not named & holder


def _last_flown(platform: Token) -> bool:
    """ "two years after the air force flew its last Mirage F1s": the last of a fleet, the object of a verb of use
    in the past, is out of service."""
    head = _phrase_head(platform)
    verb = head.head
    return head.dep_ == "dobj" and verb.lemma_.lower() in cues()["stage"]["in_use_verbs"] and _past(verb) \
        and any(c.dep_ == "amod" and c.lower_ in cues()["retirement"]["last_words"] for c in head.children)


def _in_use_elsewhere(relations: list[Relation], sents: list[Span], entities: dict[str, Entity]) -> None:
    """A holding delivered or being delivered that another sentence of the article shows in use by the same holder is
    in service: "Ukraine received ATACMS missiles in October ... On Tuesday Ukraine fired ATACMS missiles at an
    airfield", "Bahrain has accepted its first F-16 Block 70s ... the air force flies F-16s from Isa air base". The
    sentence must name the holder (or its state) and no other holder of the type: whose use it shows is then plain."""
    def state(eid: str) -> str:
        e = entities.get(eid)
        return (e.country or eid) if e is not None else eid

    holders: dict[str, set[str]] = {}
    for r in relations:
        if r.type == "OPERATES":
            holders.setdefault(r.target, set()).add(r.source)
    used: dict[tuple[str, str], set[int]] = {}  # (state of the holder, type) -> the sentences that show it in use
    fought: dict[tuple[str, str], set[int]] = {}  # ... in a strike or an action
    for i, sent in enumerate(sents):
        for p, hs in holders.items():
            goods = [t for t in _tokens_in(entities.get(p), sent) if shown_in_use(t)]
            if not goods:
                continue
            users = {state(h) for h in hs for m in _tokens_in(entities.get(h), sent) if _user_of(m, goods)}
            named = {state(h) for h in hs if _tokens_in(entities.get(h), sent)}
            if len(users) == 1 and users == named:
                key = (users.pop(), p)
                used.setdefault(key, set()).add(i)
                if any(_in_strike(g) for g in goods):
                    fought.setdefault(key, set()).add(i)
    starts = [s.start_char for s in sents]
    for r in relations:
        if r.type != "OPERATES" or r.props.get("stage") not in {"delivered", "delivering"} or "start" not in r.evidence:
            continue
        own = bisect_right(starts, r.evidence["start"]) - 1
        # (its own sentence's use is its rules' to read; goods still being delivered serve where they fought: "more
        # are due" beside a plain "operates" stays delivering)
        shown = used if r.props["stage"] == "delivered" else fought
        if shown.get((state(r.source), r.target), set()) - {own}:
            r.said = r.said or r.props["stage"]
            r.props["stage"] = "in_service"


def _in_strike(goods: Token) -> bool:
    """Whether the verb over the goods' phrase shoots them or fights with them ("fired Storm Shadow missiles at the
    port", "struck the bridge with its Su-24s", "took part in the strikes")."""
    verb = next((a for a in _phrase_head(goods).ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and (verb.lemma_.lower() in cues()["stage"]["firing_verbs"] or _in_combat(verb)
                                 or _in_action(verb))


def _on_goods(holder: Token, head: Token, deps: set[str]) -> bool:
    """Whether the holder's mention sits on the goods' phrase head by modifier links ("Ukrainian Su-24s", "the air
    force's jets") or in a clause of use on it ("tankers, which have flown with the RSAF"): not through a
    preposition or a clause of another verb ("jets parked at a base in Ukraine")."""
    use = set(cues()["stage"]["in_use_verbs"])
    cur, via_prep, via_use = holder, False, False
    for _ in range(8):
        if cur.i == head.i:
            return not via_prep or via_use
        if cur.head.i == cur.i:
            return False
        if cur.dep_ in {"relcl", "acl"} and cur.pos_ in {"VERB", "AUX"}:
            if cur.lemma_.lower() not in use:
                return False
            via_use = True
        elif cur.dep_ in {"pobj", "prep", "agent", "nsubj", "nsubjpass"}:
            via_prep = True
        elif cur.dep_ not in deps:
            return False
        cur = cur.head
    return False


def _target(head: Token, verb: Token | None, holder: Token) -> bool:
    """Whether goods are a target, not in use: the object of "at"/"against" (``stage.target_preps``: "fired missiles
    at F-16 jets"), or the object of a combat verb whose subject does not hold the holder ("Russia destroyed two
    Ukrainian F-16s")."""
    lex = cues()["stage"]
    if head.dep_ == "pobj" and head.head.lower_ in lex["target_preps"]:
        return True
    if verb is None or head.dep_ != "dobj" or head.head.i != verb.i or not _in_combat(verb):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and not any(holder.i in {t.i for t in c.subtree} for c in subjects)


def _user_of(holder: Token, goods: list[Token]) -> bool:
    """Whether a holder's mention is who uses the goods: in the subject of their verb of use ("Ukraine fired ...",
    "the air force flew its jets"), the "by" agent of it, or in the goods' own phrase ("Ukrainian Su-24s fired
    ...", "the air force's jets took part"); not a bystander ("the jet first flew ... and was shown to Brazilian
    officials")."""
    lex = cues()["stage"]
    for g in goods:
        head = _phrase_head(g)
        verb = next((a for a in head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if _target(head, verb, holder):
            continue
        if holder.i != head.i and _on_goods(holder, head, set(lex["holder_on_goods_deps"])):
            return True  # a demonym or possessive on the goods
        if verb is None:
            continue
        for c in verb.children:
            if c.dep_ in {"nsubj", "agent"} and holder.i in {t.i for t in c.subtree} and head.i not in \
                    {t.i for t in c.subtree}:
                return True
        if not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children) and holder.i < verb.i \
                and holder.head.head.i == verb.i and holder.pos_ == "PROPN":
            return True  # a subject the parser hung on an opening phrase: "On Sunday Ukraine fired ..."
    return False


def apply(relations: list[Relation], sents: list[Span], entities: dict[str, Entity], base: date | None) -> None:
    """Move, in place, the stage of each holding its sentence shows in use, lists among a type's customers
    or retires (see the module doc)."""
    start_chars = [s.start_char for s in sents]
    for r in relations:
        stage = r.props.get("stage")
        if r.type != "OPERATES" or stage not in _HELD | _BEFORE or "start" not in r.evidence:
            continue
        sent = sents[bisect_right(start_chars, r.evidence["start"]) - 1]
        goods = _tokens_in(entities.get(r.target), sent)
        names = {i for e in entities.values() if e.label == "Platform" for m in e.mentions
                 if sent.start <= m.start and m.end <= sent.end for i in range(m.start, m.end)}
        new = None
        if stage in _BEFORE:
            if any(held_until_replaced(p) or upgraded(p) for p in goods):
                r.said = r.said or stage
                r.props["stage"] = "in_service"
            continue
        unit = _one_unit(entities.get(r.target))
        holder = {i for m in getattr(entities.get(r.source), "mentions", [])
                  if sent.start <= m.start and m.end <= sent.end for i in range(m.start, m.end)}
        if any(_leaving_noun(p) or _lost_subject(p, unit) or _replaced_long_ago(p, base, names) or _last_flown(p)
               or _taken_over_from(p)
               or unit and (_lost_object(p) or _handed_away(p, holder)) for p in goods):
            new = "retired"
        elif stage == "delivered" and (any(shown_in_use(p) or upgraded(p) or upgraded_name(p) for p in goods)
                                       or _version_of_held(sent)):
            new = "in_service"  # ("which received 12 FA-50s in 2017, chose an upgraded version of the jet": it has them)
        if new and new != stage:
            r.said = r.said or stage
            r.props["stage"] = new
    _in_use_elsewhere(relations, sents, entities)
