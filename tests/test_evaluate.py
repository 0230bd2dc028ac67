"""The issue's targets, measured on the labelled fixtures with the evaluate command itself."""

import json

import pytest

from news_archive.cli import main
from news_archive.evaluate import evaluate

from .conftest import CORPUS


@pytest.fixture(scope="module")
def scores():
    summary, articles = evaluate(CORPUS)
    return summary, articles


def test_all_fixtures_are_scored(scores):
    assert scores[0]["articles"] == 21


def test_targets(scores):
    s = scores[0]
    assert s["cleaning_f1"] >= 0.98
    assert s["body_kept"] == 1.0
    assert s["boilerplate_leaked"] == 0
    assert s["title_accuracy"] >= 0.95
    assert s["publisher_accuracy"] >= 0.95
    assert s["date_accuracy"] >= 0.95
    assert s["dates_invented"] == 0
    assert s["sources_f1"] >= 0.9
    assert s["core_actors_precision"] >= 0.95
    assert s["core_actors_recall"] >= 0.95
    assert s["actors_from_removed_lines"] == 0
    assert s["duplicate_pairs"] == 2 and s["duplicate_pairs_found"] == 2 and s["false_duplicate_pairs"] == 0


def test_scoring_notices_a_wrong_answer(tmp_path):
    (tmp_path / "001.txt").write_text((CORPUS / "dev" / "001.txt").read_text())
    gold = json.loads((CORPUS / "dev" / "001.json").read_text())
    gold.update(title="Another title", publisher="Tempo", date=None, cited_sources=["BBC"])
    gold["boilerplate"].append(gold["body"].pop(1))  # a kept paragraph now counts as a leak
    (tmp_path / "001.json").write_text(json.dumps(gold))
    s, _ = evaluate(tmp_path)
    assert s["title_accuracy"] == 0 and s["publisher_accuracy"] == 0
    assert s["dates_invented"] == 1 and s["sources_f1"] == 0
    assert s["cleaning_recall"] < 1 and s["boilerplate_leaked"] == 1


def test_cli_prints_json(capsys):
    assert main(["evaluate", str(CORPUS), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["summary"]["articles"] == 21


def test_cli_rejects_a_missing_folder(tmp_path, capsys):
    assert main(["evaluate", str(tmp_path / "nope")]) == 2
