"""Leftovers glued inside article lines (forms from realdata-dev's SOURCES.md): cut out, the
article text around them kept, every cut listed with its reason."""

from collections import Counter

import pytest

from news_archive.text.pipeline import analyse
from news_archive.text.resources import DataError, load_fragment_rules

HEAD = "Judul Berita Yang Cukup Panjang\n\n"

CASES = [
    (  # related headline glued after a date, article resumes after "!"
        "JAKARTA, KOMPAS.com - Hal itu disampaikan di Jakarta, Kamis (2/11/2023).Baca juga: Warga Dimintai Rp 50.000 "
        "untuk Antre Pangan Murah, Heru Budi: Kalau Pelakunya Aparat Saya Tindak! Untuk itu warga diminta waspada.",
        "Untuk itu warga diminta waspada.",
        ("read-also-inline", "Baca juga: Warga Dimintai Rp 50.000 untuk Antre Pangan Murah"),
    ),
    (  # ad slot and scroll marker mid-sentence flow
        "Jakarta, CNN Indonesia -- Harga saham turun pada perdagangan kemarin, Rabu (10/9). ADVERTISEMENT SCROLL TO "
        "CONTINUE WITH CONTENT Ia menjelaskan investor masih menunggu data inflasi.",
        "Rabu (10/9). Ia menjelaskan investor",
        ("ad-slot", "ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT"),
    ),
    (  # headline glued to the next sentence's first word
        "TANGERANG SELATAN, KOMPAS.com - Pemkot kembali mengumumkan data, Sabtu (6/6/2020).Baca juga: Pilkada Tangsel, "
        "Keponakan Prabowo Dikabarkan Akan Bersanding dengan SekdaTulus menjelaskan kasus bertambah.",
        "(6/6/2020). Tulus menjelaskan kasus bertambah.",
        ("read-also-inline", "Baca juga: Pilkada Tangsel, Keponakan Prabowo Dikabarkan Akan Bersanding dengan Sekda"),
    ),
    (  # no punctuation: the headline ends where a sentence starts
        "KONTAN.CO.ID - Penjualan ritel naik dua persen dibanding tahun lalu. Baca juga: Rahasia Miniso Buka Ratusan "
        "Gerai dalam Dua Tahun di Indonesia Dia menambahkan tren ini akan berlanjut.",
        "tahun lalu. Dia menambahkan tren ini akan berlanjut.",
        ("read-also-inline", "Baca juga: Rahasia Miniso Buka Ratusan Gerai dalam Dua Tahun di Indonesia"),
    ),
    (  # Okezone's bracketed form mid-sentence
        "YOGYAKARTA - Warga diminta tetap di rumah (Baca Juga : Rajin Sikat Gigi Dapat Cegah Penularan COVID-19) "
        "sampai ada pengumuman resmi.",
        "tetap di rumah sampai ada pengumuman resmi.",
        ("read-also-bracketed", "(Baca Juga : Rajin Sikat Gigi Dapat Cegah Penularan COVID-19)"),
    ),
    (  # Republika's ad placeholder and channel promo at the end
        "REPUBLIKA.CO.ID, JAKARTA -- Program itu diluncurkan untuk generasi muda Indonesia. Tidak ada kode iklan yang "
        "tersedia. Menurut dia program berjalan baik. Loading... Ikuti Whatsapp Channel Republika",
        "generasi muda Indonesia. Menurut dia program berjalan baik.",
        ("promo-inline", "Ikuti Whatsapp Channel Republika"),
    ),
    (  # an embed code and an ad script glued to text
        "Jakarta - Kementerian mengumumkan jadwal baru perjalanan kereta. [Gambas:Video 20detik] Penumpang diminta "
        "memeriksa jadwal. googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });",
        "perjalanan kereta. Penumpang diminta memeriksa jadwal.",
        ("embed", "[Gambas:Video 20detik]"),
    ),
    (  # "undefined" where a script meant to insert embedded posts, glued and repeated
        "Jakarta - Pengguna mengeluh layanan terputus semalam, tulis seorang warganet undefinedundefined“Kenapa "
        "aplikasinya mati?” tanya warganet lain.undefined Layanan pulih pada pagi hari.",
        "tulis seorang warganet “Kenapa aplikasinya mati?” tanya warganet lain. Layanan pulih pada pagi hari.",
        ("script-leftover", "undefined"),
    ),
    (  # a page marker, a next-page link, and a video promo glued into a paragraph
        "Liputan6.com, Jakarta - Banjir melanda kota itu sejak pagi. Simak video pilihan berikut:Warga mengungsi ke "
        "masjid terdekat.2 dari 2 halamanPada 2011 banjir serupa terjadi.Selanjutnya: Banjir Terparah pada 2011",
        "Banjir melanda kota itu sejak pagi.",
        ("page-marker", "2 dari 2 halaman"),
    ),
    (  # a video teaser before the embed it introduced
        "Jakarta - Polisi mengungkap kasus investasi bodong dengan kerugian ratusan juta rupiah, kata Kapolres. "
        "Tonton video Polisi Ungkap Investasi Bodong Bermodal Website Palsu:  [Gambas:Video 20detik]",
        "kerugian ratusan juta rupiah, kata Kapolres.",
        ("video-teaser-inline", "Tonton video Polisi Ungkap Investasi Bodong Bermodal Website Palsu:"),
    ),
    (  # a video teaser worded freely, glued to the description of the video, up to the next-page link
        'Liputan6.com, Jakarta - Dia banyak tertawa, kata ayahnya."3 dari 3 halamanSimak juga Video Menarik Berikut '
        "IniPastor asal Colorado beri pernyataan menghebohkan. Ia menyebut aktivis itu dirasuki iblis.Selanjutnya: "
        "Tetap Dilihat Sebagai Anak Biasa",
        "Dia banyak tertawa, kata ayahnya.",
        ("video-teaser-inline", "Simak juga Video Menarik Berikut IniPastor asal Colorado beri pernyataan"),
    ),
    (  # a video's title after "Video:", ending the text
        "Surabaya - Perolehan suara sementara berdasarkan data 16,99%: 18.376 suara. Simak juga Video: Melihat Hasil "
        "Suara Caleg Artis Dapil Jakarta di Real Count KPU",
        "16,99%: 18.376 suara.",
        ("video-teaser-inline", "Simak juga Video: Melihat Hasil Suara Caleg Artis"),
    ),
    (  # an Instagram embed glued on both sides, with the hashtags that end its caption
        "Sumenep - Goa itu ditutup untuk sementara. Info: Wisata goa ditutup #goamadura #goasoekarno "
        "#tabularasa#wingsair #tabularasaA post shared by  goa soekarno (@goasoekarno) on May 26, 2020 at 7:49am "
        "PDTBaca juga: Pemkab Ende Siap Benahi Taman Renungan Bung KarnoTak hanya dikenal dengan pasir putih, Madura "
        "dikenal memiliki goa.",
        "Info: Wisata goa ditutup Tak hanya dikenal dengan pasir putih",
        ("embed", "#goamadura #goasoekarno #tabularasa#wingsair #tabularasaA post shared by"),
    ),
    (  # related headlines in bullets after the article's closing mark, the last one glued to the next sentence
        "SUBULUSSALAM - Harimau masuk hanya 25 meter dari rumah penduduk.(*) • Teror Harimau Sumatera Belum Mereda "
        "di Subulussalam, Giliran Desa Bawan Jadi Sasaran • Mahasantri Aceh Utara Kembali Raih Juara Satu Lomba Vlog "
        "• Dewi Persik Ingatkan Suami Akan Kawin Lagi Kalau Ketahuan Lakukan Hal IniAndi pun mengaku tidak tahu.",
        "dari rumah penduduk.(*) Andi pun mengaku tidak tahu.",
        ("related-bullets", "• Teror Harimau Sumatera Belum Mereda di Subulussalam"),
    ),
    (  # a photo's credit right after the dateline, its caption lost
        "Jakarta - (Getty Images) Aksi mogok sekolah demi perubahan iklim menunjukkan semangat generasi muda.",
        "Jakarta - Aksi mogok sekolah",
        ("photo-credit-inline", "(Getty Images)"),
    ),
    (  # a picture's caption opened by "Ilustrasi", glued between a subheading and the next sentence
        "Liputan6.com, Jakarta - Suhu naik setiap tahun. Beradaptasi Dengan Perubahan IklimIlustrasi cuaca hangat. "
        "(iStockphoto)Para ilmuwan tidak yakin mengapa suhu naik.",
        "setiap tahun. Para ilmuwan tidak yakin",
        ("caption-inline", "Ilustrasi cuaca hangat. (iStockphoto)"),
    ),
    (  # ... closed by its source instead
        "Liputan6.com, Jakarta - Hutan itu rusak. Hutan dan LahanIlustrasi hutan. Sumber foto: unsplash.com/Julien "
        "R.Melindungi hutan tropis adalah kuncinya.",
        "Hutan dan Lahan Melindungi hutan tropis",
        ("caption-inline", "Ilustrasi hutan. Sumber foto: unsplash.com/Julien R."),
    ),
    (  # a caption opening with the outlet and photographer, glued after a clause
        "KOMPAS.com - Smartfren beralih ke 4G LTE (GSM),KOMPAS.com/Oik Yusuf Araya Vice President Smartfren, Munir "
        "Syahda Prabowo.Saat hendak beralih, handset 4G belum banyak.",
        "ke 4G LTE (GSM), Saat hendak beralih",
        ("photo-credit-inline", "KOMPAS.com/Oik Yusuf Araya Vice President Smartfren, Munir Syahda Prabowo."),
    ),
    (  # a read-on link whose headline holds a question, ending the line
        "Jakarta - Hal ini dapat mengurangi pemakaian daya AC, kata dia. Baca Selengkapnya: Tagihan Listrik Bengkak? "
        "Coba Lakukan Trik Ini",
        "mengurangi pemakaian daya AC, kata dia.",
        ("read-also-inline", "Baca Selengkapnya: Tagihan Listrik Bengkak? Coba Lakukan Trik Ini"),
    ),
    (  # a "watch also" promo with words before its colon
        "Jakarta - Pelaku ditangkap di Pasuruan, kata polisi. Saksikan juga SOSOK pilihan minggu ini: Menilik Dapur "
        "Musik Vandra",
        "ditangkap di Pasuruan, kata polisi.",
        ("read-also-inline", "Saksikan juga SOSOK pilihan minggu ini:"),
    ),
    (  # follow-us and click-here lines closing syndicated and sponsored articles
        'Jakarta - "Ini akan sangat bermasalah untuk pemerintahan selanjutnya," katanya.  Ikuti berita-berita lain '
        "di situs ABC Indonesia.",
        'selanjutnya," katanya.',
        ("promo-inline", "Ikuti berita-berita lain di situs ABC Indonesia."),
    ),
    (  # the article's closing mark
        "SUBULUSSALAM - Harimau masuk hanya 25 meter dari rumah penduduk, kata warga.(*)",
        "dari rumah penduduk, kata warga.",
        ("closing-mark", "(*)"),
    ),
    (  # a "see also" link glued after the last sentence
        "TEMPO.CO, Jakarta - Yang penting kan maafnya. Ketemunya kapan-kapan saja.Simak juga: Wawancara Ma'ruf Amin: "
        "MUI Tidak Menolak Pemimpin Nonmuslim, Tapi",
        "Ketemunya kapan-kapan saja.",
        ("read-also-inline", "Simak juga: Wawancara Ma'ruf Amin"),
    ),
    (  # a box of editors' picks glued into the text, each headline glued to the next, the last to the article
        "Jakarta, CNN Indonesia -- Dia menentang rezim itu sejak lama.Pilihan RedaksiFakta Penjara 'Neraka' Sednaya "
        "di Suriah, Saksi Kekejaman Rezim Assad3 Pejabat Korsel yang Ditangkap Imbas Darurat MiliterKembali lagi "
        "soal Suriah, Wajid mengatakan hubungan kedua negara baik.",
        "sejak lama. Kembali lagi soal Suriah, Wajid mengatakan",
        ("editors-picks-inline", "Pilihan RedaksiFakta Penjara 'Neraka' Sednaya di Suriah"),
    ),
    (  # ... the last headline followed by the article's sentence after a space
        "Jakarta - Gencatan senjata ditandatangani di Doha hari ini. Pilihan RedaksiGelombang Serangan Israel ke "
        "Gaza, 53 Warga Palestina & Jurnalis Tewas Kirby tidak menanggapi ketika ditanya wartawan.",
        "di Doha hari ini. Kirby tidak menanggapi",
        (
            "editors-picks-inline",
            "Pilihan RedaksiGelombang Serangan Israel ke Gaza, 53 Warga Palestina & Jurnalis Tewas",
        ),
    ),
    (  # ... the article resuming with a title-cased subject glued to the last headline
        "Jakarta - Serangan berlanjut di utara Gaza. Pilihan RedaksiPopulasi di Gaza Turun 6 Persen Sejak Agresi "
        "Israel, 1.091 Bayi TewasNetanyahu Keluar Rumah Sakit usai Operasi Pengangkatan ProstatKantor Media "
        "Pemerintah Gaza melaporkan semua rumah sakit tidak berfungsi.",
        "Kantor Media Pemerintah Gaza melaporkan",
        ("editors-picks-inline", "Pilihan RedaksiPopulasi di Gaza Turun 6 Persen"),
    ),
    (  # a colon-less "Baca Juga" heading with three headlines, longer than one headline may be
        "REPUBLIKA.CO.ID, JAKARTA -- Pakar menilai deteksi makanan tak boleh dibebankan kepada siswa. Baca Juga BGN "
        "Simpulkan Senyawa Ini Jadi Pemicu Keracunan MBG di Bandung Barat Kasus Keracunan MBG di Jakarta Terjadi di "
        "10 Lokasi, Pemicunya Bakteri Elon Musk Serukan Boikot Netflix karena Tayangkan Karakter Transgender di Serial "
        "Anak Persoalan pangan yang tidak aman tidak selalu tampak, kata dia.",
        "dibebankan kepada siswa. Persoalan pangan yang tidak aman",
        ("read-also-inline", "Baca Juga BGN Simpulkan Senyawa Ini Jadi Pemicu Keracunan MBG"),
    ),
    (  # a word with a capital inside is not where the article resumes
        "KOMPAS.com - India sempat menerapkan karantina wilayah. Baca juga: India Lockdown, Video WhatsApp Status "
        "Dibatasi 15 DetikBeberapa waktu lalu, kasus Covid-19 meningkat di sana.",
        "karantina wilayah. Beberapa waktu lalu, kasus",
        ("read-also-inline", "Baca juga: India Lockdown, Video WhatsApp Status Dibatasi 15 Detik"),
    ),
    (  # the quote that resumes the article keeps its opening mark
        "TEMPO.CO, Jakarta - Partai itu bergabung dengan koalisi.Baca: AHY Beri Dukungan Penuh untuk Prabowo - "
        'Sandiaga Uno"Kalau AHY akan terlibat dalam timses," kata Syarif.',
        'dengan koalisi. "Kalau AHY akan terlibat',
        ("read-also-inline", "Baca: AHY Beri Dukungan Penuh untuk Prabowo - Sandiaga Uno"),
    ),
    (  # read-on and follow-us links of other outlets' pages
        "Jakarta - Pemkab meresmikan jembatan baru bersama warga desa. Baca selengkapnya di sini. Ikuti berita "
        'terkini dari Kompas.com di Google News. Baca artikel detikjatim, "Jembatan Baru Diresmikan" selengkapnya '
        "https://www.detik.com/jatim/berita/d-1/jembatan",
        "bersama warga desa.",
        ("promo-inline", "Baca selengkapnya di sini."),
    ),
    (  # the credits glued after the last sentence
        "SALATIGA, KOMPAS.com - Warga menemukan korban tergeletak di trotoar pada pagi hari, kata polisi.SUMBER: "
        "KOMPAS.com (Penulis: Kontributor Ungaran, Dian Ade Permana | Editor: Dony Aprian)",
        "di trotoar pada pagi hari, kata polisi.",
        ("credit-inline", "SUMBER: KOMPAS.com (Penulis: Kontributor Ungaran, Dian Ade Permana | Editor: Dony Aprian)"),
    ),
    (  # a sign-up promo glued at the end
        "ACEH UTARA, KOMPAS.com - Harimau turun ke permukiman karena hutan rusak, kata petugas. Dapatkan informasi "
        "dan insight pilihan redaksi Kompas.comSegera lengkapi data dirimu untuk ikutan program #JernihBerkomentar.",
        "karena hutan rusak, kata petugas.",
        ("promo-inline", "Dapatkan informasi dan insight pilihan redaksi Kompas.com"),
    ),
]


