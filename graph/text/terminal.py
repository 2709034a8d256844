"""Text from articles made safe for a terminal: control characters (escape sequences, carriage
returns, bells, C1 controls) and bidirectional overrides removed; tabs and line breaks kept.

>>> clean("Kazakh\\x1b[2Jstan\\r\\u202eabc\\tok")
'Kazakh[2Jstanabc\\tok'
"""
from __future__ import annotations

import re

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """``text`` without the characters a terminal would act on."""
    return _UNSAFE.sub("", text)
