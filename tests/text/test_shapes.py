"""Page shapes from REAL_PATTERNS.md that the labelled fixtures do not show (fixtures/shapes)."""

import pytest

from news_archive.text.pipeline import analyse

from ..conftest import FIXTURES

EXPECTED = {
    # file: (title or None if derived, publisher, sources, author, date, removed line numbers)
    "a.txt": (
        "Iran Kirim Pasukan Elite ke Aleppo",
        "Republika",
        ["Reuters", "Fars"],
        "Gita Amanda",
        "2015-10-06",
        [1, 4, 6, 12, 13, 14, 18, 19],
    ),
    "b.txt": (
        "Erdogan: Turki Tak Akan Minta Maaf ke Rusia",
        "Okezone",
        ["CNN", "BBC"],
        "Jihad Dwidyasa",
        "2015-11-26",
        [4, 10],
    ),
    "c.txt": (None, "Liputan6.com", ["Afghan Voice Agency", "Al Jazeera"], "Rizki Akbar Hasan", "2017-12-29", [2, 5]),
    "d.txt": (None, "Tempo", ["Reuters"], "Natalia Santi", "2015-10-11", [4, 5, 6, 7]),
    "e.txt": (
        "Militan ISIS Eksekusi Warga Sipil di Palmyra",
        "Kompas.com",
        [],
        None,
        "2015-08-23",
        [3, 9, 11, 12, 13, 14, 15, 16, 18],
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_shape(name):
    title, publisher, sources, author, date, removed = EXPECTED[name]
    a = analyse((FIXTURES / "shapes" / name).read_bytes())
    assert (a.title if not a.title_derived else None) == title
    assert a.attribution.publisher == publisher
    assert a.attribution.sources == sources
    assert a.attribution.author == author
    assert (a.date.date.isoformat() if a.date.date else None) == date
    assert sorted({ln.number for ln in a.removed if ln.removed}) == removed  # leftovers; meta lines are listed too


def test_bare_read_also_opens_a_list():
    a = analyse((FIXTURES / "shapes" / "d.txt").read_bytes())
    assert [ln.reason for ln in a.lines if ln.number in (5, 6, 7)] == ["related-list"] + ["related-list.item"] * 2
