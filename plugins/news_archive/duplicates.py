"""Near-duplicates: the same story published twice (wire copies, reposts with small edits).

Compared on the cleaned body only, so different boilerplate does not hide a copy. Each article
gets a MinHash of its word shingles (datasketch); MinHash LSH proposes candidate pairs cheaply
even at 100,000 articles, and each candidate is confirmed on the exact shingle sets by
containment (shared shingles / shingles of the shorter text): a copy with a paragraph cut is
still a copy. The threshold is NEWS_ARCHIVE_NEAR_DUPLICATE (default 0.6).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Hashable

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

SHINGLE = 4  # words per shingle
NUM_PERM = 64
SCHEME = "affine32"  # datasketch's hashing scheme of the signatures we store
CANDIDATE_JACCARD = 0.25  # LSH recall threshold; containment decides
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[int]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {zlib.crc32(" ".join(words).encode())} if words else set()
    return {zlib.crc32(" ".join(words[i : i + SHINGLE]).encode()) for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> list[int]:
    """The MinHash values of ``text`` (stable across processes: cached with the article)."""
    minhash = MinHash(num_perm=NUM_PERM, seed=1)
    minhash.update_batch([s.to_bytes(4, "little") for s in shingles(text)])
    return minhash.hashvalues.tolist()


def containment(a: set[int], b: set[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def copy_groups(docs: list[tuple[Hashable, list[int], str]], threshold: float = 0.6) -> list[list[Hashable]]:
    """Groups (two or more keys) of texts that are copies of each other.

    ``docs``: (key, signature, cleaned body). Pairs join groups transitively (union-find)."""
    lsh = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=NUM_PERM)
    minhashes = {}
    for key, values, _ in docs:
        minhashes[key] = LeanMinHash(seed=1, hashvalues=np.array(values, dtype=np.uint64), scheme=SCHEME)
        lsh.insert(key, minhashes[key])
    texts = {key: text for key, _, text in docs}
    parent = {key: key for key, _, _ in docs}

    def root(key):
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    sets: dict = {}
    for key, _, _ in docs:
        for other in lsh.query(minhashes[key]):
            if other == key or root(other) == root(key):
                continue
            a = sets.setdefault(key, shingles(texts[key]))
            b = sets.setdefault(other, shingles(texts[other]))
            if containment(a, b) >= threshold:
                parent[root(other)] = root(key)
    groups: dict = {}
    for key, _, _ in docs:
        groups.setdefault(root(key), []).append(key)
    return [members for members in groups.values() if len(members) > 1]
