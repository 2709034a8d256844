"""The article's focal country: the one a reader would say it is about, which the rules fall back
to for "the army", "the local firm", a deal signed with no named buyer.

Country names count 1 and demonyms 0.5; the headline (the first sentence with a few words, so a
kicker such as "ANALYSIS:" is skipped) counts double, and the country that is the headline's
grammatical subject ("Nigeria receives ...", "Dutch air force bids farewell ...") gets a bonus, so a
country named only as a source or destination ("... from the U.S.", "... bound for Ukraine") does
not take the article over."""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from ..mentions import Mention

LEAD_FACTOR = 2.0  # a mention in the headline counts this many times
SUBJECT_BONUS = 3.0  # added once to the country that is the headline's subject
MIN_LEAD_WORDS = 3  # a shorter first sentence ("ANALYSIS:", a blank line) is a kicker, not the headline
_SUBJECTS = {"nsubj", "nsubjpass"}


def lead(doc: Doc) -> Span | None:
    """The headline: the first sentence with at least :data:`MIN_LEAD_WORDS` words."""
    first = None
    for sent in doc.sents:
        first = first or sent
        if sum(t.is_alpha for t in sent) >= MIN_LEAD_WORDS:
            return sent
    return first


def subject_tokens(sent: Span | None) -> set[int]:
    """Token indices of the subject phrase of the sentence's main verb, without its prepositional
    phrases ("Nigeria" in "Nigeria receives jets from the U.S.", "Dutch air force" in "Dutch air
    force bids farewell to the F-16")."""
    if sent is None:
        return set()
    found: set[int] = set()
    stack = [t for t in sent.root.children if t.dep_ in _SUBJECTS]
    while stack:
        tok = stack.pop()
        found.add(tok.i)
        stack.extend(c for c in tok.children if c.dep_ not in {"prep", "relcl", "acl", "appos", "punct"})
    return found


def country_weights(doc: Doc, mentions: list[Mention]) -> Counter[str]:
    """Country id -> its weight in the article (see the module docstring)."""
    head = lead(doc)
    end = head.end if head is not None else 0
    subject = subject_tokens(head)
    weights: Counter[str] = Counter()
    subjects: set[str] = set()
    for m in mentions:
        if m.label == "Country" and m.ref_id and m.source != "coref":
            weights[m.ref_id] += (0.5 if m.demonym else 1.0) * (LEAD_FACTOR if m.start < end else 1.0)
            if any(i in subject for i in range(m.start, m.end)):
                subjects.add(m.ref_id)
    for country in subjects:
        weights[country] += SUBJECT_BONUS
    return weights


def focal_country(doc: Doc, mentions: list[Mention]) -> str | None:
    """The heaviest country of :func:`country_weights`, or None when the article names none."""
    weights = country_weights(doc, mentions)
    return weights.most_common(1)[0][0] if weights else None
