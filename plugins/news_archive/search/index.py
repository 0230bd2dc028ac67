"""Build the split search index: lunr 2.x scores, fetched by the browser one term at a time.

In lunr 2.x a document's field vector holds, per term, a BM25 weight fixed at build time, and
a query's score is query·doc / |query|: only the query's own terms matter. So the index is cut
by term: each term's postings (document, weight per field) and its lunr term index live in one
of S shards chosen by hashing the term. The browser fetches the shards of the query's terms
and scores them step for step as lunr.js does (theme/js/engine.js): the results are those of a
monolithic lunr.js index of the same documents (tested in node and in the browser).

The builder streams documents: postings are packed arrays, so memory grows with the number of
postings, not with lunr's object graph (BENCHMARKS.md has the figures).

Output (under search/):
  meta.json           fields, boosts, counts, shard count, pipeline labels, protected acronyms
  t/<shard>.json      {term: [term index, doc deltas, weights × 1000, ...per field]}, each list of
                      numbers packed in a string (pack_numbers): half the bytes of JSON arrays
  p/<shard>.json      {term: [positions per field]}: for each document of the term's postings, in
                      their order, how many times it occurs, then its word positions (the first,
                      then each from the one before), packed: fetched only for quoted phrases
  v/<key>.json        sorted terms by first character, for wildcards and fuzzy queries
  d/<chunk>.json      result cards (title, url, date, publisher, actors, lead) of CHUNK docs
  facets.json         per document year, publisher, actors: filters with counts (loaded late)
  aliases.json        folded name or alias -> actor id, of the actors articles name (loaded late)
  days.json           per document, its date as days since 1970-01-01 (-1: undated): fetched only
                      to sort by date or narrow to a date range
"""

from __future__ import annotations

import json
import math
from array import array
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .analysis import PIPELINE, term_counts

FIELDS = (("title", 2), ("body", 1))  # (name, boost), in lunr's field order
CHUNK = 8  # documents per result-card file: a results page fetches ~10 small files
PACK_BLOCK = 1 << 20  # numbers packed at a time: bounds pack_numbers' memory at 100,000 articles
K1, B = 1.2, 0.75  # lunr's BM25 defaults


def fnv1a(term: str) -> int:
    """32-bit FNV-1a of the UTF-8 bytes; theme/js/engine.js computes the same."""
    h = 0x811C9DC5
    for byte in term.encode("utf-8"):
        h = ((h ^ byte) * 0x01000193) & 0xFFFFFFFF
    return h


def js_round(x):
    """Math.round (halves up), which lunr.js uses: Python's round() halves to even. Works on
    numbers and numpy arrays alike."""
    whole = np.floor(x)
    return whole + (x - whole >= 0.5)


DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"  # base64url: no JSON escapes


