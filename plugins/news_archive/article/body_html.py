"""Article HTML from analysed paragraphs. Every scraped string is escaped here."""

from __future__ import annotations

from html import escape

from ..text.pipeline import Paragraph


def article_html(paragraphs: list[Paragraph]) -> str:
    """One ``<p>`` per kept paragraph; the dateline opener marked up, nothing else."""
    parts = []
    for paragraph in paragraphs:
        text = paragraph.text
        if paragraph.dateline and text.startswith(paragraph.dateline):
            rest = text[len(paragraph.dateline) :]
            parts.append(f'<p><span class="dateline">{escape(paragraph.dateline)}</span>{escape(rest)}</p>')
        else:
            parts.append(f"<p>{escape(text)}</p>")
    return "\n".join(parts)
