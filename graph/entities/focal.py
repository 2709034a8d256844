"""The article's focal country: the one a reader would say it is about, which the rules fall back
to for "the army", "the local firm", a deal signed with no named buyer.

Country names count 1 and demonyms 0.5; the headline (the first sentence with a few words, so a
kicker such as "ANALYSIS:" is skipped) counts double and the lead sentence (the first long one after
it, so a byline is skipped) one and a half. The country that is the grammatical subject of the
headline ("Nigeria receives ...", "Dutch air force bids farewell ...") or of the lead sentence gets a
bonus, so a country named only as a source or destination ("... from the U.S.", "... bound for
Ukraine") does not take the article over; a named person or state body as the subject ("Trump
clears the way ...") stands for its catalogued country. A catalogued state body named in the headline counts
for its country like the country's name ("... takes charge of the Indian Army"), one named by its
country's demonym elsewhere as the demonym, and the one city a dateline names ("NEW DELHI, June 30 -")
adds a bonus to its country. A firm or a weapon does not: they are sold
abroad, and an article about a German firm's Spanish plant is about Spain."""
from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span

from ..mentions import Mention
from ..mentions.layout import doc_text
from ..reference import ReferenceData

LEAD_FACTOR = 2.0  # a mention in the headline counts this many times
SUBJECT_BONUS = 3.0  # added once to the country that is the headline's subject
MIN_LEAD_WORDS = 3  # a shorter first sentence ("ANALYSIS:", a blank line) is a kicker, not the headline
MIN_BODY_WORDS = 10  # the first body sentence at least this long is the lead (a byline or rubric is shorter)
BODY_FACTOR = 1.5  # a mention in the lead sentence counts this many times
BODY_BONUS = 2.0  # added once to the country that is the lead sentence's subject
DATELINE_WEIGHT = 2.0  # the country of the city a dateline names ("NEW DELHI, June 30 (Wire) -")
BODY_DEMONYM = 0.5  # a state body named by its country's demonym ("the Indian Army"), as the demonym alone
_SUBJECTS = {"nsubj", "nsubjpass"}
_REPORTING = {"say", "tell", "announce", "report", "add", "state", "confirm"}
_STATE_LABELS = {"Person", "GovernmentBody"}  # a subject that speaks for its country


def lead(doc: Doc) -> Span | None:
    """The headline: the first sentence with at least :data:`MIN_LEAD_WORDS` words."""
    first = None
    for sent in doc.sents:
        first = first or sent
        if sum(t.is_alpha for t in sent) >= MIN_LEAD_WORDS:
            return sent
    return first


def body_lead(doc: Doc, head: Span | None) -> Span | None:
    """The article's lead sentence: the first after the headline with :data:`MIN_BODY_WORDS` words."""
    start = head.end if head is not None else 0
    for sent in doc.sents:
        if sent.start >= start and sum(t.is_alpha for t in sent) >= MIN_BODY_WORDS:
            return sent
    return None


def subject_tokens(sent: Span | None) -> set[int]:
    """Token indices of the subject phrase of the sentence's main verb, without its prepositional
    phrases ("Nigeria" in "Nigeria receives jets from the U.S.", "Dutch air force" in "Dutch air
    force bids farewell to the F-16"); of a reported clause, not of "said"."""
    if sent is None:
        return set()
    root = sent.root
    reported = [c for c in root.children if c.dep_ == "ccomp"] if root.lemma_ in _REPORTING else []
    root = reported[0] if reported else root  # "X will take the ships, Y's ministry said": X
    found: set[int] = set()
    stack = [t for t in root.children if t.dep_ in _SUBJECTS]
    while stack:
        tok = stack.pop()
        found.add(tok.i)
        stack.extend(c for c in tok.children if c.dep_ not in {"prep", "relcl", "acl", "appos", "punct"})
    return found


def _country_of(m: Mention, ref: ReferenceData | None) -> str | None:
    """The country id of a mention: its own for a country, the catalogued country of a named person
    or state body ("Trump", "the Bundeswehr")."""
    if m.label == "Country":
        return m.ref_id
    if m.label not in _STATE_LABELS:  # a firm or a weapon is sold abroad: its home is no subject of the story
        return None
    entry = ref.get(m.ref_id) if ref is not None else None
    name = entry.props.get("country") if entry is not None else None
    hit = ref.lookup(name, "Country") if name else None
    return hit[0].id if hit else None


