import pytest

from news_archive.actors.dictionary import DictionaryError, load_dictionary
from news_archive.actors.tagging import DEFAULT_ACTORS_FILE
from news_archive.text.resources import core_actors


def test_default_dictionary_covers_the_archive():
    d = load_dictionary(DEFAULT_ACTORS_FILE)
    assert len(d.actors) >= 80
    assert len(core_actors()) >= 30 and core_actors() <= set(d.actors)
    assert {a.type for a in d.actors.values()} == {"country", "organisation", "armed-group", "person", "state-body"}
    putin = d.actors["vladimir-putin"]
    assert putin.affiliations[0].actor == "russia" and putin.name("id") == "Vladimir Putin"
    assert any(a.text == "AS" and a.exact for a in d.actors["united-states"].aliases)


def write(tmp_path, text):
    path = tmp_path / "actors.yml"
    path.write_text(text)
    return path


ONE = "actors:\n  - id: russia\n    names: {id: Rusia, en: Russia}\n    type: country\n    aliases: [Rusia]\n"


@pytest.mark.parametrize(
    "text, message",
    [
        ("actors:\n  - id: russia\n    names: {id: Rusia\n", r"actors.yml:\d+: invalid YAML"),
        (ONE + ONE.replace("actors:\n", ""), r"actors.yml:6: duplicate id 'russia' \(first at line 2\)"),
        (
            ONE + "  - id: rusia\n    names: {en: Rusia}\n    type: country\n",
            r"actors.yml:6: alias 'Rusia' of 'rusia' is already an alias of 'russia'",
        ),
        (ONE + "    colour: red\n", r"actors.yml:2: unknown field\(s\) \['colour'\]"),
        (ONE.replace("type: country", "type: planet"), r"actors.yml:2: .*type must be one of"),
        (
            ONE.replace("Russia}", "Russia}\n    affiliations: [{actor: nato, from: 2010-01-01}]"),
            r"actors.yml:2: 'russia' is affiliated to unknown actor 'nato'",
        ),
        (
            ONE.replace(
                "Russia}", "Russia}\n    affiliations:\n      - {actor: russia, from: 2016-01-01, to: 2015-01-01}"
            ),
            r"actors.yml:5: affiliation of 'russia' to 'russia' ends \(2015-01-01\) before it starts",
        ),
        (
            ONE.replace("from", "x") + "  - id: Bad Id\n    names: {en: X}\n    type: country\n",
            r"actors.yml:6: id 'Bad Id' must be a slug",
        ),
        ("actors: nope\n", r"expected a mapping with an 'actors' list"),
        (
            # unquoted, the words after the comma become a key with no value, which would match "None"
            ONE.replace("en: Russia", "en: Russia, the Federation"),
            r"actors.yml:2: actor 'russia': name 'the Federation' must be text, found None \(quote a name",
        ),
    ],
)
def test_invalid_dictionaries_name_file_and_line(tmp_path, text, message):
    with pytest.raises(DictionaryError, match=message):
        load_dictionary(write(tmp_path, text))


def test_missing_file_is_an_error(tmp_path):
    with pytest.raises(DictionaryError, match="cannot read"):
        load_dictionary(tmp_path / "none.yml")


@pytest.mark.parametrize(
    "text, message",
    [
        ("    affiliations:\n      - {actor: a, from: 2016-13-45}\n", r":6: from '2016-13-45' is not a date"),
        ("    aliases: Putin\n", r":2: actor 'a': aliases must be a list"),
        ("    aliases: [C++]\n", r":2: alias 'C\+\+' holds '\+'"),
        ("    aliases: [[a, b]]\n", r":2: alias \['a', 'b'\] must be a text"),
    ],
)
def test_bad_entries_name_file_and_line(tmp_path, text, message):
    path = write(tmp_path, "actors:\n  - id: a\n    names: {id: A, en: A}\n    type: person\n" + text)
    with pytest.raises(DictionaryError, match=message):
        load_dictionary(path)


def test_a_dictionary_not_in_utf8_names_file_and_line(tmp_path):
    path = tmp_path / "actors.yml"
    path.write_bytes("actors:\n  - id: a\n    names: {id: Caf\xe9, en: A}\n    type: person\n".encode("latin-1"))
    with pytest.raises(DictionaryError, match=r"actors.yml:3: not UTF-8"):
        load_dictionary(path)
