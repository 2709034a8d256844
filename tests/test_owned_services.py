"""A state's service named beside a generic service noun the state owns (families/parts.py,
``owned_services``), on invented sentences."""
from __future__ import annotations

import pytest

from graph.text import Document
from graph.text.metadata import Metadata


def parts(pipeline, text: str) -> set[tuple[str, str]]:
    doc = Document.from_text(text, meta=Metadata(published="2024-05-02", date_source="cli"))
    g = pipeline.process(doc)
    name = {n: a["name"] for n, a in g.nodes(data=True)}
    return {(name[s], name[t]) for s, t, d in g.edges(data=True) if d["type"] == "PART_OF"}


@pytest.mark.parametrize("text,part,owner", [
    ("Qatar wants more jets. Its air force, the Qatar Emiri Air Force, currently relies on Rafales.",
     "Qatar Emiri Air Force", "Qatar"),
])
def test_owned_service(pipeline, text, part, owner):
    assert (part, owner) in parts(pipeline, text)


def test_demonym_name_alone_is_no_tie(pipeline):
    found = parts(pipeline, "Qatar wants more jets. The Qatar Emiri Air Force currently relies on Rafales.")
    assert ("Qatar Emiri Air Force", "Qatar") not in found, found


def test_open_pronoun_owner_is_the_article_state(pipeline):
    text = ("Qatar wants more jets. The emirate has tried for years to buy them. Its air force, the Qatar Emiri "
            "Air Force, currently relies on Rafales.")
    assert ("Qatar Emiri Air Force", "Qatar") in parts(pipeline, text)


@pytest.mark.parametrize("text,part,owner", [
    # "its" + a generic service noun, the catalogued state named earlier in the same sentence
    ("Pakistan said its air force shot down five drones overnight.", "Pakistan Air Force", "Pakistan"),
    ("India says its navy will escort the tankers through the strait.", "Indian Navy", "India"),
    # a capitalised service noun, and the state named in the sentence before
    ("Pakistan said its Air Force shot down five drones overnight.", "Pakistan Air Force", "Pakistan"),
    ("Poland has ordered more jets. Its air force will fly them from 2027.", "Polish Air Force", "Poland"),
])
def test_its_service_of_a_named_state(pipeline, text, part, owner):
    assert (part, owner) in parts(pipeline, text)


def test_its_service_of_another_state_is_no_tie(pipeline):
    # "its" names Pakistan's service; India, named in the sentence, owns no such tie
    found = parts(pipeline, "Pakistan told India that its air force shot down five drones overnight.")
    assert ("Pakistan Air Force", "India") not in found, found