@pytest.mark.parametrize("line, kept, cut", CASES)
def test_glued_leftovers_are_cut_and_listed(line, kept, cut):
    analysis = analyse((HEAD + line + "\n").encode())
    assert kept in analysis.body_text
    assert cut[1] not in analysis.body_text
    assert any(r.reason == cut[0] and r.text.startswith(cut[1]) for r in analysis.removed), analysis.removed
    remaining = Counter(analysis.body_text + "".join(r.text for r in analysis.removed))
    assert not Counter(c for c in line if c.isalnum()) - remaining  # nothing lost


def test_ordinary_text_is_left_alone():
    text = ("JAKARTA - Pemerintah membaca juga laporan itu, kata dia. Iklan di televisi dilarang, sementara "
            "Loading dock pelabuhan ditutup dan advertisement board dicopot. Variabel itu undefined menurut "
            "aturan. Baca juga buku panduannya, kata dia. Halaman selanjutnya dibaca pelan.")  # fmt: skip
    analysis = analyse((HEAD + text + "\n").encode())
    assert analysis.body_text == text and not analysis.removed[1:]


def test_a_bulleted_promo_line_is_removed_and_an_ordinary_follow_sentence_stays():
    text = "JAKARTA - Gamel menjelaskan upaya pelestarian hutan di daerah itu kepada wartawan."
    promo = "* Dapatkan pulsa gratis senilai jutaan rupiah dengan download aplikasi terbaru Liputan6.com"
    analysis = analyse((HEAD + text + "\n\n" + promo + "\n").encode())
    assert analysis.body_text == text and [r.text for r in analysis.removed] == [promo]
    kept = "JAKARTA - Ikuti berita terbaru soal banjir, kata dia, karena warga di sini perlu tahu."
    assert analyse((HEAD + kept + "\n").encode()).body_text == kept


