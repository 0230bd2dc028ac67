"""Search: the Python and JS analysis agree token for token; the split index scores exactly as
a monolithic lunr.js index (node), and as lunr.py builds it (weights, term indices)."""

import itertools
import json
import math
import pickle
import random
import re
import shutil
import subprocess
from array import array

import pytest

from bench import monolithic
from news_archive.search import analysis
from news_archive.search.index import Card, SplitIndexBuilder, fnv1a, js_round, pack_numbers
from news_archive.text.pipeline import analyse as clean

from ..conftest import CORPUS, ROOT

NODE = shutil.which("node")
needs_node = pytest.mark.skipif(
    NODE is None or not (ROOT / "node_modules" / "lunr").exists(), reason="node and `npm ci` needed"
)
QUERIES = [
    "serangan",
    "serangan rusia",
    "+serangan +rusia",
    "rusia -turki",
    "+rusia -isis",
    "-isis",  # prohibited only: every other document, as lunr gives them
    "-title:rusia -turki",
    "title:rusia",
    "title:turki body:nato",
    "ser*",
    "ra*",
    "serangan~1",
    "bom~1 paris",
    "pertahanan",
    "Turki-Rusia",
    "putin erdogan",
    "isis",
    "zzzz",
    "+zzzz rusia",
    "Erdoğan",
    "menyerang",
    "rusia^10 turki",
    # The same term twice (boosts add up), in one field then all, required twice, prohibited in one field.
    "rusia rusia^2",
    "title:rusia rusia",
    "+rusia +rusia turki",
    "+turki -title:rusia",
    "+rus* -body:isis nato",
]


def corpus_texts():
    for path in sorted(CORPUS.rglob("*.txt")) + sorted((ROOT / "content").rglob("*.txt")):
        yield path.read_bytes().decode("utf-8", errors="replace")


@pytest.fixture(scope="module")
def documents():
    docs = []
    for path in sorted(CORPUS.rglob("*.txt")):
        a = clean(path.read_bytes())
        docs.append((a.title, a.body_text))
    return docs


def test_python_analysis():
    assert analysis.analyse("Serangan udara Turki-Rusia; pertahanan dan bertahan, menyerang, diserang") == [
        "serang",
        "udara",
        "turki",
        "rusia",
        "tahan",
        "tahan",
        "serang",
        "serang",
    ]
    assert analysis.analyse("Erdoğan said the US") == ["erdog", "said", "us"]


