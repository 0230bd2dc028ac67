"""Build the split search index: lunr 2.x scores, fetched by the browser one term at a time.

In lunr 2.x a document's field vector holds, per term, a BM25 weight fixed at build time, and
a query's score is query·doc / |query|: only the query's own terms matter. So the index is cut
by term: each term's postings (document, weight per field) and its lunr term index live in one
of S shards chosen by hashing the term. The browser fetches the shards of the query's terms,
builds a small lunr.Index of just those terms, and lets lunr.js score: the results are those
of a monolithic lunr.js index of the same documents (tested in node and in the browser).

The builder streams documents: postings are packed arrays, so memory grows with the number of
postings, not with lunr's object graph (lunr needs ~100 KB per article).

Output (under search/):
  meta.json           fields, boosts, counts, shard count, pipeline labels
  t/<shard>.json      {term: [term index, [doc deltas], [weights], ...per field]}
  v/<key>.json        sorted terms by first character, for wildcards and fuzzy queries
  d/<chunk>.json      result cards (title, url, date, publisher, actors, lead) of CHUNK docs
  facets.json         per document year, publisher, actors: filters with counts (loaded late)
"""

from __future__ import annotations

import json
import math
from array import array
from dataclasses import dataclass, field
from pathlib import Path

from .analysis import PIPELINE, analyse

FIELDS = (("title", 2), ("body", 1))  # (name, boost), in lunr's field order
CHUNK = 8  # documents per result-card file: a results page fetches ~10 small files
K1, B = 1.2, 0.75  # lunr's BM25 defaults


def fnv1a(term: str) -> int:
    """32-bit FNV-1a of the UTF-8 bytes; theme/js/engine.js computes the same."""
    h = 0x811C9DC5
    for byte in term.encode("utf-8"):
        h = ((h ^ byte) * 0x01000193) & 0xFFFFFFFF
    return h


def js_round(x: float) -> float:
    """Math.round (halves up), which lunr.js uses: Python's round() halves to even."""
    r = math.floor(x)
    return r + 1 if x - r >= 0.5 else r


def shard_count(docs: int) -> int:
    """About 40 documents' worth of postings per shard, within [1, 4096]."""
    return max(1, min(4096, math.ceil(docs / 40)))


@dataclass
class Card:
    """What a result shows; all of it scraped text, inserted as text by the browser."""

    url: str
    title: str
    date: str | None  # ISO, None when unknown
    date_text: str
    publisher: str
    actors: list[tuple[str, str]]  # (id, name)
    lead: str
    group: int | None = None  # copies of one story share a group: the search shows it once
    copies: list[tuple[str, str]] = field(default_factory=list)  # (url, publisher) of the others


@dataclass
class SplitIndexBuilder:
    fields: tuple[tuple[str, int], ...] = FIELDS
    term_ids: dict[str, int] = field(default_factory=dict)  # term -> lunr term index
    cells: list[array] = field(default_factory=list)  # per term id: doc * F + field
    freqs: list[array] = field(default_factory=list)  # per term id: term frequency
    lengths: list[array] = field(default_factory=list)  # per field: terms per document
    cards: list[Card] = field(default_factory=list)

    def __post_init__(self):
        self.lengths = [array("I") for _ in self.fields]

    @property
    def documents(self) -> int:
        return len(self.cards)

    def add(self, texts: tuple[str, ...], card: Card, terms_per_field: list[list[str]] | None = None) -> int:
        """Add one document (one text per field, or its already analysed terms per field);
        returns its number, which is its lunr ref."""
        doc = self.documents
        width = len(self.fields)
        for f, text in enumerate(texts):
            terms = terms_per_field[f] if terms_per_field is not None else analyse(text)
            self.lengths[f].append(len(terms))
            counts: dict[int, int] = {}
            for term in terms:  # term indices in lunr's order: first seen, doc by doc
                tid = self.term_ids.get(term)
                if tid is None:
                    tid = self.term_ids[term] = len(self.term_ids)
                    self.cells.append(array("I"))
                    self.freqs.append(array("I"))
                counts[tid] = counts.get(tid, 0) + 1
            for tid, tf in counts.items():
                self.cells[tid].append(doc * width + f)
                self.freqs[tid].append(tf)
        self.cards.append(card)
        return doc

    def _weights(self, tid: int, averages: list[float]) -> list[tuple[list[int], list[float]]]:
        """Per field: (docs, lunr field-vector weights) of one term, as lunr.js computes them."""
        width, n = len(self.fields), self.documents
        postings = self.cells[tid]
        df = len(postings)  # lunr counts a document once per field it has the term in
        idf = math.log(1 + abs((n - df + 0.5) / (df + 0.5)))
        out: list[tuple[list[int], list[float]]] = [([], []) for _ in self.fields]
        for cell, tf in zip(postings, self.freqs[tid]):
            doc, f = divmod(cell, width)
            boost = self.fields[f][1]
            length = self.lengths[f][doc]
            score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (length / averages[f])) + tf)
            score *= boost
            out[f][0].append(doc)
            out[f][1].append(js_round(score * 1000) / 1000)
        return out

    def write(self, folder: Path, shards: int | None = None, facets: dict | None = None) -> dict:
        folder.mkdir(parents=True, exist_ok=True)
        for sub in ("t", "v", "d"):
            (folder / sub).mkdir(exist_ok=True)
            for old in (folder / sub).glob("*.json"):
                old.unlink()
        n = self.documents
        shards = shards or shard_count(n)
        averages = [(sum(lengths) / n if n else 0.0) for lengths in self.lengths]
        by_shard: dict[int, list[str]] = {shard: [] for shard in range(shards)}  # all exist: no 404
        for term in self.term_ids:
            by_shard.setdefault(fnv1a(term) % shards, []).append(term)
        for shard, terms in by_shard.items():
            entries = {}
            for term in sorted(terms):
                tid = self.term_ids[term]
                entry: list = [tid]
                for docs, weights in self._weights(tid, averages):
                    deltas = [d - p for d, p in zip(docs, [0] + docs[:-1])]
                    entry += [deltas, weights]
                entries[term] = entry
            _dump(folder / "t" / f"{shard}.json", entries)
        vocab: dict[str, list[str]] = {}
        for term in self.term_ids:
            vocab.setdefault(vocab_key(term), []).append(term)
        for key, terms in vocab.items():
            _dump(folder / "v" / f"{key}.json", sorted(terms))
        for start in range(0, n, CHUNK):
            cards = [_card_json(c) for c in self.cards[start : start + CHUNK]]
            _dump(folder / "d" / f"{start // CHUNK}.json", cards)
        if facets is not None:
            _dump(folder / "facets.json", facets)
        meta = {
            "version": 1,
            "documents": n,
            "fields": [{"name": name, "boost": boost} for name, boost in self.fields],
            "shards": shards,
            "chunk": CHUNK,
            "vocab": sorted(vocab),
            "pipeline": list(PIPELINE),
            "terms": len(self.term_ids),
        }
        _dump(folder / "meta.json", meta)
        return meta


def vocab_key(term: str) -> str:
    first = term[:1]
    return first if first.isascii() and first.isalnum() else "_"


def _card_json(card: Card) -> list:
    return [card.url, card.title, card.date, card.date_text, card.publisher, card.actors, card.lead, card.group,
            card.copies]


def _dump(path: Path, data) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