def test_a_list_the_article_introduces_stays_and_so_does_its_last_sentence_ending_in_a_colon():
    text = (
        "JAKARTA - Gejala diabetes yang perlu diperhatikan orang tua, di antaranya: • Sering buang air kecil, "
        "terutama di malam hari • Mengompol meski sudah tidak lazim • Penurunan berat badan drastis\n\n"
        "Berikut 10 saham net sell terbesar asing pada hari Senin:"
    )
    analysis = analyse((HEAD + text + "\n").encode())
    assert analysis.body_text == text and analysis.removed == []


@pytest.mark.parametrize(
    "text",
    [  # the title of a video or list whose embed the scraper did not keep, ending the text
        "Tim itu berangkat besok pagi, kata pelatih.\n\nBertemu Presiden Korsel, Jokowi Dapat Ucapan Selamat:",
        "Keduanya kini mendekam di tahanan Polres Brebes.   Pasangan Kekasih Ini Malah Buka Jasa Threesome:",
        "Dokter itu menjelaskan penyakit ini.\n\nGak Ada Obatnya, Gimana Cara Sembuhkan DBD?:",
    ],
)
def test_a_title_ending_the_text_with_a_colon_is_the_title_of_an_embed_not_kept(text):
    analysis = analyse((HEAD + "JAKARTA - " + text + "\n").encode())
    title = text.replace("\n\n", "  ").rsplit("  ", 1)[-1].strip()
    assert title not in analysis.body_text and analysis.body_text.endswith(".")
    assert [r.text for r in analysis.removed if r.reason == "embed-title"] == [title]


