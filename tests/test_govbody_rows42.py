"""The catalogue rows of session 42 (government_bodies_chambers.csv: legislative chambers and their defence and
foreign-affairs committees; government_bodies_agencies.csv: regulators, intelligence, procurement and staff
agencies): each row has a known country and a source, and no name or alias of a row is another entry's name or
alias (of any label) or a country's name, alias or demonym."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from graph.ids import fold
from graph.reference import load_reference

DATA = Path(__file__).resolve().parents[1] / "graph" / "reference" / "data"
FILES = ("government_bodies_chambers.csv", "government_bodies_agencies.csv")


def _rows() -> list[dict]:
    return [row for f in FILES for row in csv.DictReader((DATA / f).open(encoding="utf-8"))]


@pytest.fixture(scope="module")
def ref():
    return load_reference()


def test_rows_have_a_country_and_a_source(ref):
    for row in _rows():
        assert row["source"].strip(), row["name"]
        assert ref.find("Country", row["country"]) is not None, row


def test_no_name_is_another_entrys(ref):
    countries = {fold(n) for e in ref if e.label == "Country"
                 for n in (e.name, *e.aliases, *getattr(e, "demonyms", ()))}
    for row in _rows():
        own = ref.find("GovernmentBody", row["name"])
        assert own is not None and own.name == row["name"], row["name"]
        for form in [row["name"], *filter(None, row["aliases"].split("|"))]:
            assert fold(form) not in countries, form
            others = [e.name for e in ref.lookup(form) if e.id != own.id]
            assert not others, f"{form!r} of {row['name']} also names {others}"


@pytest.mark.parametrize("text,body", [
    # a bare chamber of the article's state is the catalogued chamber, not a name made of a demonym
    ("The United States will sell the jets to Poland. The Senate voted for the sale on Tuesday.",
     "United States Senate"),
    ("Japan's new defence minister was first elected to the House of Representatives in 2009.",
     "House of Representatives (Japan)"),
    # a regulator written by its own name
    ("The Bundeskartellamt cleared the purchase of the German sensor maker on Monday.", "Federal Cartel Office"),
])
def test_chambers_and_agencies_named_canonically(pipeline, text, body):
    from tests.extracted import node_names
    assert body in node_names(pipeline, text, "GovernmentBody", published="2025-02-02")


def test_a_component_is_no_part_of_the_state(pipeline):
    """A catalogued body of kind ``component`` (a ministry's agency, a service's command) or ``committee`` is not made
    PART_OF its state by the body-country rule: the gold ties it to its ministry, service or chamber."""
    from tests.extracted import text_edges
    found = text_edges(pipeline, "Australia's defence department said on Monday that the Advanced Strategic "
                                 "Capabilities Accelerator had signed a contract with a local firm in Canberra.",
                       published="2025-02-02")
    assert ("Advanced Strategic Capabilities Accelerator", "PART_OF", "Australia") not in found, found


def test_kinds_are_known():
    for row in _rows():
        assert row["kind"] in {"chamber", "committee", "agency", "component"}, row["name"]
