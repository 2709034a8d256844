"""More variants with a reference article of their own split from their family rows (session 38), by the writers'
ruling (ff15, fi10): a variant with a page of its own is its own platform, one without is an alias of its type.
An article naming both the family and such a variant keeps two platforms; a lone variant is still one node, and a
family's short name after the variant stays the variant's. Sentences of our own."""
from __future__ import annotations

import pytest

from graph.reference import load_reference
from graph.text import Document
from graph.text.metadata import from_text

#: variant -> the family row that held it as an alias before session 38
SPLIT = {
    "C-130J Super Hercules": "C-130",
    "Su-30MKI": "Su-30",
    "Su-30MKM": "Su-30",
    "MiG-29M": "MiG-29",
    "AH-1Z Viper": "AH-1 Cobra",
    "AH-1W SuperCobra": "AH-1 Cobra",
    "UH-1Y Venom": "UH-1 Huey",
    "Bell 212": "UH-1 Huey",
    "HH-60W": "Black Hawk",
    "CH-53K King Stallion": "CH-53",
    "CH-53E Super Stallion": "CH-53",
    "Il-78": "Il-76",
    "S-300V4": "S-300",
    "Strv 122": "Leopard 2",
    "Leopard 2E": "Leopard 2",
    "Challenger 3": "Challenger 2",
    "BrahMos-II": "BrahMos",
    "Hunter-class frigate": "Type 26 frigate",
}

#: forms with no page of their own that stay with their family
KEPT = {"C-130H": "C-130", "Su-30SM": "Su-30", "Su-30MK2": "Su-30", "Leopard 2A6": "Leopard 2", "AH-64E": "Apache", "MiG-29SMT": "MiG-29"}


def _platforms(pipeline, text: str) -> list[str]:
    g = pipeline.process(Document.from_text(text, meta=from_text(text)))
    return [d["name"] for _, d in g.nodes(data=True) if d.get("label") == "Platform"]


@pytest.mark.parametrize("variant,family", sorted(SPLIT.items()))
def test_a_variant_with_its_own_article_is_its_own_row(variant, family):
    ref = load_reference()
    own, fam = ref.find("Platform", variant), ref.find("Platform", family)
    assert own is not None and fam is not None and own.id != fam.id
    assert own.makers and own.origin and own.props.get("category") == fam.props.get("category")


@pytest.mark.parametrize("variant,family", sorted(KEPT.items()))
def test_a_variant_without_its_own_article_stays_an_alias(variant, family):
    ref = load_reference()
    assert ref.find("Platform", variant).id == ref.find("Platform", family).id


@pytest.mark.parametrize("text,variant,family", [
    ("The squadron retired its last C-130H transports once the new C-130J aircraft arrived.", "C-130J", "C-130"),
    ("Pilots of the Su-30MKI trained with crews who fly the older Su-30 in another country.", "Su-30MKI", "Su-30"),
    ("The Swedish army sent Strv 122 tanks to the drill, while its neighbour sent the Leopard 2.", "Stridsvagn", "Leopard 2"),
])
def test_family_and_variant_with_its_own_article_are_two_platforms(pipeline, text, variant, family):
    names = _platforms(pipeline, text)
    assert len(names) == 2
    assert any(variant in n for n in names) and any(n == family for n in names)


def test_a_family_short_name_after_the_lone_variant_stays_the_variant(pipeline):
    text = "The air force took delivery of a C-130J Super Hercules on Friday. The Hercules will carry cargo north."
    assert _platforms(pipeline, text) == ["C-130J Super Hercules"]


def test_a_lone_split_variant_keeps_its_licence_maker(pipeline):
    text = "Hindustan Aeronautics will build twelve more Su-30MKI jets for the air force at its plant."
    g = pipeline.process(Document.from_text(text, meta=from_text(text)))
    name = {n: d.get("name") for n, d in g.nodes(data=True)}
    assert any(d["type"] == "MANUFACTURES" and name[v] == "Su-30MKI" and "Hindustan" in (name[u] or "")
               for u, v, d in g.edges(data=True))


def test_the_family_word_of_a_split_variant_is_the_variant_and_keeps_its_relation(pipeline):
    """An unconfirmed family word ("Hercules", the C-130 row's) that is a name word of the one variant the article
    names is that variant's short form, not dropped: its sentence's relation holds."""
    text = ("The Ruritanian Air Force retired its old patrol aircraft. Crews now train for the C-130J-30 Hercules "
            "transports due next year. Until then the Ruritanian Air Force will lean on its Hercules fleet for rescue work.")
    g = pipeline.process(Document.from_text(text, meta=from_text(text)))
    name = {n: d.get("name") for n, d in g.nodes(data=True)}
    assert [d["name"] for _, d in g.nodes(data=True) if d.get("label") == "Platform"] == ["C-130J Super Hercules"]
    assert any(d["type"] == "OPERATES" and name[v] == "C-130J Super Hercules" for u, v, d in g.edges(data=True))


@pytest.mark.parametrize("text,long,short,row,becomes", [
    ("They fly the C-130J Hercules and the Hercules .", (3, 5), (7, 8), "C-130", "C-130J Super Hercules"),
    ("They fly the Black Hawk and the Hawk .", (3, 5), (7, 8), "BAE Hawk", None),  # no Sikorsky variant
])
def test_only_a_word_of_a_variant_of_the_same_maker_is_its_short_form(text, long, short, row, becomes):
    import spacy

    from graph.mentions.component import MentionFinder

    ref = load_reference()
    finder = MentionFinder(ref)
    doc = spacy.blank("en")(text)
    sure = [finder._mention(doc[long[0]:long[1]], "Platform", "reference", ref.find("Platform", doc[long[0]:long[1]].text).id)]
    word = finder._mention(doc[short[0]:short[1]], "Platform", "reference", ref.find("Platform", row).id)
    out = finder._short_forms_of_split_rows(doc, [word], sure)
    assert [m.ref_id for m in out] == ([ref.find("Platform", becomes).id] if becomes else [])