def test_a_videos_description_after_its_teaser_line_goes_up_to_the_page_marker():
    lines = [
        "Liputan6.com, Jakarta - Tanaman liar ini menyerap karbon dioksida, kata Christina Simkanin.",
        "",
        "Simak video pilihan berikut ini:",
        "Akibat perubahan iklim, gunung es Gletser Grey di Chili patah.2 dari 2 halamanPara peneliti mendapati "
        "kawasan itu menyerap lebih banyak karbon.",
    ]
    analysis = analyse((HEAD + "\n".join(lines) + "\n").encode())
    assert "Gletser Grey" not in analysis.body_text and "Para peneliti mendapati" in analysis.body_text
    cut = [r.text for r in analysis.removed if r.reason == "video-teaser-inline"]
    assert cut == ["Akibat perubahan iklim, gunung es Gletser Grey di Chili patah."]
    # without the teaser above, the same line is the article's
    analysis = analyse((HEAD + "\n".join(lines[:2] + lines[3:]) + "\n").encode())
    assert "Gletser Grey" in analysis.body_text


def test_a_page_scripts_branches_are_script_lines_and_a_sentence_with_return_is_not():
    script = ["return (value != null) ? unescape(value[1]) : null;", "if (token !== null){", "}else{", "}"]
    lines = ["JAKARTA - Teks pertama yang cukup panjang untuk sebuah paragraf.", *script,
             "Return tiket dilayani di loket; kata petugas di stasiun itu kepada wartawan.", "Kalimat akhir artikel."]  # fmt: skip
    analysis = analyse((HEAD + "\n".join(lines) + "\n").encode())
    assert [r.text for r in analysis.removed if r.reason == "script-line"] == script
    assert "Return tiket dilayani" in analysis.body_text


