from news_archive.text.attribution import cited_in_text
from news_archive.text.pipeline import analyse

from .helpers import PARAGRAPHS, article


def test_citation_phrases_name_outlets():
    text = (
        "kata Spicer, seperti dikutip Reuters, Selasa. Dilansir kantor berita TASS, Peskov menambahkan. "
        "Menurut kantor berita Rusia, Ria Novosti, delapan sasaran diserang. Mengutip BBC, analis menilai. "
        "Cavusoglu dalam wawancara dengan televisi swasta NTV. Reuters melaporkan serangan itu. "
        "The state news agency Petra reported. Menurut Shoigu, rudal itu terbang jauh. kata dia kepada wartawan."
    )
    assert cited_in_text(text) == ["Reuters", "TASS", "RIA Novosti", "BBC", "NTV", "Petra"]


def test_people_and_offices_are_not_outlets():
    assert (
        cited_in_text("mengutip pejabat militer Kremlin. Mengutip Presiden Putin, ia berkata. Menurut dia, itu benar.")
        == []
    )


def test_dateline_brand_is_the_publisher_and_source_line_an_origin():
    raw = article(tail=["Sumber: republika.co.id"]).replace("JAKARTA, KOMPAS.com - ", "wartaperang - ")
    result = analyse(raw).attribution
    assert result.publisher == "wartaperang" and result.publisher_evidence == "dateline"
    assert "Republika" in result.sources


def test_source_line_is_the_publisher_when_nothing_stronger_names_one():
    raw = article(tail=["Sumber: sindonews.com", "Rubrik: Dunia"]).replace("JAKARTA, KOMPAS.com - ", "MOSKOW - ")
    result = analyse(raw).attribution
    assert result.publisher == "sindonews.com" and result.place == "MOSKOW" and result.sources == []


def test_agency_source_line_is_cited_not_published():
    result = analyse(article(tail=["Sumber : Reuters/AFP"])).attribution
    assert result.publisher == "Kompas.com" and result.sources == ["Reuters", "AFP"]


def test_origin_in_dateline_and_copyright_owner():
    raw = article(tail=["Copyright © 2016 Harian Analisa. All rights reserved."]).replace(
        "JAKARTA, KOMPAS.com - ", "Ankara, (Analisa/Antara) - "
    )
    result = analyse(raw).attribution
    assert result.publisher == "Harian Analisa" and result.sources == ["ANTARA"]


def test_byline_with_outlet_above_the_article():
    raw = article(head=[]).replace(
        "\n\n" + PARAGRAPHS[0],
        "\nRita Sari - detikNews\nSelasa 28 Juni 2016, 09:15 WIB\n\n"
        + PARAGRAPHS[0].replace("JAKARTA, KOMPAS.com - ", "Moskow - "),
    )
    analysis = analyse(raw)
    assert analysis.attribution.author == "Rita Sari" and analysis.attribution.publisher == "detikNews"
    assert analysis.date.date.isoformat() == "2016-06-28"


def test_labelled_credits_give_author_and_editor():
    result = analyse(article(tail=["Rep: Fira Nursya'bani / Red: Teguh Firmansyah"])).attribution
    assert (result.author, result.editor) == ("Fira Nursya'bani", "Teguh Firmansyah")


def test_title_prefix_brand_and_derived_title():
    analysis = analyse("Kabar Internasional – Rusia dan Turki menyerang ISIS di Aleppo\n\n" + PARAGRAPHS[1] + "\n")
    assert analysis.title == "Rusia dan Turki menyerang ISIS di Aleppo"
    assert analysis.attribution.publisher == "Kabar Internasional"
    untitled = analyse("\n\n".join(PARAGRAPHS[1:]) + "\n")
    assert untitled.title_derived and untitled.title.startswith("Menteri Luar Negeri Retno Marsudi")
    assert len(untitled.title.split()) <= 13


def test_colon_headline_keeps_its_prefix():
    analysis = analyse(article(title="BPS: Ekonomi Indonesia Tumbuh 5,02 Persen pada 2016"))
    assert analysis.title == "BPS: Ekonomi Indonesia Tumbuh 5,02 Persen pada 2016"
    assert analysis.attribution.publisher == "Kompas.com"


