"""Session 44 (issue 10): a membership the text asks about, denies or only wants is no MEMBER_OF, on sentences of
our own: a yes/no question ("Is X still a member of Y?"), a clause opened by "nor" / "neither", an intention noun's
"to join" (its named owner only, never the subject of the clause the noun stands in), a verb of being against
joining. A wh-question takes its fact as given, and a stated membership beside a denied one stays."""
from __future__ import annotations

import pytest

from graph.text import Document
from graph.text.metadata import Metadata


def members(pipeline, text: str, published: str = "2024-05-02") -> set[tuple[str, str]]:
    doc = Document.from_text(text, meta=Metadata(published=published, date_source="cli"))
    g = pipeline.process(doc)
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {(name[s], name[t]) for s, t, d in g.edges(data=True)
            if d["type"] == "MEMBER_OF" and d.get("provenance") == "text"}


NATO, EU = "North Atlantic Treaty Organization", "European Union"
CSTO, SCO = "Collective Security Treaty Organization", "Shanghai Cooperation Organisation"


@pytest.mark.parametrize("text,absent", [
    ("Is Chile still a member of NATO?", ("Chile", NATO)),
    ("Is Peru joining NATO?", ("Peru", NATO)),
    ("Does the new treaty make Ecuador part of NATO?", ("Ecuador", NATO)),
    ("Nor did Mongolia join the Shanghai Cooperation Organisation, although its president attends the summits.",
     ("Mongolia", SCO)),
    ("Austria, which is not in NATO, bought new radars this year.", ("Austria", NATO)),
    ("Moscow set out its terms: Georgia must leave the two regions Russia claims to have recognised and abandon its "
     "plan to join NATO.", ("Russia", NATO)),
    ("Surveys show most Serbians opposed to joining NATO.", ("Serbia", NATO)),
])
def test_asked_or_denied_membership_is_none(pipeline, text, absent):
    assert absent not in members(pipeline, text)


@pytest.mark.parametrize("text,present", [
    ("Poland is a member of NATO.", ("Poland", NATO)),
    ("When did Kyrgyzstan join the CSTO?", ("Kyrgyzstan", CSTO)),
    ("Why is Hungary still a member of NATO?", ("Hungary", NATO)),
    ("Finland joined NATO in 2023, not the CSTO.", ("Finland", NATO)),
    ("Ankara hopes to revive Turkey's stalled bid to join the European Union.", ("Turkey", EU)),
    ("Kazakhstan and Tajikistan are members of the CSTO, while Azerbaijan is not.", ("Tajikistan", CSTO)),
    ("Hungary is a member of NATO, but is it a loyal one?", ("Hungary", NATO)),
])
def test_stated_membership_stays(pipeline, text, present):
    assert present in members(pipeline, text)


def test_nor_opening_denies_any_clause():
    """ "Nor did X attend": the word that opens an inverted clause denies its verb (negation.negated)."""
    from graph.mentions.nlp import build_nlp
    from graph.relations.negation import negated

    doc = build_nlp()("Nor did Armenia attend the summit.")
    assert negated(None, next(t for t in doc if t.lemma_ == "attend"))
    doc = build_nlp()("Armenia attended the summit.")
    assert not negated(None, next(t for t in doc if t.lemma_ == "attend"))


def test_asked_only_yes_no_questions():
    from graph.mentions.nlp import build_nlp
    from graph.relations.scope import asked

    nlp = build_nlp()
    assert asked(next(t for t in nlp("Is Peru joining NATO?") if t.lemma_ == "join"))
    assert not asked(next(t for t in nlp("When did Peru join NATO?") if t.lemma_ == "join"))
    assert not asked(next(t for t in nlp("Peru is joining NATO.") if t.lemma_ == "join"))