def test_a_whole_line_of_leftovers_is_a_removed_line():
    analysis = analyse(
        (
            HEAD
            + "JAKARTA - Teks pertama yang cukup panjang untuk sebuah paragraf.\n\nADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT\n"
        ).encode()
    )
    assert "ADVERTISEMENT" not in analysis.body_text
    assert sum(1 for r in analysis.removed if "ADVERTISEMENT" in r.text) == 1


def test_a_users_fragment_rule_is_checked_and_applied(tmp_path):
    rules = tmp_path / "rules.yml"
    rules.write_text(
        "fragments:\n  - id: promo\n    class: boilerplate\n    reason: promo\n    patterns: ['Klik di sini untuk hadiah!']\n"
    )
    analysis = analyse(
        (HEAD + "JAKARTA - Teks berita panjang. Klik di sini untuk hadiah! Lanjutan berita.\n").encode(),
        extra_rules=(str(rules),),
    )
    assert "Klik" not in analysis.body_text and any(r.reason == "promo" for r in analysis.removed)
    bad = tmp_path / "bad.yml"
    bad.write_text("fragments:\n  - id: x\n    class: boilerplate\n    reason: x\n    patterns: ['(\\d+\\s*)+x']\n")
    with pytest.raises(DataError, match="backtracks"):
        load_fragment_rules((str(bad),))