def run_node_with_args(script: str, args: list[str], data):
    """A node script of tests/js/ given ``args`` and ``data`` as JSON on stdin; its JSON answer."""
    result = subprocess.run([NODE, script, *args], input=json.dumps(data), cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def run_node(script: str, data):
    """A node script of tests/js/ given ``data`` as JSON on stdin; its JSON answer."""
    result = subprocess.run(
        [NODE, script], input=json.dumps(data), cwd=ROOT, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


@needs_node
def test_python_and_javascript_analysis_agree_on_every_corpus_word():
    words = sorted({w for text in corpus_texts() for w in re.split(r"\s+", text) if w})
    words += ["İstanbul", "ÇAVUŞOĞLU", "naïve", "Ωmega", "Σίσυφος", "x²", "١٢٣", "ﬁnal", "ǅemal"]
    js = run_node("tests/js/analyse_words.mjs", words)
    differences = [(w, analysis.analyse(w), j) for w, j in zip(words, js) if analysis.analyse(w) != j]
    assert len(words) > 1500
    assert differences == []


def test_split_builder_matches_lunr_py(documents):
    builder = SplitIndexBuilder()
    for texts in documents:
        builder.add(texts, Card("", "", None, "", "", [], ""))
    index = monolithic.build(documents)
    deltas, milli, starts, ends = builder.postings()
    width = len(builder.fields)
    checked = 0
    for term, tid in builder.term_ids.items():
        assert index.inverted_index[term]["_index"] == tid
        for f, (field, _) in enumerate(builder.fields):
            key = tid * width + f
            docs = list(itertools.accumulate(deltas[starts[key] : ends[key]]))
            assert docs == sorted(int(ref) for ref in index.inverted_index[term][field])
            for doc, weight in zip(docs, milli[starts[key] : ends[key]]):
                vector = index.field_vectors[f"{field}/{doc}"].elements
                assert dict(zip(vector[0::2], vector[1::2]))[tid] == weight / 1000  # exactly lunr's
                checked += 1
    assert checked > 2000


def test_js_round_is_math_round():
    assert js_round(2.5) == 3 and js_round(0.4999) == 0 and round(2.5) == 2
    assert fnv1a("rusia") == 0x850FE3F3  # FNV-1a 32 of b"rusia"; node computes the same (below)


def compare_in_node(documents, queries, folder, shards: int) -> list[dict]:
    """The split index of ``documents`` written to ``folder``, and each query's results from it
    and from a monolithic lunr.js index of the same documents (tests/js/compare_index.mjs)."""
    builder = SplitIndexBuilder()
    for texts in documents:
        builder.add(texts, Card("", "", None, "", "", [], ""))
    builder.write(folder / "idx", shards=shards)
    (folder / "docs.json").write_text(json.dumps(documents))
    (folder / "q.json").write_text(json.dumps(queries))
    script = "tests/js/compare_index.mjs"
    command = [NODE, script, str(folder / "docs.json"), str(folder / "idx"), str(folder / "q.json")]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@needs_node
def test_split_index_scores_like_a_monolithic_lunr_js_index(documents, tmp_path):
    matched = 0
    for item in compare_in_node(documents, QUERIES, tmp_path, shards=7):
        mono, split = item["monolithic"], item["split"]
        assert [r for r, _ in split] == [r for r, _ in mono], item["query"]
        assert all(abs(a - b) <= 1e-6 for (_, a), (_, b) in zip(mono, split)), item["query"]
        matched += bool(mono)
        if item["query"] == "serangan rusia":
            assert item["files"] <= 2  # two terms: at most two shards fetched
    assert matched >= len(QUERIES) - 3


NUMBERS = [0, 1, 31, 32, 33, 1023, 1024, 99_999, 2**31 + 5, 2**40 + 17, 7, 0]


def test_packed_numbers_are_varint_digits_in_order():
    text, offsets = pack_numbers(NUMBERS)
    assert text[offsets[0] : offsets[1]] == "A" and text[offsets[2] : offsets[3]] == "f"  # 0 and 31: one digit
    assert text[offsets[3] : offsets[4]] == "gB"  # 32: low digit 0 with "more", then 1
    assert offsets.tolist() == [0, 1, 2, 3, 5, 7, 9, 12, 16, 23, 32, 33, 34]  # 1024: 3 digits; 2**40 + 17: 9
    assert pack_numbers([])[0] == ""
    with pytest.raises(ValueError):
        pack_numbers([3, -1])


@needs_node
def test_node_unpacks_what_python_packs():
    text, _offsets = pack_numbers(NUMBERS)
    script = f"import {{ unpackNumbers }} from './theme/js/engine.js'; console.log(JSON.stringify(unpackNumbers({json.dumps(text)})))"
    out = subprocess.run(
        [NODE, "--input-type=module", "-e", script], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out) == NUMBERS


@needs_node
def test_results_are_ranked_as_a_stable_sort_by_score_descending():
    # lunr sorts results by score with a stable sort; engine.js ranks by binary search instead.
    rng = random.Random(7)
    scores = [rng.choice([0.5, 1.25, 2.0, 0.0, -0.0, -1.0, math.inf, -math.inf, rng.random()]) for _ in range(3000)]
    scores += [rng.random() * 10 for _ in range(3000)]  # distinct scores too
    encoded = json.dumps([repr(s) for s in scores])  # JSON has no infinities and writes -0 as 0
    script = (
        "import { rankByScore } from './theme/js/engine.js'; const decode = {'inf': Infinity, '-inf': -Infinity, '-0.0': -0}; "
        f"const scores = Float64Array.from({encoded}, s => s in decode ? decode[s] : Number(s)); "
        "console.log(JSON.stringify(Array.from(rankByScore(scores, scores.length))))"
    )
    out = subprocess.run(
        [NODE, "--input-type=module", "-e", script], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out) == sorted(range(len(scores)), key=lambda i: -scores[i])


@needs_node
def test_hash_is_the_same_in_node():
    script = (
        "import { fnv1a } from './theme/js/engine.js'; console.log(fnv1a('rusia'), fnv1a('pertahanan'), fnv1a('ğ'))"
    )
    out = subprocess.run(
        [NODE, "--input-type=module", "-e", script], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert [int(x) for x in out] == [fnv1a("rusia"), fnv1a("pertahanan"), fnv1a("ğ")]


def test_term_counts_are_the_analysed_terms_counted_in_first_seen_order():
    from collections import Counter

    text = "Serangan Rusia, serangan Turki; Rusia menyerang lagi. Erdoğan"
    terms, counts, sequence = analysis.term_counts(text)
    assert list(zip(terms.split(), counts)) == list(Counter(analysis.analyse(text)).items())
    # The text word by word, as 1 + its term's number, a stopword as 0 (a phrase keeps the gap).
    assert [terms.split()[n - 1] if n else None for n in sequence] == [
        None if w in analysis.stopwords() else analysis.stem(w) for w in analysis.split(text)
    ]
    assert analysis.term_counts("dan yang") == ("", array("I"), array("H", [0, 0]))  # stopwords only


def test_each_posting_keeps_the_word_positions_of_its_term_stopwords_counted():
    builder = SplitIndexBuilder()
    builder.add(
        ("Rusia dan Turki", "Turki menyerang Rusia. Rusia dan Turki berunding."), Card("", "", None, "", "", [], "")
    )
    builder.add(("Turki", "Di Turki"), Card("", "", None, "", "", [], ""))
    _, _, starts, ends, places, slots = builder.postings_arrays()
    width = len(builder.fields)

    def positions(term, field):
        key = builder.term_ids[term] * width + field
        found, numbers = [], places[slots[starts[key]] : slots[ends[key]]].tolist()
        while numbers:
            count, steps, numbers = numbers[0], numbers[1 : 1 + numbers[0]], numbers[1 + numbers[0] :]
            found.append([sum(steps[: i + 1]) for i in range(count)])
        return found

    assert positions("rusia", 0) == [[0]] and positions("turki", 0) == [[2], [0]]
    assert positions("rusia", 1) == [[2, 3]] and positions("turki", 1) == [[0, 5], [1]]  # "di" counted


def test_cached_term_counts_build_the_same_index_as_texts(documents):
    from_texts, from_counts = SplitIndexBuilder(), SplitIndexBuilder()
    for texts in documents:
        from_texts.add(texts, Card("", "", None, "", "", [], ""))
        counts = pickle.loads(pickle.dumps([analysis.term_counts(text) for text in texts]))  # as cached
        from_counts.add(texts, Card("", "", None, "", "", [], ""), counts)
    assert from_counts.term_ids == from_texts.term_ids
    assert from_counts.postings() == from_texts.postings()
    assert from_counts.post_pos == from_texts.post_pos
    older = SplitIndexBuilder()  # terms cached by a version without positions: analysed again
    for texts in documents:
        older.add(texts, Card("", "", None, "", "", [], ""), [analysis.term_counts(t)[:2] for t in texts])
    assert older.post_pos == from_texts.post_pos


def test_rewriting_the_index_touches_only_changed_parts_and_removes_stale_ones(documents, tmp_path):
    def build(docs, shards):
        builder = SplitIndexBuilder()
        for title, body in docs:
            builder.add((title, body), Card(f"article/{title[:10]}/", title, None, "", "", [], body[:50]))
        return builder.write(tmp_path, shards=shards)

    build(documents, shards=9)
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*.json")}
    build(documents, shards=9)  # same articles: nothing rewritten
    assert {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*.json")} == before
    meta = build(documents[:8], shards=4)  # fewer articles and shards: the extra parts are gone
    assert sorted(p.name for p in (tmp_path / "t").iterdir()) == sorted(f"{n}.json" for n in range(4))
    assert len(list((tmp_path / "d").iterdir())) == -(-meta["documents"] // meta["chunk"])
    cards = json.loads((tmp_path / "d" / "0.json").read_text())
    assert [c[1] for c in cards] == [title for title, _ in documents[: len(cards)]]


@needs_node
def test_words_that_are_object_prototype_keys_are_ordinary_words(tmp_path):
    documents = [
        ["Judul Pertama", "the constructor said toString and valueOf were hasOwnProperty of __proto__ bridges"],
        ["Judul Kedua", "kata biasa saja tentang jembatan dan sungai"],
    ]
    queries = [
        "constructor",
        "tostring",
        "valueof",
        "__proto__",
        "hasownproperty",
        "-constructor",
        "-kata",
        "constructor kata",
    ]
    out = {item["query"]: item for item in compare_in_node(documents, queries, tmp_path, shards=3)}
    assert [ref for ref, _ in out["constructor"]["split"]] == ["0"]
    for item in out.values():
        assert item["split"] == item["monolithic"], item["query"]


@needs_node
def test_the_search_box_reads_operators_at_word_starts_field_names_in_both_languages_and_typos_on_both_forms():
    queries = ["al-Assad", "Su-24 jatuh", "judul:rusia", "-isis +title:turki", "erdgan", "serangan di Aleppo"]
    out = dict(zip(queries, run_node("tests/js/query_words.mjs", queries), strict=True))
    assert out["al-Assad"]["all"] == "+al +Assad" and "assad" in out["al-Assad"]["marked"]
    assert out["Su-24 jatuh"]["all"] == "+Su +24 +jatuh"
    assert out["judul:rusia"]["all"] == "title:rusia" and out["judul:rusia"]["marked"] == ["rusia"]
    assert out["-isis +title:turki"]["all"] == "-isis +title:turki" and out["-isis +title:turki"]["marked"] == [
        "isis",
        "turki",
    ]
    assert set(out["erdgan"]["fuzzy"].split()) == {"erdgan~1", f"{analysis.stem('erdgan')}~1", "erdg~1"}
    assert out["serangan di Aleppo"]["all"] == "+serangan +Aleppo"  # a stopword is not required


def test_acronyms_that_are_stopwords_in_lower_case_are_searchable_in_capitals():
    protected = analysis.protected_words(["AS", "IS", "PBB", "Amerika Serikat", "ISIS"])
    assert protected == {"AS", "IS"}  # "pbb" and "isis" are no stopwords: nothing to protect
    assert analysis.analyse("Koalisi AS menyerang IS, as it is", protected) == ["koalisi", "as0", "serang", "is0"]
    assert analysis.analyse("Koalisi AS menyerang", frozenset()) == ["koalisi", "serang"]
    assert analysis.protect("BASIS AS-nya", protected) == "BASIS as0-nya"  # whole words only


@needs_node
def test_a_snippet_is_the_passage_that_holds_most_of_the_query_words_cut_at_word_boundaries():
    opening = "Pemerintah Rusia mengaku telah menyiapkan bantuan kemanusiaan bagi warga."
    middle = "Pasukan itu bergerak ke Aleppo. Presiden Bashar al-Assad memuji serangan udara di Aleppo kemarin."
    later = "Assad juga bertemu utusan PBB. Kunjungan itu singkat."
    long_sentence = " ".join(["kata"] * 80) + " Assad " + " ".join(["lain"] * 80) + "."
    cases = [
        {"paragraphs": [opening, middle, later], "query": "Assad serangan"},  # both words: the middle
        {"paragraphs": [opening, later], "query": "Assad"},
        {"paragraphs": [opening], "query": "Assad"},  # no match: no passage
        {"paragraphs": [long_sentence], "query": "Assad", "length": 120},
        {"paragraphs": ["Pasukan A.S. Hadi tiba. Assad menolak."], "query": "Hadi"},
    ]
    both, one, none, long, abbreviation = run_node("tests/js/passages.mjs", cases)
    assert both["text"].startswith("Presiden Bashar al-Assad memuji serangan") and both["before"]
    assert one == {"text": "Assad juga bertemu utusan PBB. Kunjungan itu singkat.", "before": True, "after": False}
    assert none is None
    assert "Assad" in long["text"] and len(long["text"]) <= 120 and long["before"] and long["after"]
    assert not long["text"].startswith("ata") and not long["text"].endswith(" ")  # whole words
    assert abbreviation["text"].startswith("Pasukan A.S. Hadi tiba.") and not abbreviation["before"]


@needs_node
def test_results_sort_by_date_either_way_and_narrow_to_a_date_range_undated_last_or_out():
    from datetime import date

    def day(iso):
        return (date.fromisoformat(iso) - date(1970, 1, 1)).days

    days = [day("2016-03-28"), -1, day("2015-10-01"), day("2016-03-28"), day("2017-01-05")]
    relevance = [1, 3, 0, 4, 2]  # best first
    cases = [
        {"refs": relevance, "sort": "new"},
        {"refs": relevance, "sort": "old"},
        {"refs": relevance, "from": "2016-01-01", "to": "2016-12-31"},
        {"refs": relevance, "sort": "new", "from": "2016-03-28"},
        {"refs": relevance, "sort": "bogus", "to": "not a date"},
    ]
    out = run_node("tests/js/arrange.mjs", {"days": days, "cases": cases, "isos": ["2016-03-28", "2016-13-40", ""]})
    newest, oldest, in_2016, from_day, untouched = out["arranged"]
    assert newest == [4, 3, 0, 2, 1]  # one day keeps its relevance order (3 before 0); undated last
    assert oldest == [2, 3, 0, 4, 1]
    assert in_2016 == [3, 0]  # relevance order kept, undated out
    assert from_day == [4, 3, 0]
    assert untouched == relevance
    assert out["days"] == [day("2016-03-28"), None, None]


@needs_node
def test_quoted_phrases_match_their_words_next_to_each_other_as_a_brute_force_scan_finds(documents, tmp_path):
    import random

    builder = SplitIndexBuilder()
    for texts in documents:
        builder.add(texts, Card("", "", None, "", "", [], ""))
    builder.write(tmp_path / "idx", shards=5)
    stop = analysis.stopwords()

    def tokens(text):  # each word's term, None for a stopword: positions count them
        return [None if w in stop else analysis.stem(w) for w in analysis.split(text)]

    def holds(text, phrase):
        want = tokens(phrase)
        first = next(i for i, t in enumerate(want) if t)
        want = want[first:]
        while want and want[-1] is None:
            want.pop()
        have = tokens(text)
        return any(
            all(w is None or (i + k < len(have) and have[i + k] == w) for k, w in enumerate(want))
            for i in range(len(have))
        )

    rng = random.Random(22)
    phrases = []
    for _title, body in rng.sample(documents, min(20, len(documents))):
        words = body.split()
        start = rng.randrange(max(1, len(words) - 4))
        phrases.append(" ".join(words[start : start + rng.choice((2, 3, 4))]))
    phrases += ["Rusia dan Turki", "Turki dan Rusia", "serangan udara", "udara serangan"]
    queries = [f'"{p}"' for p in phrases] + [f'Suriah "{phrases[0]}"']
    found = run_node_with_args("tests/js/phrases.mjs", [str(tmp_path / "idx")], queries)
    expected = []
    for p in [*phrases, phrases[0]]:
        expected.append([i for i, texts in enumerate(documents) if any(holds(t, p) for t in texts)])
    expected[-1] = [i for i in expected[-1] if "suriah" in analysis.analyse(" ".join(documents[i]))]
    assert found == expected
    assert sum(map(bool, found)) >= min(
        20, len(documents)
    )  # the sampled phrases are found, at least where they came from
    words_only = run_node_with_args("tests/js/phrases.mjs", [str(tmp_path / "idx")], ["Rusia Turki"])[0]
    assert set(found[-5]) < set(words_only)  # the words anywhere match more than the phrase
