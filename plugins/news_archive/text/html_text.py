"""HTML found inside scraped text, read as HTML: link text kept, tags dropped, <br> and block
elements as line breaks, scripts, styles and comments gone, entities decoded."""

from __future__ import annotations

import html
import re

_TAGS = (
    "p|br|div|a|span|strong|em|b|i|u|h[1-6]|li|ul|ol|img|figure|figcaption|table|tr|td|script|style|iframe|blockquote"
)
HTML = re.compile(rf"</?(?:{_TAGS}|!--)\b", re.IGNORECASE)
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "blockquote", "tr", "table")


def looks_like_html(text: str) -> bool:
    return bool(HTML.search(text))


def html_to_text(markup: str) -> str:
    """Text of an HTML fragment: block elements and <br> end lines, scripts and comments go."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return html.unescape(re.sub(r"<[^>]+>", " ", markup))
    for bad in root.xpath("//script|//style|//comment()"):
        bad.drop_tree()  # its tail (the text after it) stays
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for element in root.iter(*_BLOCKS):
        element.tail = "\n\n" + (element.tail or "")
    text = root.text_content()
    lines = [re.sub(r"[ \t\xa0]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