def test_html_inside_text_is_read_as_html_with_the_raw_line_numbers():
    raw = (
        HEAD
        + '<p>Jakarta - Menteri Parekraf <a href="https://www.detik.com/tag/sandiaga-uno">Sandiaga Uno</a> meminta '
        "para pelaku wisata waspada &amp; hati-hati.</p><!--e:body content--><br><br>Paragraf kedua yang cukup "
        "panjang untuk dibaca sebagai teks berita.\n"
    )
    analysis = analyse(raw.encode())
    assert analysis.body_text == (
        "Jakarta - Menteri Parekraf Sandiaga Uno meminta para pelaku wisata waspada & hati-hati.\n\n"
        "Paragraf kedua yang cukup panjang untuk dibaca sebagai teks berita."
    )
    assert [p.lines for p in analysis.paragraphs] == [[3], [3]]


def test_a_sentence_split_over_lines_by_markup_is_one_again_and_the_lead_is_kept():
    raw = HEAD + (
        "Jakarta\n-\nDirektur Utama perusahaan itu mengatakan penjualan naik tahun ini, seperti dikutip dari\nCNN\n"
        ", Senin (9/6/2025).\n\nParagraf kedua yang cukup panjang untuk dibaca sebagai teks berita.\n"
    )
    analysis = analyse(raw.encode())
    first = analysis.paragraphs[0].text
    assert first.startswith("Jakarta - Direktur Utama") and "dikutip dari CNN, Senin (9/6/2025)." in first
    assert analysis.attribution.place and "CNN" in analysis.attribution.sources


def test_a_headline_above_a_dash_led_paragraph_is_not_joined_to_it():
    raw = (
        HEAD
        + "Kerry Tiba di Moskow Bahas Masa Depan Suriah\n- Serangkaian serangan bom terjadi di Paris pada Jumat malam, kata polisi.\n"
    )
    analysis = analyse(raw.encode())
    assert not any(p.text.startswith("Kerry Tiba") for p in analysis.paragraphs)


def test_a_hyphenated_word_is_no_dateline_and_long_paragraphs_are_not_captions():
    from news_archive.text.dateline import parse_dateline

    assert parse_dateline("SM-CBT ditujukan bagi lulusan tahun 2022 sampai 2024.") is None
    assert parse_dateline("Suzuki S-Presso dijual murah di Jakarta pekan ini.") is None
    assert parse_dateline("JAKARTA - Pemerintah menyatakan") is not None
    more = " menurut keterangan resmi pemerintah yang dibacakan di hadapan para wartawan di Jakarta."
    lead = [
        "Pemerintah akan menyalurkan tambahan bantuan langsung tunai untuk jutaan keluarga penerima manfaat" + more,
        "Dilansir detikNews, menteri sosial mengumumkan penyaluran tambahan bantuan itu pada hari Kamis" + more,
        "Bantuan itu akan menjangkau jutaan keluarga dengan rata-rata empat anggota per keluarga" + more,
    ]
    raw = (
        HEAD
        + "\n".join(lead)
        + "\nAKRA - Buy 1110-1125 | TP 1150-1175 | SL 1045 sesuai rekomendasi analis pasar modal.\n"
    )
    analysis = analyse(raw.encode())
    assert analysis.paragraphs[0].text == lead[0]
    assert not any(r.kind == "caption" for r in analysis.removed)


def test_a_list_introduction_right_above_the_text_is_its_lead():
    raw = (
        HEAD
        + "Ternyata, ada lima kelompok orang yang tidak boleh minum air rebusan daun salam, yaitu:\nUntuk lebih jelasnya, berikut alasan mengapa kelompok orang di atas tidak boleh meminumnya sama sekali.\n"
    )
    assert analyse(raw.encode()).paragraphs[0].text.startswith("Ternyata, ada lima kelompok")


def test_list_items_and_long_sentence_case_lines_between_paragraphs_are_text():
    first = "JAKARTA - Pemerintah menjelaskan syarat pendaftaran program itu kepada warga yang datang ke kantor kelurahan pagi ini."
    last = "Warga diminta membawa dokumen tersebut ke kantor kelurahan setempat paling lambat akhir bulan ini, kata petugas."
    middle = ["1. Fotokopi kartu tanda penduduk elektronik dan foto akta kelahiran warga negara Indonesia",
              "Jambu biji merah merupakan salah satu jenis buah dengan kandungan vitamin C yang tinggi, bahkan lebih besar dari jeruk"]  # fmt: skip
    analysis = analyse((HEAD + first + "\n\n" + "\n\n".join(middle) + "\n\n" + last + "\n").encode())
    assert all(line in analysis.body_text for line in middle)
    related = (
        HEAD
        + first
        + "\n\nPolisi Paris Imbau Warga Bersihkan Abu Bercampur Timbal Efek Kebakaran Notre Dame\n\n"
        + last
        + "\n"
    )
    assert "Polisi Paris" not in analyse(related.encode()).body_text


