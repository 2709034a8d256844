"""One table of number words for every reader (graph/text/numbers.py)."""
import re

import pytest

from graph.text.numbers import CARDINALS, ORDINALS, alternation, cardinal, numbered, ordinal


@pytest.mark.parametrize("word, value", [("one", 1), ("Twelve", 12), ("nineteen", 19), ("forty", 40),
                                         ("ninety-nine", 99), ("hundred", 100), ("37", 37)])
def test_cardinal(word, value):
    assert cardinal(word) == value


@pytest.mark.parametrize("word, value", [("first", 1), ("Twelfth", 12), ("twentieth", 20), ("twenty-first", 21),
                                         ("eightieth", 80), ("hundredth", 100), ("3rd", 3), ("80th", 80)])
def test_ordinal(word, value):
    assert ordinal(word) == value


@pytest.mark.parametrize("word", ["dozens", "twenty-fifth-ish", "a", "third-party", "twenty-zero"])
def test_not_a_number(word):
    assert cardinal(word) is None and ordinal(word) is None


def test_tables_cover_one_to_a_hundred():
    assert sorted(CARDINALS.values()) == list(range(1, 101))
    assert sorted(ORDINALS.values()) == list(range(1, 101))


def test_alternation_takes_the_longest_word():
    m = re.match(rf"(?:{alternation(CARDINALS)})", "twenty-five days")
    assert m.group(0) == "twenty-five"


@pytest.mark.parametrize("n, text", [(1, "1st"), (2, "2nd"), (3, "3rd"), (11, "11th"), (12, "12th"), (22, "22nd"),
                                     (101, "101st")])
def test_numbered(n, text):
    assert numbered(n) == text
