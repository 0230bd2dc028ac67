"""The evaluation gate: `news-archive evaluate` on each labelled folder (the corpus, and the real
scraper output of tests/fixtures/realscrape), against floors pinned with the folder's hash
(tests/fixtures/evaluation_floors.json), in the manner of trafilatura's."""

import hashlib
import json

import pytest

from news_archive.cli import main
from news_archive.cli.evaluate import evaluate

from .config import config
from .conftest import CORPUS, FIXTURES

FLOORS = FIXTURES / "evaluation_floors.json"
TOLERANCE = 1e-9


LABELLED = {"corpus": (CORPUS, 21), "realscrape": (FIXTURES / "realscrape", 53)}


def folder_hash(folder) -> str:
    digest = hashlib.sha1()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix in (".txt", ".json"):
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def run(folder):
    build = config()
    return evaluate(folder, build.article, build.near_duplicate)


@pytest.mark.parametrize("name", sorted(LABELLED))
def test_scores_hold_the_pinned_floors(name):
    folder, articles = LABELLED[name]
    pinned = json.loads(FLOORS.read_text())
    section = pinned["folders"][name]
    assert section["sha1"] == folder_hash(folder), f"the labelled {name} changed: measure it and pin its floors again"
    summary, lower = run(folder)[0], set(pinned["lower_is_better"])
    assert summary["articles"] == articles, "every labelled article is scored"
    regressions, improvements = [], []
    for measure, floor in section["floors"].items():
        value = summary[measure]
        worse = value > floor + TOLERANCE if measure in lower else value < floor - TOLERANCE
        better = value < floor - TOLERANCE if measure in lower else value > floor + TOLERANCE
        (regressions if worse else improvements if better else []).append(f"{measure}: {floor} -> {value}")
    assert not regressions, f"evaluation regressed: {regressions}"
    assert not improvements, f"evaluation improved: pin the floors again (bench/pin_floors.py): {improvements}"
    assert set(section["floors"]) == set(summary) - {"articles"}, "every measure has a floor"


def test_scoring_notices_a_wrong_answer(tmp_path):
    (tmp_path / "001.txt").write_text((CORPUS / "dev" / "001.txt").read_text())
    gold = json.loads((CORPUS / "dev" / "001.json").read_text())
    gold.update(title="Another title", publisher="Tempo", date=None, cited_sources=["BBC"])
    gold["boilerplate"].append(gold["body"].pop(1))  # a kept paragraph now counts as a leak
    (tmp_path / "001.json").write_text(json.dumps(gold))
    s, _ = run(tmp_path)
    assert s["title_accuracy"] == 0 and s["publisher_accuracy"] == 0
    assert s["dates_invented"] == 1 and s["sources_f1"] == 0
    assert s["cleaning_recall"] < 1 and s["boilerplate_leaked"] == 1


def test_a_glued_leftover_left_in_the_body_is_a_leak_and_a_wrong_cut_is_a_false_removal(tmp_path):
    text = (
        "Title: T\n\nJAKARTA - Harga naik pada Senin (1/2/2021). ADVERTISEMENT Pedagang mengeluh."
        " Baca juga: Harga Cabai Melonjak di Pasar Induk Warga menunggu operasi pasar.\n"
    )
    (tmp_path / "001.txt").write_text(text)
    gold = {
        "title": "T",
        "publisher": None,
        "date": "2021-02-01",
        "cited_sources": [],
        "boilerplate": [],
        "fragments": ["ADVERTISEMENT", "Baca juga: Harga Cabai Melonjak di Pasar Induk", "Pedagang mengeluh."],
        "body": ["JAKARTA - Harga naik pada Senin (1/2/2021). Warga menunggu operasi pasar."],
    }
    (tmp_path / "001.json").write_text(json.dumps(gold))
    s, articles = run(tmp_path)
    # "Pedagang mengeluh." is labelled a leftover but kept: one leak of three leftovers.
    assert s["boilerplate_leaked"] == 1 and abs(s["leaked_share"] - 1 / 3) < 1e-9
    assert s["cleaning_recall"] == 2 / 3 and s["cleaning_precision"] == 1.0
    gold["fragments"] = ["Baca juga: Harga Cabai Melonjak di Pasar Induk"]
    gold["body"] = [
        "JAKARTA - Harga naik pada Senin (1/2/2021). ADVERTISEMENT Pedagang mengeluh. Warga menunggu operasi pasar."
    ]
    (tmp_path / "001.json").write_text(json.dumps(gold))
    s, articles = run(tmp_path)
    assert s["cleaning_precision"] == 0.5, "the ADVERTISEMENT cut is not a labelled leftover"
    assert s["body_kept"] < 1.0 and s["unlabelled_lines"] == 1
    assert any("fragment cut" in p for p in articles[0].problems)


def test_the_user_settings_are_what_is_scored(tmp_path, capsys):
    # A rule file named in the settings removes a body line: evaluate must see it, as the build would.
    (tmp_path / "001.txt").write_text((CORPUS / "dev" / "001.txt").read_text())
    gold = json.loads((CORPUS / "dev" / "001.json").read_text())
    (tmp_path / "001.json").write_text(json.dumps(gold))
    first_words = gold["body"][1].split()[:4]
    rules = tmp_path / "rules.yml"
    rules.write_text(
        json.dumps(
            {
                "rules": [
                    {"id": "mine", "class": "boilerplate", "reason": "mine", "patterns": ["^" + " ".join(first_words)]}
                ]
            }
        )
    )
    conf = tmp_path / "conf.py"
    conf.write_text(f"NEWS_ARCHIVE_BOILERPLATE_FILES = [{str(rules)!r}]\n")
    assert main(["evaluate", str(tmp_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["summary"]["body_kept"] == 1.0
    assert main(["evaluate", str(tmp_path), "--json", "-s", str(conf)]) == 0
    assert json.loads(capsys.readouterr().out)["summary"]["body_kept"] < 1.0


def test_cli_prints_json(capsys):
    assert main(["evaluate", str(CORPUS), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["summary"]["articles"] == 21


def test_cli_rejects_a_missing_folder(tmp_path, capsys):
    assert main(["evaluate", str(tmp_path / "nope")]) == 2