@pytest.mark.parametrize(
    "line, head",
    [
        (
            "Harimau Masuk ke Permukiman Warga AcehTim RedaksiACEH UTARA, KOMPAS.com - Kepala seksi konservasi "
            "mengatakan harimau turun karena hutan rusak.",
            "Harimau Masuk ke Permukiman Warga AcehTim Redaksi",
        ),
        (
            "Laporan Reporter Tribunnews.com, Rizki Sandi SaputraTRIBUNNEWS.COM, JAKARTA - Kreator itu telah "
            "ditetapkan sebagai tersangka oleh Polda Metro Jaya.",
            "Laporan Reporter Tribunnews.com, Rizki Sandi Saputra",
        ),
    ],
)
def test_a_headline_or_credit_glued_before_the_dateline_is_cut(line, head):
    analysis = analyse((HEAD + line + "\n").encode())
    assert analysis.paragraphs[0].text == line[len(head) :]
    assert [(r.reason, r.text) for r in analysis.removed] == [("glued-head", head)]
    assert analysis.attribution.publisher in ("Kompas.com", "Tribunnews.com")


def test_a_headline_and_author_box_glued_before_a_dateline_of_a_listed_place_are_cut():
    line = "Harimau Terkam 3 Ekor Kerbau WargaTim RedaksiBANDA ACEH – Kepala BKSDA Aceh membenarkan laporan itu."
    analysis = analyse((HEAD + line + "\n").encode())
    assert analysis.paragraphs[0].text == "BANDA ACEH – Kepala BKSDA Aceh membenarkan laporan itu."
    assert [(r.reason, r.text) for r in analysis.removed] == [
        ("glued-head", "Harimau Terkam 3 Ekor Kerbau WargaTim Redaksi")
    ]


def test_capitals_inside_a_sentence_are_not_a_glued_dateline():
    line = "REPUBLIKA.CO.ID, JAKARTA -- Pemerintah menyebut lembaga itu sebagai mitraKPK, JAKARTA - bukan lawan."
    analysis = analyse((HEAD + line + "\n").encode())
    assert analysis.paragraphs[0].text == line


SHAPED = [
    (  # a related headline with no label, glued between two sentences
        "Jakarta - Warga ditangkap saat menanam bunga opium di Badakhshan.Taliban Larang Perempuan Bersuara Termasuk "
        "saat Baca Al QuranPada 2022, pemimpin tertinggi melarang penanaman bunga itu.",
        "Taliban Larang Perempuan Bersuara Termasuk saat Baca Al Quran",
        "glued-headline",
    ),
    (  # a caption ending in its credit, glued between page parts
        "Liputan6.com, Bangkok - Kota itu terancam tenggelam.2 dari 2 halamanBanjir Terparah pada 2011Banjir Bangkok "
        "(AFP)Pada 2011, musim hujan menimbulkan banjir terparah di kota itu.",
        "Banjir Bangkok (AFP)",
        "glued-caption",
    ),
    (  # the same label before each of several short links, to the line's end
        "JAKARTA - Users were unable to send messages for an hour.TJP Documentaries: Where can you find the most "
        "tasty steak in Jakarta? TJP Documentaries: Tamiya Racing Fever Still Alive TJP Documentaries: Five "
        "Legendary Jakarta Snacks",
        "TJP Documentaries: Where can you find the most tasty steak in Jakarta?",
        "link-list",
    ),
]


@pytest.mark.parametrize("line, cut, reason", SHAPED)
def test_leftovers_told_by_their_shape(line, cut, reason):
    analysis = analyse((HEAD + line + "\n").encode())
    assert cut not in analysis.body_text
    assert any(r.reason == reason and cut in r.text for r in analysis.removed), analysis.removed


@pytest.mark.parametrize(
    "line",
    [
        # a page title after a page marker, and a short subheading the next sentence takes up
        "Liputan6.com, Jakarta - Es di kutub terus mencair.2 dari 2 halamanBukti Nyata Pemanasan GlobalPara ahli "
        "mencatat suhu naik setiap tahun.",
        "Jakarta - Motor punya dua jenis standar yang berbeda.Standar Samping dan Standar TengahStandar samping dan "
        "standar tengah dipakai saat motor diparkir.",
        # table rows, a sentence opener, a word split by markup
        "SURABAYA - Hasil hitung suara di Jawa Timur.Lumajang: Anies-Cak Imin 62.625, Prabowo-Gibran 280.442Jember: "
        "Anies-Cak Imin 111.548 suara sah.",
        "Jakarta - Rapat berlangsung tertutup.Senada, Panglima Kodam V/Brawijaya menyatakan siap membantu polisi.",
        "Jakarta - Perjalanan dialihkan sementara.Perjalanan KA Pasar Minggu-Manggarai dan Sudirman-Tanah Abang "
        "ditunda satu jam.",
    ],
)
def test_article_text_of_a_title_cased_shape_is_kept(line):
    analysis = analyse((HEAD + line + "\n").encode())
    assert not [r for r in analysis.removed if r.reason.startswith("glued-")], analysis.removed


