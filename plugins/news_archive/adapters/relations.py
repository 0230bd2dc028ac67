"""What relates articles (article_generator_finalized): previous and next by date, copies of
the same story, and furniture repeated across a source (archive/). Thin adapter: Pelican's
generator in, attributes on its articles."""

from __future__ import annotations

import os

from .. import ui
from ..archive.copies import link_copies as _link_copies
from ..archive.furniture import find_furniture
from ..archive.neighbours import link_neighbours as _link_neighbours
from ..archive.periods import is_dated
from ..archive.related import Story, related
from .build_state import state_of


def link_neighbours(generator) -> None:
    _link_neighbours(generator.articles)


def link_copies(generator) -> None:
    config = state_of(generator.settings).config
    verdicts = os.path.join(config.cache_folder, "copies.pickle") if config.cache else None
    _link_copies(generator.articles, config.near_duplicate, verdicts)


def link_related(generator) -> None:
    """After copies are grouped: up to three other stories of the same days naming the same actors."""
    articles = generator.articles
    stories = [
        Story(
            a.date.date() if is_dated(a) else None,
            frozenset(m["id"] for m in getattr(a, "actor_mentions", []) or []),
            getattr(a, "copy_group", None),
        )
        for a in articles
    ]
    for article, others in zip(articles, related(stories), strict=True):
        article.related = [articles[j] for j in others]


def remove_furniture(generator) -> None:
    """After copies are grouped: paragraphs repeated across a source's stories leave the body
    and join the removed lines, with the evidence ("in 61 articles from thejakartapost.com")."""
    config = state_of(generator.settings).config
    words = ui.strings(config.lang)["furniture_evidence"]
    for article in generator.articles:
        article.furniture = ()
    found = find_furniture(generator.articles, config.furniture_min)
    for article in generator.articles:
        repeated = found.get(id(article))
        paragraphs = article._content.split("\n")  # article/body_html.py: one <p> per line
        texts = (getattr(article, "body_text", "") or "").split("\n\n")
        if not repeated or len(paragraphs) != len(article.paragraph_keys) or len(texts) != len(paragraphs):
            continue
        drop = {item.index for item in repeated}
        article._content = "\n".join(p for i, p in enumerate(paragraphs) if i not in drop)
        article.body_text = "\n\n".join(t for i, t in enumerate(texts) if i not in drop)
        removed = [
            {"line": article.paragraph_lines[item.index], "text": texts[item.index], "kind": "boilerplate",
             "reason": "repeated-furniture", "detail": words.format(n=item.stories, source=item.source)}
            for item in repeated
        ]  # fmt: skip
        article.removed_lines = sorted([*article.removed_lines, *removed], key=lambda r: r["line"])
        article.furniture = tuple((item.index, item.stories) for item in repeated)