def dateline_country(doc: Doc, ref: ReferenceData | None) -> str | None:
    """The country of the one city a dateline names ("NEW DELHI, June 30 (Wire) -" -> India; a
    capital or city the reference data places), or a country it names itself; None for a dateline of
    several cities ("ISLAMABAD/WASHINGTON") or none."""
    span = (doc.user_data.get("layout") or {}).get("dateline")
    if not span or ref is None:
        return None
    place = re.split(r"[,\u2014\u2013(]| - ", doc_text(doc)[span[0]:span[1]])[0].strip()
    if not place or "/" in place or len(place) > 30:
        return None
    country = ref.find("Country", place)
    if country is None:
        entry = ref.find("Place", place)
        name = entry.props.get("country") if entry is not None else None
        country = ref.find("Country", name) if name else None
    return country.id if country is not None else None


def demonym_body(m: Mention, ref: ReferenceData | None) -> str | None:
    """The country of a catalogued state body named by that country's demonym or name ("the Indian
    Army" -> India, "the US Navy" -> the United States), else None."""
    return owner[0] if (owner := body_owner(m, ref)) else None


def body_owner(m: Mention, ref: ReferenceData | None) -> tuple[str, str, bool] | None:
    """(country id, the words naming it, whether a demonym) of a catalogued state body whose name
    begins with its country's demonym or one of its names ("Indian Army", "US Navy"), else None."""
    if m.label != "GovernmentBody" or not m.ref_id or ref is None:
        return None
    entry = ref.get(m.ref_id)
    country = ref.find("Country", entry.props.get("country", "")) if entry is not None else None
    if country is None or not m.text.split():
        return None
    first = m.text.split()[0]
    if first in country.demonyms:
        return country.id, first, True
    lead = [a for a in (country.name, *country.aliases) if a and m.text.startswith(a + " ")]
    return (country.id, max(lead, key=len), False) if lead else None


def country_weights(doc: Doc, mentions: list[Mention], ref: ReferenceData | None = None,
                    roles: bool = True) -> Counter[str]:
    """Country id -> its weight in the article (see the module docstring); without ``roles`` only
    the first sentence's double count (no kicker skipped, no lead sentence, no subject bonus)."""
    head = lead(doc) if roles else next(iter(doc.sents), None)
    end = head.end if head is not None else 0
    body = body_lead(doc, head) if roles else None
    subject, body_subject = (subject_tokens(head), subject_tokens(body)) if roles else (set(), set())
    weights: Counter[str] = Counter()
    subjects: set[str] = set()
    body_subjects: set[str] = set()
    for m in mentions:
        if m.source == "coref":
            continue
        if any(i in subject for i in range(m.start, m.end)) and (country := _country_of(m, ref)):
            subjects.add(country)
        if any(i in body_subject for i in range(m.start, m.end)) and (country := _country_of(m, ref)):
            body_subjects.add(country)
        factor = LEAD_FACTOR if m.start < end else BODY_FACTOR if body is not None and body.start <= m.start < body.end else 1.0
        if m.label == "Country" and m.ref_id:
            weights[m.ref_id] += (0.5 if m.demonym else 1.0) * factor
        elif roles and m.start < end and m.label == "GovernmentBody" and (country := _country_of(m, ref)):
            weights[country] += factor  # a headline's state body: "Dwivedi takes charge of the Indian Army"
        elif roles and (owner := demonym_body(m, ref)):
            weights[owner] += BODY_DEMONYM * factor
    if roles and (place := dateline_country(doc, ref)):
        weights[place] += DATELINE_WEIGHT
    for country in subjects:
        weights[country] += SUBJECT_BONUS
    for country in body_subjects:
        weights[country] += BODY_BONUS
    return weights


def focal_country(doc: Doc, mentions: list[Mention], ref: ReferenceData | None = None) -> str | None:
    """The heaviest country of :func:`country_weights`, or None when the article names none."""
    weights = country_weights(doc, mentions, ref)
    return weights.most_common(1)[0][0] if weights else None