def paragraphs_of(text: str) -> list[str]:
    return [p.text for p in analyse((HEAD + text + "\n").encode()).paragraphs]


def test_a_long_line_whose_breaks_were_lost_is_split_at_glued_sentence_ends():
    line = (
        "Liputan6.com, Jakarta - Insiden itu terjadi di panggung Oscar di Dolby Theatre, Minggu (27/3/2022).Dikutip "
        'dari CNN, ia berjuang dengan kondisi rambut rontok sejak lama."Itu saat yang berat," kata dia.Kantornya '
        "di Jl.Sudirman tutup sementara menurut keterangan dr.Soetomo kepada wartawan."
    )
    assert paragraphs_of(line) == [
        "Liputan6.com, Jakarta - Insiden itu terjadi di panggung Oscar di Dolby Theatre, Minggu (27/3/2022).",
        "Dikutip dari CNN, ia berjuang dengan kondisi rambut rontok sejak lama.",
        '"Itu saat yang berat," kata dia.',
        "Kantornya di Jl.Sudirman tutup sementara menurut keterangan dr.Soetomo kepada wartawan.",
    ]


def test_a_quote_mark_that_no_word_follows_closes_its_sentence():
    # rizalsng's liputan6 pages: the quote stays with its sentence, and so does the "jelas dia" after it
    closing = (
        "Membantu negara miskin beradaptasi meliputi membangun rumah yang lebih kokoh, mencari sumber air baru, "
        'dan apa yang disebut Bank Dunia sebagai "pertanian ramah iklim."\n'
        'Kebijakan itu dipilih karena bank menilai dampaknya paling besar "untuk jangka menengah." jelas dia '
        "kepada wartawan di Katowice, Polandia, pada hari pertama konferensi."
    )
    assert paragraphs_of(closing) == closing.split("\n")


def test_paragraphs_a_scraper_joined_with_commas_are_split_again():
    # Scrapy's CSV exporter writes a list of paragraphs joined by commas (babalenong in realdata-dev).
    line = (
        "Jakarta - Badan Anggaran sepakat dengan asumsi dasar makro ekonomi yang diusulkan pemerintah tahun "
        '2021.,Pimpinan rapat mengatakan harga minyak belum masuk.,"Harga minyak masih kita tunggu, kata '
        'Said.",Berikut asumsi dasar, antara lain pertumbuhan 4,5 persen, yang disepakati PT.,Ltd. hari ini.'
    )
    assert paragraphs_of(line) == [
        # The joining comma stays, at the end: nothing of the text is dropped unlisted.
        "Jakarta - Badan Anggaran sepakat dengan asumsi dasar makro ekonomi yang diusulkan pemerintah tahun 2021.,",
        "Pimpinan rapat mengatakan harga minyak belum masuk.,",
        '"Harga minyak masih kita tunggu, kata Said.",',  # the quote closes before the comma
        "Berikut asumsi dasar, antara lain pertumbuhan 4,5 persen, yang disepakati PT.,Ltd. hari ini.",
    ]  # commas inside sentences and after an abbreviation stay
    kept = (
        'Jakarta - Warganet ramai berkomentar soal jalan tol yang baru dibuka pekan lalu. "Sudah di pikirkan belum '
        'antisipasinya?," kata akun itu. Laporan disusun oleh Syahrir Rasyid, S.Si.,M.M., CRA.,CRP bersama tim.'
    )
    assert paragraphs_of(kept) == [kept]


def test_the_dash_of_a_dateline_whose_brand_stands_above_is_listed_not_shown():
    raw = (
        "Syarat Rusia Bersedia Berkoalisi\n\nVIVA.co.id\nHollande Sebut Trump Memuakkan\n- Pemerintah Rusia mengaku "
        "siap bekerja sama dengan koalisi yang dipimpin oleh Amerika Serikat untuk melawan ISIS.\n"
    )
    analysis = analyse(raw.encode())
    assert analysis.paragraphs[0].text.startswith("Pemerintah Rusia mengaku")
    assert ("dateline-dash", "-") in [(r.reason, r.text) for r in analysis.removed]


def test_every_read_on_and_follow_link_goes():
    line = (
        "Jakarta - Pemkab meresmikan jembatan baru bersama warga desa. Baca selengkapnya di sini. Ikuti berita "
        'terkini dari Kompas.com di Google News. Baca artikel detikjatim, "Jembatan Baru Diresmikan" selengkapnya '
        "https://www.detik.com/jatim/berita/d-1/jembatan"
    )
    analysis = analyse((HEAD + line + "\n").encode())
    assert analysis.body_text == "Jakarta - Pemkab meresmikan jembatan baru bersama warga desa."
    assert len([r for r in analysis.removed if r.reason == "promo-inline"]) == 3
