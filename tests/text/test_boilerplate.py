"""Boilerplate families of REAL_PATTERNS.md (d) and (b), each in a realistic position."""

import pytest

from news_archive.text.pipeline import analyse

from .helpers import PARAGRAPHS, article, by_text

MIDDLE = [
    ("Baca juga: Rusia Tambah Serangan di Aleppo", "related"),
    ("BACA JUGA: Turki Tutup Perbatasan", "related"),
    ("(Baca: Warga Antusias Datangi TPS di Kawasan Menteng)", "related"),
    ("Baca Juga Erdogan Temui Putin di Sochi", "related"),
    ("ADVERTISEMENT", "boilerplate"),
    ("SCROLL TO CONTINUE WITH CONTENT", "boilerplate"),
    ("Iklan - Scroll untuk melanjutkan", "boilerplate"),
    ("Halaman 1 2 3 Selanjutnya", "boilerplate"),
    ("[Gambas:Video CNN]", "boilerplate"),
    ("Harga Minyak Dunia Kembali Anjlok", "related"),
    ("function getCookieNwsLetter(name){", "boilerplate"),
    ("}", "boilerplate"),
    (
        "Tumpukan sampah plastik di pabrik daur ulang ilegal di Jenjarom, Malaysia Foto: REUTERS/Lai Seng Sin/File Photo",
        "caption",
    ),
]
TAIL = [
    ("0 komentar:", "boilerplate"),
    ("Posting Komentar", "boilerplate"),
    ("LEAVE A REPLY", "boilerplate"),
    ("Tidak ada komentar:", "boilerplate"),
    ("Kirim Komentar", "boilerplate"),
    ("SHARE THIS:", "boilerplate"),
    ("Be Sociable, Share!", "boilerplate"),
    ("Copyright © ANTARA 2016", "boilerplate"),
    ("Tags: Suriah, Rusia, ISIS", "boilerplate"),
    ("#Suriah #Rusia", "boilerplate"),
    ("Home » Internasional » Timur Tengah", "boilerplate"),
    ("Halaman 3 dari 3", "boilerplate"),
    ("Editor: Anton Santoso", "credit"),
    ("Penulis : Andri Setiawan", "credit"),
    ("Redaktur & Reporter : Budi", "credit"),
    ("Rep: Fira Nursya'bani / Red: Teguh Firmansyah", "credit"),
    ("(jon/jpnn)", "credit"),
    ("(sha/c10/any)", "credit"),
    ("[ab/as]", "credit"),
    ("(Jihad Dwidyasa )", "credit"),
    ("Loading...", "boilerplate"),
    ("Newer Post Older Post Home", "boilerplate"),
    ("Baca berita tanpa iklan di aplikasi kami", "boilerplate"),
    ("WP-AutoPost", "boilerplate"),
]
HEAD = [
    (
        "This website uses cookies to improve your experience. By continuing to browse the site, you agree to our use of cookies. Accept",
        "boilerplate",
    ),
    ("A A A", "boilerplate"),
    ("Tautan-tautan Akses", "boilerplate"),
    ("FOTO | Sputnik", "caption"),
]


def _check(raw, line, expected):
    analysis = analyse(raw)
    found = by_text(analysis)[line]
    assert found.kind == expected, (found.kind, found.reason)
    assert len(analysis.paragraphs) == len(PARAGRAPHS)
    return analysis


@pytest.mark.parametrize("line, expected", MIDDLE)
def test_removed_between_paragraphs(line, expected):
    _check(article(middle=[line]), line, expected)


@pytest.mark.parametrize("line, expected", TAIL)
def test_removed_after_the_article(line, expected):
    _check(article(tail=[line]), line, expected)


@pytest.mark.parametrize("line, expected", HEAD)
def test_removed_above_the_article(line, expected):
    _check(article(head=[line]), line, expected)


def test_related_list_after_a_header_is_removed_whole():
    raw = article(middle=["Lihat Juga:", "Obama dan Putin Bahas Gencatan Senjata", "Ledakan Guncang Bandara Brussels"])
    analysis = analyse(raw)
    lines = by_text(analysis)
    assert {
        lines[t].kind
        for t in ("Lihat Juga:", "Obama dan Putin Bahas Gencatan Senjata", "Ledakan Guncang Bandara Brussels")
    } == {"related"}


def test_related_list_apart_from_its_heading_with_a_question_headline_is_removed_whole():
    items = ["Generasi Milenial Banyak yang Jadi Vegetarian, Apa Sebabnya?", "Cegah Penuaan, Keuntungan Jalani Diet"]
    raw = article(middle=["Baca Juga"]).replace("Baca Juga\n", "Baca Juga\n\n" + "\n".join(items) + "\n")
    analysis = analyse(raw)
    lines = by_text(analysis)
    assert {lines[t].kind for t in ("Baca Juga", *items)} == {"related"}
    assert len(analysis.paragraphs) == len(PARAGRAPHS)


def test_subheading_whose_words_recur_is_kept():
    raw = article(middle=["Evakuasi Warga Indonesia"]).replace(
        PARAGRAPHS[2], "Rencana evakuasi warga Indonesia disiapkan bersama KBRI Damaskus sejak pekan lalu."
    )
    line = by_text(analyse(raw))["Evakuasi Warga Indonesia"]
    assert line.kind == "body" and line.reason == "subheading"


def test_injected_headline_glued_to_a_paragraph_is_removed():
    raw = article().replace(PARAGRAPHS[2], "Jokowi akan Bertemu Vladimir Putin di Rusia\n" + PARAGRAPHS[2])
    assert by_text(analyse(raw))["Jokowi akan Bertemu Vladimir Putin di Rusia"].kind == "related"


