import pytest

from news_archive.text.dateline import parse_dateline


@pytest.mark.parametrize(
    "text, place, outlets",
    [
        ("REPUBLIKA.CO.ID, MOSKOW -- Rusia", "MOSKOW", ["REPUBLIKA.CO.ID"]),
        ("TEMPO.CO, Teheran - Iran", "Teheran", ["TEMPO.CO"]),
        ("Metrotvnews.com, New York: Dewan", "New York", ["Metrotvnews.com"]),
        ("KBR, Jakarta- Pemerintah", "Jakarta", ["KBR"]),
        ("HANGZHOU, KOMPAS.com - Presiden", "HANGZHOU", ["KOMPAS.com"]),
        ("Sochi, Gatra.com - Putin", "Sochi", ["Gatra.com"]),
        ("ALEPPO (Arrahmah.com) – Pasukan", "ALEPPO", ["Arrahmah.com"]),
        ("Jakarta (ANTARA) - Menteri", "Jakarta", ["ANTARA"]),
        ("Ankara, (Analisa/Antara) - Presiden", "Ankara", ["Analisa", "Antara"]),
        ("Suara.com - Presiden", None, ["Suara.com"]),
        ("tirto.id - Pemerintah", None, ["tirto.id"]),
        ("(VOVworld) – Hari ini", None, ["VOVworld"]),
        ("MOSKOW - Moskow membuat klaim", "MOSKOW", []),
        ("Damaskus: Tentara Suriah", "Damaskus", []),
        ("SAINTPETERBURG--Putin", "SAINTPETERBURG", []),
    ],
)
def test_opener_shapes(text, place, outlets):
    found = parse_dateline(text)
    assert found is not None and found.place == place and found.outlets == outlets


@pytest.mark.parametrize(
    "text",
    [
        "Presiden AS - yang baru dilantik",
        "BPS: Ekonomi Indonesia tumbuh",
        "Menurut dia, ini penting",
        "Pemerintah Rusia dan Turki telah",
    ],
)
def test_sentences_are_not_openers(text):
    assert parse_dateline(text) is None
