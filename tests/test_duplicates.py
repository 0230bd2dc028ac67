"""Near-duplicates: MinHash candidates confirmed by exact containment."""

import random

from news_archive.near_duplicates import copy_groups, signature

WORDS = [f"kata{i}" for i in range(3000)]


def story(seed: int, sentences: int = 12) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(14)) + "." for _ in range(sentences)]


def docs(texts: dict) -> list:
    return [(key, signature(text), text) for key, text in texts.items()]


def test_copies_are_grouped_and_stories_sharing_a_sentence_are_not():
    a, b = story(1), story(2)
    texts = {
        "original": " ".join(a),
        "cut-and-edited": " ".join(a[:9]) + " Kalimat baru dari redaksi lain ditambahkan di sini.",
        "other": " ".join(b),
        "quotes-one-sentence": " ".join(b[:11] + a[:1]),
    }
    assert sorted(map(sorted, copy_groups(docs(texts)))) == [
        ["cut-and-edited", "original"],
        ["other", "quotes-one-sentence"],
    ]


def test_a_short_text_inside_a_long_one_is_a_copy():
    long = story(3, sentences=40)
    texts = {"long": " ".join(long), "excerpt": " ".join(long[5:29]), "unrelated": " ".join(story(4))}
    assert copy_groups(docs(texts)) == [["long", "excerpt"]]


def test_known_verdicts_are_reused_and_new_texts_compared(monkeypatch):
    from news_archive import near_duplicates as duplicates

    a, b = story(6), story(7)
    texts = {"a1": " ".join(a), "a2": " ".join(a[:10]), "b1": " ".join(b)}
    known: dict = {}
    first = copy_groups(docs(texts), known=known)
    assert known and all(k1 < k2 for k1, k2 in known)
    compared = []
    original = duplicates.shingles
    monkeypatch.setattr(duplicates, "shingles", lambda text: compared.append(text) or original(text))
    again = docs(texts)
    compared.clear()
    assert copy_groups(again, known=known) == first  # every verdict known: no text compared
    assert compared == []
    texts["b2"] = " ".join(b[1:])
    assert sorted(map(sorted, copy_groups(docs(texts), known=known))) == [["a1", "a2"], ["b1", "b2"]]


def test_shared_bands_are_the_lsh_buckets_with_two_or_more_members():
    import numpy as np

    from news_archive.near_duplicates import BANDS, NUM_PERM, ROWS, shared_bands

    rng = np.random.default_rng(3)
    signatures = rng.integers(0, 5, size=(200, NUM_PERM)).astype(np.uint64)  # few values: many collisions
    expected: dict = {}
    for row, values in enumerate(signatures.tolist()):
        for band in range(BANDS):
            expected.setdefault((band, *values[band * ROWS : (band + 1) * ROWS]), []).append(row)
    wanted = sorted(rows for rows in expected.values() if len(rows) > 1)
    assert sorted(shared_bands(signatures)) == wanted and len(wanted) > 100
    assert shared_bands(np.zeros((0, NUM_PERM), dtype=np.uint64)) == []


def test_containment_on_sorted_shingle_arrays_is_that_of_the_sets():
    from news_archive.near_duplicates import containment, shingle_array, shingles

    for seed in range(20):
        rng = random.Random(seed)
        a = " ".join(story(seed, rng.randint(1, 8)))
        b = " ".join(story(seed, 8)[rng.randint(0, 3) :] + story(seed + 100, rng.randint(0, 3)))
        sa, sb = shingles(a), shingles(b)
        assert containment(shingle_array(a), shingle_array(b)) == len(sa & sb) / min(len(sa), len(sb))
    assert containment(shingle_array(""), shingle_array("satu dua tiga empat")) == 0.0