def test_real_scrape_citation_forms():
    text = (
        "seperti dihimpun KompasTekno dari The Verge, Jumat. Dikutip detikTravel dari Lonely Planet, Sabtu. "
        "seperti dikutip dariAnadolu Agency. Prabowo dalam wawancara khusus bersama Al Jazeera yang disiarkan Sabtu."
    )
    assert cited_in_text(text) == ["The Verge", "Lonely Planet", "Anadolu", "Al Jazeera"]


def test_official_sites_and_dates_are_not_cited_outlets():
    text = (
        "kata Porzingis dikutip dari laman resmi NBA. kata Prof. Ahmad dikutip dari laman resmi UIN Syarif "
        "Hidayatullah Jakarta, Rabu. ujar Erick dikutip dari , Minggu (28/6/2020). Mengutip laman resmi BBC, ia menulis."
    )
    assert cited_in_text(text) == ["BBC"]


def test_a_text_naming_its_own_outlet_gives_the_publisher_when_nothing_else_does():
    raw = (
        "Faisal Basri Pilih Jokowi\n\nJakarta - Ekonom senior itu mengakui memilih Jokowi dalam dua kali pemilihan.\n\n"
        "Menurut catatan detikcom, ia dua kali menyatakan dukungannya di depan publik, kata dia kepada Reuters.\n"
    )
    result = analyse(raw).attribution
    assert (result.publisher, result.publisher_evidence) == ("detikNews", "self-mention")
    assert result.sources == ["Reuters"]
    named = analyse(raw.replace("Jakarta - ", "JAKARTA, KOMPAS.com - ")).attribution
    assert (named.publisher, named.publisher_evidence) == ("Kompas.com", "dateline")


def test_an_author_field_that_holds_the_outlet_is_no_byline():
    text = "JAKARTA - Pemerintah mengumumkan kebijakan baru pada rapat terbatas di Istana Negara kemarin.\n"
    outlet = analyse("Title: T\nAuthor: Liputan6.com\nPublisher: Liputan6\n\n" + text).attribution
    assert outlet.publisher == "Liputan6.com" and outlet.author is None
    person = analyse("Title: T\nAuthor: Putu Elmira\nPublisher: Liputan6\n\n" + text).attribution
    assert person.author == "Putu Elmira"


def test_credit_tails_name_their_agencies_and_lists_in_brackets_are_text():
    head = "Judul Berita Yang Cukup Panjang\n\nJAKARTA - Pemerintah menyusun rencana baru untuk iklim.\n\n"
    cases = {  # last sentence -> (tail cut from it, agencies cited)
        "Para penulis menyoroti pertumbuhan ekonomi.hp/vlz (dpa, rtr, afp)": ("hp/vlz (dpa, rtr, afp)", ["dpa", "Reuters", "AFP"]),
        "Pemerintah menyiapkan nampan baja. - (Republika.co.id)": ("- (Republika.co.id)", ["Republika"]),
        "Kerja sama itu melibatkan tiga negara (Indonesia, Malaysia, Singapura)": (None, []),
        "Rencana itu berlaku untuk dua tahun (2024-2025)": (None, []),
    }  # fmt: skip
    for sentence, (tail, cited) in cases.items():
        analysis = analyse((head + sentence + "\n").encode())
        tails = [r.text for r in analysis.removed if r.reason == "credit-tail"]
        assert tails == ([tail] if tail else []), sentence
        assert analysis.body_text.endswith(sentence[: -len(tail)].rstrip() if tail else sentence)
        assert analysis.attribution.sources == cited, sentence


