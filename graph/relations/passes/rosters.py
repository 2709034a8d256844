"""A bloc's meeting whose attendance is listed through the members' leaders: "The member states represented at
the summit were A's President X, Russian President Y, Z of C and the prime ministers of D and E, V and W". The
sentence's own LEADS facts pair each leader with a state; where the sentence (or the one before it) says the
listed are members and were there (a member word with a word of being there close by, before the list), each state is MEMBER_OF the bloc and each leader and state PARTICIPATED_IN
the meeting (ANNOTATION.md: leaders are required participants of a summit, their states optional).

The bloc is the one the sentence names, else the one the meeting is HOSTED_BY, else the last one named before;
the meeting is the one event of a gathering kind the sentence names, else the article's main event of that
kind. Where the membership data has rows for the bloc, only the listed states it has as members on the article's
date are members (a guest listed among them only takes part), and a list at most half of whose states are
members is no roster; a sentence with a word of absence or of another time ("did not
attend", "except", "will") gives nothing. Cue words are data (``cues.yaml``, ``rosters``)."""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

from ...entities import Entity
from ..families.common import bloc_entity
from ..families.events import event_kind
from ..lexicon import cues
from ..relation import Relation, sentence_place
from .event_dates import at_event_dates

_MIN_LEADERS = 2  # a roster lists at least two leaders
_NEAR = 8  # words between a member word and the word of being there


def _words(sent: Span) -> set[str]:
    return {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}


def _cue_at(sent: Span, lex: dict) -> int | None:
    """The position of the first plural member word of ``sent`` that a word of being there stands close to ("the
    member states represented", "member states were represented", "members attending"), else None."""
    members, present = set(lex["member_words"]), set(lex["present_words"])
    for t in sent:
        noun = t.head if t.dep_ == "compound" else t  # "member states": the states
        if t.lower_ in members and t.pos_ == "NOUN" and noun.tag_ == "NNS":  # many members, not "the 31st member"
            near = sent.doc[max(sent.start, t.i - _NEAR):min(sent.end, t.i + _NEAR + 1)]
            if any(w.lower_ in present or w.lemma_.lower() in present for w in near):
                return t.i
    return None


def _cued(sent: Span, before: Span | None, lex: dict) -> int | None:
    """Where the roster of ``sent`` may begin: after its own cue (:func:`_cue_at`), or anywhere where the sentence
    before says it and names nobody ("All 22 member states attended.") or ends on a colon after it ("All member
    states were represented:" then the list)."""
    at = _cue_at(sent, lex)
    if at is not None:
        return at
    if before is not None and (before[-1].text == ":" or not any(t.ent_type_ == "PERSON" for t in before)) \
            and _cue_at(before, lex) is not None and not _own_occasion(sent, lex):
        return sent.start - 1
    return None


def _own_occasion(sent: Span, lex: dict) -> bool:
    """Whether ``sent`` tells a meeting of its own, so the cue of the sentence before is not its own: a verb of
    meeting as a predicate ("X met Y and Z"), a place it names ("in Moscow") or another time ("a day earlier")."""
    verbs, other = set(lex["own_meeting_verbs"]), set(lex["other_time_words"])
    if any(t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in verbs and t.dep_ in {"ROOT", "conj", "advcl", "ccomp"}
           for t in sent):
        return True
    if any(t.lower_ in other for t in sent):
        return True
    return any(m.label == "Place" and sent.start <= m.start < sent.end for m in sent.doc._.mentions)


def _known_members(entity: Entity, day: str | None) -> set[str] | None:
    """The states the data lists for the bloc on ``day`` (None: no data):
    :func:`graph.reference.bloc_members.known_members`."""
    from ...reference.bloc_members import known_members

    return known_members(entity, day)


def _by_sentence(doc: Doc, starts: list[int], entities: dict[str, Entity], label: str) -> dict[int, list[str]]:
    """Sentence number -> ids of the entities of ``label`` mentioned there, in order."""
    out: dict[int, list[str]] = {}
    for m in doc._.mentions:
        if m.entity in entities and entities[m.entity].label == label:
            ids = out.setdefault(bisect_right(starts, m.start_char) - 1, [])
            if m.entity not in ids:
                ids.append(m.entity)
    return out


