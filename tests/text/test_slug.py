"""Article slugs: short words from the title (they are in every link) plus a hash of the path."""

from pelican.settings import DEFAULT_CONFIG
from pelican.utils import slugify as pelican_slugify

from news_archive.article.slug import WORDS_MAX, article_slug, path_hash, shorten, slugify

SUBSTITUTIONS = tuple(tuple(pair) for pair in DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"])


def test_long_slugs_are_cut_at_a_word_boundary():
    words = "16-wni-hilang-di-turki-diduga-hendak-bergabung-dengan-isis"
    assert shorten(words) == "16-wni-hilang-di-turki-diduga"
    assert len(shorten(words)) <= WORDS_MAX


def test_short_slugs_and_single_long_words_are_kept_within_the_limit():
    assert shorten("rusia-gempur-suriah") == "rusia-gempur-suriah"
    assert shorten("x" * 50) == "x" * WORDS_MAX
    assert shorten("") == ""


def test_slug_words_are_made_as_pelican_makes_them():
    titles = [
        "Erdoğan Temui Putin di St. Petersburg",
        "  <b>AS</b> & Rusia: «gencatan» senjata!  ",
        "Ｆｕｌｌｗｉｄｔｈ ｌｅｔｔｅｒｓ",
        "Привет мир",
        "",
        "---",
        "Suriah—Turki_2016",
    ]
    for title in titles:
        assert slugify(title, SUBSTITUTIONS) == pelican_slugify(title, regex_subs=SUBSTITUTIONS)


def test_the_path_hash_tells_paths_apart_and_is_stable():
    names = [f"articles/{n:05d}.txt" for n in range(2000)]
    hashes = {path_hash(name) for name in names}
    assert len(hashes) == len(names)
    assert path_hash("a/b.txt") == path_hash("a/b.txt") != path_hash("a/b.TXT")
    assert (
        article_slug("Rusia gempur Suriah", "a/b.txt", SUBSTITUTIONS) == f"rusia-gempur-suriah-{path_hash('a/b.txt')}"
    )
    assert article_slug("", "a/b.txt", SUBSTITUTIONS) == path_hash("a/b.txt")


def test_the_default_substitutions_are_pelicans():
    from news_archive.article.slug import DEFAULT_SUBSTITUTIONS

    assert DEFAULT_SUBSTITUTIONS == SUBSTITUTIONS
