"""Markup left in text after reading: escaped HTML tags (``&lt;/p&gt;``), raw tags in Markdown or plain
text, character references (``&amp;``, ``&#8212;``). None of it may reach a sentence or a name."""
from __future__ import annotations

import html
import re

#: Tags that end a line of text (their text is a paragraph of its own).
_BLOCK_TAGS = ("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
               "table", "blockquote", "section", "article", "header", "footer", "figure", "figcaption", "hr")
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_REFERENCE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ANGLE = re.compile(r"[<>]")


def strip_markup(text: str) -> str:
    """``text`` without HTML tags, comments and character references (decoded), twice escaped ones too.

    >>> strip_markup("a deal with the United Kingdom.&lt;/p&gt;")  # a block tag ends the line
    'a deal with the United Kingdom.\\n'
    >>> strip_markup("<p>Paris &amp; Rome</p><p>Next</p>")
    '\\nParis & Rome\\n\\nNext\\n'
    >>> strip_markup("if a < b and c > d")
    'if a < b and c > d'
    """
    for _ in range(3):  # markup escaped twice comes back once per round
        if not (_TAG.search(text) or _COMMENT.search(text) or _REFERENCE.search(text)):
            break
        text = _COMMENT.sub("", text)
        text = _TAG.sub(lambda m: "\n" if m.group(1).lower() in _BLOCK_TAGS else "", text)
        text = _REFERENCE.sub(lambda m: html.unescape(m.group(0)), text)
    return text


def has_markup(text: str) -> bool:
    """Whether ``text`` holds an angle bracket or a character reference: markup, which no name holds.

    >>> has_markup("United Kingdom.</p"), has_markup("AT&amp;T"), has_markup("AT&T")
    (True, True, False)
    """
    return bool(_ANGLE.search(text) or _REFERENCE.search(text))
