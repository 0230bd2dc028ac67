"""The whole per-file path on random input (hypothesis): random bytes, lines from the rule data,
digit runs, lone punctuation, huge lines, header lines. It never raises, it stays within its
time, and nothing is lost: every line of the file is the title, a meta line, in the body or in
the removed list."""

import time
from functools import lru_cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from news_archive.article.record import analyse_file, build_record
from news_archive.text.lines import BLANK, BODY, META, REMOVED, TITLE
from news_archive.text.resources import DATA_DIR, _read_yaml

from ..config import article_config

RUNS = 300
SECONDS_PER_FILE = 5


@lru_cache(maxsize=1)
def rule_lines() -> list[str]:
    """Lines shaped like the leftovers the rules look for, from the rule data's own patterns."""
    found = []
    for rule in _read_yaml(DATA_DIR / "boilerplate.yml")["rules"]:
        for pattern in rule["patterns"]:
            text = pattern.strip("^$").replace("\\s*", " ").replace("\\s+", " ").replace("\\", "")
            found.append("".join(ch for ch in text if ch not in "()[]?*+|{}"))
    return found


WORDS = st.sampled_from(
    [
        "Rusia",
        "ISIS",
        "JAKARTA",
        "-",
        "–",
        "(AFP)",
        "Baca juga:",
        "Senin (12/10/2015)",
        "kata",
        "dia",
        ".",
        ",",
        "Erdoğan",
        "\u202e",
        "\u00ad",
        "WIB",
        "2016",
        "Foto:",
        "ADVERTISEMENT",
        "©",
        "|",
        "»",
        "Sumber:",
        "Title:",
    ]
)
LINES = st.one_of(
    st.lists(WORDS, min_size=1, max_size=30).map(" ".join),
    st.sampled_from(rule_lines()),
    st.integers(1, 400).map(lambda n: "1" * n + "a"),
    st.integers(1, 200).map(lambda n: "1 " * n + "»"),
    st.sampled_from(["", " ", "-", ".", "…", "\t", "((((", "))))", "Date: 2016-02-30", "Slug: ..", "Lang: x y"]),
    st.integers(1, 20000).map(lambda n: "kata " * n),
    st.text(max_size=80),
)
FILES = st.one_of(
    st.lists(LINES, max_size=60).map(lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass")),
    st.binary(max_size=2000),
)


def conserved(data: bytes) -> None:
    analysed = analyse_file(data, "f.txt", article_config())
    analysis = analysed.analysis
    if analysis is None:
        return
    body_lines = {n for p in analysis.paragraphs for n in p.lines}
    removed = {line.number for line in analysis.removed}
    for line in analysis.lines:
        assert line.kind in (BLANK, TITLE, META, BODY, *REMOVED), (line.number, line.kind)
        if line.kind == BODY and not analysed.skip:
            assert line.number in body_lines or not line.text, line
        if line.kind in REMOVED:
            assert line.number in removed, line
    # a line whose paragraph breaks were lost is split again at its glued sentence ends: joined back,
    # the paragraphs hold it whole
    body, joined = analysis.body_text, "".join(p.text for p in analysis.paragraphs)
    for line in analysis.lines:  # the text itself is kept: in the body, or cut with a listed fragment
        if line.kind == BODY and not analysed.skip:
            assert line.text in body or line.text in joined or line.number in removed, line


@settings(max_examples=RUNS, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(FILES)
def test_random_files_never_break_the_per_file_path(data):
    started = time.perf_counter()
    record = build_record(data, "f.txt", article_config())
    assert time.perf_counter() - started < SECONDS_PER_FILE
    assert record.skip or record.content.startswith("<p")
    conserved(data)
