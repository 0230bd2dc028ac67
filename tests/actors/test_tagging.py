from news_archive.actors.dictionary import load_dictionary
from news_archive.actors.matcher import ActorMatcher
from news_archive.actors.profiles import Record, build_profiles, timeline_svg
from news_archive.actors.suggest import split_names, suggest
from news_archive.actors.tagging import DEFAULT_ACTORS_FILE, tag
from news_archive.text.pipeline import analyse

from ..conftest import CORPUS

MATCHER = ActorMatcher(load_dictionary(DEFAULT_ACTORS_FILE))


def test_removed_lines_and_datelines_are_not_tagged():
    raw = (
        "Turki Tembak Jatuh Jet Rusia\n\n"
        "Presiden Jokowi di Istana Bogor, Senin. (REUTERS/Pool)\n\n"
        "MOSKOW - Pemerintah Turki menyatakan jet itu melanggar wilayah udaranya berkali-kali.\n\n"
        "Baca juga: Hollande Temui Obama di Washington\n\n"
        "Pejabat Turki mengatakan peringatan telah disampaikan sepuluh kali sebelum tembakan.\n\n"
        "Lihat Juga:\nKerry Tiba di Teheran\n"
    )
    found = dict(tag(analyse(raw), MATCHER)[0])
    assert found == {"turkey": 3, "russia": 1}  # title + two paragraphs; MOSKOW dateline not counted


def test_fixture_related_headlines_do_not_tag():
    found = {a for a, _ in tag(analyse((CORPUS / "dev" / "001.txt").read_bytes()), MATCHER)[0]}
    assert not {"isis", "francois-hollande", "barack-obama"} & found
    assert {"turkey", "russia", "nato", "vladimir-putin"} <= found


def test_header_adds_and_removes_and_order_is_by_count():
    raw = "Actors: iran, -turkey, nobody\n\nJudul Tentang Turki dan Rusia\n\nRusia dan Turki bertemu lagi di Rusia untuk membahas perang di Suriah bersama.\n"
    found, problems = tag(analyse(raw), MATCHER)
    assert found == [("russia", 3), ("iran", 1), ("syria", 1)]
    assert problems == ["header Actors: unknown actor id 'nobody'"]


def test_profiles_count_dates_months_and_co_actors():
    import datetime as dt

    records = [
        Record((("russia", 3), ("turkey", 1)), dt.date(2015, 11, 24)),
        Record((("russia", 1),), dt.date(2016, 2, 1)),
        Record((("russia", 2), ("turkey", 2)), None),
    ]
    d = load_dictionary(DEFAULT_ACTORS_FILE)
    profiles = build_profiles(records, d, [str(m) for m in range(1, 13)], "per month")
    russia = profiles["russia"]
    assert (russia.articles, russia.mentions) == (3, 6)
    assert (russia.first, russia.last) == (dt.date(2015, 11, 24), dt.date(2016, 2, 1))
    assert russia.months == [(2015, 11, 1), (2015, 12, 0), (2016, 1, 0), (2016, 2, 1)]
    assert russia.co_actors == [("turkey", 2)]
    assert "vladimir-putin" in russia.members
    assert russia.timeline_svg.count("<rect") == 4 and "<script" not in russia.timeline_svg
    assert profiles["iran"].articles == 0 and profiles["iran"].timeline_svg == ""


def test_timeline_escapes_labels():
    svg = timeline_svg([(2016, 1, 2)], ["<b>Jan</b>"] * 12, 'x"><script>')
    assert "<b>" not in svg and "<script>" not in svg


def test_name_splitting():
    assert split_names("Letnan Jenderal Sergei Rudskoi") == ["Sergei Rudskoi"]
    assert split_names("Departemen Luar Negeri Elizabeth Trudeau") == ["Departemen Luar Negeri", "Elizabeth Trudeau"]
    assert split_names("Provinsi Aleppo") == [] and split_names("Hak Asasi Manusia") == []


def test_suggestions_name_uncovered_people_only(tmp_path):
    # the bundled dictionary without three people the seeds name: they must come back as suggestions
    left_out = ("sergei-rudskoi", "elizabeth-trudeau", "sean-spicer")
    text = DEFAULT_ACTORS_FILE.read_text(encoding="utf-8")
    for actor in left_out:
        start = text.index(f"  - id: {actor}\n")
        text = text[:start] + text[text.index("  - id: ", start + 1) :]
    smaller = tmp_path / "actors.yml"
    smaller.write_text(text, encoding="utf-8")
    matcher = ActorMatcher(load_dictionary(smaller))
    assert not set(left_out) & set(matcher.dictionary.actors)
    articles = [
        (str(p), [x.text for x in analyse(p.read_bytes()).paragraphs]) for p in sorted((CORPUS / "seeds").glob("*.txt"))
    ]
    names = [s.name for s in suggest(articles, matcher)]
    assert {"Sergei Rudskoi", "Elizabeth Trudeau", "Sean Spicer"} <= set(names)
    assert not any(matcher.mentions(n) for n in names)
    assert all(MATCHER.mentions(n) for n in ("Sergei Rudskoi", "Elizabeth Trudeau", "Sean Spicer"))  # bundled


def test_suggestions_leave_out_places_and_keep_company_names_whole():
    paragraphs = [
        "Kebakaran melanda Los Angeles pada Selasa.",
        "Warga di Los Angeles mengungsi ke Pasadena.",
        "Api di Los Angeles belum padam, kata Karen Bass.",
        "Karen Bass meminta bantuan.",
        "Saham PT Bank Central Asia Tbk naik, disusul PT Bank Central Asia Tbk lagi.",
        "Pertandingan di Bali United berlangsung sengit; Bali United menang di Bali United.",
    ]
    found = {s.name: s for s in suggest([("a.txt", paragraphs)], MATCHER)}
    assert "Los Angeles" not in found  # two of its three mentions follow "di"
    assert found["Karen Bass"].type == "person" and not found["Karen Bass"].is_place
    assert found["PT Bank Central Asia Tbk"].type == "organisation"
    assert found["Bali United"].type == "organisation" and not found["Bali United"].is_place  # "di KPK" is no place
