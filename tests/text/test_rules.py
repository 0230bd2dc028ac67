"""The one-pass rule matcher must give exactly what trying the rules in order gives."""

import json

from news_archive.text.decode import decode
from news_archive.text.lines import split_lines
from news_archive.text.resources import load_rules

from ..conftest import CORPUS
from .test_boilerplate import HEAD, MIDDLE, TAIL


def naive(rules, text, words):
    return next((rule for rule in rules.rules if rule.match(text, words)), None)


def corpus_lines():
    for path in sorted(CORPUS.rglob("*.txt")):
        yield from (ln for ln in split_lines(decode(path.read_bytes()).text) if ln.text)
    for path in sorted(CORPUS.rglob("*.json")):
        gold = json.loads(path.read_text())
        yield from (ln for ln in split_lines("\n".join(gold["boilerplate"] + gold["body"])) if ln.text)
    yield from (ln for ln in split_lines("\n".join(t for t, _ in HEAD + MIDDLE + TAIL)) if ln.text)


def test_one_pass_matcher_agrees_with_the_ordered_loop():
    rules = load_rules()
    checked = matched = 0
    for line in corpus_lines():
        expected = naive(rules, line.text, line.words)
        assert rules.first_match(line.text, line.words) is expected, line.text
        checked += 1
        matched += expected is not None
    assert checked > 500 and matched > 80


def test_user_patterns_that_cannot_be_joined_still_work(tmp_path):
    path = tmp_path / "odd.yml"
    path.write_text(
        "rules:\n"
        "  - id: backref\n    class: boilerplate\n    reason: doubled word\n    patterns: ['^(\\w+) \\1$']\n"
        "  - id: floating\n    class: boilerplate\n    reason: anywhere\n    patterns: ['hadiah gratis']\n"
        "  - id: global-flag\n    class: boilerplate\n    reason: flags\n    patterns: ['(?i)^PROMO$']\n"
    )
    rules = load_rules((str(path),))
    for text, rule_id in [
        ("klik klik", "backref"),
        ("Dapatkan hadiah gratis sekarang", "floating"),
        ("promo", "global-flag"),
    ]:
        words = len(text.split())
        found = rules.first_match(text, words)
        assert found is naive(rules, text, words) and found.id == rule_id


def test_a_rule_for_short_lines_does_not_hide_a_later_rule_on_a_long_line(tmp_path):
    path = tmp_path / "lengths.yml"
    path.write_text(
        "rules:\n"
        "  - id: short-credit\n    class: boilerplate\n    reason: short\n    max_words: 4\n    patterns: ['^Sumbangan:']\n"
        "  - id: any-credit\n    class: boilerplate\n    reason: any length\n    patterns: ['^Sumbangan: \\w+ untuk']\n"
    )
    rules = load_rules((str(path),))
    for text, rule_id in [
        ("Sumbangan: Reuters", "short-credit"),
        ("Sumbangan: Antara untuk korban banjir di lokasi kemarin", "any-credit"),
        ("Sumbangan: lima kata lagi di sini", None),
    ]:
        words = len(text.split())
        found = rules.first_match(text, words)
        assert found is naive(rules, text, words) and getattr(found, "id", None) == rule_id


def test_word_lists_in_the_data_files_hold_only_words():
    # YAML reads a bare `on`, `no` or `yes` in a list as a boolean: such a word would never match.
    import yaml

    from news_archive.text.resources import DATA_DIR

    def scalars(node, path):
        if isinstance(node, dict):
            for key, value in node.items():
                yield from scalars(value, f"{path}.{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                if not isinstance(value, (dict, list, str)):
                    yield f"{path}[{index}] = {value!r}"
                yield from scalars(value, f"{path}[{index}]")

    found = [
        bad for path in sorted(DATA_DIR.glob("*.yml")) for bad in scalars(yaml.safe_load(path.read_text()), path.name)
    ]
    assert not found, found
