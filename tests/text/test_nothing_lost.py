"""Nothing is silently lost: every letter of a record's text is in the article body or in the
removed list (with its reason), on every labelled fixture and on the shapes that used to lose text."""

from collections import Counter

import pytest

from news_archive.text.pipeline import analyse

from ..conftest import CORPUS, FIXTURES

FILES = sorted((FIXTURES / "realscrape").glob("*.txt")) + sorted(CORPUS.rglob("*.txt"))


def unaccounted(data: bytes) -> Counter:
    analysis = analyse(data)
    lines = data.decode("utf-8", errors="replace").split("\n")
    written = Counter(
        c for line in lines[max(analysis.header_lines.values(), default=0) :] for c in line if c.isalnum()
    )
    written.subtract(Counter(c for c in analysis.title if c.isalnum()))  # the headline line is the title...
    headline = "".join(
        line.text for line in analysis.lines if line.kind == "title"
    )  # ...its site prefix, the publisher
    shown = Counter(c for c in analysis.body_text + "".join(r.text for r in analysis.removed) + headline if c.isalnum())
    return +(written - shown)


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_body_and_removed_hold_the_whole_text(path):
    assert not unaccounted(path.read_bytes())


def test_a_teaser_saved_alone_under_a_header_title_is_the_body():
    data = (
        b"Title: Final Miss World 2023 Siap Digelar di India\nDate: 2023-09-19\n\n"
        b"Miss World Organization tahun ini memutuskan untuk mendapuk India sebagai tuan rumah final\n"
    )
    analysis = analyse(data)
    assert analysis.body_text.startswith("Miss World Organization") and not unaccounted(data)
