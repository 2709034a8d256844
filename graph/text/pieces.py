"""Cut a long text into pieces of at most ``limit`` characters, at the best boundary available:
a blank line (paragraph), else a line break, else the end of a sentence, else a space, else
anywhere. The pieces are consecutive ``(start, end)`` spans covering the whole text, so an offset
into a piece plus its ``start`` is an offset into the text.

>>> text = "First paragraph.\\n\\nSecond one, longer.\\n\\nThird."
>>> spans = pieces(text, 25)
>>> spans
[(0, 18), (18, 39), (39, 45)]
>>> "".join(text[s:e] for s, e in spans) == text
True
"""
from __future__ import annotations

import re

PIECE_CHARS = 20_000  # parsed at once: typical articles whole; extraction cost grows faster than length

_SENTENCE_END = re.compile(r"[.!?][\"')\]\u201d\u2019]*\s+")


def pieces(text: str, limit: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """Consecutive spans covering ``text``, each at most ``limit`` characters long."""
    if limit < 1:
        raise ValueError("limit must be positive")
    spans: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > limit:
        cut = _cut(text, start, start + limit)
        spans.append((start, cut))
        start = cut
    spans.append((start, n))
    return spans


def _cut(text: str, start: int, end: int) -> int:
    """The best place to end a piece that starts at ``start`` and may not pass ``end``; never
    earlier than a quarter of the way, so that pieces stay large."""
    low = start + max(1, (end - start) // 4)
    for sep in ("\n\n", "\n"):
        at = text.rfind(sep, low, end)
        if at >= 0:
            return at + len(sep)
    last = None
    for m in _SENTENCE_END.finditer(text, low, end):
        last = m.end()
    if last is not None:
        return last
    at = max(text.rfind(" ", low, end), text.rfind("\t", low, end))
    return at + 1 if at >= 0 else end
