"""Speed work of session 45: answers read once per sentence, token or name are handed out as fresh copies, so a
rule that changes what it gets never changes what the next rule gets. Invented sentences."""
from __future__ import annotations

from datetime import date

from tests.extracted import parsed


def _context(pipeline, text: str):
    from graph.relations.context import SentenceContext

    doc = pipeline.nlp(text)
    entities = pipeline.entities_of(doc)
    sent = next(iter(doc.sents))
    return SentenceContext(sent, [m for m in doc._.mentions if m.entity], entities, "doc:test")


def test_group_answers_again_with_a_fresh_list(pipeline):
    ctx = _context(pipeline, "Norway, Denmark and Finland signed the pact in Oslo.")
    norway = next(t for t in ctx.sent if t.text == "Norway")
    first = ctx.group(norway, {"Country"})
    names = [ctx.entities[m.entity].name for m in first]
    assert {"Norway", "Denmark", "Finland"} <= set(names)
    first.clear()
    again = ctx.group(norway, {"Country"})
    assert [ctx.entities[m.entity].name for m in again] == names
    assert again is not ctx.group(norway, {"Country"})
    assert ctx.group(norway, ["Country"]) == again  # (the same labels as a list: the same answer)
    assert ctx.group(norway, {"Place"}) == []


def test_accompanying_tokens_are_the_same_on_every_reading(pipeline):
    ctx = _context(pipeline, "Kenya, together with Uganda and Tanzania, joined the exercise.")
    kenya = next(t for t in ctx.sent if t.text == "Kenya")
    first = [t.text for t in ctx.accompanying(kenya)]
    assert "Uganda" in first
    assert [t.text for t in ctx.accompanying(kenya)] == first


def test_an_events_own_phrase_is_a_fresh_set_each_time(pipeline):
    from graph.relations.time import _own_phrase

    sent = next(iter(parsed(pipeline, "Ships sailed to the Harbourex naval show in May 2025.", date(2026, 1, 10)).sents))
    phrase = _own_phrase(sent, "Harbourex")
    assert phrase
    kept = set(phrase)
    phrase.clear()
    assert _own_phrase(sent, "Harbourex") == kept


def test_an_events_dates_in_a_sentence_are_the_same_on_every_reading(pipeline):
    from graph.relations.time import _event_dates

    published = date(2026, 1, 10)
    sent = next(iter(parsed(pipeline, "Ships sailed to the Harbourex naval show in May 2025.", published).sents))
    first = _event_dates(sent, "Harbourex", published)
    assert [v for _, v in first] == ["2025-05"]
    first.clear()
    again = _event_dates(sent, "Harbourex", published)
    assert [(s.text, v) for s, v in again] == [(s.text, v) for s, v in _event_dates(sent, "Harbourex", published)]
    assert [v for _, v in again] == ["2025-05"]
