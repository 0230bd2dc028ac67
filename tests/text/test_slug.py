"""Article slugs: short words from the title (they are in every link) plus a hash of the path."""

from news_archive.process import SLUG_WORDS_MAX, _short


def test_long_slugs_are_cut_at_a_word_boundary():
    words = "16-wni-hilang-di-turki-diduga-hendak-bergabung-dengan-isis"
    assert _short(words) == "16-wni-hilang-di-turki-diduga"
    assert len(_short(words)) <= SLUG_WORDS_MAX


def test_short_slugs_and_single_long_words_are_kept_within_the_limit():
    assert _short("rusia-gempur-suriah") == "rusia-gempur-suriah"
    assert _short("x" * 50) == "x" * SLUG_WORDS_MAX
    assert _short("") == ""
