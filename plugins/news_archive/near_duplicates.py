"""Near-duplicates: the same story published twice (wire copies, reposts with small edits).

Compared on the cleaned body only, so different boilerplate does not hide a copy. Each article
gets a MinHash signature of its word shingles; LSH banding (BANDS bands of ROWS values) proposes
candidate pairs cheaply even at 100,000 articles, and each candidate is confirmed on the exact
shingle sets by containment (shared shingles / shingles of the shorter text): a copy with a
paragraph cut is still a copy. The threshold is NEWS_ARCHIVE_NEAR_DUPLICATE (default 0.6).

MinHash and banding are a few lines of numpy here: datasketch does the same, but imports scipy
at import, on every build, to choose band sizes that are fixed below.
"""

from __future__ import annotations

import re
import zlib
from array import array
from collections.abc import Hashable

import numpy as np

SHINGLE = 4  # words per shingle
BANDS, ROWS = 21, 3  # candidate probability 1-(1-j^3)^21: 0.94 at Jaccard 0.5, 0.0002 at 0.02
NUM_PERM = BANDS * ROWS
LEADERS = 50  # in a bucket, members past these are compared with these only
_PRIME = (1 << 31) - 1  # a < 2^31 and x < 2^31: a*x + b < 2^63, exact in uint64
_RANDOM = np.random.RandomState(1)
_A = _RANDOM.randint(1, _PRIME, size=NUM_PERM).astype(np.uint64)
_B = _RANDOM.randint(0, _PRIME, size=NUM_PERM).astype(np.uint64)
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[int]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {zlib.crc32(" ".join(words).encode())} if words else set()
    return {zlib.crc32(" ".join(words[i : i + SHINGLE]).encode()) for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> array:
    """MinHash of ``text``'s shingles under NUM_PERM hash functions (a*x + b mod 2^31-1);
    stable across processes, so it is cached with the article. An array of 32-bit numbers: it is
    kept for every article of the build (a list of ints takes eight times the memory)."""
    values = np.fromiter(shingles(text), dtype=np.uint64) % np.uint64(_PRIME)
    if not values.size:
        return array("I", bytes(4 * NUM_PERM))
    return array("I", ((values[:, None] * _A + _B) % np.uint64(_PRIME)).min(axis=0).astype(np.uint32).tobytes())


def shingle_array(text: str) -> np.ndarray:
    """``text``'s shingles, sorted: kept for every text with a candidate, at a tenth of a set's
    memory of a set of Python ints."""
    return np.sort(np.fromiter(shingles(text), dtype=np.uint32))


def containment(a: np.ndarray, b: np.ndarray) -> float:
    """Shared shingles / shingles of the smaller text, on sorted arrays of distinct values."""
    if not a.size or not b.size:
        return 0.0
    at = np.searchsorted(b, a).clip(max=b.size - 1)
    return np.count_nonzero(b[at] == a) / min(a.size, b.size)


def shared_bands(signatures: np.ndarray) -> list[list[int]]:
    """Rows (in order) of the signatures that share a band, per band and shared value: the LSH
    buckets with two or more members, found by sorting each band's values in numpy."""
    buckets = []
    signatures = signatures.reshape(-1, NUM_PERM)
    for band in range(BANDS):
        values = np.ascontiguousarray(signatures[:, band * ROWS : (band + 1) * ROWS]).view(f"V{8 * ROWS}").ravel()
        _, bucket, sizes = np.unique(values, return_inverse=True, return_counts=True)
        shared = np.nonzero(sizes[bucket] > 1)[0]
        shared = shared[np.argsort(bucket[shared], kind="stable")]  # by bucket, rows in order
        bounds = np.nonzero(np.diff(bucket[shared]))[0] + 1
        buckets += [rows.tolist() for rows in np.split(shared, bounds)] if shared.size else []
    return buckets


def copy_groups(
    docs: list[tuple[Hashable, array, str]], threshold: float = 0.6, known: dict | None = None
) -> list[list[Hashable]]:
    """Groups (two or more keys) of texts that are copies of each other.

    ``docs``: (key, signature, cleaned body). Pairs join groups transitively (union-find).
    ``known``: verdicts of candidate pairs, (smaller key, larger key) -> bool, read and filled
    in: with keys that name a text's content, a rebuild compares only the new texts."""
    keys = [key for key, _, _ in docs]
    signatures = np.frombuffer(b"".join(v for _, v, _ in docs), dtype=np.uint32).astype(np.uint64)
    buckets = [[keys[i] for i in rows] for rows in shared_bands(signatures)]
    texts = {key: text for key, _, text in docs}
    parent = {key: key for key, _, _ in docs}
    arrays: dict = {}

    def root(key):
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def shingles_of(key):  # computed once per text, and only for texts with a candidate
        if key not in arrays:
            arrays[key] = shingle_array(texts[key])
        return arrays[key]

    def same_story(key, other) -> bool:
        pair = (key, other) if key < other else (other, key)
        if known is not None and pair in known:
            return known[pair]
        verdict = containment(shingles_of(key), shingles_of(other)) >= threshold
        if known is not None:
            known[pair] = verdict
        return verdict

    for members in buckets:
        for i, key in enumerate(members):
            # A crowded bucket (a story syndicated by hundreds of outlets, or text most articles
            # share) pairs each member with its first members only: copies still join through them.
            for other in members[i + 1 :] if i < LEADERS else members[:LEADERS]:
                if root(other) != root(key) and same_story(key, other):
                    parent[root(other)] = root(key)
    groups: dict = {}
    for key, _, _ in docs:
        groups.setdefault(root(key), []).append(key)
    return [members for members in groups.values() if len(members) > 1]
