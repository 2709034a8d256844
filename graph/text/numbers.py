"""Number words, one table for every reader: cardinals ("two", "twenty-five") and ordinals ("ninth",
"twenty-first", "80th") up to a hundred, and the regex alternations built from them.

>>> cardinal("Twenty-five"), cardinal("12"), cardinal("dozens")
(25, 12, None)
>>> ordinal("twenty-first"), ordinal("80th"), ordinal("Ninth")
(21, 80, 9)
>>> import re
>>> re.fullmatch(alternation(CARDINALS), "twenty-five") is not None
True
"""
from __future__ import annotations

import re

_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_UNIT_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                  "eighteenth", "nineteenth")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_TEN_ORDINALS = ("twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
                 "ninetieth")


def _table(units: tuple[str, ...], tens: tuple[str, ...], hundred: str) -> dict[str, int]:
    """Word -> value for 1..99 and a hundred: the units, the tens, and "tens-unit" compounds whose
    unit is the table's own form ("twenty-five", "twenty-first")."""
    out = {w: n for n, w in enumerate(units, start=1)}
    for i, (plain, own) in enumerate(zip(_TENS, tens, strict=True)):
        out[own] = 20 + 10 * i
        out.update({f"{plain}-{w}": 20 + 10 * i + n for n, w in enumerate(units[:9], start=1)})
    out[hundred] = 100
    return out


#: "one" -> 1 ... "ninety-nine" -> 99, "hundred" -> 100
CARDINALS: dict[str, int] = _table(_UNITS, _TENS, "hundred")
#: "first" -> 1 ... "ninety-ninth" -> 99, "hundredth" -> 100
ORDINALS: dict[str, int] = _table(_UNIT_ORDINALS, _TEN_ORDINALS, "hundredth")
_NUMBERED = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$", re.I)


def cardinal(word: str) -> int | None:
    """The value of a count written in digits or words ("12", "twelve"), else ``None``."""
    word = word.lower()
    return int(word) if word.isdigit() else CARDINALS.get(word)


def ordinal(word: str) -> int | None:
    """The value of an ordinal in digits or words ("12th", "twelfth", "twenty-first"), else ``None``."""
    found = _NUMBERED.match(word)
    return int(found.group(1)) if found else ORDINALS.get(word.lower())


def numbered(n: int) -> str:
    """9 -> "9th", 12 -> "12th", 22 -> "22nd"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first so "twenty-five" wins over "twenty"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