def test_outlets_are_named_whole_and_countries_offices_and_money_are_not_outlets():
    cases = {
        "Kantor berita Kazakhstan, Kazinform, melaporkan kotak hitam kedua ditemukan.": ["Kazinform"],
        "Berbicara kepada media Kazakhstan, seorang kerabat korban berkata.": [],
        "Ia menuturkan dana yang dihimpun dari IPO tahun ini hanya Rp5,28 triliun.": [],
        "Hasil yang ditampilkan di situs KPU ini merupakan hitungan langsung.": [],
        "Dilansir dari Daily Star, kursi itu tempat favorit bakteri.": ["Daily Star"],
        "Melansir Travel+Leisure, Selandia Baru menjadi salah satu negara.": ["Travel+Leisure"],
        "Ia menulis pesan itu, seperti dilansir The Sun.Berbicara kepada wartawan, ia menangis.": ["The Sun"],
        "seperti dihimpun dari Reuters, Senin (3/4).": ["Reuters"],
        # a media noun written in capitals is the start of the outlet's name
        "Dikutip dari Channel News Asia, Kamis (13/5), kasus pertama muncul.": ["CNA"],
        "kata Zelensky pada Senin (23/12), dikutip Radio Free Asia.": ["Radio Free Asia"],
        "Aris Widiatmoko melansir Harian Jogja. Aris menerangkan": ["Harian Jogja"],
        "seperti dikutip dari Media Indonesia, Senin.": ["Media Indonesia"],
        "kata kepala urusan iklim kepada Kantor Berita Prancis.": [],
        "dilansir kantor berita Rusia TASS, Senin.": ["TASS"],
        "dilansir dari Kantor Berita Kazinform, Senin.": ["Kazinform"],  # a phrase describing it, not its name
        "dikutip dari Stasiun TV Al Manar, Senin.": ["Al Manar"],
        "dikutip dari Situs Web Axios, Senin.": ["Axios"],
        # a weekday after the name, or a "pada" glued to it, is no part of it
        "seperti dikutip dari CNNpada Senin (2/3).": ["CNN"],
        "dilansir dari Euronewspada Jumat (3/3).": ["Euronews"],
        "dikutip dari Daily Mirror Jumat (3/3).": ["Daily Mirror"],
        # an institution, its document or its government site is a source of facts, not an outlet
        "dikutip dari laman COVID19.go.id, Senin.": [],
        "dikutip dari Kemenkes, Senin.": [],
        "melansir Peraturan Gubernur DKI Jakarta Nomor 3.": [],
        "ujar Ketua Harian DPP Partai Gerindra itu.": [],
        # a listed name inside an unlisted one is not that outlet; a country may stand before a name
        "Pasar cemas, dilansir dari Tehran Times, Selasa.": ["Tehran Times"],
        "seperti dilansir The Straits Times, Senin.": ["The Straits Times"],
        "Seperti dilansir dari buku Jejak Bisnis Rasul hasil terjemahan.": [],
        "ujar Peskov seperti dikutip media pemerintah Rusia, TASS.Sebelumnya": ["TASS"],
    }
    for text, cited in cases.items():
        assert cited_in_text(text) == cited, text


def test_a_source_named_at_a_paragraphs_end_is_cut_and_read_as_a_source_line():
    raw = "Judul Berita Yang Cukup Panjang\n\nJAKARTA - Harga minyak naik tajam pada perdagangan hari ini.  Sumber: Reuters\n"
    analysis = analyse(raw.encode())
    assert analysis.body_text == "JAKARTA - Harga minyak naik tajam pada perdagangan hari ini."
    assert [(r.reason, r.text) for r in analysis.removed] == [("source-line-inline", "Sumber: Reuters")]
    assert analysis.attribution.sources == ["Reuters"]
    raw = "Judul Berita Yang Cukup Panjang\n\nBANDUNG -- Sebanyak 352 siswa keracunan pada (229). sumber : Antara\n"
    analysis = analyse(raw.encode())
    assert analysis.body_text.endswith("pada (229).") and analysis.attribution.sources == ["ANTARA"]


def test_credits_glued_after_the_text_give_author_and_editor():
    head = "Judul Berita Yang Cukup Panjang\n\n"
    cases = {
        "JAKARTA, KOMPAS.com - Nama korban: 7. Praka Rofiq 8. Praka AndiPenulis : Slamet Priyatin| Editor : "
        "Khairina| Kompas TV": ("Slamet Priyatin", "Khairina"),
        "SALATIGA, KOMPAS.com - Warga menemukan korban di trotoar, kata polisi.SUMBER: KOMPAS.com (Penulis: Dian "
        "Ade Permana | Editor: Dony Aprian)": ("Dian Ade Permana", "Dony Aprian"),
    }
    for text, (author, editor) in cases.items():
        analysis = analyse((head + text + "\n").encode())
        assert (analysis.attribution.author, analysis.attribution.editor) == (author, editor), text
        assert "Penulis" not in analysis.body_text
