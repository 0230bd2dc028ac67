"""A dump cell as text: a list of paragraphs (JSON, or Python's list syntax in a CSV cell)
becomes paragraphs; HTML is read as HTML (link text kept, tags dropped, <br> and blocks as line
breaks); entities are decoded; a header value is one line without control characters."""

from __future__ import annotations

import ast
import html
import re

from ..text.html_text import HTML, html_to_text

_ENTITY = re.compile(r"&(?:[a-z]{2,8}|#\d{2,6}|#x[0-9a-f]{2,5});", re.IGNORECASE)
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


def cell_text(value) -> str:
    """A text cell as the raw article text (paragraphs apart by blank lines)."""
    if value is None:
        return ""
    items = _as_list(value)
    if items is not None:
        parts = [cell_text(item) for item in items if item is not None]
        return "\n\n".join(part for part in parts if part.strip())
    text = _SURROGATE.sub("\ufffd", str(value))
    if HTML.search(text):
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
    if HTML.search(text) or _ENTITY.search(text):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return re.sub(r"\s+", " ", _CONTROL.sub(" ", text)).strip()
