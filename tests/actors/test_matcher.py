import pytest

from news_archive.actors.dictionary import load_dictionary
from news_archive.actors.matcher import ActorMatcher
from news_archive.actors.tagging import DEFAULT_ACTORS_FILE


@pytest.fixture(scope="module")
def matcher():
    return ActorMatcher(load_dictionary(DEFAULT_ACTORS_FILE))


def ids(matcher, text):
    return [m.actor for m in matcher.mentions(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Amerika Serikat dan Rusia", ["united-states", "russia"]),  # longest alias wins
        ("kelompok Negara Islam Irak dan Suriah", ["isis"]),  # not iraq, not syria
        ("hubungan Turki-Rusia dan AS-Rusia", ["turkey", "russia", "united-states", "russia"]),
        ("Rusianya menolak, ISIS-nya kalah", ["russia", "isis"]),
        ("nilai tukar dolar AS melemah", []),
        ("Bandung dijuluki Paris van Java", []),
        ("Abu Bakr al-Baghdadi, pemimpin ISIS", ["abu-bakr-al-baghdadi", "isis"]),
        ("al-Baghdadi muncul; Baghdadi lain", ["abu-bakr-al-baghdadi", "abu-bakr-al-baghdadi"]),
        ("pertemuan ASEAN di Manila", ["asean"]),
        ("as he told us, it was", []),
        ("As news spread, IS and US officials met", ["isis", "united-states"]),
        ("Presiden Bashar Al – Assad", ["bashar-al-assad"]),
        ("Erdoğan dan Erdogan", ["recep-tayyip-erdogan", "recep-tayyip-erdogan"]),
        ("koalisi pimpinan Negeri Abang Sam", ["united-states"]),
        ("Kementerian Pertahanan Rusia membantah", ["russia"]),
        ("negara Islam seperti Indonesia", ["indonesia"]),
        ("Moskow, Ankara, dan Teheran", ["russia", "turkey", "iran"]),
    ],
)
def test_matching_rules(matcher, text, expected):
    assert ids(matcher, text) == expected


def test_mentions_keep_original_offsets(matcher):
    text = "Kata Putin: «Rusianya kuat»."
    found = matcher.mentions(text)
    assert [text[m.start : m.end] for m in found] == ["Putin", "Rusia"]  # the clitic stays outside
    long = "Bashar Al – Assad,  dan   Erdoğan"
    assert [long[m.start : m.end] for m in matcher.mentions(long)] == ["Bashar Al – Assad", "Erdoğan"]


def test_count_never_bridges_two_texts(matcher):
    assert matcher.count(["pemerintah Amerika", "Serikat pekerja"]) == {"united-states": 1}
    assert matcher.count(["Rusia", "Rusia dan Turki"]) == {"russia": 2, "turkey": 1}
