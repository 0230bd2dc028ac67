"""The evaluation gate: `news-archive evaluate` on the labelled fixtures, against floors pinned
with the corpus hash (tests/fixtures/evaluation_floors.json), in the manner of trafilatura's."""

import hashlib
import json

import pytest

from news_archive.cli import main
from news_archive.cli.evaluate import evaluate

from .config import config
from .conftest import CORPUS, FIXTURES

FLOORS = FIXTURES / "evaluation_floors.json"
TOLERANCE = 1e-9


def corpus_hash() -> str:
    digest = hashlib.sha1()
    for path in sorted(CORPUS.rglob("*")):
        if path.is_file() and path.suffix in (".txt", ".json"):
            digest.update(path.relative_to(CORPUS).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def run(folder):
    build = config()
    return evaluate(folder, build.article, build.near_duplicate)


@pytest.fixture(scope="module")
def scores():
    return run(CORPUS)


def test_all_fixtures_are_scored(scores):
    assert scores[0]["articles"] == 21


def test_scores_hold_the_pinned_floors(scores):
    pinned = json.loads(FLOORS.read_text())
    assert pinned["corpus_sha1"] == corpus_hash(), "the labelled corpus changed: measure it and pin its floors again"
    summary, lower = scores[0], set(pinned["lower_is_better"])
    regressions, improvements = [], []
    for name, floor in pinned["floors"].items():
        value = summary[name]
        worse = value > floor + TOLERANCE if name in lower else value < floor - TOLERANCE
        better = value < floor - TOLERANCE if name in lower else value > floor + TOLERANCE
        (regressions if worse else improvements if better else []).append(f"{name}: {floor} -> {value}")
    assert not regressions, f"evaluation regressed: {regressions}"
    assert not improvements, f"evaluation improved: raise the floors in {FLOORS.name}: {improvements}"
    assert set(pinned["floors"]) == set(summary) - {"articles"}, "every measure has a floor"


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
