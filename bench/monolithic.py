"""A monolithic lunr index built by lunr.py, as pelican-lunr would build it: the baseline of
the benchmark and the reference the split index is tested against at build time."""

from __future__ import annotations

from lunr.builder import Builder
from lunr.pipeline import Pipeline

from news_archive.search import analysis
from news_archive.search.index import FIELDS


def _na_split(token, i, tokens):
    return [token.clone(lambda s, m, part=part: part) for part in analysis.split(str(token))]


def _na_stopword(token, i, tokens):
    return None if str(token) in analysis.stopwords() else token


def _na_stem(token, i, tokens):
    return token.update(lambda s, m: analysis.stem(s))


FUNCTIONS = (_na_split, _na_stopword, _na_stem)
for _fn, _label in zip(FUNCTIONS, analysis.PIPELINE):
    if _label not in Pipeline.registered_functions:
        Pipeline.register_function(_fn, _label)


def build(documents: list[tuple[str, ...]], protected: frozenset[str] = frozenset()):
    """lunr.py index of ``documents`` (one text per field of FIELDS; ref = position); the
    ``protected`` acronyms written as the split index writes them (analysis.protect)."""
    builder = Builder()
    builder.pipeline.add(*FUNCTIONS)
    builder.search_pipeline.add(*FUNCTIONS)
    builder.ref("ref")
    for name, boost in FIELDS:
        builder.field(name, boost)
    for number, texts in enumerate(documents):
        builder.add(
            {"ref": str(number), **{name: analysis.protect(text, protected) for (name, _), text in zip(FIELDS, texts)}}
        )
    return builder.build()
