"""A dump cell as text: a list of paragraphs (JSON, or Python's list syntax in a CSV cell)
becomes paragraphs; HTML is read as HTML (link text kept, tags dropped, <br> and blocks as line
breaks); entities are decoded; a header value is one line without control characters."""

from __future__ import annotations

import ast
import html
import re

_HTML = re.compile(r"<(?:p|br|div|a|span|strong|em|b|i|u|h[1-6]|li|ul|ol|img|figure|figcaption|table|tr|td|!--)\b",
                   re.IGNORECASE)  # fmt: skip
_ENTITY = re.compile(r"&(?:[a-z]{2,8}|#\d{2,6}|#x[0-9a-f]{2,5});", re.IGNORECASE)
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "blockquote", "tr", "table")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _as_list(value) -> list | None:
    if isinstance(value, list | tuple):
        return list(value)
    text = str(value).strip()
    if text.startswith("[") and text.endswith("]") and ("', '" in text or '", "' in text or text in ("[]", "['']")):
        try:
            parsed = ast.literal_eval(text)
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            return None
        return parsed if isinstance(parsed, list) else None
    return None


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


def cell_text(value) -> str:
    """A text cell as the raw article text (paragraphs apart by blank lines)."""
    if value is None:
        return ""
    items = _as_list(value)
    if items is not None:
        parts = [cell_text(item) for item in items if item is not None]
        return "\n\n".join(part for part in parts if part.strip())
    text = _SURROGATE.sub("\ufffd", str(value))
    if _HTML.search(text):
        return html_to_text(text)
    for _ in range(2):  # "&amp;nbsp;" was escaped twice
        if not _ENTITY.search(text):
            break
        text = html.unescape(text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def one_line(value) -> str:
    """A header value: one line, no control characters, entities decoded, tags dropped."""
    if value is None:
        return ""
    items = _as_list(value)
    text = " ".join(str(i) for i in items) if items is not None else str(value)
    text = _SURROGATE.sub("\ufffd", text)
    if _HTML.search(text) or _ENTITY.search(text):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return re.sub(r"\s+", " ", _CONTROL.sub(" ", text)).strip()