def pack_numbers(numbers) -> tuple[str, np.ndarray]:
    """Non-negative integers as base-64 digits of 5 bits each, least significant first, a
    digit >= 32 meaning "more follow" (a varint). A posting's doc delta and weight take ~2
    digits each, against ~5 characters as JSON numbers; engine.js unpackNumbers reads them.

    Returns the digits of all the numbers in one string and where each number's digits start
    (len + 1 offsets): numbers i to j are text[offsets[i]:offsets[j]]. Vectorised, in blocks."""
    values = np.asarray(numbers).ravel()  # in its own integer type: no copy of millions of postings
    if values.dtype.kind not in "ui":
        values = values.astype(np.int64)
    if values.size and values.min() < 0:
        raise ValueError(f"pack_numbers: negative number {values.min()}")
    widths = np.ones(values.size, dtype=np.int8)
    rest = values >> 5
    while rest.any():
        widths += rest > 0
        rest >>= 5
    alphabet = np.frombuffer(DIGITS.encode("ascii"), dtype=np.uint8)
    parts = []
    for block in range(0, values.size, PACK_BLOCK):
        v, w = values[block : block + PACK_BLOCK], widths[block : block + PACK_BLOCK]
        place = np.arange(w.max(), dtype=np.int64)
        digits = (v.astype(np.int64)[:, None] >> (5 * place)) & 31
        digits |= (place < w[:, None] - 1) * 32  # every digit but a number's last says "more follow"
        parts.append(alphabet[digits[place < w[:, None]]].tobytes())
    offsets = np.zeros(values.size + 1, dtype=np.int64)
    np.cumsum(widths, out=offsets[1:])
    return b"".join(parts).decode("ascii"), offsets


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
    protected: frozenset[str] = frozenset()  # acronyms searchable in capitals (analysis.protect)
    term_ids: dict[str, int] = field(default_factory=dict)  # term -> lunr term index
    # One row per posting (term, document, field) in the order added, so documents ascend
    # within a term: packed arrays, not lunr's object graph.
    post_term: array = field(default_factory=lambda: array("I"))
    post_cell: array = field(default_factory=lambda: array("I"))  # doc * F + field
    post_tf: array = field(default_factory=lambda: array("I"))  # term frequency
    # Word positions of each posting (tf of them, in the rows' order), stopwords counted: a
    # phrase's words must stand at the same distances in the text as in the query.
    post_pos: array = field(default_factory=lambda: array("I"))
    lengths: list[array] = field(default_factory=list)  # per field: terms per document
    cards: list[Card] = field(default_factory=list)

    def __post_init__(self):
        self.lengths = [array("I") for _ in self.fields]

    @property
    def documents(self) -> int:
        return len(self.cards)

    def add(
        self, texts: tuple[str, ...], card: Card, terms_per_field: list[tuple[str, array, array]] | None = None
    ) -> int:
        """Add one document (one text per field, or its terms per field already counted by
        analysis.term_counts); returns its number, which is its lunr ref."""
        doc = self.documents
        width = len(self.fields)
        term_ids = self.term_ids
        for f, text in enumerate(texts):
            counted = terms_per_field[f] if terms_per_field is not None else None
            if counted is None or len(counted) < 3:  # counted by an older version: no positions
                counted = term_counts(text, self.protected)
            terms, counts, sequence = counted
            terms = terms.split()
            # Each term's positions, terms in their first-seen order (the rows' order below).
            words = np.frombuffer(sequence, dtype=np.uint16 if sequence.typecode == "H" else np.uint32)
            order = np.argsort(words, kind="stable")
            self.post_pos.frombytes(order[words[order] > 0].astype(np.uint32).tobytes())
            self.lengths[f].append(sum(counts))
            for term in terms:  # lunr numbers terms as it meets them
                if term not in term_ids:
                    term_ids[term] = len(term_ids)
            self.post_term.extend([term_ids[term] for term in terms])
            self.post_cell.extend([doc * width + f] * len(terms))
            self.post_tf.extend(counts)
        self.cards.append(card)
        return doc

    def postings(self) -> tuple[list[int], list[int], list[int], list[int]]:
        return tuple(column.tolist() for column in self.postings_arrays()[:4])

    def postings_arrays(self) -> tuple[np.ndarray, ...]:
        """Every posting's lunr field-vector weight, vectorised over the whole index.

        Returns (doc deltas, weights × 1000, and per (term, field) key: starts, ends) with rows
        sorted by (term, field, document): the rows of term t in field f are
        rows[start[t * F + f]:end[t * F + f]]; then the rows' positions (row_positions). The
        weight is lunr.js's BM25 rounded as lunr rounds it (Math.round(w * 1000) / 1000), each
        float operation in lunr's order."""
        width, n = len(self.fields), self.documents
        # 32-bit columns, and each temporary dropped once used: there is a column entry per
        # posting, and a large archive has tens of millions of postings.
        terms = np.frombuffer(self.post_term, dtype=np.uint32)
        docs, fields = np.divmod(np.frombuffer(self.post_cell, dtype=np.uint32), np.uint32(width))
        tf = np.frombuffer(self.post_tf, dtype=np.uint32).astype(np.float64)
        df = np.bincount(terms, minlength=len(self.term_ids))  # lunr counts a document once per field
        idf = np.array([math.log(1 + abs((n - d + 0.5) / (d + 0.5))) for d in df.tolist()])  # libm's log, as lunr.js
        lengths = np.array([np.frombuffer(lengths, dtype=np.uint32) for lengths in self.lengths], dtype=np.float64)
        averages = lengths.sum(axis=1) / n if n else np.zeros(width)
        boosts = np.array([boost for _, boost in self.fields], dtype=np.float64)
        score = idf[terms] * ((K1 + 1) * tf) / (K1 * (1 - B + B * (lengths[fields, docs] / averages[fields])) + tf)
        del tf, lengths
        score = score * boosts[fields] * 1000
        milli = js_round(score).astype(np.uint32)
        del score
        keys = terms * np.uint32(width) + fields
        del fields
        order = np.lexsort((docs, keys))
        keys, docs, milli = keys[order], docs[order], milli[order]
        places, slots = self.row_positions(order)
        del order
        deltas = docs.copy()
        same = keys[1:] == keys[:-1]
        deltas[1:][same] = docs[1:][same] - docs[:-1][same]
        del docs, same
        every = np.arange(len(self.term_ids) * width, dtype=keys.dtype)
        starts, ends = np.searchsorted(keys, every, "left"), np.searchsorted(keys, every, "right")
        return deltas, milli, starts, ends, places, slots

    def row_positions(self, order: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The rows' positions in the sorted rows' order (``order``: the row added at each
        sorted place), each row as its count then its positions, the first as it is and each
        next one from the one before (small numbers pack short). Returns those numbers and where
        each sorted row starts among them (rows + 1 offsets)."""
        tf = np.frombuffer(self.post_tf, dtype=np.uint32)
        first = np.zeros(tf.size + 1, dtype=np.int64)  # each added row's first position in post_pos
        np.cumsum(tf, out=first[1:])
        counts = tf[order].astype(np.int64)
        begins = first[:-1][order]
        del first
        slots = np.zeros(counts.size + 1, dtype=np.int64)
        np.cumsum(counts + 1, out=slots[1:])
        runs = slots[:-1] - np.arange(counts.size)  # each sorted row's first position among positions
        # The k-th position of the sorted positions is post_pos[begin of its row + k - run of its row].
        gather = np.repeat(begins - runs, counts) + np.arange(int(counts.sum()), dtype=np.int64)
        positions = np.frombuffer(self.post_pos, dtype=np.uint32)[gather]
        del begins, gather
        # 32-bit: across two rows the step wraps around, but a row's first position is put back.
        steps = positions.copy()
        steps[1:] -= positions[:-1]
        steps[runs[counts > 0]] = positions[runs[counts > 0]]  # a row's first position as it is
        del positions
        places = np.empty(int(slots[-1]), dtype=np.uint32)
        taken = np.ones(places.size, dtype=bool)
        taken[slots[:-1]] = False
        places[slots[:-1]] = counts
        places[taken] = steps
        return places, slots

    def write(
        self,
        folder: Path,
        shards: int | None = None,
        facets: dict | None = None,
        aliases: dict | None = None,
        days: list[int] | None = None,
    ) -> dict:
        folder.mkdir(parents=True, exist_ok=True)
        stale = set()
        for sub in ("t", "p", "v", "d"):
            (folder / sub).mkdir(exist_ok=True)
            stale.update((folder / sub).glob("*.json"))
        n = self.documents
        shards = shards or shard_count(n)
        width = len(self.fields)
        deltas, milli, starts, ends, places, slots = self.postings_arrays()
        deltas, delta_at = pack_numbers(deltas)
        milli, milli_at = pack_numbers(milli)
        places, place_at = pack_numbers(places)
        place_from, place_to = place_at[slots[starts]].tolist(), place_at[slots[ends]].tolist()
        del place_at, slots
        # Where each (term, field)'s digits start and end: lists as long as the keys, not as the
        # postings (a Python int per posting would dominate the build's memory).
        delta_from, delta_to = delta_at[starts].tolist(), delta_at[ends].tolist()
        milli_from, milli_to = milli_at[starts].tolist(), milli_at[ends].tolist()
        del delta_at, milli_at, starts, ends
        by_shard: dict[int, list[str]] = {shard: [] for shard in range(shards)}  # all exist: no 404
        for term in self.term_ids:
            by_shard.setdefault(fnv1a(term) % shards, []).append(term)
        for shard, terms in by_shard.items():
            entries, positions = {}, {}
            for term in sorted(terms):
                tid = self.term_ids[term]
                entry: list = [tid]
                for key in range(tid * width, tid * width + width):
                    entry += [deltas[delta_from[key] : delta_to[key]], milli[milli_from[key] : milli_to[key]]]
                entries[term] = entry
                positions[term] = [
                    places[place_from[key] : place_to[key]] for key in range(tid * width, tid * width + width)
                ]
            stale.discard(_dump(folder / "t" / f"{shard}.json", entries))
            stale.discard(_dump(folder / "p" / f"{shard}.json", positions))
        vocab: dict[str, list[str]] = {}
        for term in self.term_ids:
            vocab.setdefault(vocab_key(term), []).append(term)
        for key, terms in vocab.items():
            stale.discard(_dump(folder / "v" / f"{key}.json", sorted(terms)))
        for start in range(0, n, CHUNK):
            cards = [_card_json(c) for c in self.cards[start : start + CHUNK]]
            stale.discard(_dump(folder / "d" / f"{start // CHUNK}.json", cards))
        if facets is not None:
            _dump(folder / "facets.json", facets)
        if aliases is not None:
            _dump(folder / "aliases.json", aliases)
        if days is not None:
            _dump(folder / "days.json", days)
        meta = {
            "version": 1,
            "documents": n,
            "fields": [{"name": name, "boost": boost} for name, boost in self.fields],
            "shards": shards,
            "chunk": CHUNK,
            "vocab": sorted(vocab),
            "pipeline": list(PIPELINE),
            "protected": sorted(self.protected),  # the page protects the same words in queries
            "positions": True,  # p/ holds word positions: quoted phrases are matched
            "terms": len(self.term_ids),
        }
        _dump(folder / "meta.json", meta)
        for old in stale:  # parts of a previous, larger index
            old.unlink()
        return meta


def vocab_key(term: str) -> str:
    first = term[:1]
    return first if first.isascii() and first.isalnum() else "_"


def _card_json(card: Card) -> list:
    return [
        card.url,
        card.title,
        card.date,
        card.date_text,
        card.publisher,
        card.actors,
        card.lead,
        card.group,
        card.copies,
    ]


def _dump(path: Path, data) -> Path:
    """Write ``data`` as compact JSON, leaving an identical file untouched: on a rebuild most parts
    are unchanged, and replacing a file costs far more than reading it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    try:
        if path.read_text(encoding="utf-8") == text:
            return path
    except (OSError, UnicodeDecodeError):
        pass
    path.write_text(text, encoding="utf-8")
    return path