def test_caption_above_the_dateline_is_removed_even_as_a_sentence():
    raw = (
        "Judul Berita Penting Hari Ini\n\nTentara berjaga di dekat reruntuhan kota kuno Palmyra yang hancur.\n\n"
        + "\n\n".join(PARAGRAPHS)
        + "\n"
    )
    analysis = analyse(raw)
    assert by_text(analysis)["Tentara berjaga di dekat reruntuhan kota kuno Palmyra yang hancur."].kind == "caption"
    assert analysis.title == "Judul Berita Penting Hari Ini"


def test_photo_caption_with_credit_label_and_bullet():
    raw = article(head=[]).replace(
        "\n\n" + PARAGRAPHS[0],
        "\n\nPresiden Putin di Kremlin\nSumber :\n  • REUTERS/Pool\nVIVA.co.id\n" + PARAGRAPHS[0],
    )
    analysis = analyse(raw)
    lines = by_text(analysis)
    assert [lines[t].kind for t in ("Presiden Putin di Kremlin", "Sumber :", "• REUTERS/Pool", "VIVA.co.id")] == [
        "caption",
        "caption",
        "caption",
        "meta",
    ]
    assert "Reuters" not in analysis.attribution.sources


def test_glued_credit_tail_is_cut_from_the_last_paragraph():
    raw = article().replace(PARAGRAPHS[3], PARAGRAPHS[3] + " (mm/irna)")
    analysis = analyse(raw)
    assert analysis.paragraphs[-1].text == PARAGRAPHS[3]
    assert any(ln.text == "(mm/irna)" and ln.kind == "credit" for ln in analysis.removed)
    assert "IRNA" in analysis.attribution.sources


def test_repeated_lead_paragraph_is_removed():
    raw = article(tail=[PARAGRAPHS[1]])
    analysis = analyse(raw)
    assert [ln.reason for ln in analysis.lines if ln.text == PARAGRAPHS[1]] == ["article-text", "repeated-paragraph"]


def test_hard_wrapped_lines_are_joined():
    raw = "Judul Artikel Blog Ini\n\nPemerintah Rusia menyatakan bahwa serangan udara\nakan terus dilakukan sampai kelompok itu dikalahkan.\n\nParagraf kedua berisi penjelasan lanjutan dari juru bicara kementerian.\n"
    analysis = analyse(raw)
    assert len(analysis.paragraphs) == 2 and analysis.paragraphs[0].lines == [3, 4]


def test_user_rules_extend_the_builtin_ones(tmp_path):
    rules = tmp_path / "mine.yml"
    rules.write_text(
        "rules:\n  - id: mine\n    class: boilerplate\n    reason: my widget\n    patterns: ['^klik di sini untuk hadiah$']\n"
    )
    raw = article(middle=["Klik di sini untuk hadiah"])
    line = by_text(analyse(raw, extra_rules=(str(rules),)))["Klik di sini untuk hadiah"]
    assert line.kind == "boilerplate" and line.reason == "mine"


def test_bad_rule_file_names_the_file_and_rule(tmp_path):
    from news_archive.text.resources import DataError, load_rules

    rules = tmp_path / "bad.yml"
    rules.write_text("rules:\n  - id: broken\n    class: boilerplate\n    reason: x\n    patterns: ['(unclosed']\n")
    with pytest.raises(DataError, match=r"bad.yml: rule 1 \(broken\)"):
        load_rules((str(rules),))


def test_a_name_is_a_byline_only_next_to_the_date_stamp():
    head = ["Selasa, 28 Juni 2016, 09:15 WIB", "Hollande Sebut Trump Memuakkan", "", "Rita Sari", "Kamis, 30 Juni 2016"]
    lines = by_text(
        analyse(article(head=[]).replace("\n\n" + PARAGRAPHS[0], "\n" + "\n".join(head) + "\n\n" + PARAGRAPHS[0]))
    )
    assert lines["Hollande Sebut Trump Memuakkan"].kind == "related"  # after a stamp, but a headline
    assert lines["Rita Sari"].reason == "byline-name-only"  # right above its stamp
    far = ["Selasa, 28 Juni 2016, 09:15 WIB", "Foto: Tentara di perbatasan (AFP)", "Budi Santoso"]
    lines = by_text(
        analyse(article(head=[]).replace("\n\n" + PARAGRAPHS[0], "\n" + "\n".join(far) + "\n\n" + PARAGRAPHS[0]))
    )
    assert lines["Budi Santoso"].kind == "related"  # not by the stamp: not taken for a byline


def test_a_line_too_short_for_a_headline_between_paragraphs_is_a_subheading():
    lines = [
        "Judul Berita Yang Cukup Panjang",
        "",
        "JAKARTA, KOMPAS.com - Indonesia berhak melaju ke semifinal Piala Thomas 2020 setelah menang.",
        "Baca juga: Hasil Piala Thomas: Marcus/Kevin Bawa Indonesia Unggul 2-0",
        "Jalannya pertandingan",
        "Jonatan Christie punya keunggulan peringkat atas tunggal putra kedua Malaysia, Ng Tze Yong.",
        "Ginting Tumbang di Tangan Lee Zii Jia Usai Tiga Gim",
        "Dengan demikian, Indonesia memastikan tempat di babak semifinal turnamen beregu itu.",
    ]
    analysis = analyse("\n".join(lines).encode())
    kinds = {line.text: line.reason for line in analysis.lines}
    assert kinds["Jalannya pertandingan"] == "subheading"
    assert kinds["Ginting Tumbang di Tangan Lee Zii Jia Usai Tiga Gim"] == "related-between-paragraphs"