def _main_gathering(entities: dict[str, Entity], kinds: set[str]) -> str | None:
    events = [e for e in entities.values() if e.label == "Event" and not e.ref_id and event_kind(e) in kinds]
    main = max(events, key=lambda e: len(e.mentions), default=None)
    return main.id if main else None


def rosters(relations: list[Relation], doc: Doc, sents: list, entities: dict[str, Entity]) -> list[Relation]:
    """MEMBER_OF and PARTICIPATED_IN facts of the states and leaders a bloc meeting's roster lists."""
    lex = cues()["rosters"]
    starts = [s.start_char for s in sents]
    leads: dict[int, list[tuple[str, str]]] = {}  # sentence number -> (leader, state) of its own LEADS facts
    for r in relations:
        if r.type == "LEADS" and r.source in entities and r.target in entities \
                and entities[r.source].label == "Person" and entities[r.target].label == "Country":
            k = bisect_right(starts, r.evidence["start"]) - 1
            if 0 <= k < len(sents) and sents[k].start_char == r.evidence["start"]:
                pairs = leads.setdefault(k, [])
                if (r.source, r.target) not in pairs:
                    pairs.append((r.source, r.target))
    leads = {k: v for k, v in leads.items() if len({s for _, s in v}) >= _MIN_LEADERS}
    if not leads:
        return []
    kinds = set(lex["event_kinds"])
    absent = set(lex["absent_words"])
    events = _by_sentence(doc, starts, entities, "Event")
    blocs_at = {k: [b for b in v if bloc_entity(entities[b])]
                for k, v in _by_sentence(doc, starts, entities, "Alliance").items()}
    hosts = {r.source: r.target for r in relations if r.type == "HOSTED_BY" and r.target in entities
             and bloc_entity(entities[r.target])}
    main = _main_gathering(entities, kinds)
    day = doc.user_data.get("published")
    have = {r.key() for r in relations}
    doc_id = next((r.evidence["doc"] for r in relations), "")
    out: list[Relation] = []
    first: dict[tuple[int, str], int] = {}  # (sentence, person) -> the token of the person's first mention there
    for m in doc._.mentions:
        if m.entity in entities and entities[m.entity].label == "Person":
            first.setdefault((bisect_right(starts, m.start_char) - 1, m.entity), m.start)
    for k, pairs in sorted(leads.items()):
        sent = sents[k]
        cue = _cued(sent, sents[k - 1] if k else None, lex)
        if cue is None or _words(sent) & absent:
            continue
        pairs = [(p, s) for p, s in pairs if first.get((k, p), -1) > cue]  # the listed, not a host named before
        if len({s for _, s in pairs}) < _MIN_LEADERS:
            continue
        named = [e for e in events.get(k, []) if event_kind(entities[e]) in kinds]
        if len(named) > 1 or (not named and any(e not in {main} for e in events.get(k, []))):
            continue  # two gatherings, or the sentence is about another event
        event = named[0] if named else main
        if event is None:
            continue
        here = blocs_at.get(k, [])
        if len(here) > 1:
            continue
        before = [b for j in sorted(blocs_at) if j < k for b in blocs_at[j]]
        bloc = here[0] if here else hosts.get(event) or (before[-1] if before else None)
        if bloc is None:
            continue
        known = _known_members(entities[bloc], day)
        states = list(dict.fromkeys(s for _, s in pairs))
        confirmed = [s for s in states if known is None or entities[s].name in known]
        if len(confirmed) < _MIN_LEADERS or 2 * len(confirmed) < len(states):
            continue  # mostly states the data says are no members: the list is something else
        evidence = sentence_place(doc_id, doc, sent)
        facts = [(s, "MEMBER_OF", bloc) for s in confirmed]  # a guest listed with them is at the meeting only
        facts += [(p, "PARTICIPATED_IN", event) for p, _ in pairs]
        facts += [(s, "PARTICIPATED_IN", event) for s in states]
        for key in facts:
            if key not in have:
                have.add(key)
                out.append(Relation(*key, dict(evidence), 0.55, "roster-" + key[1].lower().replace("_", "-")))
    at_event_dates(out, entities, doc, sents)  # at the meeting: when it was held
    return out
