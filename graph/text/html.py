"""HTML reduced to its readable text (selectolax), keeping paragraph breaks."""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from .markup import strip_markup

_DROP = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, template, textarea"
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "article"}


def html_to_text(html: str) -> tuple[str | None, str]:
    """Return ``(title, text)`` of an HTML page.

    >>> html_to_text("<html><title>T</title><body><p>A &amp; B</p><script>x()</script><p>C</p></body></html>")
    ('T', 'A & B\\nC')
    """
    tree = HTMLParser(html)
    title_node = tree.css_first("title")
    title = title_node.text(strip=True) if title_node else None
    for node in tree.css(_DROP):
        node.decompose()
    root = tree.css_first("article") or tree.body or tree.root
    if root is None:
        return title, ""
    for node in root.traverse():
        if node.tag in _BLOCKS:
            node.insert_before("\n")
            node.insert_after("\n")
    text = strip_markup(root.text(separator="", strip=False))  # escaped or raw-text tags ("&lt;/p&gt;", <xmp>)
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    return title, "\n".join(line for line in lines if line)
